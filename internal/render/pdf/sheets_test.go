package pdf

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/doc"
)

// sheetsDoc is three sheets: a short one, one with three frames of 12
// lines (two pages: two frames fit on a page, not three), and a short one.
func sheetsDoc() *doc.Document {
	d := &doc.Document{Title: "Verksted: utdelingsark", Sheets: true}
	d.Blocks = append(d.Blocks, doc.Heading{Level: 1, Text: "Første ark"}, doc.Markdown{Text: "Les dette.", Shift: 1}, doc.PageBreak{},
		doc.Heading{Level: 1, Text: "Andre ark"})
	for i := 1; i <= 3; i++ {
		d.Blocks = append(d.Blocks, doc.Markdown{Text: fmt.Sprintf("## Del %d\n\nSkriv svaret ditt i rammen.", i), Shift: 1}, doc.WriteSpace{Lines: 12})
	}
	d.Blocks = append(d.Blocks, doc.PageBreak{}, doc.Heading{Level: 1, Text: "Tredje ark"}, doc.Paragraph{Text: "Slutt."})
	return d
}

// SheetPages counts the pages of each sheet as Render places them: the
// PDF has as many pages as the sheets together, and each sheet starts
// where the count says.
func TestSheetPages(t *testing.T) {
	d := sheetsDoc()
	got, err := SheetPages(d)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{1, 2, 1}; !reflect.DeepEqual(got, want) {
		t.Fatalf("SheetPages = %v, want %v", got, want)
	}
	// Two frames fit on a page: the same sheet with two is one page.
	d.Blocks = append(d.Blocks[:8:8], d.Blocks[10:]...)
	if got, _ := SheetPages(d); !reflect.DeepEqual(got, []int{1, 1, 1}) {
		t.Errorf("with two frames: SheetPages = %v, want [1 1 1]", got)
	}
	if got, _ := SheetPages(&doc.Document{Title: "Tomt", Sheets: true}); !reflect.DeepEqual(got, []int{1}) {
		t.Errorf("an empty document: SheetPages = %v, want [1]: Render makes one blank page", got)
	}

	needPoppler(t)
	path := writePDF(t, sheetsDoc(), "ark.pdf")
	if n, _ := strconv.Atoi(pdfinfo(t, path)["Pages"]); n != 4 {
		t.Errorf("the PDF has %d pages, want 4", n)
	}
	ps := pages(t, path)
	for i, head := range map[int]string{0: "Første ark", 1: "Andre ark", 3: "Tredje ark"} {
		if i >= len(ps) || !strings.Contains(flat(ps[i]), "utdelingsark "+head) {
			t.Errorf("page %d does not start the sheet «%s»", i+1, head)
		}
	}
}
