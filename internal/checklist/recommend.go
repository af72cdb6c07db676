package checklist

import (
	"sort"

	"github.com/sosabc/sosabc/internal/interview"
)

// Recommendation is one company form with its score for these answers.
type Recommendation struct {
	Form           string
	Name           string
	Topic          string
	Score          int
	ReasonsFor     []string
	ReasonsAgainst []string
}

// Recommend ranks every form in forms.yaml by the weights of its true
// reasons for, minus those against; ties keep the order of forms.yaml. The
// caller decides when to show it (when the form is still undecided).
func Recommend(r *Rules, a interview.Answers) []Recommendation {
	env, _ := r.env(a)
	recs := make([]Recommendation, len(r.Forms))
	for i, f := range r.Forms {
		rec := Recommendation{Form: f.ID, Name: f.Name, Topic: f.Topic}
		for j, reason := range f.For {
			if holds(r.forms[i].pro[j], env) {
				rec.Score += reason.Weight
				rec.ReasonsFor = append(rec.ReasonsFor, r.fill(reason.Text, env))
			}
		}
		for j, reason := range f.Against {
			if holds(r.forms[i].con[j], env) {
				rec.Score -= reason.Weight
				rec.ReasonsAgainst = append(rec.ReasonsAgainst, r.fill(reason.Text, env))
			}
		}
		recs[i] = rec
	}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Score > recs[j].Score })
	return recs
}
