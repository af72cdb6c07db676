package answers

import (
	"io/fs"
	"testing"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/interview"
	"go.yaml.in/yaml/v3"
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
		a, err := Parse("content/"+p+" (answers)", answersData, schema)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		saved, err := Marshal(a, schema)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if _, err := Parse("lagret", saved, schema); err != nil {
			t.Errorf("%s: saved answers do not parse: %v", p, err)
		}
	}
}
