package pdf

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/render/pdf/typeset"
	"github.com/sosabc/sosabc/internal/report"
)

// These tests read the PDF back with poppler-utils, as a reader's tools
// would: pdfinfo for the pages and metadata, pdffonts for the fonts,
// pdftotext for the text and where each word sits, pdftoppm for a
// picture. On a developer machine without poppler they skip; under
// CI=true they fail, so CI cannot pass without checking the PDF.
//
// SOSABC_PDF_OUT=dir keeps the PDFs and page images there, to look at.

func needPoppler(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"pdfinfo", "pdffonts", "pdftotext", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is missing: install poppler-utils (apt-get install poppler-utils)", tool)
			}
			t.Skipf("%s is missing: install poppler-utils to run this test (it fails under CI=true)", tool)
		}
	}
}

// checklistInput builds the plan of a persona the way «sosabc sjekkliste
// --persona» does.
func checklistInput(t testing.TB, id string, done map[string]bool) report.Input {
	t.Helper()
	f := factory(t)
	eng, err := f.Engine()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := f.Personas()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.ID == id {
			in := report.Build(eng.Rules, p.Answers, done, f.Now())
			in.Persona = p.Name
			return in
		}
	}
	t.Fatalf("no persona %s", id)
	return report.Input{}
}

var printOptions = doc.ChecklistOptions{Print: true, Client: "Amina Kaffesen", Adviser: "Etablerertjenesten", Version: "test"}

func checklistDoc(t testing.TB) *doc.Document {
	t.Helper()
	return doc.Checklist(checklistInput(t, "kafe-inkludering", nil), printOptions)
}

func pageDoc(t testing.TB, id string) *doc.Document {
	t.Helper()
	f := factory(t)
	hb, err := f.Handbook()
	if err != nil {
		t.Fatal(err)
	}
	tp := hb.Topic(id)
	if tp == nil {
		t.Fatalf("no topic %s", id)
	}
	return doc.Page(hb, tp, doc.PageOptions{Print: true})
}

// writePDF renders d into a file and returns its path.
func writePDF(t *testing.T, d *doc.Document, name string) string {
	t.Helper()
	data, err := Render(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("SOSABC_PDF_OUT")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, msg)
	}
	return string(out)
}

// pdfinfo returns the fields pdfinfo prints.
func pdfinfo(t *testing.T, path string) map[string]string {
	t.Helper()
	info := map[string]string{}
	for _, l := range strings.Split(run(t, "pdfinfo", path), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok {
			info[k] = strings.TrimSpace(v)
		}
	}
	return info
}

// pages is the text of each page, as pdftotext -layout gives it.
func pages(t *testing.T, path string) []string {
	t.Helper()
	ps := strings.Split(run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-"), "\f")
	if n := len(ps); n > 0 && strings.TrimSpace(ps[n-1]) == "" {
		ps = ps[:n-1]
	}
	return ps
}

var space = regexp.MustCompile(`\s+`)

// flat joins all text into one line with single spaces, so a sentence
// wrapped over two lines can be found.
// bodies are the pages without the header (from page 2) and the footer,
// so a paragraph split over two pages reads as one.
func bodies(ps []string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		lines := strings.Split(strings.Trim(p, "\n "), "\n")
		if i > 0 && len(lines) > 0 {
			lines = lines[1:]
		}
		if n := len(lines); n > 0 && strings.HasPrefix(strings.TrimSpace(lines[n-1]), "side ") {
			lines = lines[:n-1]
		}
		out[i] = strings.Join(lines, "\n")
	}
	return out
}

func flat(s string) string { return strings.TrimSpace(space.ReplaceAllString(s, " ")) }

// unmark removes the inline marks of sosabc's own text.
func unmark(s string) string { return strings.NewReplacer("`", "", "**", "").Replace(s) }

func checkInfo(t *testing.T, path, title string) int {
	t.Helper()
	info := pdfinfo(t, path)
	if got := info["Page size"]; got != "595.28 x 841.89 pts (A4)" {
		t.Errorf("page size %q, want A4", got)
	}
	if got := info["Title"]; got != title {
		t.Errorf("title %q, want %q", got, title)
	}
	if got := info["Author"]; got != "sosabc" {
		t.Errorf("author %q, want sosabc", got)
	}
	if info["Subject"] == "" {
		t.Error("no subject")
	}
	n, err := strconv.Atoi(info["Pages"])
	if err != nil || n < 1 {
		t.Fatalf("pages %q", info["Pages"])
	}
	return n
}

// checkFonts: the four Go fonts, embedded as subsets with a map back to
// Unicode (so text can be copied and searched).
func checkFonts(t *testing.T, path string) {
	t.Helper()
	out := run(t, "pdffonts", path)
	for f := range typeset.NumFaces {
		name, _ := typeset.Embedded(f)
		found := false
		for _, l := range strings.Split(out, "\n") {
			f := strings.Fields(l)
			if len(f) >= 7 && f[0] == name {
				found = true
				if n := len(f); f[n-5] != "yes" || f[n-4] != "yes" || f[n-3] != "yes" {
					t.Errorf("font %s is not embedded as a subset with Unicode: %s", name, l)
				}
			}
		}
		if !found {
			t.Errorf("font %s missing:\n%s", name, out)
		}
	}
}

// checkFooters: every page ends with «side N av M».
func checkFooters(t *testing.T, ps []string) {
	t.Helper()
	for i, p := range ps {
		lines := strings.Split(strings.TrimRight(p, "\n "), "\n")
		last := strings.TrimSpace(lines[len(lines)-1])
		if want := fmt.Sprintf("side %d av %d", i+1, len(ps)); last != want {
			t.Errorf("page %d ends with %q, want the footer %q", i+1, last, want)
		}
	}
}

var wordRe = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)

// checkMargins: every word, long web addresses too, lies inside the text
// column and between the header and the footer.
func checkMargins(t *testing.T, path string) {
	t.Helper()
	out := run(t, "pdftotext", "-bbox", "-enc", "UTF-8", path, "-")
	words := wordRe.FindAllStringSubmatch(out, -1)
	if len(words) == 0 {
		t.Fatal("pdftotext -bbox found no words")
	}
	bad := 0
	for _, w := range words {
		x0, _ := strconv.ParseFloat(w[1], 64)
		y0, _ := strconv.ParseFloat(w[2], 64)
		x1, _ := strconv.ParseFloat(w[3], 64)
		y1, _ := strconv.ParseFloat(w[4], 64)
		if x0 < marginX-0.5 || x1 > marginX+colW+0.5 || y0 < headerY-15 || y1 > footerY+5 {
			if bad++; bad <= 10 {
				t.Errorf("%q lies outside the text area: x %.1f–%.1f (column %.1f–%.1f), y %.1f–%.1f", w[5], x0, x1, marginX, marginX+colW, y0, y1)
			}
		}
	}
}

func TestChecklistPDF(t *testing.T) {
	needPoppler(t)
	d := checklistDoc(t)
	path := writePDF(t, d, "sjekkliste-kafe-inkludering.pdf")
	n := checkInfo(t, path, "Plan for oppstart: Amina Kaffesen")
	checkFonts(t, path)
	ps := pages(t, path)
	if len(ps) != n {
		t.Fatalf("pdftotext found %d pages, pdfinfo %d", len(ps), n)
	}
	checkFooters(t, ps)
	checkMargins(t, path)

	if !strings.Contains(ps[0], "Amina Kaffesen") {
		t.Errorf("the client's name is not on page 1:\n%s", ps[0])
	}
	for i, p := range ps[1:] {
		if first := strings.TrimSpace(strings.SplitN(strings.TrimLeft(p, "\n "), "\n", 2)[0]); !strings.HasPrefix(first, "Plan for oppstart: Amina Kaffesen") || !strings.Contains(first, "22. november 2026") {
			t.Errorf("page %d has no header with the title, client and date: %q", i+2, first)
		}
	}
	all := flat(strings.Join(bodies(ps), "\n"))
	for _, s := range []string{"æ", "ø", "å", "«", "»", "Rådgiver Etablerertjenesten"} {
		if !strings.Contains(all, s) {
			t.Errorf("%q did not come back from the PDF", s)
		}
	}
	// Every text sosabc wrote comes back as written: æøå and «» intact.
	var tasks, quoted int
	for _, bl := range d.Blocks {
		switch v := bl.(type) {
		case doc.Task:
			tasks++
			title := fmt.Sprintf("%d. %s", v.Number, v.Title)
			if !strings.Contains(all, title) {
				t.Errorf("task title %q missing", title)
			}
			for _, why := range v.Why {
				if !strings.Contains(all, flat(why)) {
					t.Errorf("task %d: %q missing", v.Number, why)
				}
				if strings.Contains(why, "«") {
					quoted++
				}
			}
			want := "Dette " + v.Priority + " gjøres."
			if v.Condition != "" {
				want = v.Condition + ", " + v.Priority + " dette gjøres."
			}
			if !strings.Contains(all, fmt.Sprintf("%d. %s", v.Number, v.Title)) || !strings.Contains(all, want) {
				t.Errorf("task %d: the priority in words %q is missing", v.Number, want)
			}
		case doc.Paragraph:
			if !strings.Contains(all, flat(unmark(v.Text))) {
				t.Errorf("paragraph %q missing", v.Text)
			}
		case doc.Notice:
			if !strings.Contains(all, flat(v.Text)) {
				t.Errorf("notice %q missing", v.Text)
			}
		case doc.Heading:
			if !strings.Contains(all, v.Text) {
				t.Errorf("heading %q missing", v.Text)
			}
		}
	}
	if tasks < 20 {
		t.Errorf("only %d tasks: is this the right plan?", tasks)
	}
	if quoted == 0 {
		t.Error("no text with «» was checked")
	}
	// Sources are numbered notes at the end, each with a clickable link.
	last := flat(strings.Join(ps[len(ps)-3:], "\n"))
	if !strings.Contains(all, "Kilder") || !strings.Contains(last, fmt.Sprintf("%d. %s", len(d.Notes), d.Notes[len(d.Notes)-1].Label)) {
		t.Errorf("the last note %d. %s is not at the end", len(d.Notes), d.Notes[len(d.Notes)-1].Label)
	}
	links := run(t, "pdfinfo", "-url", path)
	for _, nt := range d.Notes {
		if !strings.Contains(links, typeset.URI(nt.URL)+"\n") {
			t.Errorf("note %d: no link to %s", nt.Number, nt.URL)
		}
	}
	for _, bl := range d.Blocks {
		if v, ok := bl.(doc.Task); ok {
			for _, f := range v.Facts {
				if f.URL != "" && !strings.Contains(links, typeset.URI(f.URL)+"\n") {
					t.Errorf("task %d: no link to %s", v.Number, f.URL)
				}
			}
		}
	}
}

func TestDoneTasksAreMarked(t *testing.T) {
	needPoppler(t)
	in := checklistInput(t, "kafe-inkludering", map[string]bool{"beskriv-ideen": true})
	d := doc.Checklist(in, printOptions)
	path := writePDF(t, d, "sjekkliste-gjort.pdf")
	all := flat(strings.Join(pages(t, path), "\n"))
	if !regexp.MustCompile(`1\. Beskriv ideen din Gjort`).MatchString(all) {
		t.Errorf("the done task is not marked «Gjort»")
	}
	if strings.Count(all, " Gjort ") != 1 {
		t.Errorf("«Gjort» appears %d times, want once", strings.Count(all, " Gjort "))
	}
}

func TestPagePDF(t *testing.T) {
	needPoppler(t)
	d := pageDoc(t, "as")
	path := writePDF(t, d, "side-as.pdf")
	n := checkInfo(t, path, "Aksjeselskap (AS)")
	ps := pages(t, path)
	if len(ps) != n {
		t.Fatalf("pdftotext found %d pages, pdfinfo %d", len(ps), n)
	}
	checkFooters(t, ps)
	checkMargins(t, path)
	all := flat(strings.Join(ps, "\n"))
	if !strings.HasPrefix(flat(ps[0]), "Aksjeselskap (AS)") {
		t.Errorf("page 1 does not start with the title: %.80q", flat(ps[0]))
	}
	// The Markdown body is laid out: headings as headings (no «##»),
	// bullets as bullets, inline code without backticks.
	var body string
	for _, bl := range d.Blocks {
		if m, ok := bl.(doc.Markdown); ok {
			body = m.Text
		}
	}
	heads := 0
	for _, l := range strings.Split(body, "\n") {
		switch {
		case strings.HasPrefix(l, "## "):
			heads++
			if !strings.Contains(all, strings.TrimPrefix(l, "## ")) {
				t.Errorf("heading %q missing", l)
			}
		case strings.HasPrefix(l, "- "):
			if !strings.Contains(all, "• "+flat(unmark(strings.TrimPrefix(l, "- ")))) {
				t.Errorf("bullet %q missing", l)
			}
		}
	}
	if heads < 3 {
		t.Errorf("only %d headings in the body", heads)
	}
	for _, s := range []string{"##", "`", "**"} {
		if strings.Contains(all, s) {
			t.Errorf("Markdown mark %q left in the text", s)
		}
	}
	for _, s := range []string{"Dette bør du sjekke selv", "Les også", "Kilder", "Siden ble sist kontrollert"} {
		if !strings.Contains(all, s) {
			t.Errorf("%q missing", s)
		}
	}
}

// The handouts of the innovation camp as a teacher copies them: one
// sheet per page, each with the module's title at the top (a sheet copied
// alone still says where it is from), the quiz with its options and no
// answers.
func TestHandoutPDF(t *testing.T) {
	needPoppler(t)
	f := factory(t)
	set, err := f.Workshops()
	if err != nil {
		t.Fatal(err)
	}
	path := writePDF(t, doc.Handouts(set.Workshop("innovasjonscamp-vgs")), "utdeling-innovasjonscamp-vgs.pdf")
	n := checkInfo(t, path, "Innovasjonscamp for klassen: utdelingsark")
	ps := pages(t, path)
	if len(ps) != n {
		t.Fatalf("pdftotext found %d pages, pdfinfo %d", len(ps), n)
	}
	checkFooters(t, ps)
	checkMargins(t, path)
	want := []string{"Ark for oppdragsgiveren", "Lerretet for campen", "Skjema for juryen", "Oppgaver", "Quiz"}
	if len(ps) != len(want) {
		t.Fatalf("%d pages, want one per sheet: %q", len(ps), want)
	}
	for i, p := range ps {
		head := "Innovasjonscamp for klassen: utdelingsark " + want[i]
		if !strings.HasPrefix(flat(p), head) {
			t.Errorf("page %d starts %.80q, want %q", i+1, flat(p), head)
		}
	}
	quiz := flat(ps[4])
	for _, s := range []string{"1. Hvorfor skal oppdragsgiveren", "A) ", "B) ", "C) "} {
		if !strings.Contains(quiz, s) {
			t.Errorf("the quiz page lacks %q", s)
		}
	}
	for _, s := range []string{"Svar", "Forslag til svar", "Fasit"} {
		if strings.Contains(flat(strings.Join(ps, " ")), s) {
			t.Errorf("the handouts give away the answers: %q", s)
		}
	}
}

// The first page as a picture, 60 dots per inch: A4 size and not blank.
// Keep it with SOSABC_PDF_OUT to look at it.
func TestFirstPageImage(t *testing.T) {
	needPoppler(t)
	path := writePDF(t, checklistDoc(t), "sjekkliste-kafe-inkludering.pdf")
	prefix := strings.TrimSuffix(path, ".pdf")
	run(t, "pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", path, prefix)
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	if b.Dx() < 496 || b.Dx() > 497 || b.Dy() < 701 || b.Dy() > 702 {
		t.Errorf("page image is %dx%d, want 496x702 (A4 at 60 dpi)", b.Dx(), b.Dy())
	}
	dark := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r+g+bl < 3*0x8000 {
				dark++
			}
		}
	}
	if share := float64(dark) / float64(b.Dx()*b.Dy()); share < 0.01 || share > 0.2 {
		t.Errorf("%.1f %% of the page is dark: blank or smudged?", 100*share)
	}
}

// Render is safe to call from several goroutines, and gives the same
// document each time.
func TestRenderConcurrently(t *testing.T) {
	d := checklistDoc(t)
	want, err := Render(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 4 {
		wg.Go(func() {
			for range 2 {
				got, err := Render(d, Options{})
				if err != nil {
					errs <- err
					return
				}
				if !bytes.Equal(got, want) {
					errs <- fmt.Errorf("a concurrent render differs from a lone one")
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// With qpdf at hand (it is optional, even under CI), the file passes
// qpdf --check, and its catalog states the language.
func TestQPDFCheck(t *testing.T) {
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf is not installed")
	}
	for name, d := range map[string]*doc.Document{"sjekkliste.pdf": checklistDoc(t), "side.pdf": pageDoc(t, "as")} {
		path := writePDF(t, d, name)
		out, err := exec.Command("qpdf", "--check", path).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors") {
			t.Errorf("qpdf --check %s: %v\n%s", name, err, out)
		}
		trailer := run(t, "qpdf", "--show-object=trailer", path)
		m := regexp.MustCompile(`/Root (\d+) 0 R`).FindStringSubmatch(trailer)
		if m == nil {
			t.Fatalf("%s: no /Root in %s", name, trailer)
		}
		catalog := run(t, "qpdf", "--show-object="+m[1], path)
		for _, want := range []string{"/Lang (nb)", "/DisplayDocTitle true", "/Outlines"} {
			if !strings.Contains(catalog, want) {
				t.Errorf("%s: the catalog lacks %s: %s", name, want, catalog)
			}
		}
	}
}

// A character the fonts lack (local content may have one) is replaced,
// never an error or a blank; an empty document is one page.
func TestRenderOddInput(t *testing.T) {
	d := &doc.Document{Title: "Kryss ✓ og ☐", Blocks: []doc.Block{
		doc.Paragraph{Text: "Ferdig ✓, ikke ferdig ☐, og ḿ og ṅ."},
		doc.Markdown{Text: "## Overskrift\n\n1. én\n2. to\n\n> sitat\n\n```\nkode\n```\n\n---\n\n*kursiv* og **fet** og [lenke](https://example.com/a) og <https://example.com/b>."},
		doc.Hint{Items: []string{"sosabc start"}},
		doc.Comparison{Columns: []string{"AS", "ENK"}, Rows: []doc.ComparisonRow{{Label: "Ansvar", Cells: []string{"Begrenset", "Personlig"}}}},
		doc.Sources{Items: []doc.Source{{Label: "Kilde", URL: "https://example.com/c", Read: "lest 1. desember 2026"}}},
	}}
	out, err := Render(d, Options{Client: "Kari", Date: "1. desember 2026", Created: time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(out, []byte("%PDF-1.7")) || !bytes.HasSuffix(out, []byte("%%EOF\n")) {
		t.Fatal("not a PDF")
	}
	if _, err := Render(&doc.Document{}, Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return
	}
	dir := os.Getenv("SOSABC_PDF_OUT")
	if dir == "" {
		dir = t.TempDir()
	}
	path := filepath.Join(dir, "odd.pdf")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	all := flat(strings.Join(pages(t, path), "\n"))
	for _, want := range []string{"Ferdig ?, ikke ferdig ?", "og m og n.", "Overskrift", "1. én", "sitat", "kode", "kursiv og fet og lenke (https://example.com/a)", "https://example.com/b", "Ansvar", "AS: Begrenset", "Kilde, https://example.com/c (lest 1. desember 2026)"} {
		if !strings.Contains(all, want) {
			t.Errorf("%q missing from %q", want, all)
		}
	}
	if strings.Contains(all, "sosabc start") {
		t.Error("a hint for the terminal was printed")
	}
	if info := pdfinfo(t, path); info["CreationDate"] == "" {
		t.Error("no creation date")
	}
}
