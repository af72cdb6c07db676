package checklist

import (
	"io/fs"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/checklist/checklisttest"
	"github.com/sosabc/sosabc/internal/checklist/ruleset"
	"github.com/sosabc/sosabc/internal/interview"
)

// TestRealContent validates the embedded checklist and forms and runs the
// generated answer sets through them.
func TestRealContent(t *testing.T) {
	fsys := content.FS()
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		t.Fatalf("content/interview/questions.yaml:\n%v", err)
	}
	// From the YAML, not the cache, so every check runs.
	s, err := ruleset.LoadYAML(fsys, schema, Refs{Topic: checklisttest.TopicsIn(t, fsys), Uncertain: checklisttest.UncertainIn(t, fsys)})
	if err != nil {
		t.Fatalf("the embedded content does not validate:\n%v", err)
	}
	checkProperties(t, newRules(s), 1000)
}

// TestCachedProgramsEvaluateAsCompiled: the checklist from the cache, with
// its compiled programs, gives the same plans and recommendations as the
// checklist read and compiled from the YAML, for three hundred answer sets.
func TestCachedProgramsEvaluateAsCompiled(t *testing.T) {
	fsys := content.FS()
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	refs := Refs{Topic: checklisttest.TopicsIn(t, fsys), Uncertain: checklisttest.UncertainIn(t, fsys)}
	cached := withCache(t, fsys, schema, refs)
	fromCache, err := Load(cached, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	s, err := ruleset.LoadYAML(fsys, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	compiled := newRules(s)
	for i, a := range randomAnswerSets(schema, 300) {
		if got, want := Plan(fromCache, a), Plan(compiled, a); !reflect.DeepEqual(got, want) {
			t.Fatalf("answer set %d: the plans differ", i)
		}
		if got, want := Recommend(fromCache, a), Recommend(compiled, a); !reflect.DeepEqual(got, want) {
			t.Fatalf("answer set %d: the recommendations differ", i)
		}
	}
}

// withCache is fsys with the cache made for schema and refs, so that Load
// takes the compiled programs from it: the embedded cache is made with
// the program's Vars, which the tests here do not have.
func withCache(t testing.TB, fsys fs.FS, schema *interview.Schema, refs Refs) fstest.MapFS {
	t.Helper()
	data, err := MakeCache(fsys, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	cached := checklisttest.Copy(t, fsys)
	cached[CacheFile] = &fstest.MapFile{Data: data}
	return cached
}
