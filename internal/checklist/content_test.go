package checklist

import (
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/checklist/ruleset"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// topicsIn lists the handbook topic ids: a topic's id is its file name.
func topicsIn(t testing.TB, fsys fs.FS) func(string) bool {
	t.Helper()
	ids := map[string]bool{}
	err := fs.WalkDir(fsys, "topics", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			ids[strings.TrimSuffix(path.Base(p), ".md")] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return func(id string) bool { return ids[id] }
}

// TestRealContent validates the embedded checklist and forms and runs the
// generated answer sets through them.
func TestRealContent(t *testing.T) {
	fsys := content.FS()
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		t.Fatalf("content/interview/questions.yaml:\n%v", err)
	}
	// From the YAML, not the cache, so every check runs.
	s, err := ruleset.LoadYAML(fsys, schema, Refs{Topic: topicsIn(t, fsys), Uncertain: uncertainIn(t, fsys)})
	if err != nil {
		t.Fatalf("the embedded content does not validate:\n%v", err)
	}
	checkProperties(t, newRules(s), 1000)
}

// uncertainIn loads the uncertain figures of the content.
func uncertainIn(t testing.TB, fsys fs.FS) source.Registry {
	t.Helper()
	reg := source.Registry{}
	var errs strictyaml.Errors
	source.LoadUncertain(fsys, "content", reg, &errs)
	if err := errs.Err(); err != nil {
		t.Fatal(err)
	}
	return reg
}
