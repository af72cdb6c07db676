package pdf

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// rgb is a colour.
type rgb struct{ r, g, b uint8 }

// style is how a run of text looks.
type style struct {
	face  face
	size  float64 // points
	color rgb
}

func (s style) with(f face) style { s.face = f; return s }

// span is a run of text in one style. A link makes it clickable: link is
// a web address, dest the name of a place in the document (a note).
type span struct {
	text string
	st   style
	link string
	dest string
	// url marks a web address: it may break at safe points, never at
	// its hyphens' neighbours in the middle of a word.
	url bool
}

// frag is a piece of a laid-out line, in one style.
type frag struct {
	text string
	st   style
	x, w float64 // from the start of the line
	link string
	dest string
}

// line is one laid-out line of text.
type line struct {
	frags []frag
	w     float64
}

// atom is the smallest unit of line breaking.
type atom struct {
	text  string
	sp    *span
	w     float64
	space bool // a breakable space
	brk   bool // a break opportunity of no width, after this atom
}

// urlRe finds web addresses in text written by sosabc or in content.
// A trailing full stop, comma or closing bracket is not part of it.
var urlRe = regexp.MustCompile(`https?://[^\s<>«»"]*[^\s<>«»".,;:!?)\]]`)

// linkify splits plain text into spans, making every web address a link.
func linkify(text string, st style, accent rgb) []span {
	if !strings.Contains(text, "://") {
		return []span{{text: text, st: st}}
	}
	locs := urlRe.FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return []span{{text: text, st: st}}
	}
	var out []span
	prev := 0
	for _, l := range locs {
		if l[0] > prev {
			out = append(out, span{text: text[prev:l[0]], st: st})
		}
		u := text[l[0]:l[1]]
		ls := st
		ls.color = accent
		out = append(out, span{text: u, st: ls, link: u, url: true})
		prev = l[1]
	}
	if prev < len(text) {
		out = append(out, span{text: text[prev:], st: st})
	}
	return out
}

// inline parses the two marks sosabc's own text may hold, `code` and
// **strong**, and links web addresses. Anything else is literal text.
func inline(text string, st style, accent rgb) []span {
	var out []span
	for text != "" {
		i := strings.IndexAny(text, "`*")
		if i < 0 {
			out = append(out, linkify(text, st, accent)...)
			break
		}
		var mark string
		switch {
		case text[i] == '`':
			mark = "`"
		case strings.HasPrefix(text[i:], "**"):
			mark = "**"
		default:
			out = append(out, linkify(text[:i+1], st, accent)...)
			text = text[i+1:]
			continue
		}
		end := strings.Index(text[i+len(mark):], mark)
		if end <= 0 {
			out = append(out, linkify(text[:i+len(mark)], st, accent)...)
			text = text[i+len(mark):]
			continue
		}
		if i > 0 {
			out = append(out, linkify(text[:i], st, accent)...)
		}
		inner := text[i+len(mark) : i+len(mark)+end]
		if mark == "`" {
			out = append(out, span{text: inner, st: codeStyle(st)})
		} else {
			out = append(out, linkify(inner, st.with(bold), accent)...)
		}
		text = text[i+len(mark)+end+len(mark):]
	}
	return out
}

// codeStyle is inline code: Go Mono, a little smaller, since a monospaced
// font looks larger than a proportional one at the same size.
func codeStyle(st style) style {
	st.face = mono
	st.size *= 0.9
	return st
}

// fit replaces runes the font lacks: by the letter without its accent when
// the font has that, else by «?». Line breaks inside a block become spaces.
func fit(s string, m *metrics) string {
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
func atoms(spans []span, p *prepared) []atom {
	n := 0
	for _, sp := range spans {
		n += len(sp.text)/5 + 2
	}
	out := make([]atom, 0, n)
	for i := range spans {
		sp := &spans[i]
		m := &p.metrics[sp.st.face]
		text := fit(sp.text, m)
		if sp.url {
			for _, part := range urlParts(text) {
				out = append(out, atom{text: part, sp: sp, w: m.width(part, sp.st.size), brk: true})
			}
			if len(out) > 0 {
				out[len(out)-1].brk = false
			}
			continue
		}
		for text != "" {
			if text[0] == ' ' {
				n := len(text) - len(strings.TrimLeft(text, " "))
				out = append(out, atom{text: text[:1], sp: sp, w: float64(m.adv[' ']) * sp.st.size / 1000, space: true})
				text = text[n:]
				continue
			}
			n := strings.IndexByte(text, ' ')
			if n < 0 {
				n = len(text)
			}
			word := text[:n]
			out = append(out, atom{text: word, sp: sp, w: m.width(word, sp.st.size)})
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

// wrap lays out spans in lines of at most width points.
func wrap(spans []span, width float64, p *prepared) []line {
	as := atoms(spans, p)
	var lines []line
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
func cut(a atom, room, width float64, p *prepared) []atom {
	m := &p.metrics[a.sp.st.face]
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
			rw := m.width(string(r), a.sp.st.size)
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
func build(as []atom) line {
	var l line
	x := 0.0
	for i := 0; i < len(as); {
		sp := as[i].sp
		j, w, n := i, 0.0, 0
		for ; j < len(as); j++ {
			o := as[j].sp
			if o != sp && (o.st != sp.st || o.link != sp.link || o.dest != sp.dest) {
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
		l.frags = append(l.frags, frag{text: text, st: sp.st, x: x, w: w, link: sp.link, dest: sp.dest})
		x += w
		i = j
	}
	l.w = x
	return l
}

// plain is the text of spans, for tests and bookmarks.
func plain(spans []span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.text)
	}
	return b.String()
}

// upperFirst capitalises the first letter: «må gjøres» → «Må gjøres».
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
