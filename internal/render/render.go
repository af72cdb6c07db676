// Package render turns handbook Markdown into what the reader sees: styled
// text on a terminal (glamour), or plain text with no escape sequences when
// the output is a pipe, NO_COLOR is set, or the style is notty.
package render

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/glamour/v2"

	"github.com/sosabc/sosabc/internal/sanitize"
)

// Styles the user can choose with --style or SOSABC_STYLE. We never query the
// terminal for its background: some terminals do not answer, and the
// program would hang. The default, standard, reads well on dark and light
// backgrounds alike; dark and light are glamour's own styles, each made for
// one background.
var Styles = []string{"standard", "dark", "light", "notty"}

// DefaultStyle is the style when the reader chose none.
const DefaultStyle = "standard"

// ValidStyle reports whether s is one of Styles.
func ValidStyle(s string) bool {
	for _, v := range Styles {
		if s == v {
			return true
		}
	}
	return false
}

// Options decide how Markdown is shown.
type Options struct {
	Width int    // columns to wrap at
	Style string // dark, light or notty
}

// Markdown renders md. With the notty style the result is plain text:
// glamour still writes hyperlink escapes and pads lines there, so both are
// removed.
func Markdown(md string, o Options) (string, error) {
	width := o.Width
	if width <= 0 {
		width = 80
	}
	style := o.Style
	if style == "" {
		style = "notty"
	}
	look := glamour.WithStandardStyle(style)
	if style == "standard" {
		look = glamour.WithStyles(standard)
	}
	r, err := glamour.NewTermRenderer(look, glamour.WithWordWrap(width), glamour.WithEmoji())
	if err != nil {
		return "", fmt.Errorf("kan ikke lage visning: %w", err)
	}
	// glamour passes escape sequences in the text through to the screen.
	protected, urls := protectURLs(autolinkRe.ReplaceAllString(sanitize.Strip(md), "$1"), width)
	out, err := r.Render(protected)
	if err != nil {
		return "", fmt.Errorf("kan ikke vise teksten: %w", err)
	}
	out = restoreURLs(out, urls)
	if style == "notty" {
		out = Plain(out)
	}
	return out, nil
}

// autolinkRe is a Markdown autolink, <https://…>. The terminal shows the
// address itself, so the brackets go before the address is protected.
var autolinkRe = regexp.MustCompile(`<(https?://[^\s<>]+)>`)

var urlRe = regexp.MustCompile(`https?://[^\s)>»]*[^\s)>».,;:]|\d{1,2}\.\d{1,2}\.\d{4}|\(lest \d{1,2}\. \pL+ \d{4}\)`)

// protectURLs swaps each web address (and each «(lest 1. desember 2026)»,
// and each date like 11.06.2019, which glamour would break at a dot) for a
// token of the same width before wrapping, so the renderer never breaks
// them over two lines: a broken address cannot be copied or clicked. The
// wrapping still counts their true width, so they fit the line. An address
// wider than the text column gets a token as wide as the column: it then
// starts a line of its own, and only that line is too long.
func protectURLs(md string, width int) (string, []string) {
	var urls []string
	column := max(width-8, 12) // margins and list indents
	out := urlRe.ReplaceAllStringFunc(md, func(u string) string {
		urls = append(urls, u)
		tok := fmt.Sprintf("qzq%dx", len(urls)-1)
		if n := min(utf8.RuneCountInString(u), column); len(tok) < n {
			tok += strings.Repeat("x", n-len(tok))
		}
		return tok
	})
	return out, urls
}

var tokenRe = regexp.MustCompile(`qzq(\d+)x+`)

func restoreURLs(s string, urls []string) string {
	if len(urls) == 0 {
		return s
	}
	return tokenRe.ReplaceAllStringFunc(s, func(tok string) string {
		i, err := strconv.Atoi(strings.TrimRight(tok[len("qzq"):], "x"))
		if err != nil || i >= len(urls) {
			return tok
		}
		return urls[i]
	})
}

// Plain removes every escape sequence and trailing space, and collapses
// runs of blank lines, so the text is safe for files and pipes.
func Plain(s string) string {
	s = sanitize.Strip(s)
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			blank++
			if blank > 1 || len(out) == 0 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}
