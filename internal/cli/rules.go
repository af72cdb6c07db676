package cli

import (
	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/persona"
)

// engine is the interview schema, the checklist rules and the personas,
// loaded together because each refers to the others.
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
	h, err := f.Handbook()
	if err != nil {
		return nil, err
	}
	schema, err := interview.LoadSchema(f.Content, "interview/questions.yaml")
	if err != nil {
		return nil, contentError(err)
	}
	rules, err := checklist.Load(f.Content, schema, func(id string) bool { return h.Topic(id) != nil })
	if err != nil {
		return nil, contentError(err)
	}
	personas, err := persona.LoadAll(f.Content, schema)
	if err != nil {
		return nil, contentError(err)
	}
	f.eng = &engine{schema: schema, rules: rules, personas: personas}
	return f.eng, nil
}

func contentError(err error) error {
	return &contentErr{err}
}

type contentErr struct{ err error }

func (e *contentErr) Error() string {
	return "det innebygde innholdet har feil (meld fra til utviklerne):\n" + e.err.Error()
}

func (e *contentErr) Unwrap() error { return e.err }
