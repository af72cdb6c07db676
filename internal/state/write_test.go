package state

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// replaceFile is what WriteFile does on Windows; it runs here as well.
func TestReplaceFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	never := func(error) bool { return false }
	for _, content := range []string{"første\n", "andre, lengre innhold: æøå\n"} {
		if err := replaceFile(path, []byte(content), 0o600, never); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != content {
			t.Fatalf("got %q, %v; want %q", got, err, content)
		}
	}
	if runtime.GOOS != "windows" {
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("mode %v, %v; want 0600", fi.Mode().Perm(), err)
		}
	}
	assertOnlyFile(t, dir, FileName)
}

func TestReplaceFileRetriesWhileBusy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	// A non-empty folder in the way makes the rename fail; the «busy»
	// program goes away on the second look.
	if err := os.MkdirAll(filepath.Join(path, "opptatt"), 0o700); err != nil {
		t.Fatal(err)
	}
	calls := 0
	transient := func(error) bool {
		calls++
		if calls == 2 {
			_ = os.RemoveAll(path)
		}
		return true
	}
	if err := replaceFile(path, []byte("ny\n"), 0o600, transient); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(path); err != nil || string(got) != "ny\n" || calls != 2 {
		t.Fatalf("got %q, %v after %d retries", got, err, calls)
	}
	assertOnlyFile(t, dir, FileName)
}

func TestReplaceFileGivesUpAndCleansUp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	if err := os.MkdirAll(filepath.Join(path, "opptatt"), 0o700); err != nil {
		t.Fatal(err)
	}
	err := replaceFile(path, []byte("ny\n"), 0o600, func(error) bool { return false })
	var linkErr *os.LinkError
	if !errors.As(err, &linkErr) {
		t.Fatalf("got %v, want the rename's error", err)
	}
	assertOnlyFile(t, dir, FileName)
}

func assertOnlyFile(t *testing.T, dir, name string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != name {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v; want only %s (no temporary files left)", names, name)
	}
}
