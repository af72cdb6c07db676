// Package interview holds the question schema: what sosabc asks, which
// answers are valid, and how answers read in Norwegian. It is pure: it knows
// nothing about terminals, so the interview UI, the answers file and the
// checklist engine all share one definition of a question.
package interview

import "github.com/sosabc/sosabc/internal/interview/condition"

// QuestionType says how a question is answered and which Go type its answer has.
type QuestionType string

// The question types and the Go type of their answers.
const (
	TypeSelect      QuestionType = "select"      // string, one of the options
	TypeMultiselect QuestionType = "multiselect" // []string, options
	TypeNumber      QuestionType = "number"      // int
	TypeText        QuestionType = "text"        // string
	TypeConfirm     QuestionType = "confirm"     // bool
)

var questionTypes = []QuestionType{TypeSelect, TypeMultiselect, TypeNumber, TypeText, TypeConfirm}

// Schema is the whole interview, in the order it is asked.
type Schema struct {
	Sections []Section

	questions []*Question // every question, in order
	byID      map[string]*Question
}

// Section is a group of questions asked together.
type Section struct {
	ID        string     `yaml:"id"`
	Title     string     `yaml:"title"`
	Questions []Question `yaml:"questions"`
}

// Question is one question; its ID is also its key in the answers file and
// its name in checklist expressions.
type Question struct {
	ID       string       `yaml:"id"`
	Type     QuestionType `yaml:"type"`
	Title    string       `yaml:"title"`
	Help     string       `yaml:"help"`
	Options  []Option     `yaml:"options"`
	Default  any          `yaml:"default"` // normalised to the answer's Go type at load
	Required bool         `yaml:"required"`
	Min      *int         `yaml:"min"`
	Max      *int         `yaml:"max"`
	When     string       `yaml:"when"`

	when *condition.Condition // compiled once at load; nil means always asked

	// Check, when the program sets it, checks a text answer against data
	// the schema does not hold (the kommune against the official list) and
	// returns the answer as it should be written («baerum» → «Bærum»),
	// with a note for the reader when the input was an old name.
	Check func(string) (canonical, note string, err error)
	// Show, when the program sets it, writes a text answer for a reader
	// («Skien» → «Skien i Telemark»).
	Show func(string) string
}

// Option is one choice in a select or multiselect question.
type Option struct {
	Value string `yaml:"value"`
	Label string `yaml:"label"`
}

// Questions returns every question in interview order.
func (s *Schema) Questions() []*Question { return s.questions }

// Question returns the question with id, or nil.
func (s *Schema) Question(id string) *Question { return s.byID[id] }

// Keys returns every answer key in interview order.
func (s *Schema) Keys() []string {
	keys := make([]string, len(s.questions))
	for i, q := range s.questions {
		keys[i] = q.ID
	}
	return keys
}

// Option returns the option with value.
func (q *Question) Option(value string) (Option, bool) {
	for _, o := range q.Options {
		if o.Value == value {
			return o, true
		}
	}
	return Option{}, false
}

// OptionValues lists the allowed values of a select or multiselect question.
func (q *Question) OptionValues() []string {
	values := make([]string, len(q.Options))
	for i, o := range q.Options {
		values[i] = o.Value
	}
	return values
}

// Condition returns the compiled `when` of the question, or nil.
func (q *Question) Condition() *condition.Condition { return q.when }

// ZeroValue is what an unanswered question looks like in expressions.
func (t QuestionType) ZeroValue() any {
	switch t {
	case TypeMultiselect:
		return []string{}
	case TypeNumber:
		return 0
	case TypeConfirm:
		return false
	}
	return ""
}

// TypeName is the type in words, for error messages and the answers-file help.
func (t QuestionType) TypeName() string {
	switch t {
	case TypeSelect:
		return "ett valg (tekst)"
	case TypeMultiselect:
		return "liste med valg"
	case TypeNumber:
		return "heltall"
	case TypeConfirm:
		return "ja/nei (true/false)"
	}
	return "tekst"
}

// ZeroEnv gives every answer key its typed zero value: the environment that
// expressions are compiled against, so a misspelled id fails at load.
func (s *Schema) ZeroEnv() map[string]any {
	env := make(map[string]any, len(s.questions)+1)
	for _, q := range s.questions {
		env[q.ID] = q.Type.ZeroValue()
	}
	env[Answered] = []string{}
	return env
}
