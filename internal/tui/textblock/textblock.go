// Package textblock lays out short Markdown texts on a terminal screen as
// plain lines: paragraphs, headings and list items without marks, wrapped
// at spaces to a width in cells, with helpers to cut, pad and centre a
// line. The presenter shows a workshop's instructions and notes with it.
package textblock

import (
	"regexp"
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"

	"github.com/sosabc/sosabc/internal/sanitize"
)

// Kind is what a block of text is.
type Kind int

const (
	Paragraph Kind = iota
	Heading
	Item         // a list item; Mark is its bullet or number
	Hint         // a line of the program's own, shown faint
	NotesHeading // a heading set apart, above notes for the leader
)

// Block is a paragraph, a heading or a list item, without marks.
type Block struct {
	Kind Kind
	Mark string // «•» or «1.»
	Text string
}

var (
	listRe    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([-*+]|\d{1,3}[.)])\s+`) })
	headingRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^#{1,6}\s+`) })
	linkRe    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\[([^\]]+)\]\([^)\s]*\)`) })
	strongRe  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`) })
	emRe      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(^|[\s(«"])\*(\S(?:[^*]*?\S)?)\*`) })
	codeRe    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("`([^`]+)`") })
)

// Parse turns Markdown into paragraphs, headings and list items, without
// marks, and with terminal control sequences removed.
func Parse(md string) []Block {
	var out []Block
	var cur *Block
	flush := func() {
		if cur != nil {
			cur.Text = inline(cur.Text)
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
		case headingRe().MatchString(line):
			flush()
			out = append(out, Block{Kind: Heading, Text: inline(headingRe().ReplaceAllString(line, ""))})
		case listRe().MatchString(line):
			flush()
			mark := strings.TrimSpace(listRe().FindString(line))
			if mark == "-" || mark == "*" || mark == "+" {
				mark = "•"
			}
			cur = &Block{Kind: Item, Mark: mark, Text: listRe().ReplaceAllString(line, "")}
		case cur != nil:
			cur.Text += " " + line
		default:
			cur = &Block{Kind: Paragraph, Text: line}
		}
	}
	flush()
	return out
}

// inline removes the inline marks: links keep their text, code and
// emphasis lose their marks.
func inline(s string) string {
	s = linkRe().ReplaceAllString(s, "$1")
	s = codeRe().ReplaceAllString(s, "$1")
	s = strongRe().ReplaceAllString(s, "$2")
	s = emRe().ReplaceAllString(s, "$1$2")
	return s
}

// Line is one line of wrapped text, with the kind of block it belongs to,
// for styling.
type Line struct {
	Kind Kind
	Text string
}

// Layout wraps blocks at width, with a blank line between paragraphs
// and list items hanging under their bullet.
func Layout(blocks []Block, width int) []Line {
	var out []Line
	for i, b := range blocks {
		if i > 0 && !(b.Kind == Item && blocks[i-1].Kind == Item) {
			out = append(out, Line{})
		}
		switch b.Kind {
		case Item:
			lead := b.Mark + " "
			pad := strings.Repeat(" ", ansi.StringWidth(lead))
			for j, l := range Wrap(b.Text, width-len(pad)) {
				if j == 0 {
					out = append(out, Line{Item, lead + l})
				} else {
					out = append(out, Line{Item, pad + l})
				}
			}
		default:
			for _, l := range Wrap(b.Text, width) {
				out = append(out, Line{b.Kind, l})
			}
		}
	}
	return out
}

// Wrap breaks plain text into lines of at most width cells at spaces; a
// word longer than a line is cut.
func Wrap(s string, width int) []string {
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

// Cut shortens a styled or plain string to width cells, with «…» when it
// had to cut.
func Cut(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// Fill pads s with spaces to width cells (and cuts it if longer).
func Fill(s string, width int) string {
	s = Cut(s, width)
	return s + strings.Repeat(" ", max(width-ansi.StringWidth(s), 0))
}

// Centre puts s in the middle of width cells.
func Centre(s string, width int) string {
	w := ansi.StringWidth(s)
	if w >= width {
		return Cut(s, width)
	}
	l := (width - w) / 2
	return strings.Repeat(" ", l) + s + strings.Repeat(" ", width-w-l)
}
