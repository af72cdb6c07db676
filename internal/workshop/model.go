// Package workshop holds the workshop modules for facilitators and
// teachers: agendas with timings, handouts, exercises with suggested
// answers, quizzes, and the competence aims (LK20) the school modules
// serve. It is pure: content comes in through an fs.FS, and nothing here
// draws on a terminal.
package workshop

import (
	"strings"

	"github.com/sosabc/sosabc/internal/source"
)

// Audience is who a module is for.
type Audience string

// The audiences, in the order the list shows them.
const (
	Founders Audience = "grundere" // social entrepreneurs, in a start-up programme
	School   Audience = "vgs"      // a class in upper-secondary school
	Kommune  Audience = "kommune"  // staff and leaders in a kommune
)

// Audiences lists every audience in display order.
var Audiences = []Audience{Founders, School, Kommune}

// Label is the audience for a reader: «gründere», «elever i videregående
// skole», «ansatte i kommunen».
func (a Audience) Label() string {
	switch a {
	case Founders:
		return "gründere"
	case School:
		return "elever i videregående skole"
	case Kommune:
		return "ansatte i kommunen"
	}
	return string(a)
}

func (a Audience) valid() bool { return a == Founders || a == School || a == Kommune }

// Kind is what sort of activity an agenda item is.
type Kind string

// The kinds of activity.
const (
	Talk     Kind = "innlegg" // the facilitator presents
	Task     Kind = "oppgave" // participants work, alone or in groups
	Dialogue Kind = "samtale" // the whole group talks
	Break    Kind = "pause"
)

// Kinds lists every kind.
var Kinds = []Kind{Talk, Task, Dialogue, Break}

// Label is the kind for a reader, capitalised: «Innlegg».
func (k Kind) Label() string {
	s := string(k)
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (k Kind) valid() bool { return k == Talk || k == Task || k == Dialogue || k == Break }

// Workshop is one module: a session a facilitator can run as written.
type Workshop struct {
	ID          string          `yaml:"id" json:"id"`
	Title       string          `yaml:"title" json:"title"`
	Audience    Audience        `yaml:"audience" json:"audience"`
	Minutes     int             `yaml:"minutes" json:"minutes"` // the sum of the agenda's minutes
	Group       Group           `yaml:"group" json:"group"`
	Summary     string          `yaml:"summary" json:"summary"`
	Goals       []Goal          `yaml:"goals" json:"goals"`
	Materials   []string        `yaml:"materials" json:"materials"`
	Preparation string          `yaml:"preparation" json:"preparation"` // Markdown, for the facilitator
	Agenda      []Activity      `yaml:"agenda" json:"agenda"`
	Notes       string          `yaml:"notes" json:"notes,omitempty"` // Markdown, for the facilitator
	Handouts    []Handout       `yaml:"handouts" json:"handouts"`
	Exercises   []Exercise      `yaml:"exercises" json:"exercises"`
	Quiz        []Question      `yaml:"quiz" json:"quiz"`
	Topics      []string        `yaml:"topics" json:"topics"`     // handbook topic ids
	Personas    []string        `yaml:"personas" json:"personas"` // persona ids
	Sources     []source.Source `yaml:"sources" json:"sources"`

	// File is where the module was read from, for messages:
	// «content/workshops/trippel-bunnlinje.yaml».
	File string `yaml:"-" json:"-"`
}

// Group is how many participants the module is made for.
type Group struct {
	Min int `yaml:"min" json:"min"`
	Max int `yaml:"max" json:"max"`
}

// Goal is what participants can do afterwards. Aims are codes of LK20
// competence aims (school modules only).
type Goal struct {
	Text string   `yaml:"text" json:"text"`
	Aims []string `yaml:"aims" json:"aims,omitempty"`
}

// Activity is one item of the agenda.
type Activity struct {
	Title        string `yaml:"title" json:"title"`
	Minutes      int    `yaml:"minutes" json:"minutes"`
	Kind         Kind   `yaml:"kind" json:"kind"`
	Instructions string `yaml:"instructions" json:"instructions"` // Markdown, for the facilitator
	// Participants is what the class sees on the projector while the
	// activity runs: the task in a few lines, written to them. Empty: the
	// projector shows the title only, never the facilitator's text.
	Participants string `yaml:"participants" json:"participants,omitempty"` // Markdown
}

// Handout is a page for participants, printed on A4.
type Handout struct {
	ID    string `yaml:"id" json:"id"`
	Title string `yaml:"title" json:"title"`
	Body  string `yaml:"body" json:"body"` // Markdown
	// Lines is how many ruled lines to leave for writing under each
	// section (##) of the body when the sheet is printed; 0 leaves none.
	Lines int `yaml:"lines" json:"lines,omitempty"`

	// Line is where the handout starts in the module's file (its «id»),
	// for messages; 0 when not known.
	Line int `yaml:"-" json:"-"`
}

// Exercise is a task for participants with a suggested answer that only
// the facilitator sees.
type Exercise struct {
	ID     string `yaml:"id" json:"id"`
	Title  string `yaml:"title" json:"title"`
	Task   string `yaml:"task" json:"task"`     // Markdown, for participants
	Answer string `yaml:"answer" json:"answer"` // Markdown, for the facilitator
}

// Question is one multiple-choice quiz question. Correct is the 1-based
// number of the right option, as the file writes it.
type Question struct {
	Question    string   `yaml:"question" json:"question"`
	Options     []string `yaml:"options" json:"options"`
	Correct     int      `yaml:"correct" json:"correct"`
	Explanation string   `yaml:"explanation" json:"explanation"`
}

// CorrectOption is the text of the right option.
func (q Question) CorrectOption() string {
	if q.Correct < 1 || q.Correct > len(q.Options) {
		return ""
	}
	return q.Options[q.Correct-1]
}

// Aim is one competence aim of the curriculum (LK20), with a short
// paraphrase in our own words: never the aim's full text.
type Aim struct {
	Code    string          `yaml:"code" json:"code"`       // KM1234
	Subject string          `yaml:"subject" json:"subject"` // «Entreprenørskap og bedriftsutvikling 1»
	Text    string          `yaml:"text" json:"text"`       // a short paraphrase
	Sources []source.Source `yaml:"sources" json:"sources"` // the curriculum page on udir.no
}

// Handout returns the handout with id.
func (w *Workshop) Handout(id string) (Handout, bool) {
	for _, h := range w.Handouts {
		if h.ID == id {
			return h, true
		}
	}
	return Handout{}, false
}

// Exercise returns the exercise with id.
func (w *Workshop) Exercise(id string) (Exercise, bool) {
	for _, e := range w.Exercises {
		if e.ID == id {
			return e, true
		}
	}
	return Exercise{}, false
}

// AimCodes lists the competence aims the goals name, each once, in order.
func (w *Workshop) AimCodes() []string {
	var out []string
	seen := map[string]bool{}
	for _, g := range w.Goals {
		for _, c := range g.Aims {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// ParticipantText is the Markdown participants read: the handouts, what
// the projector shows, the tasks of the exercises and the quiz with its
// explanations. Readability
// (LIX) is measured on it; facilitator text is not included.
func (w *Workshop) ParticipantText() string {
	var b strings.Builder
	for _, h := range w.Handouts {
		b.WriteString("## " + h.Title + "\n\n" + strings.TrimSpace(h.Body) + "\n\n")
	}
	for _, a := range w.Agenda {
		if p := strings.TrimSpace(a.Participants); p != "" {
			b.WriteString("## " + a.Title + "\n\n" + p + "\n\n")
		}
	}
	for _, e := range w.Exercises {
		b.WriteString("## " + e.Title + "\n\n" + strings.TrimSpace(e.Task) + "\n\n")
	}
	for _, q := range w.Quiz {
		b.WriteString(strings.TrimSpace(q.Question) + "\n\n")
		for _, o := range q.Options {
			b.WriteString("- " + o + "\n")
		}
		b.WriteString("\n" + strings.TrimSpace(q.Explanation) + "\n\n")
	}
	return b.String()
}
