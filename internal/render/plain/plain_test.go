package plain

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/doc"
)

// TestRenderInPartsIsRenderInOrder: a long document rendered in parts on
// several processors is byte for byte the document rendered in one go.
func TestRenderInPartsIsRenderInOrder(t *testing.T) {
	d := &doc.Document{Title: "Sjekklisten din", Meta: []doc.Fact{{Label: "Laget", Value: "1. desember 2026"}}}
	for i := range 3 * parallelBlocks {
		switch i % 5 {
		case 0:
			d.Blocks = append(d.Blocks, doc.Heading{Level: 1 + i%2, Text: fmt.Sprintf("Del %d", i)})
		case 1:
			d.Blocks = append(d.Blocks, doc.Paragraph{Text: strings.Repeat(fmt.Sprintf("Ord nummer %d med `sosabc les as` og **sterk** tekst. ", i), 1+i%7)})
		case 2:
			d.Blocks = append(d.Blocks, doc.Markdown{Text: fmt.Sprintf("## Underdel %d\n\nEn [lenke](https://example.org/%d) og\u00a0en liste:\n\n- første\n- andre punkt som er langt nok til å brytes over flere linjer i en smal terminal\n", i, i)})
		case 3:
			d.Blocks = append(d.Blocks, doc.List{Ordered: i%2 == 0, Items: []string{"en", "to " + strings.Repeat("lang ", i%11), "tre"}})
		default:
			d.Blocks = append(d.Blocks, doc.Notice{Text: "sosabc gir råd, men det er myndighetene som bestemmer."})
		}
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	for _, width := range []int{20, 41, 80, 100} {
		runtime.GOMAXPROCS(1)
		want := Render(d, width)
		runtime.GOMAXPROCS(4)
		if got := Render(d, width); got != want {
			t.Errorf("width %d: rendered in parts differs from rendered in one go", width)
		}
	}
	if !strings.Contains(Render(d, 80), "Del 3") {
		t.Error("the document is not rendered")
	}
}

// For a screen reader the same words come without rule lines under
// headings and with the state of a task in words, not «[ ]» and «[x]».
func TestRenderSpoken(t *testing.T) {
	d := &doc.Document{Title: "Sjekklisten din", Blocks: []doc.Block{
		doc.Heading{Level: 1, Text: "Fase 1: Forberede"},
		doc.Task{Number: 1, Title: "Beskriv ideen din", Priority: "bør"},
		doc.Task{Number: 2, Title: "Lag et budsjett", Priority: "må", Done: true},
		doc.TaskList{Heading: "Fase 2: Etablere", Rows: []doc.TaskRow{{Number: 3, Title: "Registrer foretaket"}, {Number: 4, Title: "Åpne en bankkonto", Done: true}}},
		doc.Choice{Number: 1, Question: "Hvem bestemmer?", Options: []string{"Du", "Kommunen"}},
		doc.Markdown{Text: "## Mer\n\nTekst.\n\n---\n\nSlutt.\n"},
	}}
	want := "Sjekklisten din\n\n" +
		"Fase 1: Forberede\n\n" +
		"Ikke gjort: 1. Beskriv ideen din\n\nDette bør gjøres.\n\n\n" +
		"Gjort: 2. Lag et budsjett\n\nDette må gjøres.\n\n\n" +
		"Fase 2: Etablere\n\nIkke gjort: 3. Registrer foretaket\nGjort: 4. Åpne en bankkonto\n\n" +
		"1. Hvem bestemmer?\n   A) Du\n   B) Kommunen\n\n" +
		"Mer\n\nTekst.\n\n\nSlutt.\n"
	if got := RenderSpoken(d, 80); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, mark := range []string{"===", "···", "[ ]", "[x]"} {
		if !strings.Contains(Render(d, 80), mark) {
			t.Errorf("Render lost %q, which only RenderSpoken leaves out", mark)
		}
	}
}
