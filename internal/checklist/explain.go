package checklist

import (
	"fmt"
	"slices"

	"github.com/sosabc/sosabc/internal/interview"
)

// Explanation says why an item is (or is not) on the checklist.
type Explanation struct {
	ID       string
	Title    string
	Included bool
	// Rule is the item's `when`; empty means the item always applies.
	Rule string
	// Derived are the derived conditions the rule and reasons use.
	Derived []DerivedValue
	// Answers are the answers the rule (and, when included, the true reasons) read.
	Answers []AnswerValue
	Why     []string
	Sources []Source
	// IfForm is set when no form is chosen yet and the item is on the plan
	// only because the best-fitting form brings it (see Plan): the rule,
	// the derived values and the reasons are then for that form.
	IfForm *Recommendation
}

// DerivedValue is a derived condition and its value for the answers.
type DerivedValue struct {
	ID          string
	Description string
	When        string
	Value       bool
}

// AnswerValue is one answer, in words.
type AnswerValue struct {
	Key      string
	Question string
	Value    string
}

// Explain tells why the item id applies to these answers, or why not.
func Explain(r *Rules, a interview.Answers, id string) (*Explanation, error) {
	i, ok := r.byID[id]
	if !ok {
		return nil, fmt.Errorf("fant ikke sjekkpunktet «%s»", id)
	}
	rule, conds := &r.Items[i], &r.items[i]
	env, derived := r.env(a)
	ex := &Explanation{
		ID: rule.ID, Title: rule.Title, Rule: rule.When,
		Included: holds(conds.when, env), Sources: rule.Sources,
	}
	names := slices.Clone(conds.when.Names())
	if !ex.Included {
		// Plan adds the steps of the best-fitting form when none is chosen.
		for _, it := range Plan(r, a).Items {
			if it.ID == id && it.IfForm != nil {
				alt := interview.Answers{}
				for k, v := range a {
					alt[k] = v
				}
				alt["form"] = it.IfForm.Form
				_, derived = r.env(alt)
				ex.Included, ex.IfForm, ex.Why = true, it.IfForm, it.Why
				names = append(names, "form")
			}
		}
	} else {
		item := r.item(i, env)
		ex.Why = item.Why
		for _, w := range conds.why {
			if holds(w, env) {
				names = append(names, w.Names()...)
			}
		}
	}
	for _, d := range r.Derived {
		if slices.Contains(names, d.ID) {
			ex.Derived = append(ex.Derived, DerivedValue{ID: d.ID, Description: d.Description, When: d.When, Value: derived[d.ID]})
		}
	}
	for _, key := range answerKeys(r, names) {
		ex.Answers = append(ex.Answers, AnswerValue{
			Key:      key,
			Question: r.Schema.Question(key).Title,
			Value:    r.Schema.FormatAnswer(key, a[key]),
		})
	}
	return ex, nil
}
