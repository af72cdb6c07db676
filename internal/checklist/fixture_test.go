package checklist

import (
	"io/fs"
	"math/rand/v2"
	"testing"

	"github.com/sosabc/sosabc/internal/checklist/checklisttest"
	"github.com/sosabc/sosabc/internal/interview"
)

func loadWith(t testing.TB, fsys fs.FS) (*Rules, error) {
	t.Helper()
	return Load(fsys, checklisttest.Schema(t, fsys), Refs{Topic: checklisttest.FixtureTopicExists, Uncertain: checklisttest.UncertainIn(t, fsys)})
}

func loadFixture(t testing.TB) *Rules {
	t.Helper()
	r, err := loadWith(t, checklisttest.FixtureFS(t))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return r
}

// randomAnswers makes a plausible answer set: each question is answered
// with some probability, numbers favour the edges where rules change.
func randomAnswers(rng *rand.Rand, s *interview.Schema) interview.Answers {
	a := interview.Answers{}
	texts := []string{"", "Oslo", "Bodø", "0301"}
	numbers := []int{0, 1, 2, 5, 29999, 30000, 49999, 50000, 140000, 1000000}
	for _, q := range s.Questions() {
		if rng.IntN(5) == 0 {
			continue // unanswered
		}
		switch q.Type {
		case interview.TypeSelect:
			a[q.ID] = q.Options[rng.IntN(len(q.Options))].Value
		case interview.TypeMultiselect:
			var list []string
			for _, o := range q.Options {
				if rng.IntN(3) == 0 {
					list = append(list, o.Value)
				}
			}
			a[q.ID] = list
		case interview.TypeNumber:
			n := numbers[rng.IntN(len(numbers))]
			if q.Min != nil && n < *q.Min {
				n = *q.Min
			}
			if q.Max != nil && n > *q.Max {
				n = *q.Max
			}
			a[q.ID] = n
		case interview.TypeConfirm:
			a[q.ID] = rng.IntN(2) == 0
		case interview.TypeText:
			a[q.ID] = texts[rng.IntN(len(texts))]
		}
	}
	return a
}

func randomAnswerSets(s *interview.Schema, n int) []interview.Answers {
	rng := rand.New(rand.NewPCG(2026, 11))
	sets := make([]interview.Answers, n)
	for i := range sets {
		sets[i] = randomAnswers(rng, s)
	}
	return sets
}
