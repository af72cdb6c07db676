package checklist_test

import (
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
// with a client, an adviser and a short note on it: as a PDF, and as HTML
// printed by Chromium. pdfinfo counts the pages (the test skips without
// poppler-utils or Chromium on a developer machine, and fails under CI=true).
func TestShortPlanIsOnePage(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "personer")
	ids := personaRe.FindAllString(r.Out, -1)
	if r.Code != 0 || len(ids) < 12 {
		t.Fatalf("personer: exit %d, %d ids:\n%s", r.Code, len(ids), r.Out)
	}
	dir := t.TempDir()
	for _, id := range ids {
		for _, format := range []string{"pdf", "html"} {
			out := filepath.Join(dir, id+"."+format)
			r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--persona", id, "--short", "--format", format,
				"--client", "Amina Hansen", "--adviser", "Kari Nordmann", "--output", out)
			if r.Code != 0 {
				t.Fatalf("%s %s: exit %d: %s", id, format, r.Code, r.Err)
			}
			pdf := out
			if format == "html" {
				pdf = filepath.Join(dir, id+"-html.pdf")
				webtest.PrintPDF(t, out, pdf)
			}
			if n := webtest.PDFPages(t, pdf); n != 1 {
				t.Errorf("the short plan of %s as %s has %d pages, want 1", id, format, n)
			}
			if format == "pdf" {
				text := webtest.PDFText(t, pdf)
				for _, want := range []string{"Kort plan for oppstart", "Amina Hansen", "Kari Nordmann", "myndighetene som bestemmer", "Få den fulle planen"} {
					if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
						t.Errorf("the short PDF of %s lacks %q", id, want)
					}
				}
			}
		}
	}
}
