package render_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/render"
	"github.com/sosabc/sosabc/internal/render/markdown"
)

var (
	urlRe  = regexp.MustCompile(`https?://[^\s)>»]*[^\s)>».,;:]`)
	readRe = regexp.MustCompile(`\(lest \d{1,2}\. \pL+ \d{4}\)`)
)

// Web addresses and «(lest …)» are never broken over two lines, at any
// width and in every style, and a line is wider than the page only when it
// is an address that cannot fit (ux-review M7).
func TestAddressesAreNeverBroken(t *testing.T) {
	h, err := handbook.Load(handbook.Layer{FS: content.FS(), Name: "innebygd"})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"as", "forsikring-frivillige", "lappeteppe"} {
		md := markdown.Render(doc.Page(h, h.Topic(id), doc.PageOptions{}))
		wantURLs := urlRe.FindAllString(md, -1)
		wantRead := readRe.FindAllString(md, -1)
		for _, style := range render.Styles {
			for width := 30; width <= 120; width += 9 {
				out, err := render.Markdown(md, render.Options{Width: width, Style: style})
				if err != nil {
					t.Fatal(err)
				}
				plain := ansi.Strip(out)
				if got := urlRe.FindAllString(plain, -1); !sameSet(got, wantURLs) {
					t.Errorf("%s, %s, width %d: %d addresses whole, want %d", id, style, width, len(got), len(wantURLs))
				}
				if got := readRe.FindAllString(plain, -1); len(got) != len(wantRead) {
					t.Errorf("%s, %s, width %d: %d «(lest …)» whole, want %d", id, style, width, len(got), len(wantRead))
				}
				for _, line := range strings.Split(plain, "\n") {
					if ansi.StringWidth(line) <= width {
						continue
					}
					u := urlRe.FindString(line)
					if u == "" || len(u) < width-8 || !strings.HasPrefix(strings.TrimLeft(line, " •"), u) {
						t.Errorf("%s, %s, width %d: line too wide (%d): %q", id, style, width, ansi.StringWidth(line), line)
					}
				}
			}
		}
	}
}

func sameSet(a, b []string) bool {
	count := map[string]int{}
	for _, s := range a {
		count[s]++
	}
	for _, s := range b {
		count[s]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

// BenchmarkMarkdownPage renders a long page with many addresses in the
// standard style: the cost of keeping addresses whole.
func BenchmarkMarkdownPage(b *testing.B) {
	h, err := handbook.Load(handbook.Layer{FS: content.FS(), Name: "innebygd"})
	if err != nil {
		b.Fatal(err)
	}
	var md strings.Builder
	for _, id := range []string{"as", "forsikring-frivillige", "lappeteppe", "mva-registrering", "frivillige"} {
		md.WriteString(markdown.Render(doc.Page(h, h.Topic(id), doc.PageOptions{})))
	}
	for b.Loop() {
		if _, err := render.Markdown(md.String(), render.Options{Width: 100, Style: "dark"}); err != nil {
			b.Fatal(err)
		}
	}
}
