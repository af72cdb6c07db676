// Package checklisttest holds what the tests of the checklist and of its
// loader (checklist/ruleset) share: the fixture content in
// internal/checklist/testdata/content, its topics and uncertain figures,
// and a local folder laid over it. Like net/http/httptest, it is for
// tests only.
package checklisttest

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// fixtureDir is internal/checklist/testdata/content, found from this file
// so that a test in any package reads the same fixture.
func fixtureDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata", "content")
}

// FixtureFS copies the fixture into a MapFS, so a test can replace one
// file with a broken version.
func FixtureFS(t testing.TB) fstest.MapFS {
	t.Helper()
	return Copy(t, os.DirFS(fixtureDir()))
}

// Copy is every file of fsys in a MapFS, so a test can add or replace
// files (a cache made from them, a broken version of one).
func Copy(t testing.TB, fsys fs.FS) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		out[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// fixtureTopics are the topics the fixture's items may name.
var fixtureTopics = []string{"selskapsform", "as", "ideelt-as", "forening", "arbeidsgiver", "frivillige", "skatt"}

// FixtureTopicExists says whether the fixture has a topic with this id.
func FixtureTopicExists(id string) bool { return slices.Contains(fixtureTopics, id) }

// TopicsIn lists the handbook topic ids of fsys: a topic's id is its file
// name.
func TopicsIn(t testing.TB, fsys fs.FS) func(string) bool {
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

// UncertainIn loads the uncertain figures of fsys.
func UncertainIn(t testing.TB, fsys fs.FS) source.Registry {
	t.Helper()
	reg := source.Registry{}
	var errs strictyaml.Errors
	source.LoadUncertain(fsys, "content", reg, &errs)
	if err := errs.Err(); err != nil {
		t.Fatal(err)
	}
	return reg
}

// Schema loads the interview questions of fsys.
func Schema(t testing.TB, fsys fs.FS) *interview.Schema {
	t.Helper()
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		t.Fatalf("LoadSchema: %v", err)
	}
	return schema
}

// LocalItem is a valid local item, limited to one kommune by a value the
// program works out from the answers (KommuneNumber).
const LocalItem = `items:
  - id: lokalt-kurs
    title: Gå på gründerkurs hos oss
    phase: forberede
    priority: bør
    when: kommunenummer == "3301"
    why:
      - text: Fordi du skal starte i {kommune}.
    do: Meld deg på.
    topic: skatt
    sources:
      - title: "Eksempel kommune: Kurs"
        url: https://www.example.org/kurs
        read: 2026-10-01
`

// KommuneNumber works out a kommune number from the kommune answer, like
// the program does with the real list: the value of a test variable
// «kommunenummer» made from «kommune».
func KommuneNumber(a interview.Answers) any {
	if a["kommune"] == "Drammen" {
		return "3301"
	}
	return ""
}

// Local is the fixture with the files of a local folder on top, the
// fixture's questions and its uncertain figures: what the loader needs to
// read both. The topics are FixtureTopicExists.
func Local(t testing.TB, local fstest.MapFS) (fs.FS, *interview.Schema, source.Registry) {
	t.Helper()
	base := FixtureFS(t)
	fsys := contentfs.New(contentfs.Layer{FS: base, Prefix: "content"}, contentfs.Layer{FS: local, Prefix: "vart"})
	return fsys, Schema(t, base), UncertainIn(t, base)
}
