package handbook_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/webtest"
)

// A page as a file to print or share: Markdown without terminal hints
// (related pages named, not run), golden; HTML and PDF to a file.
func TestReadFormats(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "les", "as", "--format", "md")
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Err)
	}
	cmdtest.Golden(t, "as.md", r.Out)
	if _, also, _ := strings.Cut(r.Out, "## Les også"); !strings.Contains(also, "- Ideelt aksjeselskap (ideelt AS)\n") || strings.Contains(also, "sosabc les") {
		t.Error("the Markdown page tells the reader to run sosabc for related pages")
	}

	dir := t.TempDir()
	for _, format := range []string{"html", "pdf"} {
		out := filepath.Join(dir, "as."+format)
		r := cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 80}, "les", "as", "--format", format, "--output", out)
		if r.Code != 0 || r.Err != "Skrev "+out+".\n" {
			t.Fatalf("%s: exit %d, %q", format, r.Code, r.Err)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if format == "html" && !strings.Contains(string(data), "<h1>Aksjeselskap (AS)</h1>") {
			t.Errorf("the HTML page has no title")
		}
		if format == "pdf" && !strings.HasPrefix(string(data), "%PDF-") {
			t.Errorf("not a PDF: %q", data[:min(len(data), 20)])
		}
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		text, err := exec.Command("pdftotext", filepath.Join(dir, "as.pdf"), "-").Output()
		if err != nil || !strings.Contains(string(text), "Aksjekapitalen må være minst 30 000 kroner.") {
			t.Errorf("pdftotext: %v\n%.400s", err, text)
		}
	}
}

// What cannot work is refused before anything is written.
func TestReadFormatErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		tty  bool
		want string
	}{
		{[]string{"les", "as", "--format", "pdf"}, true, "En PDF er ikke tekst og kan ikke vises i terminalen. Skriv den til en fil:\nsosabc les as --format pdf --output as.pdf\n"},
		{[]string{"les", "as", "--output", "as.txt"}, false, "--output skriver en fil: velg et format for den, for eksempel --format md, html eller pdf.\n"},
		{[]string{"les", "as", "--format", "docx"}, false, "Ukjent format «docx». Velg terminal, md, html eller pdf.\n"},
	} {
		r := cmdtest.Run(t, cmdtest.Env{TTY: tc.tty, Width: 80}, tc.args...)
		if r.Code != 2 || !strings.HasSuffix(r.Err, tc.want) {
			t.Errorf("%v: exit %d, %q, want %q", tc.args, r.Code, r.Err, tc.want)
		}
	}
}

// Every page of the handbook in Markdown passes markdownlint-cli2.
func TestEveryPageMarkdownPassesMarkdownlint(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "emner", "--json")
	var topics []struct{ ID string }
	if err := json.Unmarshal([]byte(r.Out), &topics); err != nil || len(topics) < 100 {
		t.Fatalf("emner --json: %v, %d topics", err, len(topics))
	}
	dir := t.TempDir()
	var files []string
	for _, tp := range topics {
		r := cmdtest.Run(t, cmdtest.Env{}, "les", tp.ID, "--format", "md")
		if r.Code != 0 {
			t.Fatalf("%s: exit %d %s", tp.ID, r.Code, r.Err)
		}
		files = append(files, cmdtest.WriteFile(t, dir, tp.ID+".md", r.Out))
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "former", "sammenlign", "--format", "md")
	files = append(files, cmdtest.WriteFile(t, dir, "former.md", r.Out))
	webtest.Markdownlint(t, files...)
}
