// Package render turns handbook Markdown into what the reader sees: styled
// text on a terminal (glamour), or plain text with no escape sequences when
// the output is a pipe, NO_COLOR is set, or the style is notty.
package render

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"charm.land/glamour/v2"

	"github.com/sosabc/sosabc/internal/sanitize"
)

// Styles the user can choose with --style or SOSABC_STYLE. We never query the
// terminal for its background: some terminals do not answer, and the
// program would hang.
var Styles = []string{"dark", "light", "notty"}

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
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(width), glamour.WithEmoji())
	if err != nil {
		return "", fmt.Errorf("kan ikke lage visning: %w", err)
	}
	protected, urls := protectURLs(autolinkRe.ReplaceAllString(md, "$1"))
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

// protectURLs swaps each web address (and each date like 11.06.2019, which
// glamour would break at a dot) for a short token before wrapping, so the
// renderer never breaks them over two lines: a broken address cannot be
// copied or clicked. A long address may then overflow the width.
func protectURLs(md string) (string, []string) {
	var urls []string
	out := urlRe.ReplaceAllStringFunc(md, func(u string) string {
		urls = append(urls, u)
		return fmt.Sprintf("sosabcurl%dx", len(urls)-1)
	})
	return out, urls
}

var tokenRe = regexp.MustCompile(`sosabcurl(\d+)x`)

func restoreURLs(s string, urls []string) string {
	if len(urls) == 0 {
		return s
	}
	return tokenRe.ReplaceAllStringFunc(s, func(tok string) string {
		i, err := strconv.Atoi(tok[len("sosabcurl") : len(tok)-1])
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
