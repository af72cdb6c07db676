package cmdutil

import (
	"bytes"
	"io/fs"
	"reflect"
	"testing"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// TestCachesAreUpToDate: the caches in content/cache are what the YAML
// makes now, with every check. Each command reads the built-in content
// from them, so a stale cache would be slow (the YAML is read instead)
// or, if the checks changed, hide a mistake.
func TestCachesAreUpToDate(t *testing.T) {
	files, err := CacheFiles(content.FS())
	if err != nil {
		t.Fatalf("the built-in content does not pass its checks:\n%v", err)
	}
	if len(files) == 0 {
		t.Fatal("no caches")
	}
	for name, want := range files {
		got, err := fs.ReadFile(content.FS(), name)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("content/%s is not made from the content as it is now: run go generate ./content (or make cache)", name)
		}
	}
}

// TestUncertainCacheIsTheYAML: the built-in uncertain figures from the
// cache are those from the YAML, place (file:line) and all.
func TestUncertainCacheIsTheYAML(t *testing.T) {
	var errs strictyaml.Errors
	fromYAML, fromCache := source.Registry{}, source.Registry{}
	source.LoadUncertain(content.FS(), "content", fromYAML, &errs)
	if !source.LoadBuiltinUncertain(content.FS(), "content", fromCache, &errs) {
		t.Error("the cache of uncertain figures does not match the YAML")
	}
	if err := errs.Err(); err != nil {
		t.Fatal(err)
	}
	if len(fromYAML) == 0 || !reflect.DeepEqual(fromCache, fromYAML) {
		t.Errorf("the uncertain figures from the cache (%d) differ from the YAML's (%d)", len(fromCache), len(fromYAML))
	}
}
