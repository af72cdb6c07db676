package render_test

import (
	"fmt"
	"regexp"
	"runtime"
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
func pages(t testing.TB) map[string]string {
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

// hasRefDef finds what the expression it replaces finds.
func TestHasRefDef(t *testing.T) {
	re := regexp.MustCompile(`(?m)^ {0,3}\[[^\]]+\]:`)
	cases := []string{
		"", "[1]: https://example.org", "Tekst\n[a]: x\n", "   [a]: x", "    [a]: x", "[]: x", "[a] : x",
		"[a]", "tekst [a]: x", "- [ ] Gjør det\n- [x] Gjort", "[a\nb]: x", "[a\n\n]:", "\n[a]:", "[a]]:", "[[a]]: x",
		"Se [kilden][1].\n\n## B\n\n[1]: https://example.org\n", "[a]x\n[b]:", "  [", "[a]:\n",
	}
	for _, md := range pages(t) {
		cases = append(cases, md)
	}
	for _, md := range cases {
		if got, want := render.HasRefDef(md), re.MatchString(md); got != want {
			t.Errorf("%.80q: %v, want %v", md, got, want)
		}
	}
}

// manySections is a page of n sections; the last line is «Siste linje.».
func manySections(n int) string {
	var b strings.Builder
	b.WriteString("# Side\n\nInnledning.\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "\n## Del %d\n\nTekst i del %d.\n", i, i)
	}
	b.WriteString("\nSiste linje.\n")
	return b.String()
}

// Held sections are rendered no further than ahead of the reader until
// Release, and then all of them; they are the same as Stream's.
func TestHoldAndRelease(t *testing.T) {
	md := manySections(12)
	o := render.Options{Width: 60, Style: "standard"}
	var want strings.Builder
	for s := range render.Stream(o, md) {
		want.WriteString(s.Text)
	}
	s := render.Hold(o, 1, md)
	defer s.Close()
	var got strings.Builder
	for range 3 {
		sec, ok := s.Next()
		if !ok || sec.Err != nil {
			t.Fatalf("Next: %v %v", ok, sec.Err)
		}
		got.WriteString(sec.Text)
	}
	// The workers may go on to the fourth section (one ahead), not further.
	for s.Started() < 4 {
		runtime.Gosched()
	}
	for range 100 {
		runtime.Gosched()
	}
	if n := s.Started(); n != 4 {
		t.Fatalf("%d sections started before Release, want 4", n)
	}
	s.Release()
	for s.Started() < 13 {
		runtime.Gosched()
	}
	for {
		sec, ok := s.Next()
		if !ok {
			break
		}
		if sec.Err != nil {
			t.Fatal(sec.Err)
		}
		got.WriteString(sec.Text)
	}
	if got.String() != want.String() {
		t.Errorf("held sections:\n%s\nwant:\n%s", got.String(), want.String())
	}
}

// An error in a later section ends the sections, held or not, and stops
// the workers.
func TestSectionError(t *testing.T) {
	undo := render.FailOn("Del 7")
	defer undo()
	for _, release := range []bool{false, true} {
		s := render.Hold(render.Options{Width: 60, Style: "dark"}, 1, manySections(12))
		if release {
			s.Release()
		}
		n := 0
		var err error
		for {
			sec, ok := s.Next()
			if !ok {
				break
			}
			n++
			if sec.Err != nil {
				err = sec.Err
			}
		}
		if err == nil || err.Error() != "feil i Del 7" || n != 8 {
			t.Errorf("release %v: %d sections, error %v; want 8 and «feil i Del 7»", release, n, err)
		}
		s.Close()
		s.Wait()
	}
}

// A reader that stops early closes the sections: the workers stop,
// whether they were held or not, and Next reports no more.
func TestCloseEarly(t *testing.T) {
	for _, release := range []bool{false, true} {
		s := render.Hold(render.Options{Width: 60, Style: "standard"}, 1, manySections(40))
		if release {
			s.Release()
		}
		if _, ok := s.Next(); !ok {
			t.Fatal("no first section")
		}
		s.Close()
		s.Wait()
		if _, ok := s.Next(); ok {
			t.Error("Next after Close gave a section")
		}
		if n := s.Started(); !release && n > 2 {
			t.Errorf("%d sections started, want at most 2", n)
		}
		s.Close() // twice is fine
	}
}

// BenchmarkSplit is the cut of a saved plan of 80 items into sections,
// before the first can be rendered.
func BenchmarkSplit(b *testing.B) {
	var plan string
	for name, md := range pages(b) {
		if strings.HasPrefix(name, "sjekkliste ") && len(md) > len(plan) {
			plan = md
		}
	}
	for b.Loop() {
		render.Split(plan)
	}
}

// A page rendered with the renderer Warm made is the same as without it,
// to the byte, in every style; a style glamour does not know is still
// reported.
func TestWarm(t *testing.T) {
	md := manySections(5)
	for _, style := range render.Styles {
		o := render.Options{Width: 70, Style: style}
		want, err := render.Markdown(md, o)
		if err != nil {
			t.Fatal(err)
		}
		render.Warm(o)
		render.Warm(o) // twice makes one
		got, err := render.Markdown(md, o)
		if err != nil || got != want {
			t.Errorf("%s: with Warm (%v):\n%s\nwant:\n%s", style, err, got, want)
		}
	}
	render.Warm(render.Options{Style: "ukjent"})
	if _, err := render.Markdown(md, render.Options{Style: "ukjent"}); err == nil {
		t.Error("no error for an unknown style")
	}
}
