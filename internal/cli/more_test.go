package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestFormsCompare(t *testing.T) {
	r := run(t, testEnv{}, "forms", "compare", "--width", "80")
	if r.code != 0 {
		t.Fatal(r.err)
	}
	golden(t, "forms/all-80.txt", r.out)
	for i, line := range strings.Split(r.out, "\n") {
		if n := len([]rune(line)); n > 80 {
			t.Errorf("line %d is %d columns: %q", i+1, n, line)
		}
	}
	r = run(t, testEnv{}, "former", "sammenlign", "as", "ideelt-as", "--width", "100")
	if r.code != 0 || !strings.Contains(r.out, "AKSJESELSKAP (AS)") {
		t.Fatalf("table: %d %s", r.code, r.err)
	}
	golden(t, "forms/as-ideelt-as-100.txt", r.out)
	r = run(t, testEnv{}, "former", "sammenlign", "as", "ideelt-as", "--width", "60")
	if !strings.HasPrefix(r.out, "PASSER FOR\n") {
		t.Errorf("at 60 columns two forms should be a list, got:\n%.200s", r.out)
	}
	r = run(t, testEnv{}, "forms", "compare", "AB")
	if r.code != 2 || r.err != "Ukjent selskapsform «AB». Velg blant: AS, ideelt-AS, ENK, SA, forening, stiftelse, ANS, DA.\n" {
		t.Errorf("unknown form: %d %q", r.code, r.err)
	}
	r = run(t, testEnv{}, "forms", "compare", "SA", "--json")
	var doc struct {
		Points []struct{ ID, Title string }
		Forms  []struct {
			ID     string
			Points map[string]string
		}
	}
	if err := json.Unmarshal([]byte(r.out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Forms) != 1 || len(doc.Forms[0].Points) != len(doc.Points) || len(doc.Points) != 11 {
		t.Errorf("JSON: %d forms, %d points", len(doc.Forms), len(doc.Points))
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

func TestLocalContent(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "topics/kommune/var-etablerertjeneste.md", localTopic)
	r := run(t, testEnv{}, "les", "var-etablerertjeneste", "--content-dir", dir)
	if r.code != 0 || !strings.Contains(r.out, "Ring oss på telefon") || !strings.Contains(r.out, "Siden kommer fra lokalt innhold") {
		t.Fatalf("local page: %d %s\n%s", r.code, r.err, r.out)
	}
	r = run(t, testEnv{env: map[string]string{"SOSABC_CONTENT_DIR": dir}}, "søk", "telefon", "--json")
	if !strings.Contains(r.out, `"var-etablerertjeneste"`) {
		t.Errorf("search does not find the local page: %s", r.out)
	}
	r = run(t, testEnv{}, "innhold", "sjekk", dir)
	if r.code != 0 || !strings.Contains(r.out, "var-etablerertjeneste") || strings.Contains(r.out, "\nas ") {
		t.Errorf("content check of a local dir: %d\n%s\n%s", r.code, r.out, r.err)
	}

	broken := t.TempDir()
	writeFile(t, broken, "topics/kommune/x.md", strings.Replace(localTopic, "id: var-etablerertjeneste", "id: x\nfarge: blå", 1))
	r = run(t, testEnv{}, "les", "as", "--content-dir", broken)
	if r.code != 2 || !strings.Contains(r.err, "Innholdet har feil. Rett dem og prøv igjen:\n"+broken+"/topics/kommune/x.md:3: ukjent felt «farge»") {
		t.Errorf("broken local content: %d %q", r.code, r.err)
	}
	r = run(t, testEnv{}, "innhold", "sjekk", broken)
	if r.code != 1 || !strings.Contains(r.err, "x.md:3: ukjent felt «farge»") {
		t.Errorf("content check of broken content: exit %d, %q", r.code, r.err)
	}
}

func TestContentCheck(t *testing.T) {
	r := run(t, testEnv{}, "content", "check")
	if r.code != 0 || !strings.HasPrefix(r.out, "EMNE ") || !strings.Contains(r.err, "Innholdet er i orden.") {
		t.Fatalf("exit %d\n%s", r.code, r.err)
	}
	var report struct {
		Topics    []struct{ LIX float64 }
		MedianLIX float64 `json:"median_lix"`
	}
	r = run(t, testEnv{}, "content", "check", "--json")
	if err := json.Unmarshal([]byte(r.out), &report); err != nil {
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
	writeFile(t, dir, "topics/kommune/var-etablerertjeneste.md", strings.ReplaceAll(localTopic, "2026-10-01", "2024-01-15"))
	r = run(t, testEnv{}, "content", "check", dir)
	if r.code != 0 || !strings.Contains(r.err, "Advarsel: "+dir+"/topics/kommune/var-etablerertjeneste.md: sist kontrollert 2024-01-15, for over 12 måneder siden.") {
		t.Errorf("stale: exit %d, %q", r.code, r.err)
	}
}

func TestHandbookCounts(t *testing.T) {
	want := map[string]int{"selskapsform": 8, "registrering": 7, "finansiering": 15, "bank": 4, "forsikring": 8, "avtaler": 7, "ipr": 6, "skatt-og-regnskap": 9, "ansatte": 9, "offentlig-samarbeid": 5, "effekt": 3, "kommune": 11, "videre-lesning": 1, "om": 5}
	r := run(t, testEnv{}, "emner", "--json")
	var topics []struct{ Area string }
	if err := json.Unmarshal([]byte(r.out), &topics); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, tp := range topics {
		got[tp.Area]++
	}
	for area, n := range want {
		if got[area] < n {
			t.Errorf("area %s has %d topics, want at least %d", area, got[area], n)
		}
	}
	var terms []any
	if err := json.Unmarshal([]byte(run(t, testEnv{}, "ordliste", "--json").out), &terms); err != nil || len(terms) < 60 {
		t.Errorf("glossary: %d terms, want at least 60", len(terms))
	}
}

func TestHelpAnswersFile(t *testing.T) {
	r := run(t, testEnv{}, "help", "answers-file")
	for _, key := range []string{"stage", "form", "founders", "profit_use", "start_capital", "employees", "volunteers", "target_groups", "customers", "sells", "revenue", "funding", "ip", "premises", "user_data", "activities", "founder_minor", "volunteer_minors", "vulnerable_users", "kommune"} {
		if !strings.Contains(r.out, "**"+key+"**") {
			t.Errorf("answers-file help does not document %q", key)
		}
	}
}
