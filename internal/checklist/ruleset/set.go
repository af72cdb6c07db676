// Package ruleset is the checklist content as written: the phases, derived
// conditions, items and company forms, read from the YAML or from the
// cache of the built-in content, and checked. Every condition is compiled
// against the typed answer schema when it is read from the YAML, so a
// misspelled answer id is a load error. The checklist package evaluates
// what this package loads.
package ruleset

import (
	"sync"

	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/interview/condition"
	"github.com/sosabc/sosabc/internal/source"
)

// Priorities, most important first; the order is the sort order.
var Priorities = []string{"må", "bør", "kan"}

// LocalFacts are the facts about the founder's kommune an item can ask for.
var LocalFacts = []string{"contacts", "employer_tax"}

// Set is the checked checklist content and the company-form table.
type Set struct {
	Schema  *interview.Schema
	Phases  []Phase
	Derived []Derived
	Items   []Rule // files in name order, items in file order
	Points  []Point
	Forms   []Form
	// Uncertain[i] are the figures Items[i] names, looked up in
	// Refs.Uncertain (nil without it).
	Uncertain [][]source.Uncertain
	// Vars are Refs.Vars: worked out from the answers before the derived
	// conditions.
	Vars []Var
	// Conditions compiles every condition of the set, against each answer
	// key, Var and derived id. Those read from the YAML are compiled
	// already; those read from the cache are read back from the cache's
	// programs (or compiled) when first asked for.
	Conditions *Conditions
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
	// DeadlineShort is the deadline for the one-page overview
	// («sjekkliste --short»), used instead of the first sentence of
	// Deadline when that sentence alone would leave out a condition.
	DeadlineShort string          `yaml:"deadline_short"`
	Agency        string          `yaml:"agency"`
	Link          *Link           `yaml:"link"`
	Topic         string          `yaml:"topic"`
	Sources       []source.Source `yaml:"sources"`
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
}

// WhyRule is one reason for an item, shown when If is true (or empty).
type WhyRule struct {
	If   string `yaml:"if"`
	Text string `yaml:"text"`
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
	Points  map[string]string `yaml:"points"` // point id → text; order from Set.Points
	For     []Reason          `yaml:"for"`
	Against []Reason          `yaml:"against"`
}

// Reason is a weighted argument for or against a form.
type Reason struct {
	When   string `yaml:"when"`
	Text   string `yaml:"text"`
	Weight int    `yaml:"weight"`
}

// IsItemID reports whether id is written as an item id may be.
func IsItemID(id string) bool { return itemIDRe.MatchString(id) }

// Conditions compiles conditions against one environment, each source
// once: many items share a condition («har_ansatte»). It is safe for use
// by several goroutines, as conditions left by the cache are compiled
// while plans are evaluated, and a batch evaluates plans in parallel.
// Different sources compile at the same time, each with its own
// condition.Compiler (one is not safe for several goroutines); a caller
// asking for a source another goroutine is compiling waits for it.
type Conditions struct {
	env       map[string]any
	compilers sync.Pool // *condition.Compiler for env

	mu   sync.Mutex
	memo map[string]*compiled
	// Lazy is true when the conditions are compiled only when asked for:
	// read from a cache whose programs this program cannot use.
	Lazy bool
}

type compiled struct {
	once   sync.Once
	cached *condition.Program // compiled already, from the cache
	c      *condition.Condition
	err    error
}

func newConditions(env map[string]any) *Conditions {
	return &Conditions{env: env, memo: map[string]*compiled{}}
}

// Compile is the compiled condition source. An error from a set that
// loaded without one means the cache is out of step with the code.
func (cs *Conditions) Compile(source string) (*condition.Condition, error) {
	cs.mu.Lock()
	m := cs.memo[source]
	if m == nil {
		m = &compiled{}
		cs.memo[source] = m
	}
	cs.mu.Unlock()
	m.once.Do(func() {
		if m.cached != nil {
			m.c = condition.FromProgram(source, *m.cached)
			return
		}
		cc, _ := cs.compilers.Get().(*condition.Compiler)
		if cc == nil {
			cc = condition.NewCompiler(cs.env)
		}
		m.c, m.err = cc.Compile(source)
		cs.compilers.Put(cc)
	})
	return m.c, m.err
}

// add records p, read from the cache, as source compiled: Compile reads
// it back the first time it is asked for source, instead of compiling.
func (cs *Conditions) add(source string, p *condition.Program) {
	cs.memo[source] = &compiled{cached: p}
}
