package typeset

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// RGB is a colour.
type RGB struct{ R, G, B uint8 }

// Style is how a run of text looks.
type Style struct {
	Face  Face
	Size  float64 // points
	Color RGB
}

func (s Style) With(f Face) Style { s.Face = f; return s }

// Span is a run of text in one style. A link makes it clickable: Link is
// a web address, Dest the name of a place in the document (a note).
type Span struct {
	Text  string
	Style Style
	Link  string
	Dest  string
	// URL marks a web address: it may break at safe points, never at
	// its hyphens' neighbours in the middle of a word.
	URL bool
}

// Frag is a piece of a laid-out line, in one style.
type Frag struct {
	Text string
	st   Style
	x, w float64 // from the start of the line
	link string
	dest string
}

// Line is one laid-out line of text.
type Line struct {
	Frags []Frag
	Width float64
}

// atom is the smallest unit of line breaking.
type atom struct {
	text  string
	sp    *Span
	w     float64
	space bool // a breakable space
	brk   bool // a break opportunity of no width, after this atom
}

// urlRe finds web addresses in text written by sosabc or in content.
// A trailing full stop, comma or closing bracket is not part of it.
var urlRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`https?://[^\s<>«»"]*[^\s<>«»".,;:!?)\]]`) })

// Linkify splits plain text into spans, making every web address a link.
func Linkify(text string, st Style, accent RGB) []Span {
	if !strings.Contains(text, "://") {
		return []Span{{Text: text, Style: st}}
	}
	locs := urlRe().FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return []Span{{Text: text, Style: st}}
	}
	var out []Span
	prev := 0
	for _, l := range locs {
		if l[0] > prev {
			out = append(out, Span{Text: text[prev:l[0]], Style: st})
		}
		u := text[l[0]:l[1]]
		ls := st
		ls.Color = accent
		out = append(out, Span{Text: u, Style: ls, Link: u, URL: true})
		prev = l[1]
	}
	if prev < len(text) {
		out = append(out, Span{Text: text[prev:], Style: st})
	}
	return out
}

// Inline parses the two marks sosabc's own text may hold, `code` and
// **strong**, and links web addresses. Anything else is literal text.
func Inline(text string, st Style, accent RGB) []Span {
	var out []Span
	for text != "" {
		i := strings.IndexAny(text, "`*")
		if i < 0 {
			out = append(out, Linkify(text, st, accent)...)
			break
		}
		var mark string
		switch {
		case text[i] == '`':
			mark = "`"
		case strings.HasPrefix(text[i:], "**"):
			mark = "**"
		default:
			out = append(out, Linkify(text[:i+1], st, accent)...)
			text = text[i+1:]
			continue
		}
		end := strings.Index(text[i+len(mark):], mark)
		if end <= 0 {
			out = append(out, Linkify(text[:i+len(mark)], st, accent)...)
			text = text[i+len(mark):]
			continue
		}
		if i > 0 {
			out = append(out, Linkify(text[:i], st, accent)...)
		}
		inner := text[i+len(mark) : i+len(mark)+end]
		if mark == "`" {
			out = append(out, Span{Text: inner, Style: CodeStyle(st)})
		} else {
			out = append(out, Linkify(inner, st.With(Bold), accent)...)
		}
		text = text[i+len(mark)+end+len(mark):]
	}
	return out
}

// CodeStyle is inline code: Go Mono, a little smaller, since a monospaced
// font looks larger than a proportional one at the same size.
func CodeStyle(st Style) Style {
	st.Face = Mono
	st.Size *= 0.9
	return st
}

// fit replaces runes the font lacks: by the letter without its accent when
// the font has that, else by «?». Line breaks inside a block become spaces.
func fit(s string, m *Metrics) string {
	ok := true
	for _, r := range s {
		if !m.covers(r) || r == '\n' || r == '\t' || r == '\r' {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			b.WriteByte(' ')
		case m.covers(r):
			b.WriteRune(r)
		default:
			base, _ := utf8.DecodeRuneInString(norm.NFKD.String(string(r)))
			if base != r && m.covers(base) {
				b.WriteRune(base)
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

// atoms splits spans into words, spaces and break opportunities.
func atoms(spans []Span, p *Fonts) []atom {
	n := 0
	for _, sp := range spans {
		n += len(sp.Text)/5 + 2
	}
	out := make([]atom, 0, n)
	for i := range spans {
		sp := &spans[i]
		m := &p.Metrics[sp.Style.Face]
		text := fit(sp.Text, m)
		if sp.URL {
			for _, part := range urlParts(text) {
				out = append(out, atom{text: part, sp: sp, w: m.Width(part, sp.Style.Size), brk: true})
			}
			if len(out) > 0 {
				out[len(out)-1].brk = false
			}
			continue
		}
		for text != "" {
			if text[0] == ' ' {
				n := len(text) - len(strings.TrimLeft(text, " "))
				out = append(out, atom{text: text[:1], sp: sp, w: float64(m.adv[' ']) * sp.Style.Size / 1000, space: true})
				text = text[n:]
				continue
			}
			n := strings.IndexByte(text, ' ')
			if n < 0 {
				n = len(text)
			}
			word := text[:n]
			out = append(out, atom{text: word, sp: sp, w: m.Width(word, sp.Style.Size)})
			text = text[n:]
		}
	}
	// Spaces that should not break: inside numbers (30 000), after §
	// and «nr.», and before a lone dash, which belongs at a line's end.
	for i, a := range out {
		if !a.space || i == 0 || i == len(out)-1 {
			continue
		}
		prev, next := out[i-1], out[i+1]
		if prev.space || next.space {
			continue
		}
		if glued(prev.text, next.text) {
			out[i].space = false
		}
	}
	return out
}

// glued reports whether the space between two words must not break.
func glued(prev, next string) bool {
	if isDigits(prev) && len(prev) <= 3 && len(next) >= 3 && isDigits(next[:3]) && (len(next) == 3 || !isDigit(next[3])) {
		return true
	}
	if prev == "§" || prev == "§§" || prev == "nr." {
		return true
	}
	if next == "–" || next == "—" {
		return true
	}
	// «1. desember 2026»: a date stays on one line.
	if months[prev] && len(next) >= 4 && isDigits(next[:4]) {
		return true
	}
	if d := strings.TrimLeft(prev, "("); len(d) >= 2 && len(d) <= 3 && d[len(d)-1] == '.' && isDigits(d[:len(d)-1]) && months[strings.TrimRight(next, ".,;:)")] {
		return true
	}
	return false
}

var months = map[string]bool{"januar": true, "februar": true, "mars": true, "april": true, "mai": true, "juni": true, "juli": true, "august": true, "september": true, "oktober": true, "november": true, "desember": true}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// urlParts cuts a web address where it may be wrapped without confusing
// the reader: before a «/», «.», «-», «_», «?», «#», «%», «~», «&» or
// «=» of the path, as style guides advise. No hyphen is ever added, and
// the break character starts the next line, so the reader sees that the
// address goes on. The scheme and host stay whole («https://brreg.no»),
// and no piece is shorter than minURLPart, so no line starts with a lone
// «-4».
func urlParts(u string) []string {
	start := 0
	if j := strings.Index(u, "://"); j >= 0 {
		start = j + 3
	}
	if j := strings.IndexByte(u[start:], '/'); j >= 0 {
		start += j
	} else {
		return []string{u}
	}
	parts := []string{u[:start]}
	for i := start + 1; i < len(u); i++ {
		if !strings.ContainsRune("/.-_?#%~&=", rune(u[i])) || u[i-1] == u[i] {
			continue
		}
		parts = append(parts, u[start:i])
		start = i
	}
	parts = append(parts, u[start:])
	// Join pieces too short to stand on a line of their own.
	out := parts[:1]
	for _, p := range parts[1:] {
		last := &out[len(out)-1]
		if utf8.RuneCountInString(p) < minURLPart || (len(out) > 1 && utf8.RuneCountInString(*last) < minURLPart) {
			*last += p
			continue
		}
		out = append(out, p)
	}
	return out
}

const minURLPart = 4

// Wrap lays out spans in lines of at most width points.
func Wrap(spans []Span, width float64, p *Fonts) []Line {
	as := atoms(spans, p)
	var lines []Line
	var cur []atom
	curW := 0.0
	flush := func() {
		for len(cur) > 0 && cur[len(cur)-1].space {
			curW -= cur[len(cur)-1].w
			cur = cur[:len(cur)-1]
		}
		lines = append(lines, build(cur))
		cur, curW = cur[:0], 0
	}
	// Words are runs of atoms between break opportunities.
	i := 0
	for i < len(as) {
		if as[i].space {
			if len(cur) > 0 {
				cur = append(cur, as[i])
				curW += as[i].w
			}
			i++
			continue
		}
		j, w := i, 0.0
		for ; j < len(as); j++ {
			if as[j].space {
				break
			}
			w += as[j].w
			if as[j].brk {
				j++
				break
			}
		}
		word := as[i:j]
		if len(cur) > 0 && curW+w > width+0.01 {
			flush()
		}
		if len(cur) == 0 && w > width+0.01 {
			// A word longer than the line: cut it wherever it must.
			for _, a := range word {
				for _, piece := range cut(a, width-curW, width, p) {
					if len(cur) > 0 && curW+piece.w > width+0.01 {
						flush()
					}
					cur = append(cur, piece)
					curW += piece.w
				}
			}
			i = j
			continue
		}
		cur = append(cur, word...)
		curW += w
		i = j
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// cut splits an atom too wide for any line into pieces that fit.
func cut(a atom, room, width float64, p *Fonts) []atom {
	m := &p.Metrics[a.sp.Style.Face]
	if a.w <= room {
		return []atom{a}
	}
	var out []atom
	rest := a.text
	limit := room
	if limit < width/4 {
		limit = width
	}
	for rest != "" {
		n, w := 0, 0.0
		for i, r := range rest {
			rw := m.Width(string(r), a.sp.Style.Size)
			if w+rw > limit && i > 0 {
				break
			}
			w += rw
			n = i + utf8.RuneLen(r)
		}
		out = append(out, atom{text: rest[:n], sp: a.sp, w: w})
		rest = rest[n:]
		limit = width
	}
	return out
}

// build merges a line's atoms into fragments of one style and link.
func build(as []atom) Line {
	var l Line
	x := 0.0
	for i := 0; i < len(as); {
		sp := as[i].sp
		j, w, n := i, 0.0, 0
		for ; j < len(as); j++ {
			o := as[j].sp
			if o != sp && (o.Style != sp.Style || o.Link != sp.Link || o.Dest != sp.Dest) {
				break
			}
			w += as[j].w
			n += len(as[j].text)
		}
		text := as[i].text
		if j > i+1 {
			var b strings.Builder
			b.Grow(n)
			for _, a := range as[i:j] {
				b.WriteString(a.text)
			}
			text = b.String()
		}
		l.Frags = append(l.Frags, Frag{Text: text, st: sp.Style, x: x, w: w, link: sp.Link, dest: sp.Dest})
		x += w
		i = j
	}
	l.Width = x
	return l
}

// Plain is the text of spans, for tests and bookmarks.
func Plain(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

// UpperFirst capitalises the first letter: «må gjøres» → «Må gjøres».
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
