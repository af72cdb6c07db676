package interview

import (
	"errors"
	"reflect"
	"testing"
)

// script is an Asker that answers from a list and records what it was asked.
type script struct {
	replies []Reply
	asked   []string
	reviews []string // ids to edit at each review; "" ends
	stopAt  int      // stop with ErrStopped at this question (1-based); 0 never
}

func (s *script) Ask(step Step, value any, first bool) (Reply, error) {
	s.asked = append(s.asked, step.Question.ID)
	if s.stopAt == len(s.asked) {
		return Reply{}, ErrStopped
	}
	if len(s.replies) == 0 {
		if value == nil {
			value = step.Question.Type.ZeroValue()
		}
		return Reply{Value: value}, nil // Enter: keep what is shown
	}
	r := s.replies[0]
	s.replies = s.replies[1:]
	if r.Value == nil && !r.Back {
		r.Value = value // keep what is shown
	}
	return r, nil
}

func (s *script) Review(*Schema, Answers) (string, error) {
	if len(s.reviews) == 0 {
		return "", nil
	}
	id := s.reviews[0]
	s.reviews = s.reviews[1:]
	return id, nil
}

func TestSessionOrderBackAndHidden(t *testing.T) {
	s := loadFixture(t)
	sess := NewSession(s, nil, nil)
	step, _ := sess.Current()
	if step.Question.ID != "stage" || step.Number != 1 {
		t.Fatalf("first question %s (step %d)", step.Question.ID, step.Number)
	}
	if sess.CanGoBack() || sess.Back() {
		t.Error("Back on the first question should not move")
	}
	must(t, sess.Answer("idea"))
	must(t, sess.Answer("AS"))
	if step, _ := sess.Current(); step.Question.ID != "founders" {
		t.Fatalf("after form AS: %s, want founders (profit_use is hidden)", step.Question.ID)
	}
	sess.Back()
	if step, _ := sess.Current(); step.Question.ID != "form" || sess.Value(step.Question) != "AS" {
		t.Fatalf("back: %s with %v, want form with the earlier answer AS", step.Question.ID, sess.Value(step.Question))
	}
	must(t, sess.Answer("undecided"))
	must(t, sess.Answer(2))
	if step, _ := sess.Current(); step.Question.ID != "profit_use" {
		t.Fatalf("after form undecided: %s, want profit_use", step.Question.ID)
	}
	if err := sess.Answer("nonsense"); err == nil {
		t.Error("an invalid answer was accepted")
	}
}

// What counts as answered when the person stops: the answers from earlier
// runs and those given now, never a default they did not confirm. This is
// the defect where aborting a resumed interview wiped the saved answers.
func TestRunStoppedKeepsEarlierAnswers(t *testing.T) {
	s := loadFixture(t)
	earlier := Answers{"stage": "starting", "form": "AS"}
	skip := map[string]bool{"stage": true, "form": true}
	asker := &script{replies: []Reply{{Value: 3}}, stopAt: 2}
	got, err := Run(s, earlier, skip, asker)
	if !errors.Is(err, ErrStopped) {
		t.Fatalf("err = %v, want ErrStopped", err)
	}
	want := Answers{"stage": "starting", "form": "AS", "founders": 3}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kept %v, want %v", got, want)
	}
	// Stopping at once keeps every earlier answer.
	got, _ = Run(s, earlier, skip, &script{stopAt: 1})
	if !reflect.DeepEqual(got, earlier) {
		t.Errorf("kept %v, want the earlier %v", got, earlier)
	}
}

func TestRunReviewEditAsksNewlyVisibleQuestions(t *testing.T) {
	s := loadFixture(t)
	start := Answers{"stage": "idea", "form": "AS", "founders": 1}
	skip := map[string]bool{}
	for _, q := range s.Questions() {
		skip[q.ID] = true
	}
	asker := &script{
		reviews: []string{"form"},
		replies: []Reply{{Value: "undecided"}, {Value: "reinvest"}},
	}
	got, err := Run(s, start, skip, asker)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"form", "profit_use"}; len(asker.asked) < 2 || !reflect.DeepEqual(asker.asked[:2], want) {
		t.Errorf("asked %v, want %v", asker.asked, want)
	}
	if got["form"] != "undecided" || got["profit_use"] != "reinvest" || got["founders"] != 1 {
		t.Errorf("answers %v", got)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// After a resume, going back from the first question asked reaches the
// questions answered in the earlier run, with their answers (ux-review m3).
func TestResumedSessionGoesBackToEarlierAnswers(t *testing.T) {
	s := loadFixture(t)
	earlier := Answers{"stage": "starting", "form": "AS"}
	sess := NewSession(s, earlier, map[string]bool{"stage": true, "form": true})
	if step, _ := sess.Current(); step.Question.ID != "founders" {
		t.Fatalf("resumed at %s, want founders", step.Question.ID)
	}
	if !sess.CanGoBack() || !sess.Back() {
		t.Fatal("Back at the first resumed question did not move")
	}
	step, _ := sess.Current()
	if step.Question.ID != "form" || sess.Value(step.Question) != "AS" {
		t.Fatalf("back: %s with %v, want form with the earlier answer AS", step.Question.ID, sess.Value(step.Question))
	}
	sess.Back()
	if step, _ := sess.Current(); step.Question.ID != "stage" || sess.CanGoBack() {
		t.Fatalf("second back: %s (can go back: %v), want stage and no further", step.Question.ID, sess.CanGoBack())
	}
	must(t, sess.Answer("idea"))
	if step, _ := sess.Current(); step.Question.ID != "form" {
		t.Fatalf("after stage: %s, want form again", step.Question.ID)
	}
	must(t, sess.Answer("AS"))
	if step, _ := sess.Current(); step.Question.ID != "founders" {
		t.Fatalf("after form: %s, want founders, where the resumed run began", step.Question.ID)
	}
	// Stopping now keeps the earlier answers and the one changed.
	if got, want := sess.Answers(), (Answers{"stage": "idea", "form": "AS"}); !reflect.DeepEqual(got, want) {
		t.Errorf("kept %v, want %v", got, want)
	}
}

// The intro screen's numbers come from the schema.
func TestLength(t *testing.T) {
	s := loadFixture(t)
	// 17 questions, all asked with the default answers (form «undecided»
	// brings in profit_use); 17 × 18 seconds is about 5 minutes.
	if fewest, most, minutes := s.Length(); fewest != 17 || most != 17 || minutes != 5 {
		t.Errorf("Length() = %d, %d, %d, want 17, 17, 5", fewest, most, minutes)
	}
	// A default that hides a question makes the shortest interview shorter.
	s.Question("form").Default = "AS"
	if fewest, most, _ := s.Length(); fewest != 16 || most != 17 {
		t.Errorf("with form AS by default: Length() = %d, %d, want 16, 17", fewest, most)
	}
}
