package handbook

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/content"
)

// TestCacheIsTheFiles: the handbook from the cache is the handbook from
// the files, alone and under a local folder that replaces a page and adds
// one; and a cache of other files is not used.
func TestCacheIsTheFiles(t *testing.T) {
	builtin := Layer{FS: content.FS(), Name: "innebygd innhold"}
	if readCache(builtin) == nil {
		t.Fatalf("content/%s does not match the files: run go generate ./content", CacheFile)
	}
	page := "topics/selskapsform/as.md"
	data, err := fs.ReadFile(content.FS(), page)
	if err != nil {
		t.Fatal(err)
	}
	local := Layer{FS: fstest.MapFS{
		page:                             {Data: []byte(strings.Replace(string(data), "\n---\n", "\n---\nLokal tekst.\n\n", 1))},
		"topics/selskapsform/ny-side.md": {Data: []byte(strings.Replace(string(data), "id: as\n", "id: ny-side\n", 1))},
	}, Name: "/tmp/lokalt", Local: true}
	for _, layers := range [][]Layer{{builtin}, {builtin, local}} {
		want, err := load(false, layers...)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Load(layers...)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			for i := range min(len(got.Topics), len(want.Topics)) {
				if !reflect.DeepEqual(got.Topics[i], want.Topics[i]) {
					t.Errorf("topic %d from the cache:\n%#v\nfrom the file:\n%#v", i, got.Topics[i], want.Topics[i])
					break
				}
			}
			t.Fatalf("with %d layers, the handbook from the cache differs from the one from the files", len(layers))
		}
		if len(layers) == 2 && (!strings.HasPrefix(got.Topic("as").Body, "Lokal tekst.") || got.Topic("ny-side") == nil) {
			t.Error("the local folder did not replace and add its pages")
		}
	}

	// An edited topic makes the cache stale.
	stale := fstest.MapFS{}
	err = fs.WalkDir(content.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(content.FS(), p)
		stale[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	stale[page].Data = []byte(strings.Replace(string(data), "\n---\n", "\n---\nEndret.\n\n", 1))
	if readCache(Layer{FS: stale, Name: "innebygd innhold"}) != nil {
		t.Fatal("a cache of other files was used")
	}
	h, err := Load(Layer{FS: stale, Name: "innebygd innhold"})
	if err != nil || !strings.HasPrefix(h.Topic("as").Body, "Endret.") {
		t.Fatalf("the edited page did not reach the handbook: %v", err)
	}
}
