package render_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/iostreams"
	"github.com/sosabc/sosabc/internal/render"
	"github.com/sosabc/sosabc/internal/render/markdown"
	"github.com/sosabc/sosabc/internal/report"
)

func whole(t *testing.T, md string, o render.Options) string {
	t.Helper()
	out, err := render.Whole(md, o)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var (
	// emptySpan is a style that is set and reset around nothing.
	emptySpan = regexp.MustCompile(`\x1b\[[0-9;]*m\x1b\[m`)
	// padding is the spaces glamour pads a line with to the full width,
	// each in the text's style.
	padding = regexp.MustCompile(`(\x1b\[[0-9;]*m \x1b\[m| )+$`)
)

// looks is a page as a reader sees it: each line without styles set
// around nothing and without the padding at its end. Padding with a
// background colour would show, so it stays.
func looks(page string) []string {
	lines := strings.Split(page, "\n")
	for i, l := range lines {
		l = emptySpan.ReplaceAllString(l, "")
		if pad := padding.FindString(l); !strings.Contains(pad, "48;") {
			l = strings.TrimSuffix(l, pad)
		}
		lines[i] = l
	}
	return lines
}

// pages are the Markdown of every topic page and of the plans of three
// fictional founders, as a terminal shows them.
func pages(t *testing.T) map[string]string {
	t.Helper()
	ios, _, _, _ := iostreams.Test()
	f := &cmdutil.Factory{IO: ios, Content: content.FS(), Now: func() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) }}
	h, err := handbook.Load(handbook.Layer{FS: content.FS(), Name: "innebygd"})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, tp := range h.Topics {
		out[tp.ID] = markdown.Render(doc.Page(h, tp, doc.PageOptions{}))
	}
	eng, err := f.Engine()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := f.Personas()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps[:3] {
		in := report.Build(eng.Rules, p.Answers, nil, f.Now())
		in.Local = f.Local(p.Answers)
		out["sjekkliste "+p.ID] = markdown.Render(doc.Checklist(in, doc.ChecklistOptions{}))
	}
	return out
}

// A page rendered in sections looks like the page rendered whole, in
// every style, at widths from 40 to 100 columns (each page at one, in
// turn); plain text is the same to the byte.
func TestSectionsLookLikeTheWholePage(t *testing.T) {
	widths := []int{40, 63, 80, 100}
	n := 0
	for name, md := range pages(t) {
		if len(render.Split(md)) < 2 {
			t.Errorf("%s: one section only", name)
		}
		for _, style := range render.Styles {
			n++
			o := render.Options{Width: widths[n%len(widths)], Style: style}
			got, err := render.Markdown(md, o)
			if err != nil {
				t.Fatal(err)
			}
			if msg := sameLook(got, whole(t, md, o), style == "notty"); msg != "" {
				t.Errorf("%s, %s, width %d: %s", name, style, o.Width, msg)
			}
		}
	}
}

// sameLook says how got and want differ to the reader, or "" when they do
// not. Plain text must be the same to the byte.
func sameLook(got, want string, plain bool) string {
	if plain {
		if got != want {
			return "the plain text differs"
		}
		return ""
	}
	g, w := looks(got), looks(want)
	if len(g) != len(w) {
		return fmt.Sprintf("%d lines, want %d", len(g), len(w))
	}
	for i := range g {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got %q\nwant %q", i+1, g[i], w[i])
		}
	}
	return ""
}

// Several documents are one page, with a blank line between them.
func TestStreamSeveralDocuments(t *testing.T) {
	a, b := "# A\n\nFørste.\n\n## Mer\n\nTekst.\n", "# B\n\nAndre.\n"
	for _, style := range render.Styles {
		o := render.Options{Width: 60, Style: style}
		var got strings.Builder
		for s := range render.Stream(o, a, b) {
			if s.Err != nil {
				t.Fatal(s.Err)
			}
			got.WriteString(s.Text)
		}
		if msg := sameLook(got.String(), whole(t, a, o)+"\n"+whole(t, b, o), style == "notty"); msg != "" {
			t.Errorf("%s: %s", style, msg)
		}
	}
}

// Headings in a code block and pages with link reference definitions are
// not cut.
func TestSplit(t *testing.T) {
	for _, c := range []struct {
		md   string
		want int
	}{
		{"# T\n\nA\n\n## B\n\nC\n\n### D\n\nE\n", 3},
		{"## Først\n\nA\n", 1},
		{"A\n\n```\n## ikke en overskrift\n```\n\n## B\n", 2},
		{"A\n\n~~~\n### ikke\n~~~\n", 1},
		{"Se [kilden][1].\n\n## B\n\n[1]: https://example.org\n", 1},
		{"", 1},
	} {
		parts := render.Split(c.md)
		if len(parts) != c.want || strings.Join(parts, "") != c.md {
			t.Errorf("%q: %q, want %d parts", c.md, parts, c.want)
		}
	}
}
