package presenter

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/sosabc/sosabc/internal/sanitize"
)

// blockKind is what a block of Markdown is.
type blockKind int

const (
	paragraph blockKind = iota
	heading
	item         // a list item; mark is its bullet or number
	hint         // a line of the presenter's own, faint
	notesHeading // the heading above the facilitator's notes
)

type block struct {
	kind blockKind
	mark string // «•» or «1.»
	text string
}

var (
	listRe    = regexp.MustCompile(`^([-*+]|\d{1,3}[.)])\s+`)
	headingRe = regexp.MustCompile(`^#{1,6}\s+`)
	linkRe    = regexp.MustCompile(`\[([^\]]+)\]\([^)\s]*\)`)
	strongRe  = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	emRe      = regexp.MustCompile(`(^|[\s(«"])\*(\S(?:[^*]*?\S)?)\*`)
	codeRe    = regexp.MustCompile("`([^`]+)`")
)

// parse turns the Markdown of instructions and notes into paragraphs,
// headings and list items, without marks: the presenter shows plain text.
func parse(md string) []block {
	var out []block
	var cur *block
	flush := func() {
		if cur != nil {
			cur.text = inline(cur.text)
			out = append(out, *cur)
			cur = nil
		}
	}
	for _, raw := range strings.Split(sanitize.Strip(md), "\n") {
		line := strings.TrimSpace(strings.ReplaceAll(raw, "\t", " "))
		line = strings.TrimSpace(strings.TrimPrefix(line, ">"))
		switch {
		case line == "":
			flush()
		case headingRe.MatchString(line):
			flush()
			out = append(out, block{kind: heading, text: inline(headingRe.ReplaceAllString(line, ""))})
		case listRe.MatchString(line):
			flush()
			mark := strings.TrimSpace(listRe.FindString(line))
			if mark == "-" || mark == "*" || mark == "+" {
				mark = "•"
			}
			cur = &block{kind: item, mark: mark, text: listRe.ReplaceAllString(line, "")}
		case cur != nil:
			cur.text += " " + line
		default:
			cur = &block{kind: paragraph, text: line}
		}
	}
	flush()
	return out
}

// inline removes the inline marks: links keep their text, code and
// emphasis lose their marks.
func inline(s string) string {
	s = linkRe.ReplaceAllString(s, "$1")
	s = codeRe.ReplaceAllString(s, "$1")
	s = strongRe.ReplaceAllString(s, "$2")
	s = emRe.ReplaceAllString(s, "$1$2")
	return s
}

// line is one line of wrapped text, with what it belongs to for styling.
type line struct {
	kind blockKind
	text string
}

// layoutText wraps blocks at width, with a blank line between paragraphs
// and list items hanging under their bullet.
func layoutText(blocks []block, width int) []line {
	var out []line
	for i, b := range blocks {
		if i > 0 && !(b.kind == item && blocks[i-1].kind == item) {
			out = append(out, line{})
		}
		switch b.kind {
		case item:
			lead := b.mark + " "
			pad := strings.Repeat(" ", ansi.StringWidth(lead))
			for j, l := range wrap(b.text, width-len(pad)) {
				if j == 0 {
					out = append(out, line{item, lead + l})
				} else {
					out = append(out, line{item, pad + l})
				}
			}
		default:
			for _, l := range wrap(b.text, width) {
				out = append(out, line{b.kind, l})
			}
		}
	}
	return out
}

// wrap breaks plain text into lines of at most width cells at spaces; a
// word longer than a line is cut.
func wrap(s string, width int) []string {
	width = max(width, 1)
	var out []string
	var cur strings.Builder
	curW := 0
	for _, word := range strings.Fields(s) {
		w := ansi.StringWidth(word)
		for w > width {
			if curW > 0 {
				out = append(out, cur.String())
				cur.Reset()
				curW = 0
			}
			head := ansi.Truncate(word, width, "")
			out = append(out, head)
			word = strings.TrimPrefix(word, head)
			w = ansi.StringWidth(word)
		}
		if w == 0 {
			continue
		}
		if curW > 0 && curW+1+w > width {
			out = append(out, cur.String())
			cur.Reset()
			curW = 0
		}
		if curW > 0 {
			cur.WriteByte(' ')
			curW++
		}
		cur.WriteString(word)
		curW += w
	}
	if curW > 0 {
		out = append(out, cur.String())
	}
	return out
}

// cut shortens a styled or plain string to width cells, with «…» when it
// had to cut.
func cut(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// fill pads s with spaces to width cells (and cuts it if longer).
func fill(s string, width int) string {
	s = cut(s, width)
	return s + strings.Repeat(" ", max(width-ansi.StringWidth(s), 0))
}

// minutes is «1 minutt» or «5 minutter».
func minutes(n int) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d minutt", n)
	}
	return fmt.Sprintf("%d minutter", n)
}

// driftText says how far the session is from the plan: «2 minutter bak
// planen», «i rute», «1 minutt foran planen».
func driftText(m int) string {
	switch {
	case m > 0:
		return minutes(m) + " bak planen"
	case m < 0:
		return minutes(-m) + " foran planen"
	}
	return "i rute"
}

// clockText is a countdown as minutes and seconds, «9:05»; a part second
// counts as a whole one, so 0:00 is shown only when the time is up.
func clockText(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int((d + time.Second - 1) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// overText is the time past the end, in whole seconds: «1:23».
func overText(d time.Duration) string {
	s := int(d / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// hhmm is a time of day as Norwegian writes it, «09.05»: a point, so it
// is never taken for the countdown («9:05»).
func hhmm(t time.Time) string { return t.Format("15.04") }
