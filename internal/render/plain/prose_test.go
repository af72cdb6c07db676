package plain

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzProse: a line that isProse is written exactly as goldmark's parse
// of it would be, at any width and indent.
func FuzzProse(f *testing.F) {
	for _, s := range []string{
		"Bestem om du skal ha lønn, og hvor mye. Lønn gir arbeidsgiveravgift og a-melding.",
		"Søk på https://www.altinn.no/skjemaoversikt/ før 31. mai, og betal 3 % (minst 1 000 kroner).",
		"Spør «NAV-kontoret ditt» – de vet: 2 timer?  Ja.",
		"Vent\u00a0litt", "A", "Ord   med  mange mellomrom ",
	} {
		f.Add(s, 40, "")
		f.Add(s, 100, "  ")
	}
	f.Fuzz(func(t *testing.T, src string, width int, indent string) {
		if !utf8.ValidString(src) || !isProse(src) || len(indent) > 8 {
			return
		}
		width = 20 + (width%200+200)%200
		fast, slow := &renderer{width: width}, &renderer{width: width}
		fast.markdown(src, indent)
		slow.parsed(src, indent)
		if fast.b.String() != slow.b.String() {
			t.Errorf("%q at %d columns:\nfast  %q\nparsed %q", src, width, fast.b.String(), slow.b.String())
		}
	})
}

// bothWays renders src as Markdown the fast way and goldmark's way.
func bothWays(src string, width int) (fast, parsed string) {
	f, p := &renderer{width: width}, &renderer{width: width}
	f.markdown(src, "")
	p.parsed(src, "")
	return f.b.String(), p.b.String()
}

// wrapByWord is wrap as it was before it wrote a line at a time: FuzzWrap
// holds the two to the same output. It writes text wrapped at the width: the first line starts with first,
// the others with rest. Words are never broken; a word (a web address)
// wider than the line gets a line of its own. A no-break space keeps its
// neighbours together («(lest 1. desember 2026)»).
func (r *renderer) wrapByWord(text, first, rest string) {
	// Split on ordinary spaces only: a no-break space holds words together.
	// The words are written straight to the output: a plan wraps
	// thousands of lines, and building each line as a string first took
	// as long as the rest of the rendering.
	prefix := first
	width := -1 // of prefix and line so far, in runes; -1 before the line's first word
	for {
		i := 0
		for i < len(text) && isSpace(text[i]) {
			i++
		}
		text = text[i:]
		if text == "" {
			break
		}
		j := 0
		for j < len(text) && !isSpace(text[j]) {
			j++
		}
		w := text[:j]
		text = text[j:]
		n := runeLen(w)
		switch {
		case width < 0:
			r.b.WriteString(prefix)
			r.b.WriteString(w)
			width = runeLen(prefix) + n
		case width+1+n <= r.width:
			r.b.WriteByte(' ')
			r.b.WriteString(w)
			width += 1 + n
		default:
			prefix = rest
			r.b.WriteByte('\n')
			r.b.WriteString(prefix)
			r.b.WriteString(w)
			width = runeLen(prefix) + n
		}
	}
	if width < 0 { // no words: the prefix alone, without its trailing spaces
		r.b.WriteString(strings.TrimRight(first, " "))
	}
	r.b.WriteByte('\n')
}

// FuzzWrap: wrap writes what wrapByWord writes, for any text, width and
// prefixes.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{
		"Bestem om du skal ha lønn, og hvor mye. Lønn gir arbeidsgiveravgift og a-melding.",
		"• Kilde: Skatteetaten: OTP, https://www.skatteetaten.no/bedrift-og-organisasjon/arbeidsgiver/otp---obligatorisk-tjenestepensjon/ (lest\u00a01.\u00a0desember\u00a02026)",
		"  to  mellomrom\tog\ttab\nog linjeskift  ", "", "   ", "ord", "\xff\xfe ugyldig \xc3",
	} {
		f.Add(s, 30, "", "  ")
		f.Add(s, 80, "• ", "  ")
	}
	f.Fuzz(func(t *testing.T, text string, width int, first, rest string) {
		if len(first) > 12 || len(rest) > 12 {
			return
		}
		width = 20 + (width%200+200)%200
		got, want := &renderer{width: width}, &renderer{width: width}
		got.wrap(text, first, rest)
		want.wrapByWord(text, first, rest)
		// wrap writes the no-break spaces of the words as plain spaces.
		if got.b.String() != strings.ReplaceAll(want.b.String(), "\u00a0", " ") && !strings.Contains(first+rest, "\u00a0") {
			t.Errorf("%q at %d columns (%q, %q):\ngot  %q\nwant %q", text, width, first, rest, got.b.String(), want.b.String())
		}
	})
}

// FuzzInline: inline turns `code` into «code» as the expression it was
// written from did.
func FuzzInline(f *testing.F) {
	re := regexp.MustCompile("`([^`]*)`")
	for _, s := range []string{"Kjør `sosabc les as` og `sosabc start`.", "`", "``", "a`b", "**sterk** `x` y`", "```"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ReplaceAll(re.ReplaceAllString(s, "«$1»"), "**", "")
		if got := inline(s); got != want {
			t.Errorf("inline(%q) = %q, want %q", s, got, want)
		}
	})
}
