package answers

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/interview"
)

// TestPersonasHoldValidAnswers parses the answers of every persona as an
// answers file, and checks that saving them gives the same answers back.
func TestPersonasHoldValidAnswers(t *testing.T) {
	fsys := content.FS()
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := fs.Glob(fsys, "personas/*.yaml")
	if len(files) == 0 {
		t.Skip("no personas yet")
	}
	for _, p := range files {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			t.Fatal(err)
		}
		var persona struct {
			Answers yaml.Node `yaml:"answers"`
		}
		if err := yaml.Unmarshal(data, &persona); err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		// Re-encoding loses the persona's line numbers but keeps the values.
		answersData, err := yaml.Marshal(&persona.Answers)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse("content/"+p+" (answers)", answersData, schema)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		saved, err := Marshal(f.Answers, schema)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if _, err := Parse("lagret", saved, schema); err != nil {
			t.Errorf("%s: saved answers do not parse: %v", p, err)
		}
	}
}

// TestFormat1FilesStillWork reads every format-1 file in testdata/format1
// (the built-in personas as they were before format 2) with the real
// schema: each still gives answers, personal_data is migrated, and the
// questions format 1 did not ask are listed as assumed.
func TestFormat1FilesStillWork(t *testing.T) {
	fsys := content.FS()
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/format1/*.yaml")
	if len(files) < 7 {
		t.Fatalf("found %d format-1 files, want the 7 old personas", len(files))
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse(p, data, schema)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if f.Version != 1 {
			t.Errorf("%s: version %d, want 1", p, f.Version)
		}
		if _, ok := f.Answers["personal_data"]; ok {
			t.Errorf("%s: personal_data was not migrated", p)
		}
		if missing := schema.Missing(f.Answers); len(missing) > 0 {
			t.Errorf("%s: missing %v after migration", p, missing)
		}
		var keys []string
		for _, a := range f.Assumed {
			keys = append(keys, a.Key)
		}
		if !slices.Contains(keys, "activities") || !slices.Contains(keys, "founder_minor") {
			t.Errorf("%s: assumed %v, want at least activities and founder_minor", p, keys)
		}
	}
	kafe, _ := os.ReadFile("testdata/format1/kafe-inkludering.yaml")
	f, err := Parse("kafe.yaml", kafe, schema)
	if err != nil || f.Answers["user_data"] != "sensitive" {
		t.Errorf("personal_data: true should become user_data: sensitive, got %v (%v)", f.Answers["user_data"], err)
	}
}

func TestFormat1KeyInFormat2File(t *testing.T) {
	schema, err := interview.LoadSchema(content.FS(), "interview/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Parse("svar.yaml", []byte("version: 2\nstage: idea\npersonal_data: true\n"), schema)
	want := "svar.yaml:3: «personal_data» finnes ikke i format 2. Mente du «user_data (none, ordinary eller sensitive)»?"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
	_, err = Parse("svar.yaml", []byte("version: 2\nactivities: [food, bakery]\n"), schema)
	want = "svar.yaml:2: activities: «bakery» er ikke et gyldig valg. Gyldige verdier: food, serving, alcohol, health_care, children, transport, used_goods, cash_sales"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
}
