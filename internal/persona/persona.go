// Package persona loads the fictional founders: ready-made answer sets for
// trying sosabc, for teaching, and as golden test fixtures.
package persona

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/internal/answers"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// Persona is one fictional founder. With a Case, it is also a case for
// teaching: a story a class reads, and questions to discuss.
type Persona struct {
	ID      string
	Name    string
	Summary string
	Case    *Case
	Answers interview.Answers
}

// Case is the story of a fictional social enterprise, for a class.
type Case struct {
	Title     string   `yaml:"title" json:"title"`
	Story     string   `yaml:"story" json:"story"`         // Markdown, a few short paragraphs
	Questions []string `yaml:"questions" json:"questions"` // for the class to discuss
}

type file struct {
	ID      string    `yaml:"id"`
	Name    string    `yaml:"name"`
	Summary string    `yaml:"summary"`
	Case    *Case     `yaml:"case"`
	Answers yaml.Node `yaml:"answers"`
}

// LoadAll reads personas/*.yaml, sorted by id. The answers are checked
// exactly like an answers file.
func LoadAll(fsys fs.FS, schema *interview.Schema) ([]Persona, error) {
	names, err := fs.Glob(fsys, "personas/*.yaml")
	if err != nil {
		return nil, err
	}
	var out []Persona
	var errs strictyaml.Errors
	for _, name := range names {
		display := "content/" + name
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs.Add(display, 0, "kan ikke lese filen: %v", err)
			continue
		}
		var f file
		node, err := strictyaml.Decode(display, data, 0, &f)
		if err != nil {
			return nil, err
		}
		if want := strings.TrimSuffix(path.Base(name), ".yaml"); f.ID != want {
			errs.Add(display, strictyaml.KeyLine(node, "id"), "id «%s» skal være lik filnavnet «%s»", f.ID, want)
			continue
		}
		if f.Name == "" || f.Summary == "" {
			errs.Add(display, 1, "personen trenger både name og summary")
			continue
		}
		if c := f.Case; c != nil && (strings.TrimSpace(c.Title) == "" || strings.TrimSpace(c.Story) == "" || len(c.Questions) == 0) {
			errs.Add(display, strictyaml.KeyLine(node, "case"), "«case» trenger title, story og minst ett spørsmål under questions")
			continue
		}
		raw, err := yaml.Marshal(&f.Answers)
		if err != nil {
			return nil, err
		}
		parsed, err := answers.Parse(fmt.Sprintf("%s (answers, fra linje %d)", display, f.Answers.Line), raw, schema)
		if err != nil {
			return nil, err
		}
		if parsed.Version != answers.Version {
			errs.Add(display, f.Answers.Line, "svarene er i format %d: skriv dem i format %d", parsed.Version, answers.Version)
			continue
		}
		a := parsed.Answers
		if missing := schema.Missing(a); len(missing) > 0 {
			errs.Add(display, f.Answers.Line, "mangler svar på: %s", strings.Join(missing, ", "))
			continue
		}
		out = append(out, Persona{ID: f.ID, Name: f.Name, Summary: f.Summary, Case: f.Case, Answers: a})
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Find returns the persona with id.
func Find(all []Persona, id string) (Persona, bool) {
	for _, p := range all {
		if p.ID == id {
			return p, true
		}
	}
	return Persona{}, false
}
