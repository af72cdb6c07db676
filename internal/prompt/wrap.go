package prompt

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"sync"
)

// wrapWriter fits the line-by-line prompts to the terminal at spaces, so
// the terminal never breaks a word («sjekklist/e») for a reader with large
// letters or a braille display. A numbered option keeps its text under
// itself. A line without its newline yet (a prompt) is held until flush.
type wrapWriter struct {
	w       io.Writer
	width   int
	pending []byte
}

func (ww *wrapWriter) Write(p []byte) (int, error) {
	ww.pending = append(ww.pending, p...)
	for {
		i := bytes.IndexByte(ww.pending, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := string(ww.pending[:i])
		ww.pending = ww.pending[i+1:]
		if _, err := io.WriteString(ww.w, wrapLine(line, ww.width)+"\n"); err != nil {
			return 0, err
		}
	}
}

// flush writes a prompt that waits for an answer on its line.
func (ww *wrapWriter) flush() {
	if len(ww.pending) > 0 {
		_, _ = io.WriteString(ww.w, wrapLine(string(ww.pending), ww.width))
		ww.pending = nil
	}
}

var markerRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^ *([0-9]+|[a-z])\) `) })

func wrapLine(line string, width int) string {
	if width <= 0 || len([]rune(line)) <= width {
		return line
	}
	indent := len(line) - len(strings.TrimLeft(line, " "))
	if m := markerRe().FindString(line); m != "" {
		indent = len(m)
	}
	lead := line[:len(line)-len(strings.TrimLeft(line, " "))]
	text := fitLabel(strings.TrimLeft(line, " "), max(width-indent, 20))
	// fitLabel measured every line at the narrower width: the first line
	// starts at the lead, the rest at the indent.
	out := lead + strings.ReplaceAll(text, "\n", "\n"+strings.Repeat(" ", indent))
	if strings.HasSuffix(line, " ") {
		out += " "
	}
	return out
}
