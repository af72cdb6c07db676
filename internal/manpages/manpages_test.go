package manpages

import (
	"os"
	"path/filepath"
	"testing"
)

// The man pages in docs/man are generated; this fails when they drift from
// the commands. Fix with `make docs`.
func TestManPagesUpToDate(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir); err != nil {
		t.Fatal(err)
	}
	fresh, _ := filepath.Glob(filepath.Join(dir, "*.[17]"))
	committed, _ := filepath.Glob("../../docs/man/*.[17]")
	if len(fresh) != len(committed) {
		t.Fatalf("docs/man has %d pages, the commands give %d: run make docs", len(committed), len(fresh))
	}
	for _, p := range fresh {
		want, err := os.ReadFile(filepath.Join("../../docs/man", filepath.Base(p)))
		if err != nil {
			t.Fatalf("%v: run make docs", err)
		}
		got, _ := os.ReadFile(p)
		if string(got) != string(want) {
			t.Errorf("docs/man/%s is out of date: run make docs", filepath.Base(p))
		}
	}
}
