package sheetfit

import (
	"reflect"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/render/pdf"
	"github.com/sosabc/sosabc/internal/workshop"
)

const form = "## Problemet\nHvem gjelder det?\n## Løsningen\nHva vil dere gjøre?\n## Neste steg\nHva gjør dere først?"

func module(hs ...workshop.Handout) *workshop.Workshop {
	return &workshop.Workshop{ID: "var-okt", Title: "Vår økt", File: "mine/workshops/var-okt.yaml", Handouts: hs,
		Exercises: []workshop.Exercise{{ID: "o", Title: "Oppgaven", Task: "Skriv tre ideer."}},
		Quiz:      []workshop.Question{{Question: "Hva teller?", Options: []string{"Alt", "Ingenting"}, Correct: 1}}}
}

// Only a sheet with frames that takes more than one page is a problem; it
// is found by its own place among the sheets, whatever comes before it.
func TestCheck(t *testing.T) {
	long := workshop.Handout{ID: "lese-ark", Title: "Les før økten", Line: 10, Body: strings.Repeat("Les saken. Skriv ned det du lurer på.\n\n", 50)}
	small := workshop.Handout{ID: "lite-ark", Title: "Lite", Line: 15, Lines: 12, Body: "## Navn\nSkriv navnet ditt."}
	fits := workshop.Handout{ID: "vart-ark", Title: "Arket", Line: 20, Lines: 6, Body: form}
	over := fits
	over.Lines = 12
	w := module(long, small, over)
	// What the PDF does: the reading sheet and the big form run over.
	if got, err := pdf.SheetPages(doc.Handouts(w)); err != nil || !reflect.DeepEqual(got, []int{2, 1, 2, 1, 1}) {
		t.Fatalf("the sheets take %v pages (%v), want [2 1 2 1 1]", got, err)
	}
	got, err := Check(w)
	if err != nil {
		t.Fatal(err)
	}
	want := []Problem{{File: w.File, Handout: over, Pages: 2}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Check = %+v, want %+v", got, want)
	}
	if msg := got[0].Error(); msg != "mine/workshops/var-okt.yaml:20: arket «vart-ark» tar 2 sider i PDF-en, men et ark med rammer må få plass på én side: gi rammene færre linjer (nå 12 i «lines»), skriv kortere tekst eller del arket i to" {
		t.Errorf("message: %s", msg)
	}
	for _, w := range []*workshop.Workshop{module(long, small, fits), module(long), module(fits, fits, fits)} {
		if got, err := Check(w); err != nil || len(got) != 0 {
			t.Errorf("%d handouts: %+v %v, want no problem", len(w.Handouts), got, err)
		}
	}
}

// A handout laid out alone takes the pages it takes in the whole PDF of
// the handouts, in every built-in module and in the test's own.
func TestPagesAsInTheWholePDF(t *testing.T) {
	set, err := workshop.Load(content.FS(), workshop.Refs{})
	if err != nil {
		t.Fatal(err)
	}
	long := workshop.Handout{ID: "lese-ark", Title: "Les før økten", Body: strings.Repeat("Les saken. Skriv ned det du lurer på.\n\n", 50)}
	over := workshop.Handout{ID: "vart-ark", Title: "Arket", Lines: 12, Body: form}
	n := 0
	for _, w := range append(set.Workshops, module(long, over, long)) {
		whole, err := pdf.SheetPages(doc.Handouts(w))
		if err != nil {
			t.Fatal(err)
		}
		for i, h := range w.Handouts {
			got, err := Pages(w, h)
			if err != nil {
				t.Fatal(err)
			}
			if got != whole[i] {
				t.Errorf("%s, %s: %d pages alone, %d in the whole PDF", w.ID, h.ID, got, whole[i])
			}
			n += got
		}
	}
	if len(set.Workshops) != 10 || n < 20 {
		t.Errorf("%d modules, %d pages: is the content there?", len(set.Workshops), n)
	}
}

// BenchmarkCheck is the cost «sosabc verksted sjekk» pays for the check:
// every built-in module (the fonts are read once, before the timer).
func BenchmarkCheck(b *testing.B) {
	set, err := workshop.Load(content.FS(), workshop.Refs{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := Check(set.Workshop("introduksjon-vgs")); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		for _, w := range set.Workshops {
			if _, err := Check(w); err != nil {
				b.Fatal(err)
			}
		}
	}
}
