package cli

import (
	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/persona"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// engine is the interview schema and the checklist rules, loaded together
// because the rules are compiled against the schema.
type engine struct {
	schema   *interview.Schema
	rules    *checklist.Rules
	personas []persona.Persona
}

// Engine loads the interview and checklist content once, when a command needs it.
func (f *Factory) Engine() (*engine, error) {
	if f.eng != nil {
		return f.eng, nil
	}
	topics, err := f.TopicIDs()
	if err != nil {
		return nil, err
	}
	schema, err := interview.LoadSchema(f.Content, "interview/questions.yaml")
	if err != nil {
		return nil, contentError(err)
	}
	reg := source.Registry{}
	var errs strictyaml.Errors
	source.LoadUncertain(f.Content, "content", reg, &errs)
	if err := errs.Err(); err != nil {
		return nil, contentError(err)
	}
	rules, err := checklist.Load(f.Content, schema, checklist.Refs{Topic: func(id string) bool { return topics[id] }, Uncertain: reg})
	if err != nil {
		return nil, contentError(err)
	}
	f.eng = &engine{schema: schema, rules: rules}
	return f.eng, nil
}

// Personas loads the fictional founders; only --persona and the list need them.
func (f *Factory) Personas() ([]persona.Persona, error) {
	eng, err := f.Engine()
	if err != nil {
		return nil, err
	}
	if eng.personas == nil {
		if eng.personas, err = persona.LoadAll(f.Content, eng.schema); err != nil {
			return nil, contentError(err)
		}
	}
	return eng.personas, nil
}

func contentError(err error) error {
	return &contentErr{err}
}

type contentErr struct{ err error }

func (e *contentErr) Error() string {
	return "det innebygde innholdet har feil (meld fra til utviklerne):\n" + e.err.Error()
}

func (e *contentErr) Unwrap() error { return e.err }
