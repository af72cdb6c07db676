package checklist

import (
	"slices"
	"strings"

	"github.com/sosabc/sosabc/internal/checklist/ruleset"
	"github.com/sosabc/sosabc/internal/interview"
)

// Checklist is the result of evaluating the rules against one set of answers.
type Checklist struct {
	Items []Item
	// Derived holds the value of every derived condition for these answers.
	Derived map[string]bool
}

// Item is one checklist entry for the reader, with the reasons it applies.
type Item struct {
	ID       string
	Title    string
	Phase    string
	Priority string
	Do       string
	After    []string
	Cost     string
	Deadline string
	// DeadlineShort is the deadline for the one-page overview, when the
	// content gives one; else the overview shows Deadline's first sentence.
	DeadlineShort string
	Agency        string
	Link          *Link
	Topic         string
	Sources       []Source
	Uncertain     []Uncertain
	Due           []Due
	Local         []string
	// LocalFile is true for an item from a local content folder: a
	// kommune's or an incubator's own step, not sosabc's.
	LocalFile bool

	// IfForm is set when no company form is chosen yet and the item comes
	// from the form that fits best: it applies only if the founder picks it.
	IfForm *Recommendation

	// Why holds the reasons whose condition is true, placeholders filled.
	Why []string
	// Triggered lists, in interview order, the answer keys that the true
	// conditions read (derived conditions expanded to their answers).
	Triggered []string
}

// Evaluate returns the items whose `when` is true, ordered by phase, then
// `after`, then priority, then their order in the content. Conditions are
// type-checked at load, so a failing one is treated as false rather than
// stopping the whole checklist.
func Evaluate(r *Rules, a interview.Answers) Checklist {
	env, derived := r.env(a)
	var included []int
	for i := range r.Items {
		if holds(r.items[i].when, env) {
			included = append(included, i)
		}
	}
	order := r.order(included)
	items := make([]Item, len(order))
	for k, i := range order {
		items[k] = r.item(i, env)
	}
	return Checklist{Items: items, Derived: derived}
}

// Plan is the checklist a founder sees. With a chosen form it is
// Evaluate's. With none, it also holds the steps that the best-fitting form
// would add (registration, bank, accounting, reporting), each marked with
// that form in IfForm, so the plan never silently lacks them.
func Plan(r *Rules, a interview.Answers) Checklist {
	c := Evaluate(r, a)
	if form, _ := a["form"].(string); form != "" && form != "undecided" {
		return c
	}
	recs := Recommend(r, a)
	if len(recs) == 0 {
		return c
	}
	top := recs[0]
	alt := interview.Answers{}
	for k, v := range a {
		alt[k] = v
	}
	alt["form"] = top.Form
	altEnv, _ := r.env(alt)
	env, _ := r.env(a)
	byID := map[string]Item{}
	var included []int
	for _, it := range c.Items {
		byID[it.ID] = it
		included = append(included, r.byID[it.ID])
	}
	for i := range r.Items {
		id := r.Items[i].ID
		if _, ok := byID[id]; ok || !holds(r.items[i].when, altEnv) {
			continue
		}
		it := r.item(i, altEnv)
		it.IfForm = &top
		// The reasons must not say «because you chose …»: keep those that
		// hold for the real answers, else say why the form brings the item.
		it.Why = r.item(i, env).Why
		if len(it.Why) == 0 {
			it.Why = []string{"Fordi det hører med når du velger " + lowerFirst(top.Name) + "."}
		}
		byID[id] = it
		included = append(included, i)
	}
	items := make([]Item, 0, len(included))
	for _, i := range r.order(included) {
		items = append(items, byID[r.Items[i].ID])
	}
	c.Items = items
	return c
}

// env is the expression environment: the answers with typed zero values,
// then each derived condition in file order.
func (r *Rules) env(a interview.Answers) (map[string]any, map[string]bool) {
	env := a.Env(r.Schema)
	for _, v := range r.vars {
		env[v.Name] = v.Zero
		if v.Value != nil {
			if x := v.Value(a); x != nil {
				env[v.Name] = x
			}
		}
	}
	derived := make(map[string]bool, len(r.Derived))
	for i, d := range r.Derived {
		v := holds(r.derived[i], env)
		env[d.ID] = v
		derived[d.ID] = v
	}
	return env, derived
}

func (r *Rules) item(i int, env map[string]any) Item {
	rule, conds := &r.Items[i], &r.items[i]
	names := slices.Clone(conds.when.Names())
	var why []string
	for j, w := range rule.Why {
		if holds(conds.why[j], env) {
			why = append(why, r.fill(w.Text, env))
			names = append(names, conds.why[j].Names()...)
		}
	}
	return Item{
		ID: rule.ID, Title: rule.Title, Phase: rule.Phase, Priority: rule.Priority, Do: rule.Do,
		After: rule.After, Cost: rule.Cost, Deadline: rule.Deadline, DeadlineShort: rule.DeadlineShort, Agency: rule.Agency,
		Link: rule.Link, Topic: rule.Topic, Sources: rule.Sources, Uncertain: r.uncertain[i], Due: rule.Due, Local: rule.Local,
		LocalFile: rule.LocalFile, Why: why, Triggered: answerKeys(r, names),
	}
}

// fill replaces {name} with the answer in words (or ja/nei for a derived id).
func (r *Rules) fill(text string, env map[string]any) string {
	return ruleset.FillPlaceholders(text, func(ph ruleset.Placeholder) (string, bool) {
		v, ok := env[ph.Name]
		if !ok {
			return "", false
		}
		out := r.Schema.FormatAnswerInline(ph.Name, v)
		if ph.One != "" {
			noun := ph.Many
			if n, ok := v.(int); ok && n == 1 {
				noun = ph.One
			}
			out += " " + noun
		}
		return out, true
	})
}

// order sorts the included items: by phase; within a phase, every item
// after the items it names (also through left-out items), and among the
// items that are free to come next, by priority and then content order.
func (r *Rules) order(included []int) []int {
	byPhase := make([][]int, len(r.Phases))
	for _, i := range included {
		p := r.phaseIndex[r.Items[i].Phase]
		byPhase[p] = append(byPhase[p], i)
	}
	isIncluded := make(map[int]bool, len(included))
	for _, i := range included {
		isIncluded[i] = true
	}
	out := make([]int, 0, len(included))
	for _, group := range byPhase {
		out = append(out, r.orderPhase(group, isIncluded)...)
	}
	return out
}

func (r *Rules) orderPhase(group []int, isIncluded map[int]bool) []int {
	waiting := make(map[int]int, len(group)) // item → predecessors not yet placed
	next := map[int][]int{}
	for _, i := range group {
		for _, j := range r.before[i] {
			if isIncluded[j] {
				waiting[i]++
				next[j] = append(next[j], i)
			}
		}
	}
	var ready []int
	for _, i := range group {
		if waiting[i] == 0 {
			ready = append(ready, i)
		}
	}
	out := make([]int, 0, len(group))
	for len(ready) > 0 {
		best := 0
		for k := 1; k < len(ready); k++ {
			if r.comesFirst(ready[k], ready[best]) {
				best = k
			}
		}
		i := ready[best]
		ready = slices.Delete(ready, best, best+1)
		out = append(out, i)
		for _, j := range next[i] {
			waiting[j]--
			if waiting[j] == 0 {
				ready = append(ready, j)
			}
		}
	}
	return out
}

func (r *Rules) comesFirst(a, b int) bool {
	pa, pb := slices.Index(ruleset.Priorities, r.Items[a].Priority), slices.Index(ruleset.Priorities, r.Items[b].Priority)
	if pa != pb {
		return pa < pb
	}
	return a < b
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToLower(string(r[0])) + string(r[1:])
}
