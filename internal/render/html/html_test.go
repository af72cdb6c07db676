package html_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/render/html"
	"github.com/sosabc/sosabc/internal/webtest"
)

// checklist is the print checklist of the persona kafe-inkludering, as an
// adviser hands it out.
func checklist(t testing.TB) *doc.Document {
	t.Helper()
	return checklistWith(t, doc.ChecklistOptions{Print: true, Client: "Amina Kaffesen", Adviser: "Etablerertjenesten", Version: "test"})
}

// shortChecklist is the one-page overview (--short) of the same plan.
func shortChecklist(t testing.TB) *doc.Document {
	t.Helper()
	return checklistWith(t, doc.ChecklistOptions{Print: true, Short: true, Client: "Amina Kaffesen", Adviser: "Etablerertjenesten", Version: "test"})
}

func checklistWith(t testing.TB, o doc.ChecklistOptions) *doc.Document {
	t.Helper()
	return doc.Checklist(cmdtest.PersonaPlan(t, "kafe-inkludering", nil), o)
}

// page is the handbook page «as», for print.
func page(t testing.TB) *doc.Document {
	t.Helper()
	f, _, _ := cmdtest.Factory(t, cmdtest.Env{})
	h, err := f.Handbook()
	if err != nil {
		t.Fatal(err)
	}
	return doc.Page(h, h.Topic("as"), doc.PageOptions{Print: true})
}

// handouts are the sheets of the innovation camp, for the class.
func handouts(t testing.TB) *doc.Document {
	t.Helper()
	f, _, _ := cmdtest.Factory(t, cmdtest.Env{})
	set, err := f.Workshops()
	if err != nil {
		t.Fatal(err)
	}
	return doc.Handouts(set.Workshop("innovasjonscamp-vgs"))
}

func render(t testing.TB, d *doc.Document, o html.Options) string {
	t.Helper()
	out, err := html.Render(d, o)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestGolden(t *testing.T) {
	cmdtest.Golden(t, "kafe-inkludering-print.html", render(t, checklist(t), html.Options{}))
	cmdtest.Golden(t, "as.html", render(t, page(t), html.Options{}))
}

// writeSamples writes the two golden documents to a folder for the
// validators.
func writeSamples(t *testing.T) (dir string, files []string) {
	t.Helper()
	dir = t.TempDir()
	for name, d := range map[string]*doc.Document{"sjekkliste.html": checklist(t), "kort.html": shortChecklist(t), "as.html": page(t), "utdeling.html": handouts(t)} {
		out := render(t, d, html.Options{})
		webtest.Offline(t, name, []byte(out))
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	return dir, files
}

func TestNuHTMLChecker(t *testing.T) {
	_, files := writeSamples(t)
	webtest.VNU(t, files...)
}

func TestAxe(t *testing.T) {
	_, files := writeSamples(t)
	webtest.NewBrowser(t).Axe(t, files...)
}

var sideRe = regexp.MustCompile(`side (\d+) av (\d+)`)

// The printed checklist has «side N av M» on every page, and M is the
// number of pages pdfinfo counts.
func TestPrintToPDF(t *testing.T) {
	dir, _ := writeSamples(t)
	pdf := filepath.Join(dir, "sjekkliste.pdf")
	webtest.PrintPDF(t, filepath.Join(dir, "sjekkliste.html"), pdf)
	pages := webtest.PDFPages(t, pdf)
	tasks := 0
	for _, b := range checklist(t).Blocks {
		if _, ok := b.(doc.Task); ok {
			tasks++
		}
	}
	// 103 tasks and 150 notes took 45 pages in December 2026. More pages
	// than tasks would mean a task no longer shares its page.
	if pages < 2 || pages >= tasks {
		t.Errorf("the checklist of %d tasks prints on %d pages", tasks, pages)
	}
	text := webtest.PDFText(t, pdf)
	if !strings.Contains(text, "side 1 av") {
		t.Fatalf("no «side 1 av» in the printed text:\n%s", text[:min(len(text), 2000)])
	}
	seen := map[int]bool{}
	for _, m := range sideRe.FindAllStringSubmatch(text, -1) {
		n, _ := strconv.Atoi(m[1])
		total, _ := strconv.Atoi(m[2])
		if total != pages {
			t.Errorf("«%s», but the PDF has %d pages", m[0], pages)
		}
		seen[n] = true
	}
	for i := 1; i <= pages; i++ {
		if !seen[i] {
			t.Errorf("page %d has no «side %d av %d»", i, i, pages)
		}
	}
	for _, want := range []string{"Plan for oppstart: Amina Kaffesen", "Dette må gjøres.", "Kilder", "https://"} {
		if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
			t.Errorf("the printed checklist lacks %q", want)
		}
	}
}

// Printed, the handouts give each sheet a page of its own: the sheet's
// title starts a page, and the quiz has a box before each option.
func TestHandoutsPrint(t *testing.T) {
	out := render(t, handouts(t), html.Options{})
	for _, want := range []string{
		"<hr class=\"page\">\n<h2>Lerretet for campen</h2>",
		"<div class=\"write\" aria-hidden=\"true\"><div></div><div></div></div>",
		"<div class=\"choice\">\n<p><strong>1. Hvorfor skal oppdragsgiveren beskrive behovet og ikke løsningen?</strong></p>\n<ul>\n<li><span class=\"box\" aria-hidden=\"true\"></span>A) ",
		"hr.page { break-after: page;",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the handouts lack %q", want)
		}
	}
	checkHeadingOrder(t, "handouts", out)
	dir, _ := writeSamples(t)
	pdf := filepath.Join(dir, "utdeling.pdf")
	webtest.PrintPDF(t, filepath.Join(dir, "utdeling.html"), pdf)
	text := webtest.PDFText(t, pdf)
	sheets := strings.Split(text, "\f")
	for _, title := range []string{"Lerretet for campen", "Skjema for juryen", "Oppgaver", "Quiz"} {
		found := false
		for _, p := range sheets {
			if lines := strings.Fields(p); len(lines) > 0 && strings.HasPrefix(strings.Join(lines, " "), title) {
				found = true
			}
		}
		if !found {
			t.Errorf("no printed page starts with %q:\n%s", title, text)
		}
	}
}

func TestPageStructure(t *testing.T) {
	out := render(t, checklist(t), html.Options{})
	for _, want := range []string{
		"<!DOCTYPE html>\n<html lang=\"nb\">",
		"<meta charset=\"utf-8\">",
		"<title>Plan for oppstart: Amina Kaffesen</title>",
		"<style>",
		"<header>", "<main id=\"innhold\">", "<footer>",
		"<h1>Plan for oppstart: Amina Kaffesen</h1>\n<dl class=\"meta\">\n<dt>Laget</dt>\n<dd>22. november 2026</dd>",
		"<dt>Kunde</dt>\n<dd>Amina Kaffesen</dd>",
		"<ol class=\"tasks\">",
		"<span class=\"box\" aria-hidden=\"true\"></span><span class=\"vh\">Ikke gjort: </span>1. ",
		"<strong class=\"priority\">Dette må gjøres.</strong>",
		"<dt>Kilder</dt>\n<dd><a href=\"#kilde-1\">[1]</a>",
		"<h2 id=\"kilder\">Kilder</h2>\n<ol class=\"notes\">\n<li id=\"kilde-1\" value=\"1\"><a href=\"https://",
		"<p class=\"uncertain\"><strong>Usikkert:</strong> ",
		"@bottom-center", "side \" counter(page) \" av \" counter(pages)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the checklist lacks %q", want)
		}
	}
	for _, bad := range []string{"<nav", "sosabc sjekkliste gjort", "ID: <code>"} {
		if strings.Contains(out, bad) {
			t.Errorf("the print checklist has %q", bad)
		}
	}
	checkHeadingOrder(t, "checklist", out)
	checkHeadingOrder(t, "as", render(t, page(t), html.Options{}))
}

var headingRe = regexp.MustCompile(`<h([1-6])[ >]`)

// checkHeadingOrder: one h1, first; no level skipped on the way down.
func checkHeadingOrder(t *testing.T, name, out string) {
	t.Helper()
	prev := 0
	for i, m := range headingRe.FindAllStringSubmatch(out, -1) {
		level, _ := strconv.Atoi(m[1])
		if i == 0 && level != 1 || i > 0 && level == 1 {
			t.Errorf("%s: heading %d is h%d; only the first is h1", name, i+1, level)
		}
		if level > prev+1 {
			t.Errorf("%s: heading %d jumps from h%d to h%d", name, i+1, prev, level)
		}
		prev = level
	}
}

func TestEscapesEverything(t *testing.T) {
	d := &doc.Document{
		Title: `<script>alert("x")</script>`,
		Meta:  []doc.Fact{{Label: "A&B", Value: `"q"`}},
		Blocks: []doc.Block{
			doc.Heading{Level: 1, Text: "<b>h</b>"},
			doc.Paragraph{Text: "1 < 2 & `<i>` **<u>s</u>** *nope* ** alone"},
			doc.List{Items: []string{"<li>"}},
			doc.Notice{Text: "<em>n</em>"},
			doc.Task{Number: 1, Title: "<t>", Priority: "må", Why: []string{"<w>"}, Uncertain: []string{"<u>"},
				Facts: []doc.Fact{{Label: "Her", Value: "x", URL: "javascript:alert(1)"}}},
			doc.Sources{Items: []doc.Source{{Label: "S", URL: "data:text/html,<b>"}}},
		},
	}
	out := render(t, d, html.Options{})
	for _, want := range []string{
		"<title>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;</title>",
		"<h2>&lt;b&gt;h&lt;/b&gt;</h2>",
		"<p>1 &lt; 2 &amp; <code>&lt;i&gt;</code> <strong>&lt;u&gt;s&lt;/u&gt;</strong> *nope* ** alone</p>",
		"<dt>A&amp;B</dt>\n<dd>&#34;q&#34;</dd>",
		"<li>&lt;li&gt;</li>",
		"<dt>Her</dt>\n<dd>x</dd>",
		"<li>S</li>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q", want)
		}
	}
	for _, bad := range []string{"<script", "javascript:", "data:text", "<u>", "<t>", "<w>"} {
		if strings.Contains(out, bad) {
			t.Errorf("has %q", bad)
		}
	}
}

func TestMarkdown(t *testing.T) {
	md := "Tekst med <b>rå HTML</b> og [en lenke](https://example.org/a b) og [farlig](javascript:alert(1)) og [fil](file:///etc/passwd) og ![et bilde](https://example.org/x.png) og <https://example.org/auto> og <post@example.org>.\n\n" +
		"<div onclick=\"x()\">blokk</div>\n\n## Del\n\n#### Dypt\n\n`sosabc les as` og `sosabc start` og **sterk**.\n\n- punkt"
	d := &doc.Document{Title: "T", Blocks: []doc.Block{doc.Markdown{Text: md}}}
	out := render(t, d, html.Options{})
	for _, want := range []string{
		"&lt;b&gt;rå HTML&lt;/b&gt;",
		"og [en lenke](<a class=\"bare\" href=\"https://example.org/a\">https://example.org/a</a> b) og",
		"og farlig og fil og et bilde og <a class=\"bare\" href=\"https://example.org/auto\">https://example.org/auto</a> og <a href=\"mailto:post@example.org\">post@example.org</a>.",
		"<p>&lt;div onclick=&#34;x()&#34;&gt;blokk&lt;/div&gt;</p>",
		"<h2>Del</h2>\n<h3>Dypt</h3>",
		"<code>sosabc les as</code> og <code>sosabc start</code> og <strong>sterk</strong>.",
		"<ul>\n<li>punkt</li>\n</ul>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q\n%s", want, body(out))
		}
	}
	for _, bad := range []string{"<b>", "<div", "javascript:", "file:", "<img", "onclick=\""} {
		if strings.Contains(body(out), bad) {
			t.Errorf("has %q\n%s", bad, body(out))
		}
	}
	// A link with a proper address stays a link.
	out = render(t, &doc.Document{Title: "T", Blocks: []doc.Block{doc.Markdown{Text: "[Lovdata](https://lovdata.no/lov/1997-06-13-44/§3-1 \"aksjeloven\")"}}}, html.Options{})
	if !strings.Contains(out, "<a href=\"https://lovdata.no/lov/1997-06-13-44/§3-1\" title=\"aksjeloven\">Lovdata</a>") {
		t.Errorf("the link is lost:\n%s", body(out))
	}
}

func body(out string) string {
	if i := strings.Index(out, "<main"); i >= 0 {
		return out[i:]
	}
	return out
}

// Markdown headings sit below the heading they follow: a topic body's ##
// is a section (h2); inside a task (h3) they start at h4.
func TestMarkdownHeadingLevels(t *testing.T) {
	d := &doc.Document{Title: "T", Blocks: []doc.Block{
		doc.Markdown{Text: "## A\n\n### B\n\n## C"},
		doc.Heading{Level: 1, Text: "Fase"},
		doc.Task{Number: 1, Title: "Gjør", Priority: "bør", Do: "# Steg\n\ntekst\n\n### Under"},
		doc.Task{Number: 2, Title: "Mer", Priority: "kan", Done: true, New: true},
		doc.Heading{Level: 2, Text: "Under fase"},
	}}
	out := render(t, d, html.Options{})
	for _, want := range []string{
		"<h2>A</h2>\n<h3>B</h3>\n<h2>C</h2>",
		"<h2>Fase</h2>",
		"<h3><span class=\"box\" aria-hidden=\"true\"></span><span class=\"vh\">Ikke gjort: </span>1. Gjør</h3>\n<p><strong class=\"priority\">Dette bør gjøres.</strong></p>",
		"<h4>Steg</h4>\n<p>tekst</p>\n<h5>Under</h5>",
		"<li class=\"task done\" id=\"punkt-2\">\n<h3><span class=\"box\" aria-hidden=\"true\"></span><span class=\"vh\">Gjort: </span>2. Mer <span class=\"new\">(ny)</span></h3>",
		"</ol>\n<h3>Under fase</h3>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q\n%s", want, body(out))
		}
	}
	checkHeadingOrder(t, "levels", out)
}

func TestConditionAndHintAndComparison(t *testing.T) {
	d := &doc.Document{Title: "T", Blocks: []doc.Block{
		doc.Hint{Text: "Kjør", Items: []string{"`sosabc start`"}},
		doc.Task{Number: 4, Title: "Registrer", Priority: "må", Condition: "Hvis du velger AS", ID: "reg",
			Topic: &doc.Link{ID: "as"}, Sources: []doc.Source{{Label: "Brreg", URL: "https://brreg.no", Read: "lest 1. mai 2026"}}},
		doc.Ranking{Items: []doc.Ranked{{Name: "AS", For: []string{"bra"}, Against: []string{"dyrt"}}, {Name: "ENK"}}},
		doc.Comparison{Columns: []string{"AS", "ENK"}, Rows: []doc.ComparisonRow{{Label: "Ansvar", Cells: []string{"begrenset", "personlig"}}}},
	}}
	out := render(t, d, html.Options{})
	for _, want := range []string{
		"<strong class=\"priority\">Hvis du velger AS, må dette gjøres.</strong>",
		"<dt>Kilder</dt>\n<dd><a href=\"https://brreg.no\">Brreg</a> (lest 1. mai 2026)</dd>",
		"<p class=\"id\">ID: <code>reg</code></p>",
		"<li>For: bra</li>\n<li>Mot: dyrt</li>",
		"<li>Svarene dine sier lite om denne formen.</li>",
		"<h2>Ansvar</h2>\n<dl class=\"compare\">\n<dt>AS</dt>\n<dd>begrenset</dd>\n<dt>ENK</dt>\n<dd>personlig</dd>\n</dl>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q\n%s", want, body(out))
		}
	}
	if strings.Contains(out, "Kjør") || strings.Contains(out, "Les mer") {
		t.Errorf("a hint, or a topic link without a page, reached the page:\n%s", body(out))
	}
}

// On a website: a linked stylesheet, navigation with the current page
// marked, and sosabc commands that name a page become links to it.
func TestSiteOptions(t *testing.T) {
	o := html.Options{
		Base:       "../",
		Stylesheet: "stil.css",
		Nav:        []doc.Link{{Title: "Emner", URL: "index.html"}, {Title: "Ordliste", URL: "ordliste.html"}},
		Here:       "ordliste.html",
		Commands: map[string]doc.Link{
			"sosabc les as":            {Title: "Aksjeselskap (AS)", URL: "emne/as.html"},
			"sosabc former sammenlign": {URL: "selskapsformer.html"},
		},
	}
	d := &doc.Document{Title: "T", Blocks: []doc.Block{
		doc.Markdown{Text: "Les `sosabc les as`. Se `sosabc former sammenlign`."},
		doc.List{Items: []string{"`sosabc les as`", "`sosabc les ukjent`"}},
		doc.Task{Number: 1, Title: "x", Priority: "må", Topic: &doc.Link{ID: "as"}},
	}}
	out := render(t, d, o)
	for _, want := range []string{
		"<link rel=\"stylesheet\" href=\"../stil.css\">",
		"<a class=\"skip\" href=\"#innhold\">Hopp til innholdet</a>",
		"<nav aria-label=\"Håndboken\">",
		"<li><a href=\"../index.html\">Emner</a></li>",
		"<li><a href=\"../ordliste.html\" aria-current=\"page\">Ordliste</a></li>",
		"Les <a href=\"../emne/as.html\">Aksjeselskap (AS)</a>. Se <a href=\"../selskapsformer.html\"><code>sosabc former sammenlign</code></a>.",
		"<li><a href=\"../emne/as.html\">Aksjeselskap (AS)</a></li>\n<li><code>sosabc les ukjent</code></li>",
		"<dt>Les mer</dt>\n<dd><a href=\"../emne/as.html\">Aksjeselskap (AS)</a></dd>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q\n%s", want, out)
		}
	}
	if strings.Contains(out, "<style>") {
		t.Error("the CSS is inlined although a stylesheet is linked")
	}
}

func BenchmarkChecklist(b *testing.B) {
	d := checklist(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := html.Render(d, html.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// Web addresses in running text become links; the full stop after one
// stays outside it.
func TestBareAddressesAreLinks(t *testing.T) {
	d := &doc.Document{Title: "T", Blocks: []doc.Block{
		doc.Paragraph{Text: "Sjekk hos Skatteetaten: https://www.skatteetaten.no/a/b/. Eller `https://ikke.no`."},
		doc.Markdown{Text: "Se https://www.patentstyret.no/design/priser, og javascript:alert(1)."},
	}}
	out := render(t, d, html.Options{})
	for _, want := range []string{
		"Sjekk hos Skatteetaten: <a class=\"bare\" href=\"https://www.skatteetaten.no/a/b/\">https://www.skatteetaten.no/a/b/</a>. Eller <code>https://ikke.no</code>.",
		"Se <a class=\"bare\" href=\"https://www.patentstyret.no/design/priser\">https://www.patentstyret.no/design/priser</a>, og javascript:alert(1).",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q\n%s", want, body(out))
		}
	}
}

// The short plan prints in 9 pt, and in 8.5 pt («dense») only when it
// would not fit on one sheet at 9 pt: the plan of kafe-inkludering does,
// with a note of eight times two sentences it does not. Printed by
// Chromium, the dense plan is one page.
func TestShortPlanDense(t *testing.T) {
	if got := render(t, shortChecklist(t), html.Options{}); !strings.Contains(got, "<body class=\"compact\">") {
		t.Error("the short plan without a note is not printed in 9 pt (<body class=\"compact\">)")
	}
	note := strings.Repeat("Vi møtes igjen 14. januar. Ta med budsjettet og vedtektene, og tenk på hvem som skal sitte i styret. ", 8)
	long := render(t, checklistWith(t, doc.ChecklistOptions{Print: true, Short: true, Client: "Amina Kaffesen", Adviser: "Ola Nordmann, etablerertjenesten", Version: "test", Note: note}), html.Options{})
	if !strings.Contains(long, "<body class=\"compact dense\">") {
		t.Fatal("the short plan with a long note is not printed denser (<body class=\"compact dense\">)")
	}
	dir := t.TempDir()
	page, pdf := filepath.Join(dir, "kort.html"), filepath.Join(dir, "kort.pdf")
	if err := os.WriteFile(page, []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	webtest.PrintPDF(t, page, pdf)
	if n := webtest.PDFPages(t, pdf); n != 1 {
		t.Errorf("the dense short plan prints on %d pages, want 1", n)
	}
}
