package content_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
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
