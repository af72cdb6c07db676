// Package render turns handbook Markdown into what the reader sees: styled
// text on a terminal (glamour), or plain text with no escape sequences when
// the output is a pipe, NO_COLOR is set, or the style is notty.
package render

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
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
// removed. A long page is rendered in sections on every core (Stream).
func Markdown(md string, o Options) (string, error) {
	var b strings.Builder
	for s := range Stream(o, md) {
		if s.Err != nil {
			return "", s.Err
		}
		b.WriteString(s.Text)
	}
	return b.String(), nil
}

func (o Options) withDefaults() Options {
	if o.Width <= 0 {
		o.Width = 80
	}
	if o.Style == "" {
		o.Style = "notty"
	}
	return o
}

// renderer is a glamour renderer for o. Each goroutine needs its own.
func (o Options) renderer() (*glamour.TermRenderer, error) {
	look := glamour.WithStandardStyle(o.Style)
	switch o.Style {
	case "standard":
		look = glamour.WithStyles(standard)
	case "dark":
		look = glamour.WithStyles(dark)
	case "light":
		look = glamour.WithStyles(light)
	}
	r, err := glamour.NewTermRenderer(look, glamour.WithWordWrap(o.Width), glamour.WithEmoji())
	if err != nil {
		return nil, fmt.Errorf("kan ikke lage visning: %w", err)
	}
	return r, nil
}

// Warm makes a glamour renderer for o in the background, for the next
// Hold or Stream with the same options to use. The first renderer in a
// process takes 1–2 ms to make and to render its first text (glamour and
// goldmark set themselves up), before the first section can be rendered:
// a command that calls Warm while it writes the Markdown gets that time
// from the other core.
func Warm(o Options) {
	o = o.withDefaults()
	c := make(chan *glamour.TermRenderer, 1)
	if _, made := warm.LoadOrStore(o, c); made {
		return
	}
	go func() {
		defer close(c)
		r, err := o.renderer()
		if err != nil {
			return // the worker makes its own, and reports the error
		}
		// The text is rendered as a section before the first would be:
		// a renderer renders many sections one after the other.
		if _, err := r.Render("# Side\n\nTekst.\n"); err == nil {
			c <- r
		}
	}()
}

// warm holds the renderers Warm makes, by their options.
var warm sync.Map // Options → chan *glamour.TermRenderer

// warmRenderer is the renderer Warm made for o, once; after that, and
// without Warm, a new renderer.
func (o Options) warmRenderer() (*glamour.TermRenderer, error) {
	if c, ok := warm.LoadAndDelete(o); ok {
		if r, ok := <-c.(chan *glamour.TermRenderer); ok {
			return r, nil
		}
	}
	return o.renderer()
}

// renderWith renders md with r, keeping addresses whole. md has been
// through sanitize.Strip: glamour passes escape sequences in the text
// through to the screen.
func renderWith(r *glamour.TermRenderer, md string, o Options) (string, error) {
	protected, urls := protectURLs(autolinkRe().ReplaceAllString(md, "$1"), o.Width)
	out, err := r.Render(protected)
	if err != nil {
		return "", fmt.Errorf("kan ikke vise teksten: %w", err)
	}
	out = restoreURLs(out, urls)
	if o.Style == "notty" {
		out = Plain(out)
	}
	return out, nil
}

// autolinkRe is a Markdown autolink, <https://…>. The terminal shows the
// address itself, so the brackets go before the address is protected.
var autolinkRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<(https?://[^\s<>]+)>`) })

// What wrapping must never break: web addresses, «(lest 1. desember
// 2026)», and dates like 11.06.2019. They are three expressions rather than
// one: an expression that starts with a fixed text («http», «(lest ») is
// found quickly, but one that can start with any digit is tried at every
// byte of the page, so dates are looked for only on lines that can hold one.
var (
	addressRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`https?://[^\s)>»]*[^\s)>».,;:]`) })
	readRe    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\(lest \d{1,2}\. \pL+ \d{4}\)`) })
	dateRe    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\d{1,2}\.\d{1,2}\.\d{4}`) })
)

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
	protect := func(u string) string {
		urls = append(urls, u)
		tok := fmt.Sprintf("qzq%dx", len(urls)-1)
		if n := min(utf8.RuneCountInString(u), column); len(tok) < n {
			tok += strings.Repeat("x", n-len(tok))
		}
		return tok
	}
	// Addresses first: a date inside an address is part of the address.
	md = readRe().ReplaceAllStringFunc(addressRe().ReplaceAllStringFunc(md, protect), protect)
	lines := strings.SplitAfter(md, "\n")
	for i, l := range lines {
		if mayHoldDate(l) {
			lines[i] = dateRe().ReplaceAllStringFunc(l, protect)
		}
	}
	return strings.Join(lines, ""), urls
}

// mayHoldDate reports whether s has a digit, a dot and a digit in a row.
func mayHoldDate(s string) bool {
	digit := func(c byte) bool { return '0' <= c && c <= '9' }
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '.' && digit(s[i-1]) && digit(s[i+1]) {
			return true
		}
	}
	return false
}

var tokenRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`qzq(\d+)x+`) })

func restoreURLs(s string, urls []string) string {
	if len(urls) == 0 {
		return s
	}
	return tokenRe().ReplaceAllStringFunc(s, func(tok string) string {
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
