// Package report turns an evaluated checklist into the documents people
// read or export: Markdown (also the source for the terminal view) and JSON.
package report

import (
	"time"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/interview"
)

// Input is everything a checklist document is made from.
type Input struct {
	Rules          *checklist.Rules
	Answers        interview.Answers
	Checklist      checklist.Checklist
	Recommendation []checklist.Recommendation // empty unless the form is undecided
	Done           map[string]bool
	Generated      time.Time
	Persona        string // the fictional founder's name, when one was used
	// Assumed lists questions an older answers file did not ask.
	Assumed []interview.Assumption
	// Notes say where an answer was read as something else than written,
	// such as a kommune under its former name.
	Notes []string
	// Local is what we know about the founder's kommune, when it is known.
	Local *Local
	// Changes is how the plan differs from the one the founder saw last
	// time. Only the founder's own saved plan has it; nil otherwise.
	Changes *checklist.Changes
}

// Local is the founder's kommune: its fylke, the employer tax zone and
// rate, and where to get help nearby.
type Local struct {
	Kommune   string    `json:"kommune"`
	Official  string    `json:"official_name,omitempty"` // every official name, when the kommune has Sami or Kven names: «Guovdageaidnu - Kautokeino»
	Number    string    `json:"number"`
	Fylke     string    `json:"fylke"`
	Zone      string    `json:"employer_tax_zone,omitempty"`
	Rate      string    `json:"employer_tax_rate,omitempty"` // in words: «14,1 prosent av lønnen»
	TaxNote   string    `json:"employer_tax_note,omitempty"` // uncertain figures and split kommuner, in words
	Contacts  []Contact `json:"contacts"`
	Uncertain bool      `json:"employer_tax_uncertain,omitempty"`

	// The parts of TaxNote, for items that show them apart.
	SplitNote     string `json:"-"` // the kommune has areas in several zones
	ZoneNote      string `json:"-"` // about the zone of this kommune
	UncertainNote string `json:"-"` // we have not confirmed zones and rates, and where to check
	// UncertainID is the entry in content/uncertain/ that says the same
	// as UncertainNote: an item that names it shows that entry instead.
	UncertainID string `json:"-"`
}

// Contact is one place to get help, with its page.
type Contact struct {
	// Area is where the contact helps: «kommune», «fylke» or «landet».
	Area string `json:"area"`
	Kind string `json:"kind"`
	Name string `json:"name"`
	Note string `json:"note"`
	URL  string `json:"url"`
	Read string `json:"read"`
}

// Build evaluates the rules for answers and fills an Input.
func Build(r *checklist.Rules, a interview.Answers, done map[string]bool, now time.Time) Input {
	in := Input{Rules: r, Answers: a, Checklist: checklist.Plan(r, a), Done: done, Generated: now}
	if form, _ := a["form"].(string); form == "" || form == "undecided" {
		in.Recommendation = checklist.Recommend(r, a)
	}
	if in.Done == nil {
		in.Done = map[string]bool{}
	}
	return in
}

// Progress counts the done items on this checklist.
func (in Input) Progress() (done, total int) {
	for _, it := range in.Checklist.Items {
		if in.Done[it.ID] {
			done++
		}
	}
	return done, len(in.Checklist.Items)
}
