package checklist

import (
	"slices"

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
	ID        string
	Title     string
	Phase     string
	Priority  string
	Do        string
	After     []string
	Cost      string
	Deadline  string
	Agency    string
	Link      *Link
	Topic     string
	Sources   []Source
	Uncertain []Uncertain
	Due       []Due

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
		if holds(r.Items[i].when, env) {
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

// env is the expression environment: the answers with typed zero values,
// then each derived condition in file order.
func (r *Rules) env(a interview.Answers) (map[string]any, map[string]bool) {
	env := a.Env(r.Schema)
	derived := make(map[string]bool, len(r.Derived))
	for _, d := range r.Derived {
		v := holds(d.cond, env)
		env[d.ID] = v
		derived[d.ID] = v
	}
	return env, derived
}

func holds(c *interview.Condition, env map[string]any) bool {
	ok, err := c.Eval(env)
	return ok && err == nil
}

func (r *Rules) item(i int, env map[string]any) Item {
	rule := &r.Items[i]
	names := slices.Clone(rule.when.Names())
	var why []string
	for _, w := range rule.Why {
		if holds(w.cond, env) {
			why = append(why, r.fill(w.Text, env))
			names = append(names, w.cond.Names()...)
		}
	}
	return Item{
		ID: rule.ID, Title: rule.Title, Phase: rule.Phase, Priority: rule.Priority, Do: rule.Do,
		After: rule.After, Cost: rule.Cost, Deadline: rule.Deadline, Agency: rule.Agency,
		Link: rule.Link, Topic: rule.Topic, Sources: rule.Sources, Uncertain: rule.uncertain, Due: rule.Due,
		Why: why, Triggered: answerKeys(r, names),
	}
}

// fill replaces {name} with the answer in words (or ja/nei for a derived id).
func (r *Rules) fill(text string, env map[string]any) string {
	return placeholderRe.ReplaceAllStringFunc(text, func(m string) string {
		name := m[1 : len(m)-1]
		v, ok := env[name]
		if !ok {
			return m
		}
		return r.Schema.FormatAnswer(name, v)
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
	pa, pb := slices.Index(priorities, r.Items[a].Priority), slices.Index(priorities, r.Items[b].Priority)
	if pa != pb {
		return pa < pb
	}
	return a < b
}
