// Package checklist is the rules engine: it turns answers into an ordered,
// explained checklist and ranks the company forms. Every expression in the
// content is compiled once at load against the typed answer schema, so a
// misspelled answer id is a load error, and evaluation is only running
// compiled programs.
package checklist

import (
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/source"
)

// Priorities, most important first; the order is the sort order.
var priorities = []string{"må", "bør", "kan"}

// Rules is the validated checklist content and the company-form table.
type Rules struct {
	Schema  *interview.Schema
	Phases  []Phase
	Derived []Derived
	Items   []Rule // files in name order, items in file order
	Points  []Point
	Forms   []Form

	byID       map[string]int
	phaseIndex map[string]int
	// before[i] lists the items in i's phase that must come before i,
	// directly or through other items, so ordering a subset still honours
	// `after` chains whose middle item is left out.
	before [][]int
	// derivedKeys maps a derived id (or a Var) to the answer keys it depends on.
	derivedKeys map[string][]string
	// vars are worked out from the answers before the derived conditions.
	vars []Var
}

// Phase is a stage of starting up; the checklist is grouped by phases in order.
type Phase struct {
	ID          string `yaml:"id"`
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
}

// Derived is a named condition that later expressions can use like an answer.
type Derived struct {
	ID          string `yaml:"id"`
	Description string `yaml:"description"`
	When        string `yaml:"when"`

	cond *ruleCondition
}

// Rule is one checklist item as written in the content.
type Rule struct {
	ID       string    `yaml:"id"`
	Title    string    `yaml:"title"`
	Phase    string    `yaml:"phase"`
	Priority string    `yaml:"priority"`
	When     string    `yaml:"when"`
	Why      []WhyRule `yaml:"why"`
	Do       string    `yaml:"do"`
	After    []string  `yaml:"after"`
	Cost     string    `yaml:"cost"`
	Deadline string    `yaml:"deadline"`
	Agency   string    `yaml:"agency"`
	Link     *Link     `yaml:"link"`
	Topic    string    `yaml:"topic"`
	Sources  []Source  `yaml:"sources"`
	// Uncertain names entries of uncertain.yaml that the item relies on.
	Uncertain []string `yaml:"uncertain"`
	// Due is the deadline in a form a calendar can use; Deadline is the prose.
	Due []Due `yaml:"due"`
	// Local asks for facts about the founder's own kommune on the item:
	// «contacts» (help nearby) and «employer_tax» (the arbeidsgiveravgift
	// zone and rate).
	Local []string `yaml:"local"`

	// File and Line say where the rule is written, for messages.
	File string `yaml:"-"`
	Line int    `yaml:"-"`
	// LocalFile is true for an item from a local content folder.
	LocalFile bool `yaml:"-"`

	when      *ruleCondition
	uncertain []Uncertain // resolved at load
}

// WhyRule is one reason for an item, shown when If is true (or empty).
type WhyRule struct {
	If   string `yaml:"if"`
	Text string `yaml:"text"`

	cond *ruleCondition
}

// Link is where the reader does the task.
type Link struct {
	Title string `yaml:"title" json:"title"`
	URL   string `yaml:"url" json:"url"`
	// FrontPage says why a bare front page is the right address, as for
	// sources.
	FrontPage string `yaml:"front_page" json:"-"`

	// Where is file:line of the URL, set by the loader for messages.
	Where string `yaml:"-" json:"-"`
}

// Source is the page that states a fact.
type Source = source.Source

// Uncertain is a figure the reader must check before relying on it.
type Uncertain = source.Uncertain

// Due is a deadline that comes back: every year on Dates (MM-DD), or every
// month on Day. When the date falls on a weekend or holiday, the authority
// usually moves it to the next working day; the item's prose says so.
type Due struct {
	Every string   `yaml:"every" json:"every"`           // year or month
	Dates []string `yaml:"dates" json:"dates,omitempty"` // MM-DD, with every: year
	Day   int      `yaml:"day" json:"day,omitempty"`     // 1–31, with every: month
}

// Point is one row in the company-form comparison.
type Point struct {
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
}

// Form is one company form: its comparison texts and the reasons for and
// against it that the recommendation weighs.
type Form struct {
	ID      string            `yaml:"id"`
	Name    string            `yaml:"name"`
	Topic   string            `yaml:"topic"`
	Points  map[string]string `yaml:"points"` // point id → text; order from Rules.Points
	For     []Reason          `yaml:"for"`
	Against []Reason          `yaml:"against"`
}

// Reason is a weighted argument for or against a form.
type Reason struct {
	When   string `yaml:"when"`
	Text   string `yaml:"text"`
	Weight int    `yaml:"weight"`

	cond *ruleCondition
}

// Rule returns the rule with id, or nil.
func (r *Rules) Rule(id string) *Rule {
	i, ok := r.byID[id]
	if !ok {
		return nil
	}
	return &r.Items[i]
}

// Phase returns the phase with id, or nil.
func (r *Rules) Phase(id string) *Phase {
	i, ok := r.phaseIndex[id]
	if !ok {
		return nil
	}
	return &r.Phases[i]
}
