package typeset

import "testing"

// The body of an A4 page in points, as the PDF renderer lays it out.
const (
	top   = 78.0
	bodyH = 841.89 - top - 66
)

// A paginator that keeps things together must still place a run taller
// than a page, rather than loop or drop it.
func TestPaginateTooTall(t *testing.T) {
	var items []Item
	for range 200 {
		items = append(items, Item{H: 15, Keep: Must, Draw: func(*Canvas, float64) {}})
	}
	pages := Paginate(items, top, bodyH)
	n := 0
	for _, pg := range pages {
		n += len(pg)
	}
	if n != 200 || len(pages) < 4 {
		t.Errorf("placed %d items on %d pages", n, len(pages))
	}
}
