package export_test

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/export"
)

const siteIndex = `<!DOCTYPE html><meta name="generator" content="sosabc"><title>x</title>`

// small writes a tiny site: an index that says sosabc made it, and a page.
func small(page string) func(export.Writer) error {
	return func(w export.Writer) error {
		if err := w.WriteFile("index.html", []byte(siteIndex)); err != nil {
			return err
		}
		return w.WriteFile("emne/side.html", []byte(page))
	}
}

func read(t *testing.T, p string) string {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// entries lists a folder, to see that nothing was left beside the site.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

func TestPublishMakesTheFolder(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "a", "nettsted")
	if err := export.Publish(dir, false, small("én")); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dir, "emne", "side.html")); got != "én" {
		t.Errorf("page is %q", got)
	}
	if got := entries(t, filepath.Join(parent, "a")); strings.Join(got, ",") != "nettsted" {
		t.Errorf("left beside the site: %v", got)
	}
	st, err := os.Stat(dir)
	if err != nil || st.Mode().Perm() != 0o755 {
		t.Errorf("the folder: %v %v; want mode 0755", st.Mode(), err)
	}
	if !export.IsSite(dir) {
		t.Error("IsSite does not know the site")
	}
}

func TestPublishIntoAnEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	if err := export.Publish(dir, false, small("én")); err != nil {
		t.Fatal(err)
	}
	if got := entries(t, dir); strings.Join(got, ",") != "emne,index.html" {
		t.Errorf("files: %v", got)
	}
}

func TestPublishNeverOverwritesWithoutReplace(t *testing.T) {
	dir := t.TempDir()
	if err := export.Publish(dir, false, small("én")); err != nil {
		t.Fatal(err)
	}
	err := export.Publish(dir, false, small("to"))
	if !errors.Is(err, export.ErrNotEmpty) {
		t.Fatalf("err = %v; want ErrNotEmpty", err)
	}
	if got := read(t, filepath.Join(dir, "emne", "side.html")); got != "én" {
		t.Errorf("the old site changed: %q", got)
	}
}

func TestPublishReplacesAnOldSite(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "nettsted")
	if err := export.Publish(dir, false, small("én")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "emne", "fjernet.html"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := export.Publish(dir, true, small("to")); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dir, "emne", "side.html")); got != "to" {
		t.Errorf("page is %q", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "emne", "fjernet.html")); !errors.Is(err, os.ErrNotExist) {
		t.Error("a page of the old site is still there")
	}
	if got := entries(t, parent); strings.Join(got, ",") != "nettsted" {
		t.Errorf("left beside the site: %v", got)
	}
}

// Files that sosabc did not make are never deleted, not even with replace.
func TestPublishKeepsOtherFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "oppgave.docx"), []byte("viktig"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, replace := range []bool{false, true} {
		err := export.Publish(dir, replace, small("én"))
		want := export.ErrNotEmpty
		if replace {
			want = export.ErrNotSite
		}
		if !errors.Is(err, want) {
			t.Errorf("replace=%v: err = %v; want %v", replace, err, want)
		}
	}
	if got := entries(t, dir); strings.Join(got, ",") != "oppgave.docx" || read(t, filepath.Join(dir, "oppgave.docx")) != "viktig" {
		t.Errorf("the folder changed: %v", got)
	}
}

// An error half-way leaves the old site as it was and nothing beside it.
func TestPublishLeavesNoHalfSite(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "nettsted")
	boom := errors.New("disken er full")
	failing := func(w export.Writer) error {
		if err := w.WriteFile("index.html", []byte(siteIndex)); err != nil {
			return err
		}
		return boom
	}
	if err := export.Publish(dir, false, failing); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if got := entries(t, parent); len(got) != 0 {
		t.Errorf("a failed first export left %v", got)
	}
	if err := export.Publish(dir, false, small("én")); err != nil {
		t.Fatal(err)
	}
	if err := export.Publish(dir, true, failing); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if got := read(t, filepath.Join(dir, "emne", "side.html")); got != "én" {
		t.Errorf("the old site changed: %q", got)
	}
	if got := entries(t, parent); strings.Join(got, ",") != "nettsted" {
		t.Errorf("left beside the site: %v", got)
	}
}

func TestPublishRefusesAFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "fil")
	if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := export.Publish(p, true, small("én")); !errors.Is(err, export.ErrNotDir) {
		t.Errorf("err = %v; want ErrNotDir", err)
	}
}

func TestDirStaysInsideItsFolder(t *testing.T) {
	d := export.Dir(t.TempDir())
	for _, name := range []string{"../x.html", "/etc/x", "a/../../x", "", ".", `a\..\x`} {
		if err := d.WriteFile(name, []byte("x")); err == nil {
			t.Errorf("WriteFile(%q) did not fail", name)
		}
	}
}
