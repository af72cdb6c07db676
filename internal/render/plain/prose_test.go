package plain

import (
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
