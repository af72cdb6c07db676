package html

import (
	"strings"
	"unicode/utf8"

	"github.com/sosabc/sosabc/internal/doc"
)

// A compact document (the short plan) is printed in 9 pt so that it fits
// on one A4 sheet. CSS cannot see where a printed page ends, so the page
// is judged before it is written: one that would take more than
// denseLines lines at 9 pt gets the class «dense» as well, which prints
// it in 8.5 pt with less space (style.css).
//
// The estimate breaks words onto lines of so many characters, as Chromium
// sets Arial (or Liberation Sans) at 9 pt on A4. Measured with chromium
// --print-to-pdf in December 2026, the estimate was within a line of
// where the page really ended: plans of up to 68 lines fitted, plans of
// 69 or more did not always. At 67 every short plan without a note stays
// as it was, and in 8.5 pt plans of up to 77 lines fitted.
const (
	denseLines    = 67
	paraChars     = 127 // a paragraph's line across the page
	rowTitleChars = 56  // a row's title, with its number
	rowWhenChars  = 75  // a row's deadline, with «Frist:»
	headingLines  = 2   // a phase's heading and the space around it
)

// dense reports whether a compact document needs the denser print.
func dense(d *doc.Document) bool {
	return d.Compact && compactLines(d) > denseLines
}

// compactLines estimates the lines a compact document takes at 9 pt.
func compactLines(d *doc.Document) int {
	var meta []string
	for _, m := range d.Meta {
		meta = append(meta, m.Label, m.Value)
	}
	n := 2 + lines(strings.Join(meta, "    "), paraChars) // the title and the facts under it
	for _, bl := range d.Blocks {
		switch v := bl.(type) {
		case doc.Paragraph:
			n += lines(v.Text, paraChars)
		case doc.Notice:
			n += lines(v.Text, paraChars)
		case doc.Heading:
			n += headingLines
		case doc.TaskList:
			n += headingLines
			for _, r := range v.Rows {
				when := 0
				if r.Deadline != "" {
					when = lines("Frist: "+r.Deadline, rowWhenChars)
				}
				n += max(lines(doc.RowTitle(r), rowTitleChars), when)
			}
		}
	}
	return n
}

// unmark drops the Markdown marks a paragraph may have: they are not
// printed.
var unmark = strings.NewReplacer("**", "", "`", "")

// lines is how many lines text takes when its words are set on lines of
// width characters, as a browser breaks them (at least one).
func lines(text string, width int) int {
	n, used := 1, 0
	for _, w := range strings.Fields(unmark.Replace(text)) {
		l := utf8.RuneCountInString(w)
		switch {
		case used == 0:
			used = l
		case used+1+l <= width:
			used += 1 + l
		default:
			n, used = n+1, l
		}
	}
	return n
}
