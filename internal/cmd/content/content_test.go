package content_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/locale"
)

func TestLocalContent(t *testing.T) {
	dir := t.TempDir()
	cmdtest.WriteFile(t, dir, "topics/kommune/var-etablerertjeneste.md", localTopic)
	r := cmdtest.Run(t, cmdtest.Env{}, "les", "var-etablerertjeneste", "--content-dir", dir)
	if r.Code != 0 || !strings.Contains(r.Out, "Ring oss på telefon") || !strings.Contains(r.Out, "Siden kommer fra lokalt innhold") {
		t.Fatalf("local page: %d %s\n%s", r.Code, r.Err, r.Out)
	}
	r = cmdtest.Run(t, cmdtest.Env{Vars: map[string]string{"SOSABC_CONTENT_DIR": dir}}, "søk", "telefon", "--json")
	if !strings.Contains(r.Out, `"var-etablerertjeneste"`) {
		t.Errorf("search does not find the local page: %s", r.Out)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "innhold", "sjekk", dir)
	if r.Code != 0 || !strings.Contains(r.Out, "var-etablerertjeneste") || strings.Contains(r.Out, "\nas ") {
		t.Errorf("content check of a local dir: %d\n%s\n%s", r.Code, r.Out, r.Err)
	}

	broken := t.TempDir()
	cmdtest.WriteFile(t, broken, "topics/kommune/x.md", strings.Replace(localTopic, "id: var-etablerertjeneste", "id: x\nfarge: blå", 1))
	r = cmdtest.Run(t, cmdtest.Env{}, "les", "as", "--content-dir", broken)
	if r.Code != 2 || !strings.Contains(r.Err, "Innholdet har feil. Rett dem og prøv igjen:\n"+broken+"/topics/kommune/x.md:3: ukjent felt «farge»") {
		t.Errorf("broken local content: %d %q", r.Code, r.Err)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "innhold", "sjekk", broken)
	if r.Code != 1 || !strings.Contains(r.Err, "x.md:3: ukjent felt «farge»") {
		t.Errorf("content check of broken content: exit %d, %q", r.Code, r.Err)
	}
}

const localTopic = `---
id: var-etablerertjeneste
title: Etablerertjenesten i Eksempel kommune
area: kommune
summary: Slik får du hjelp hos oss.
keywords: [etablerer]
related: [as]
checked: 2026-10-01
sources:
  - title: "Eksempel kommune: Etablerertjenesten"
    url: https://www.example.org/etablerer
    read: 2026-10-01
---
Ring oss på telefon før du kommer.
`

func TestContentCheck(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "content", "check")
	if r.Code != 0 || !strings.HasPrefix(r.Out, "EMNE ") || !strings.Contains(r.Err, "Innholdet er i orden.") {
		t.Fatalf("exit %d\n%s", r.Code, r.Err)
	}
	var report struct {
		Topics    []struct{ LIX float64 }
		MedianLIX float64 `json:"median_lix"`
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "content", "check", "--json")
	if err := json.Unmarshal([]byte(r.Out), &report); err != nil {
		t.Fatal(err)
	}
	if report.MedianLIX > 40 {
		t.Errorf("median LIX %.1f is above 40", report.MedianLIX)
	}
	for _, tp := range report.Topics {
		if tp.LIX > 50 {
			t.Errorf("a topic has LIX %.1f", tp.LIX)
		}
	}
	// A page checked more than 12 months ago is a warning, not an error.
	dir := t.TempDir()
	cmdtest.WriteFile(t, dir, "topics/kommune/var-etablerertjeneste.md", strings.ReplaceAll(localTopic, "2026-10-01", "2024-01-15"))
	r = cmdtest.Run(t, cmdtest.Env{}, "content", "check", dir)
	if r.Code != 0 || !strings.Contains(r.Err, "Advarsel: "+dir+"/topics/kommune/var-etablerertjeneste.md: sist kontrollert 2024-01-15, for over 12 måneder siden.") {
		t.Errorf("stale: exit %d, %q", r.Code, r.Err)
	}
}

// TestContentCheckSources: every source reference is counted, and the
// real content passes the front-page rule.
func TestContentCheckSources(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "innhold", "sjekk", "--json")
	var report struct {
		Errors  []string
		Sources struct {
			References int     `json:"references"`
			FrontPages int     `json:"front_pages"`
			Share      float64 `json:"front_page_share"`
			ByKind     []struct {
				Kind       string
				References int
			} `json:"by_kind"`
			Kept []struct {
				URL       string
				FrontPage string `json:"front_page"`
				Where     string
			} `json:"front_pages_kept"`
		}
	}
	if err := json.Unmarshal([]byte(r.Out), &report); err != nil {
		t.Fatalf("%v\n%s", err, r.Out)
	}
	if r.Code != 0 || len(report.Errors) > 0 {
		t.Fatalf("exit %d: %q", r.Code, report.Errors)
	}
	s := report.Sources
	if s.Share > 0.05 || s.FrontPages != len(s.Kept) {
		t.Errorf("%d of %d references are front pages (%.3f), %d with a reason", s.FrontPages, s.References, s.Share, len(s.Kept))
	}
	for _, k := range s.Kept {
		if !strings.HasPrefix(k.Where, "content/") || k.FrontPage == "" {
			t.Errorf("kept front page: %+v", k)
		}
	}
	// Every kind of place a source can be written is read.
	kinds := map[string]int{}
	for _, k := range s.ByKind {
		kinds[k.Kind] = k.References
	}
	for _, k := range []string{"topic", "item_source", "item_link", "uncertain", "workshop", "aim", "contact", "kommune"} {
		if kinds[k] == 0 {
			t.Errorf("no references of kind %s: %v", k, kinds)
		}
	}

	r = cmdtest.Run(t, cmdtest.Env{}, "innhold", "sjekk")
	if !strings.Contains(r.Out, "\nKILDER ") || !strings.Contains(r.Out, fmt.Sprintf("\nForsider: %s av %s kildehenvisninger (", locale.Number(s.FrontPages), locale.Number(s.References))) ||
		!strings.Contains(r.Out, " prosent).\nHøyst 5 prosent kan gå til forsiden av et nettsted.\n") {
		t.Errorf("text report:\n%s", r.Out)
	}
}

// TestContentCheckFrontPage: a bare front page in a local folder fails the
// check with file and line, unless «front_page» says why it is right.
func TestContentCheckFrontPage(t *testing.T) {
	dir := t.TempDir()
	cmdtest.WriteFile(t, dir, "topics/kommune/var-etablerertjeneste.md", strings.Replace(localTopic, "https://www.example.org/etablerer", "https://www.example.org/", 1))
	r := cmdtest.Run(t, cmdtest.Env{}, "innhold", "sjekk", dir)
	want := "Feil: " + dir + "/topics/kommune/var-etablerertjeneste.md:11: «https://www.example.org/» er forsiden til et nettsted. Lenk til siden som sier det du bruker, eller forklar i «front_page» hvorfor forsiden er riktig.\n"
	if r.Code != 1 || !strings.Contains(r.Err, want) || strings.Count(r.Err, "Feil: ") != 1 {
		t.Errorf("exit %d\n%s", r.Code, r.Err)
	}

	cmdtest.WriteFile(t, dir, "topics/kommune/var-etablerertjeneste.md", strings.Replace(localTopic, "url: https://www.example.org/etablerer",
		"url: https://www.example.org/\n    front_page: Kommunens forside er der du finner telefonnummeret.", 1))
	r = cmdtest.Run(t, cmdtest.Env{}, "innhold", "sjekk", dir)
	if r.Code != 0 || !strings.Contains(r.Err, "Innholdet er i orden.") {
		t.Errorf("with a reason: exit %d\n%s", r.Code, r.Err)
	}
}
