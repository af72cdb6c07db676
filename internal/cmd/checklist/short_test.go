package checklist_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/webtest"
)

// personaRe finds the ids in «sosabc sjekkliste personer».
var personaRe = regexp.MustCompile(`(?m)^([a-z0-9-]+)$`)

// The short plan (--short) fits on one A4 page for every built-in persona,
// with a client and an adviser on it, and with a long adviser and a note
// of two sentences too: as a PDF, and as HTML printed by Chromium.
// pdfinfo counts the pages (the test skips without poppler-utils or
// Chromium on a developer machine, and fails under CI=true).
func TestShortPlanIsOnePage(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "personer")
	ids := personaRe.FindAllString(r.Out, -1)
	if r.Code != 0 || len(ids) < 12 {
		t.Fatalf("personer: exit %d, %d ids:\n%s", r.Code, len(ids), r.Out)
	}
	const note = "Vi møtes igjen 14. januar. Ta med budsjettet og vedtektene, og tenk på hvem som skal sitte i styret."
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"", []string{"--client", "Amina Hansen", "--adviser", "Kari Nordmann"}, []string{"Kari Nordmann"}},
		{"-notat", []string{"--client", "Amina Hansen", "--adviser", "Ola Nordmann, etablerertjenesten", "--note", note},
			[]string{"Ola Nordmann, etablerertjenesten", note}},
	}
	dir := t.TempDir()
	for _, id := range ids {
		for _, c := range cases {
			for _, format := range []string{"pdf", "html"} {
				out := filepath.Join(dir, id+c.name+"."+format)
				args := append([]string{"sjekkliste", "--persona", id, "--short", "--format", format, "--output", out}, c.args...)
				r := cmdtest.Run(t, cmdtest.Env{}, args...)
				if r.Code != 0 {
					t.Fatalf("%s%s %s: exit %d: %s", id, c.name, format, r.Code, r.Err)
				}
				if body, _ := os.ReadFile(out); format == "html" && c.name == "" && !strings.Contains(string(body), "<body class=\"compact\">") {
					t.Errorf("the short plan of %s is set denser than 9 pt, though it fits on one page", id)
				}
				pdf := out
				if format == "html" {
					pdf = filepath.Join(dir, id+c.name+"-html.pdf")
					webtest.PrintPDF(t, out, pdf)
				}
				if n := webtest.PDFPages(t, pdf); n != 1 {
					t.Errorf("the short plan of %s%s as %s has %d pages, want 1", id, c.name, format, n)
				}
				text := strings.Join(strings.Fields(webtest.PDFText(t, pdf)), " ")
				for _, want := range append([]string{"Kort plan for oppstart", "Amina Hansen", "myndighetene som bestemmer", "Få den fulle planen"}, c.want...) {
					if !strings.Contains(text, want) {
						t.Errorf("the short plan of %s%s as %s lacks %q", id, c.name, format, want)
					}
				}
			}
		}
	}
}
