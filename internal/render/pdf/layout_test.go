package pdf

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/doc"
)

func TestURLParts(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want []string
	}{
		{"https://lovdata.no/lov/1997-06-13-44/§7-6", []string{"https://lovdata.no", "/lov", "/1997-06-13-44/§7-6"}},
		{"https://www.brreg.no/", []string{"https://www.brreg.no/"}},
		{"https://www.nav.no", []string{"https://www.nav.no"}},
		{"https://www.skatteetaten.no/bedrift-og-organisasjon/arbeidsgiver/otp---obligatorisk-tjenestepensjon/", []string{"https://www.skatteetaten.no", "/bedrift-og", "-organisasjon", "/arbeidsgiver", "/otp", "---obligatorisk", "-tjenestepensjon/"}},
		{"https://www.ssb.no/ajax/ordforklaring?key=138332&sprak=no", []string{"https://www.ssb.no", "/ajax", "/ordforklaring", "?key", "=138332", "&sprak=no"}},
	} {
		got := urlParts(tc.url)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("urlParts(%s)\n got %q\nwant %q", tc.url, got, tc.want)
		}
		if strings.Join(got, "") != tc.url {
			t.Errorf("urlParts(%s) lost characters", tc.url)
		}
	}
}

func TestNoBreakInsideNumbersDatesAndParagraphSigns(t *testing.T) {
	p, err := prepare()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"30 000", "1 500 000", "§ 4-5", "1. desember 2026", "1. desember 2026)", "ideen –"} {
		for _, a := range atoms([]span{{text: s, st: body}}, p) {
			if a.space {
				t.Errorf("%q may break at a space", s)
			}
		}
	}
	for _, s := range []string{"30 kroner", "1 500 kroner 000", "mai og"} {
		breaks := 0
		for _, a := range atoms([]span{{text: s, st: body}}, p) {
			if a.space {
				breaks++
			}
		}
		if breaks == 0 {
			t.Errorf("%q may not break at all", s)
		}
	}
}

// Every line of every document fits its column: web addresses included,
// at any size the renderer uses.
func TestLinesFitTheColumn(t *testing.T) {
	p, err := prepare()
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, d := range allDocuments(t) {
		docStrings(reflect.ValueOf(d), func(s string) {
			urls = append(urls, urlRe.FindAllString(s, -1)...)
		})
	}
	sort.Strings(urls)
	urls = compact(urls)
	if len(urls) < 100 {
		t.Fatalf("only %d addresses found", len(urls))
	}
	for _, st := range []style{small, fact, body} {
		for _, w := range []float64{colW - 26, colW - labelW} {
			for _, u := range urls {
				lines := wrap([]span{{text: "Kilde: ", st: st}, {text: u, st: st, link: u, url: true}, {text: " (lest 1. desember 2026)", st: st}}, w, p)
				var got strings.Builder
				for _, l := range lines {
					if l.w > w+0.01 {
						t.Errorf("%s at %.1f pt: a line is %.1f pt wide, the column %.1f", u, st.size, l.w, w)
					}
					for _, f := range l.frags {
						got.WriteString(f.text)
					}
					got.WriteString(" ")
				}
				if !strings.Contains(strings.ReplaceAll(got.String(), " ", ""), strings.ReplaceAll(u, " ", "")) {
					t.Errorf("%s came back as %q", u, got.String())
				}
			}
		}
	}
}

func compact(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// layout builds and paginates a document the way Render does.
func layout(t *testing.T, d *doc.Document) ([]item, [][]placed) {
	t.Helper()
	p, err := prepare()
	if err != nil {
		t.Fatal(err)
	}
	b := &builder{p: p, md: newMarkdown()}
	if !d.Sheets {
		b.title(d)
	}
	b.blocks(d)
	b.notes(d.Notes)
	return b.items, paginate(b.items, top, bodyH)
}

// Pagination rules on every printable document: nothing below the body,
// no heading or task title at the foot of a page, and a task that fits
// on a page is split only when a quarter of the page or more was free.
func TestPagination(t *testing.T) {
	for name, d := range allDocuments(t) {
		items, pages := layout(t, d)
		n := 0
		pageOf := map[*item]int{}
		yOf := map[*item]float64{}
		for pi, pg := range pages {
			if len(pg) == 0 {
				t.Errorf("%s: page %d is empty", name, pi+1)
				continue
			}
			for _, pl := range pg {
				n++
				pageOf[pl.it] = pi
				yOf[pl.it] = pl.y
				if pl.y+pl.it.h > top+bodyH+0.01 && pl.it.h <= bodyH {
					t.Errorf("%s: page %d: an item ends at %.1f, below the body (%.1f)", name, pi+1, pl.y+pl.it.h, top+bodyH)
				}
			}
			if last := pg[len(pg)-1].it; pi < len(pages)-1 && (last.kind == "heading" || last.kind == "task") {
				t.Errorf("%s: page %d ends with a %s", name, pi+1, last.kind)
			}
		}
		if n != len(items) {
			t.Fatalf("%s: %d items placed, %d built", name, n, len(items))
		}
		groups := map[int][]*item{}
		for i := range items {
			if g := items[i].group; g > 0 {
				groups[g] = append(groups[g], &items[i])
			}
		}
		for g, its := range groups {
			h := 0.0
			for i, it := range its {
				if i > 0 {
					h += it.before
				}
				h += it.h
			}
			if h > bodyH {
				continue
			}
			if first, last := pageOf[its[0]], pageOf[its[len(its)-1]]; first != last {
				// Split only when a quarter of the page or more was free.
				if free := top + bodyH - yOf[its[0]] + its[0].before; free < bodyH*splitRoom {
					t.Errorf("%s: group %d (%s, %.0f pt) is split over pages %d and %d with only %.0f pt free", name, g, its[0].kind, h, first+1, last+1, free)
				}
			}
		}
	}
}

// A paginator that keeps things together must still place a run taller
// than a page, rather than loop or drop it.
func TestPaginateTooTall(t *testing.T) {
	var items []item
	for range 200 {
		items = append(items, item{h: 15, keep: must, draw: func(*canvas, float64) {}})
	}
	pages := paginate(items, top, bodyH)
	n := 0
	for _, pg := range pages {
		n += len(pg)
	}
	if n != 200 || len(pages) < 4 {
		t.Errorf("placed %d items on %d pages", n, len(pages))
	}
}

// Handouts are copied sheet by sheet: every sheet starts on a new page, a
// sheet that fits on one page is on one page, a section never leaves its
// room to write behind, and a quiz question keeps its options.
func TestHandoutSheets(t *testing.T) {
	docs := allDocuments(t)
	n := 0
	for name, d := range docs {
		if !strings.HasPrefix(name, "utdeling ") {
			continue
		}
		n++
		items, pages := layout(t, d)
		pageOf := map[*item]int{}
		top := map[int]*item{}
		for pi, pg := range pages {
			for _, pl := range pg {
				pageOf[pl.it] = pi
				if top[pi] == nil && !pl.it.newPage {
					top[pi] = pl.it
				}
			}
		}
		// A sheet is the items from one page break to the next.
		var sheets [][]*item
		cur := []*item{}
		for i := range items {
			if items[i].newPage {
				sheets = append(sheets, cur)
				cur = []*item{&items[i]}
				continue
			}
			cur = append(cur, &items[i])
		}
		sheets = append(sheets, cur)
		if len(sheets) < 3 {
			t.Errorf("%s: %d sheets, want one per handout, the exercises and the quiz", name, len(sheets))
		}
		for si, sh := range sheets {
			var first *item
			h := 0.0
			for _, it := range sh {
				if it.newPage {
					continue
				}
				if first == nil {
					first = it
				} else {
					h += it.before
				}
				h += it.h
			}
			if first == nil {
				t.Errorf("%s: sheet %d is empty", name, si+1)
				continue
			}
			if top[pageOf[first]] != first {
				t.Errorf("%s: sheet %d does not start at the top of a page", name, si+1)
			}
			if h <= bodyH && pageOf[sh[len(sh)-1]] != pageOf[first] {
				t.Errorf("%s: sheet %d (%.0f pt) fits on a page but is split", name, si+1, h)
			}
			// A form to fill in (one with room to write) is one sheet.
			for _, it := range sh {
				if it.kind == "write" && h > bodyH {
					t.Errorf("%s: sheet %d is a form to fill in, but it is %.0f pt, more than a page (%.0f): use fewer «lines»", name, si+1, h, bodyH)
					break
				}
			}
		}
		for i := range items {
			if items[i].kind == "write" && i > 0 && pageOf[&items[i]] != pageOf[&items[i-1]] {
				t.Errorf("%s: a room to write is on page %d, its section on page %d", name, pageOf[&items[i]]+1, pageOf[&items[i-1]]+1)
			}
		}
	}
	if n != 10 {
		t.Errorf("checked %d handouts, want the 10 modules", n)
	}
}

// A page break on an empty page does not make a blank page.
func TestPageBreakAtTopMakesNoBlankPage(t *testing.T) {
	d := &doc.Document{Title: "Ark", Sheets: true, Blocks: []doc.Block{
		doc.PageBreak{}, doc.Paragraph{Text: "Første ark."}, doc.PageBreak{}, doc.PageBreak{}, doc.Paragraph{Text: "Andre ark."},
	}}
	_, pages := layout(t, d)
	if len(pages) != 2 {
		t.Errorf("%d pages, want 2", len(pages))
	}
}
