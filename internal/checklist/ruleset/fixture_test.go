package ruleset

import (
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// fixture is the content the checklist's tests evaluate.
const fixture = "../testdata/content"

// fixtureFS copies the fixture into a MapFS, so a test can replace one
// file with a broken version.
func fixtureFS(t testing.TB) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(fixture), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(os.DirFS(fixture), p)
		out[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var fixtureTopics = []string{"selskapsform", "as", "ideelt-as", "forening", "arbeidsgiver", "frivillige", "skatt"}

func fixtureTopicExists(id string) bool { return slices.Contains(fixtureTopics, id) }

func loadWith(t testing.TB, fsys fs.FS) (*Set, error) {
	t.Helper()
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		t.Fatalf("LoadSchema: %v", err)
	}
	return Load(fsys, schema, Refs{Topic: fixtureTopicExists, Uncertain: uncertainIn(t, fsys)})
}

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
