package export_test

import (
	"fmt"
	stdhtml "html"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/export"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/webtest"
)

// memory is a site in memory.
type memory map[string][]byte

func (m memory) WriteFile(name string, data []byte) error {
	if _, ok := m[name]; ok {
		return fmt.Errorf("%s written twice", name)
	}
	m[name] = data
	return nil
}

// input loads the real content, and a local content folder when dir is
// not empty.
func input(t testing.TB, dir string) export.Input {
	t.Helper()
	f, _, _ := cmdtest.Factory(t, cmdtest.Env{})
	f.ContentDir = dir
	h, err := f.Handbook()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := f.Engine()
	if err != nil {
		t.Fatal(err)
	}
	return export.Input{Handbook: h, Points: eng.Rules.Points, Forms: eng.Rules.Forms}
}

func build(t testing.TB, in export.Input) memory {
	t.Helper()
	m := memory{}
	n, err := export.Site(in, m)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(in.Handbook.Topics) + 3; n != want {
		t.Errorf("Site says %d pages; want %d (the topics, the index, the glossary, the comparison)", n, want)
	}
	return m
}

func TestSiteFiles(t *testing.T) {
	in := input(t, "")
	m := build(t, in)
	want := []string{"index.html", "ordliste.html", "selskapsformer.html", "stil.css"}
	for _, tp := range in.Handbook.Topics {
		want = append(want, "emne/"+tp.ID+".html")
	}
	var got []string
	for name := range m {
		got = append(got, name)
	}
	sort.Strings(want)
	sort.Strings(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("files:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for name, data := range m {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		page := string(data)
		webtest.Offline(t, name, data)
		for _, s := range []string{"<nav aria-label=\"Håndboken\">", "stil.css\">", "<main id=\"innhold\">", "<meta name=\"generator\" content=\"sosabc\">"} {
			if !strings.Contains(page, s) {
				t.Errorf("%s lacks %q", name, s)
			}
		}
		if strings.Contains(page, "<style>") {
			t.Errorf("%s inlines the CSS; the site links stil.css", name)
		}
	}
	if !strings.Contains(string(m["ordliste.html"]), "aria-current=\"page\">Ordliste</a>") {
		t.Error("the glossary is not marked as the current page in the navigation")
	}
}

var (
	hrefRe = regexp.MustCompile(`href="([^"]*)"`)
	idRe   = regexp.MustCompile(`id="([^"]*)"`)
)

// checkLinks: every relative link leads to a file of the site, and every
// #fragment to an id on the page it names.
func checkLinks(t *testing.T, m memory) {
	t.Helper()
	ids := map[string]map[string]bool{}
	for name, data := range m {
		ids[name] = map[string]bool{}
		for _, id := range idRe.FindAllStringSubmatch(string(data), -1) {
			ids[name][id[1]] = true
		}
	}
	for name, data := range m {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		for _, h := range hrefRe.FindAllStringSubmatch(string(data), -1) {
			href := stdhtml.UnescapeString(h[1])
			if strings.HasPrefix(href, "https://") || strings.HasPrefix(href, "http://") || strings.HasPrefix(href, "mailto:") {
				continue
			}
			target, frag, _ := strings.Cut(href, "#")
			file := name
			if target != "" {
				file = path.Join(path.Dir(name), target)
			}
			if _, ok := m[file]; !ok {
				t.Errorf("%s links to %q: no such file (%s)", name, href, file)
				continue
			}
			if frag != "" && !ids[file][frag] {
				t.Errorf("%s links to %q: no id %q there", name, href, frag)
			}
		}
	}
}

func TestLinksWork(t *testing.T) {
	checkLinks(t, build(t, input(t, "")))
}

// Every topic is on the index, every related page is a link, and no
// «sosabc les X» for a page of the site is left as a command.
func TestNavigationBetweenPages(t *testing.T) {
	in := input(t, "")
	m := build(t, in)
	index := string(m["index.html"])
	for _, tp := range in.Handbook.Topics {
		if !strings.Contains(index, fmt.Sprintf("<a href=\"emne/%s.html\">%s</a>", tp.ID, stdhtml.EscapeString(tp.Title))) {
			t.Errorf("the index has no link to %s", tp.ID)
		}
		page := string(m["emne/"+tp.ID+".html"])
		for _, id := range tp.Related {
			r := in.Handbook.Topic(id)
			if !strings.Contains(page, fmt.Sprintf("<li><a href=\"../emne/%s.html\">%s</a></li>", id, stdhtml.EscapeString(r.Title))) {
				t.Errorf("%s: the related page %s is not a link", tp.ID, id)
			}
		}
		for _, c := range regexp.MustCompile("<code>sosabc (?:les|read) ([a-z0-9-]+)</code>").FindAllStringSubmatch(page, -1) {
			if in.Handbook.Topic(c[1]) != nil {
				t.Errorf("%s: %q is still a command, not a link", tp.ID, c[0])
			}
		}
	}
	forms := string(m["selskapsformer.html"])
	for _, p := range in.Points {
		if !strings.Contains(forms, ">"+stdhtml.EscapeString(p.Title)+"</h2>") {
			t.Errorf("the comparison lacks the point %q", p.Title)
		}
	}
	for _, f := range in.Forms {
		if strings.Count(forms, "<dt>"+stdhtml.EscapeString(f.Name)+"</dt>") != len(in.Points) {
			t.Errorf("the comparison does not give %s on every point", f.Name)
		}
	}
	glossary := string(m["ordliste.html"])
	for _, term := range in.Handbook.Glossary {
		if !strings.Contains(glossary, "<h2>"+stdhtml.EscapeString(term.Term)+"</h2>") {
			t.Errorf("the glossary lacks %q", term.Term)
		}
	}
}

const localTopic = `---
id: var-lokale-tjeneste
title: Vår lokale tjeneste
area: kommune
summary: Hva etablerertjenesten i vår kommune gjør for deg.
related: [as]
checked: 2026-11-01
sources:
  - title: "Kommunen: Etablerertjenesten"
    url: https://www.example.org/etablerer
    read: 2026-11-01
---
Ring oss når du vil starte. Les også ` + "`sosabc les as`" + `.

<script>alert("x")</script>

Ikke [klikk](javascript:alert(1)) her.

## Åpningstider

Vi har åpent hver dag.
`

func localDir(t testing.TB) string {
	dir := t.TempDir()
	cmdtest.WriteFile(t, dir, "topics/kommune/var-lokale-tjeneste.md", localTopic)
	return dir
}

func TestLocalContentIsOnTheSite(t *testing.T) {
	in := input(t, localDir(t))
	m := build(t, in)
	page, ok := m["emne/var-lokale-tjeneste.html"]
	if !ok {
		t.Fatal("the local page is not on the site")
	}
	for _, want := range []string{
		"Les også <a href=\"../emne/as.html\">Aksjeselskap (AS)</a>.",
		"<p>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;</p>",
		"<p>Ikke klikk her.</p>",
		"<h2>Åpningstider</h2>",
		"Siden kommer fra lokalt innhold, ikke fra sosabc.",
	} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the local page lacks %q", want)
		}
	}
	if strings.Contains(string(page), "<script") || strings.Contains(string(page), "javascript:") {
		t.Error("the local page lets script through")
	}
	if !strings.Contains(string(m["index.html"]), "<a href=\"emne/var-lokale-tjeneste.html\">Vår lokale tjeneste</a>") {
		t.Error("the index lacks the local page")
	}
	checkLinks(t, m)
}

// sample is the pages the validators check in CI: the index, the glossary,
// the comparison, the first and the last topic of every area (and any
// local page). SOSABC_FULL_SITE=1 checks every page.
func sample(h *handbook.Handbook) []string {
	names := []string{"index.html", "ordliste.html", "selskapsformer.html"}
	if os.Getenv("SOSABC_FULL_SITE") == "1" {
		for _, t := range h.Topics {
			names = append(names, export.TopicFile(t.ID))
		}
		return names
	}
	seen := map[string]bool{}
	for _, a := range h.Areas {
		ts := h.TopicsIn(a.ID)
		for _, t := range ts {
			if t == ts[0] || t == ts[len(ts)-1] || t.Local {
				if !seen[t.ID] {
					seen[t.ID] = true
					names = append(names, export.TopicFile(t.ID))
				}
			}
		}
	}
	return names
}

// writeSite publishes the site (with a local page) to a temp folder and
// returns it with the sample of its pages.
func writeSite(t *testing.T) (string, []string) {
	t.Helper()
	in := input(t, localDir(t))
	dir := filepath.Join(t.TempDir(), "nettsted")
	if err := export.Publish(dir, false, func(w export.Writer) error { _, err := export.Site(in, w); return err }); err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, n := range sample(in.Handbook) {
		files = append(files, filepath.Join(dir, filepath.FromSlash(n)))
	}
	return dir, files
}

func TestSiteNuHTMLChecker(t *testing.T) {
	_, files := writeSite(t)
	start := time.Now()
	webtest.VNU(t, files...)
	t.Logf("vnu checked %d pages in %v", len(files), time.Since(start).Round(time.Millisecond))
}

func TestSiteAxe(t *testing.T) {
	_, files := writeSite(t)
	start := time.Now()
	webtest.NewBrowser(t).Axe(t, files...)
	t.Logf("axe checked %d pages in %v", len(files), time.Since(start).Round(time.Millisecond))
}

// BenchmarkSite is the whole website in memory.
func BenchmarkSite(b *testing.B) {
	in := input(b, "")
	for b.Loop() {
		if _, err := export.Site(in, memory{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPublish is the whole website on disk: a new folder, every file
// written atomically, then renamed into place.
func BenchmarkPublish(b *testing.B) {
	in := input(b, "")
	root := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		dir := filepath.Join(root, fmt.Sprint(i))
		if err := export.Publish(dir, false, func(w export.Writer) error { _, err := export.Site(in, w); return err }); err != nil {
			b.Fatal(err)
		}
	}
}
