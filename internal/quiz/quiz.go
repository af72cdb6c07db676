// Package quiz runs a workshop module's quiz: it asks each question through
// a front end, keeps the answers and the score, and appends the result as
// one row of a CSV file the teacher opens in a spreadsheet. It is pure
// apart from that file: the front end is passed in.
package quiz

import (
	"time"

	"github.com/sosabc/sosabc/internal/workshop"
)

// Asker is a front end: it asks one question and returns the 1-based
// number of the option chosen, then shows whether it was right.
type Asker interface {
	AskQuiz(number, total int, q workshop.Question) (int, error)
	Feedback(q workshop.Question, chosen int) error
}

// Answer is one question answered.
type Answer struct {
	Chosen  int // 1-based
	Correct bool
}

// Attempt is one pupil's run through a quiz.
type Attempt struct {
	Workshop string
	Pupil    string // optional: a name or a number the teacher gave
	Started  time.Time
	Answers  []Answer
}

// Score is how many answers were right, of how many questions.
func (a Attempt) Score() (right, total int) {
	for _, x := range a.Answers {
		if x.Correct {
			right++
		}
	}
	return right, len(a.Answers)
}

// Wrong is the numbers (from 1) of the questions answered wrong.
func (a Attempt) Wrong() []int {
	var out []int
	for i, x := range a.Answers {
		if !x.Correct {
			out = append(out, i+1)
		}
	}
	return out
}

// Run asks every question of w in order. On an error it returns the
// answers given so far.
func Run(w *workshop.Workshop, pupil string, now time.Time, asker Asker) (Attempt, error) {
	a := Attempt{Workshop: w.ID, Pupil: pupil, Started: now}
	for i, q := range w.Quiz {
		chosen, err := asker.AskQuiz(i+1, len(w.Quiz), q)
		if err != nil {
			return a, err
		}
		a.Answers = append(a.Answers, Answer{Chosen: chosen, Correct: chosen == q.Correct})
		if err := asker.Feedback(q, chosen); err != nil {
			return a, err
		}
	}
	return a, nil
}
