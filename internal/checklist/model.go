// Package checklist is the rules engine: it turns answers into an ordered,
// explained checklist and ranks the company forms. The content comes
// checked from package ruleset, with every condition compiled against the
// typed answer schema, so evaluation is only running compiled programs.
package checklist

import (
	"io/fs"
	"slices"
	"strings"

	"github.com/sosabc/sosabc/internal/checklist/ruleset"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/source"
)

// The content types, as ruleset has them.
type (
	Refs  = ruleset.Refs
	Var   = ruleset.Var
	Rule  = ruleset.Rule
	Phase = ruleset.Phase
	// Derived is a named condition that later expressions can use like an answer.
	Derived = ruleset.Derived
	Form    = ruleset.Form
	Point   = ruleset.Point
	Reason  = ruleset.Reason
	Link    = ruleset.Link
	Due     = ruleset.Due
	// Source is the page that states a fact.
	Source = source.Source
	// Uncertain is a figure the reader must check before relying on it.
	Uncertain = source.Uncertain
)

// CacheFile is ruleset.CacheFile, the built-in checklist already checked.
const CacheFile = ruleset.CacheFile

// MakeCache is ruleset.MakeCache.
var MakeCache = ruleset.MakeCache

// LocalFacts are the facts about the founder's kommune an item can ask for.
var LocalFacts = ruleset.LocalFacts

// Rules is the checked checklist content and the company-form table,
// ready to evaluate.
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
	// uncertain[i] are the uncertain figures of Items[i].
	uncertain [][]Uncertain

	// The conditions, by the index of what they belong to.
	derived []*ruleCondition
	items   []itemConditions
	forms   []formConditions
	// distinct is every condition once, in the order a plan needs them:
	// derived, each item's «when», each item's reasons, the forms'.
	distinct []*ruleCondition
}

// itemConditions are an item's «when» and the «if» of each reason.
type itemConditions struct {
	when *ruleCondition
	why  []*ruleCondition
}

// formConditions are the «when» of a form's reasons for and against it.
type formConditions struct{ pro, con []*ruleCondition }

// Load reads and checks the checklist and the company forms from fsys
// (the content directory) with package ruleset. Every problem is reported
// with file and line.
func Load(fsys fs.FS, schema *interview.Schema, refs Refs) (*Rules, error) {
	return LoadCached(fsys, schema, refs, nil)
}

// ReadCache starts reading the cache of the built-in content (the
// embedded files, without a local folder) for LoadCached, on another
// goroutine (ruleset.ReadCache).
func ReadCache(builtin fs.FS) *ruleset.Cache { return ruleset.ReadCache(builtin) }

// LoadCached is Load with the cache of its built-in content already being
// read: c is from ReadCache(contentfs.Builtin(fsys)), or nil.
func LoadCached(fsys fs.FS, schema *interview.Schema, refs Refs, c *ruleset.Cache) (*Rules, error) {
	s, err := ruleset.LoadCached(fsys, schema, refs, c)
	if err != nil {
		return nil, err
	}
	return loaded(s), nil
}

// loaded indexes s, and starts compiling its conditions when they are
// left to compile.
func loaded(s *ruleset.Set) *Rules {
	r := newRules(s)
	if s.Conditions.Lazy {
		go r.compileAhead()
	}
	return r
}

// compileAhead compiles every condition, from the last a plan needs to
// the first, on another processor while the caller goes on. Evaluating
// compiles from the first; where the two meet, each condition has been
// compiled once (ruleCondition's sync.Once), and evaluation never waits
// for more than the one being compiled. It runs only when the cache's
// compiled programs cannot be used (another expr, as in a build with a
// replaced module): compiling the 190 or so conditions a plan needs
// then takes about 2.5 ms, and this halves the wait when the machine has
// a core to spare. Reading a program back takes about a microsecond,
// not worth another goroutine.
func (r *Rules) compileAhead() {
	for i := len(r.distinct) - 1; i >= 0; i-- {
		r.distinct[i].get()
	}
}

// newRules indexes s for evaluation. Each condition source gets one
// ruleCondition, which compiles it when first needed; the derived ones
// at once, since every evaluation needs them all.
func newRules(s *ruleset.Set) *Rules {
	r := &Rules{
		Schema: s.Schema, Phases: s.Phases, Derived: s.Derived, Items: s.Items, Points: s.Points, Forms: s.Forms,
		byID: make(map[string]int, len(s.Items)), phaseIndex: make(map[string]int, len(s.Phases)),
		derivedKeys: map[string][]string{}, vars: s.Vars, uncertain: s.Uncertain,
	}
	conds := map[string]*ruleCondition{}
	cond := func(source string) *ruleCondition {
		if strings.TrimSpace(source) == "" {
			return nil
		}
		if c, ok := conds[source]; ok {
			return c
		}
		c := &ruleCondition{source: source, compiler: s.Conditions}
		conds[source] = c
		r.distinct = append(r.distinct, c)
		return c
	}
	reasons := func(list []Reason) []*ruleCondition {
		out := make([]*ruleCondition, len(list))
		for i, x := range list {
			out[i] = cond(x.When)
		}
		return out
	}
	for i, p := range s.Phases {
		r.phaseIndex[p.ID] = i
	}
	for _, v := range s.Vars {
		r.derivedKeys[v.Name] = v.From
	}
	for _, d := range s.Derived {
		c := cond(d.When)
		r.derived = append(r.derived, c)
		r.derivedKeys[d.ID] = answerKeys(r, c.Names())
	}
	for i, rule := range s.Items {
		r.byID[rule.ID] = i
		r.items = append(r.items, itemConditions{when: cond(rule.When)})
	}
	for i, rule := range s.Items {
		for _, w := range rule.Why {
			r.items[i].why = append(r.items[i].why, cond(w.If))
		}
	}
	r.before = make([][]int, len(r.Items))
	for i := range r.Items {
		r.before[i] = sameDepthAncestors(r, i)
	}
	for _, f := range s.Forms {
		r.forms = append(r.forms, formConditions{pro: reasons(f.For), con: reasons(f.Against)})
	}
	return r
}

// sameDepthAncestors lists every item in i's phase that i comes after,
// directly or through a chain of `after` within the phase.
func sameDepthAncestors(r *Rules, i int) []int {
	phase := r.Items[i].Phase
	seen := map[int]bool{}
	var out []int
	queue := []int{i}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, id := range r.Items[cur].After {
			j := r.byID[id]
			if seen[j] || r.Items[j].Phase != phase {
				continue
			}
			seen[j] = true
			out = append(out, j)
			queue = append(queue, j)
		}
	}
	slices.Sort(out)
	return out
}

// answerKeys resolves names to the answer keys behind them, expanding
// derived ids, in schema order.
func answerKeys(r *Rules, names []string) []string {
	set := map[string]bool{}
	for _, name := range names {
		if r.Schema.Question(name) != nil {
			set[name] = true
		}
		for _, k := range r.derivedKeys[name] {
			set[k] = true
		}
	}
	var keys []string
	for _, k := range r.Schema.Keys() {
		if set[k] {
			keys = append(keys, k)
		}
	}
	return keys
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
