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
