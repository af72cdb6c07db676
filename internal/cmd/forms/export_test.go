package forms_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
)

// The comparison as a file: Markdown golden, PDF to a file, and the text
// view is not a file format.
func TestCompareFormats(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "former", "sammenlign", "AS", "ideelt-AS", "SA", "--format", "md")
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Err)
	}
	cmdtest.Golden(t, "sammenlign-as-ideelt-as-sa.md", r.Out)

	out := filepath.Join(t.TempDir(), "former.pdf")
	r = cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 80}, "former", "sammenlign", "--format", "pdf", "-o", out)
	if data, err := os.ReadFile(out); r.Code != 0 || err != nil || !strings.HasPrefix(string(data), "%PDF-") {
		t.Fatalf("pdf: exit %d %q %v", r.Code, r.Err, err)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "former", "sammenlign", "-o", out)
	if r.Code != 2 || r.Err != "--output skriver en fil: velg et format for den, for eksempel --format md, html eller pdf.\n" {
		t.Errorf("text to a file: exit %d %q", r.Code, r.Err)
	}
	r = cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 80}, "former", "sammenlign", "--format", "pdf")
	if r.Code != 2 || !strings.Contains(r.Err, "sosabc former sammenlign --format pdf --output former.pdf") {
		t.Errorf("pdf to a terminal: exit %d %q", r.Code, r.Err)
	}
}
