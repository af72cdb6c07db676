package typeset

// Page layout: the document becomes a flat list of items (a line of text,
// a heading, a box), each tied more or less strongly to the next; the
// paginator then cuts the list into pages.

// Keep says how strongly an item is tied to the one after it.
const (
	Free   = 0 // a page may break here
	Prefer = 1 // keep together if the group fits on a page (a task)
	Must   = 2 // keep together unless it cannot fit on any page (a heading and what follows, the first and last two lines of a paragraph)
)

// Item is one unbreakable piece of the page.
type Item struct {
	H      float64 // height
	Before float64 // space above it, dropped at the top of a page
	Keep   int     // how strongly it is tied to the next item
	// Draw paints it with its top at y.
	Draw func(c *Canvas, y float64)
	// NewPage starts a new page here (unless the page is still empty); the
	// item itself has no height and draws nothing.
	NewPage bool

	// For tests: what it is, and which keep-together group it is in.
	Kind  string
	Group int
}

// Placed is an item on a page.
type Placed struct {
	Item *Item
	Y    float64
}

// SplitRoom is the share of a page that must be free before a task that
// does not fit is split rather than moved to the next page.
const SplitRoom = 0.25

// Paginate cuts items into pages of height body, starting at top.
//
// It places the longest run of items tied at least «prefer» to each other
// (a whole task) if it fits on the page; if not, and less than splitRoom
// of the page is free, it starts a new page when the run fits on an empty
// one. Otherwise the run is split where its «must» runs allow. A run that
// cannot fit on any page is placed in its «must» runs (so a paragraph
// still keeps two lines at the foot and head of a page), and a run even
// that long is placed item by item.
func Paginate(items []Item, top, body float64) [][]Placed {
	var pages [][]Placed
	var cur []Placed
	y := top
	atTop := true
	newPage := func() {
		pages = append(pages, cur)
		cur, y, atTop = nil, top, true
	}
	height := func(i, j int) float64 { // items i..j inclusive, placed now
		h := 0.0
		for k := i; k <= j; k++ {
			if k > i || !atTop {
				h += items[k].Before
			}
			h += items[k].H
		}
		return h
	}
	fresh := func(i, j int) float64 { // the same on an empty page
		return height(i, j) - boolf(!atTop)*items[i].Before
	}
	place := func(i, j int) {
		for k := i; k <= j; k++ {
			if !atTop {
				y += items[k].Before
			}
			cur = append(cur, Placed{Item: &items[k], Y: y})
			y += items[k].H
			atTop = false
		}
	}
	runEnd := func(i, level int) int {
		j := i
		for j < len(items)-1 && items[j].Keep >= level {
			j++
		}
		return j
	}
	bottom := top + body
	i := 0
next:
	for i < len(items) {
		if items[i].NewPage {
			if !atTop {
				newPage()
			}
			cur = append(cur, Placed{Item: &items[i], Y: y}) // draws nothing, keeps the page fresh
			i++
			continue
		}
		for _, level := range []int{Prefer, Must} {
			j := runEnd(i, level)
			if y+height(i, j) <= bottom+0.01 {
				place(i, j)
				i = j + 1
				continue next
			}
			// A task moves to the next page only when little is left of
			// this one; otherwise it is split between its paragraphs,
			// so a page is not left a third empty.
			if !atTop && fresh(i, j) <= body+0.01 && (level == Must || bottom-y < body*SplitRoom) {
				newPage()
				continue next
			}
		}
		// Not even the must-run fits on an empty page: one item at a time.
		if !atTop && y+height(i, i) > bottom+0.01 {
			newPage()
		}
		place(i, i)
		i++
	}
	if len(cur) > 0 || len(pages) == 0 {
		pages = append(pages, cur)
	}
	return pages
}

func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
