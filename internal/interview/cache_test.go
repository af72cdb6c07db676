package interview_test

import (
	"io/fs"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/interview"
)

// TestBuiltinSchemaCacheIsTheYAML: the built-in interview from the cache
// is the one from the YAML: every section, question, option and default,
// and the same conditions.
func TestBuiltinSchemaCacheIsTheYAML(t *testing.T) {
	fromYAML, err := interview.LoadSchema(content.FS(), interview.BuiltinFile)
	if err != nil {
		t.Fatal(err)
	}
	fromCache, err := interview.LoadBuiltinSchema(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(stripped(fromCache.Sections), stripped(fromYAML.Sections)) {
		t.Error("the interview from the cache differs from the YAML's")
	}
	if !reflect.DeepEqual(fromCache.Keys(), fromYAML.Keys()) {
		t.Errorf("keys from the cache %v, from the YAML %v", fromCache.Keys(), fromYAML.Keys())
	}
	bounds := 0
	for _, k := range fromYAML.Keys() {
		if q := fromYAML.Question(k); q.Min != nil && *q.Min == 0 {
			bounds++
		}
	}
	if bounds == 0 {
		t.Error("no question has «min: 0», which a cache can lose for nil: the comparison proves less than it should")
	}
	conditions := 0
	for _, k := range fromYAML.Keys() {
		want, got := fromYAML.Question(k).Condition(), fromCache.Question(k).Condition()
		if (want == nil) != (got == nil) || want != nil && want.Source != got.Source {
			t.Errorf("%s: the condition from the cache is %v, from the YAML %v", k, got, want)
		}
		if want != nil {
			conditions++
		}
	}
	if conditions == 0 {
		t.Error("no question has a condition: the comparison proves nothing")
	}
}

// stripped is sections as the cache keeps them: without the compiled conditions
// and the functions the program sets (compared on their own above).
func stripped(sections []interview.Section) []interview.Section {
	out := make([]interview.Section, len(sections))
	for i, s := range sections {
		s.Questions = append([]interview.Question(nil), s.Questions...)
		for j := range s.Questions {
			s.Questions[j] = interview.Question{ID: s.Questions[j].ID, Type: s.Questions[j].Type, Title: s.Questions[j].Title,
				Help: s.Questions[j].Help, Options: s.Questions[j].Options, Default: s.Questions[j].Default,
				Required: s.Questions[j].Required, Min: s.Questions[j].Min, Max: s.Questions[j].Max, When: s.Questions[j].When}
		}
		out[i] = s
	}
	return out
}

// TestBuiltinSchemaEditedYAML: when the YAML was edited after the cache
// was made, the YAML is read, not the cache.
func TestBuiltinSchemaEditedYAML(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, name := range []string{interview.BuiltinFile, interview.CacheFile} {
		data, err := fs.ReadFile(content.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	yaml := string(fsys[interview.BuiltinFile].Data)
	first := fromCacheTitle(t, fsys)
	fsys[interview.BuiltinFile] = &fstest.MapFile{Data: []byte(replaceOnce(t, yaml, "title: "+first, "title: Endret tittel"))}
	s, err := interview.LoadBuiltinSchema(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Sections[0].Questions[0].Title; got != "Endret tittel" {
		t.Errorf("first question's title = %q, want the edited «Endret tittel»", got)
	}
}

func fromCacheTitle(t *testing.T, fsys fs.FS) string {
	s, err := interview.LoadBuiltinSchema(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return s.Sections[0].Questions[0].Title
}

func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	t.Fatalf("%q is not in the file", old)
	return ""
}
