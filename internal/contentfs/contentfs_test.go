package contentfs

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"
)

func TestOverlay(t *testing.T) {
	base := fstest.MapFS{
		"checklist/items/a.yaml": {Data: []byte("base a")},
		"checklist/items/b.yaml": {Data: []byte("base b")},
	}
	local := fstest.MapFS{
		"checklist/items/b.yaml":     {Data: []byte("local b")},
		"checklist/items/lokal.yaml": {Data: []byte("local")},
	}
	o := New(Layer{FS: base, Prefix: "content"}, Layer{FS: local, Prefix: "vart-innhold"})
	names, err := fs.Glob(o, "checklist/items/*.yaml")
	if err != nil || len(names) != 3 {
		t.Fatalf("Glob = %v, %v", names, err)
	}
	if data, _ := fs.ReadFile(o, "checklist/items/b.yaml"); string(data) != "local b" {
		t.Errorf("b.yaml = %q, want the local one", data)
	}
	if w := Display(o, "checklist/items/lokal.yaml"); w != "vart-innhold/checklist/items/lokal.yaml" {
		t.Errorf("Where = %q", w)
	}
	if w := Display(o, "checklist/items/a.yaml"); w != "content/checklist/items/a.yaml" {
		t.Errorf("Where = %q", w)
	}
	if !o.Local("checklist/items/lokal.yaml") || o.Local("checklist/items/a.yaml") {
		t.Error("Local")
	}
	if _, err := fs.ReadFile(o, "finnes/ikke"); err == nil {
		t.Error("a missing file opened")
	}
	if w := Display(base, "x.yaml"); w != "content/x.yaml" {
		t.Errorf("Display on a plain tree = %q", w)
	}
}

// The cache hash changes with the seed, a file's content, a file's name,
// and a file that goes missing, and not otherwise.
func TestHash(t *testing.T) {
	fsys := fstest.MapFS{"a.yaml": {Data: []byte("x: 1\n")}, "b.yaml": {Data: []byte("")}}
	hash := func(fsys fs.FS, seed string, names ...string) string {
		t.Helper()
		h, err := Hash(fsys, seed, names)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	base := hash(fsys, "", "a.yaml", "b.yaml")
	if again := hash(fsys, "", "a.yaml", "b.yaml"); again != base {
		t.Error("the same files gave two hashes")
	}
	changed := fstest.MapFS{"a.yaml": {Data: []byte("x: 2\n")}, "b.yaml": {Data: []byte("")}}
	for name, h := range map[string]string{
		"a seed":         hash(fsys, "content", "a.yaml", "b.yaml"),
		"other content":  hash(changed, "", "a.yaml", "b.yaml"),
		"a missing file": hash(fsys, "", "a.yaml", "c.yaml"),
		"another order":  hash(fsys, "", "b.yaml", "a.yaml"),
		"one file less":  hash(fsys, "", "a.yaml"),
	} {
		if h == base {
			t.Errorf("%s did not change the hash", name)
		}
	}
}

// TestReadString reads a file whole, and says when it is missing.
func TestReadString(t *testing.T) {
	fsys := fstest.MapFS{"a/b.bin": {Data: []byte("innhold\x00med null")}, "tom": {Data: nil}}
	if got, err := ReadString(fsys, "a/b.bin"); err != nil || got != "innhold\x00med null" {
		t.Errorf("ReadString = %q, %v", got, err)
	}
	if got, err := ReadString(fsys, "tom"); err != nil || got != "" {
		t.Errorf("an empty file: %q, %v", got, err)
	}
	if _, err := ReadString(fsys, "mangler"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
}
