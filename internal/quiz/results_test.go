package quiz

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/sosabc/sosabc/internal/workshop"
)

func testModule() *workshop.Workshop {
	return &workshop.Workshop{ID: "proeve", Quiz: []workshop.Question{
		{Question: "En?", Options: []string{"Ja", "Nei", "Kanskje"}, Correct: 2},
		{Question: "To?", Options: []string{"Ja", "Nei", "Kanskje"}, Correct: 3},
	}}
}

// What AppendCSV writes, ReadCSV reads back: letters, and whether each
// answer was right when it was given.
func TestResultsRoundTrip(t *testing.T) {
	w := testModule()
	path := filepath.Join(t.TempDir(), "r.csv")
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, a := range []Attempt{
		{Workshop: "proeve", Pupil: "Åse", Started: at, Answers: []Answer{{2, true}, {1, false}}},
		{Workshop: "proeve", Started: at, Answers: []Answer{{3, false}, {3, true}}},
	} {
		if err := AppendCSV(path, w, a); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := ReadCSV(bytes.NewReader(data), "r.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 || rs[0].Pupil != "Åse" || !reflect.DeepEqual(rs[0].Answers, []string{"B", "A"}) || !reflect.DeepEqual(rs[0].Correct, []bool{true, false}) || rs[1].Right != 1 {
		t.Fatalf("read back %+v", rs)
	}
	s, err := Summarize(w, rs)
	if err != nil {
		t.Fatal(err)
	}
	want := []QuestionSummary{
		{Question: "En?", Correct: "B", Right: 1, Answered: 2, CommonWrong: "C", CommonWrongCount: 1},
		{Question: "To?", Correct: "C", Right: 1, Answered: 2, CommonWrong: "A", CommonWrongCount: 1},
	}
	if s.Pupils != 2 || s.Average != 1 || !reflect.DeepEqual(s.Questions, want) || s.Changed {
		t.Errorf("summary %+v", s)
	}
	var out bytes.Buffer
	if err := WriteCSV(&out, w, rs); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), data) {
		t.Errorf("WriteCSV:\n%s\nwant:\n%s", out.Bytes(), data)
	}
}

// A quiz whose right answer moved after the answers were given: the
// count follows the file's marks, and the summary says it changed.
func TestSummarizeChangedQuiz(t *testing.T) {
	w := testModule()
	rs := []Result{{Module: "proeve", Answers: []string{"A", "C"}, Correct: []bool{true, true}, Right: 2, Total: 2}}
	s, err := Summarize(w, rs)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Changed || s.Questions[0].Right != 1 {
		t.Errorf("summary %+v", s)
	}
	if _, err := Summarize(w, []Result{{Module: "annen"}}); err == nil {
		t.Error("results of another module were summed up")
	}
}
