package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A pupil takes the quiz in the terminal: the options have the letters
// of the paper quiz and a letter key answers, there is no filter to stumble
// into, a wrong answer is named in the feedback, and the result lands in the
// teacher's file.
func TestQuizInTerminal(t *testing.T) {
	csv := filepath.Join(t.TempDir(), "resultater.csv")
	s := start(t, 80, 24, nil, "verksted", "quiz", "introduksjon-vgs", "--elev", "7", "--results", csv)
	s.waitFor("Spørsmål 1 av 5")
	s.waitFor("A) ")
	s.waitFor("enter velg")
	if strings.Contains(s.screen(), "filtrer") {
		t.Errorf("the quiz offers a filter:\n%s", s.screen())
	}
	// The right answer to question 1 is C; Enter takes A.
	s.send(keyEnter)
	s.waitFor("Ikke riktig.")
	s.waitFor("Du svarte A)")
	s.waitFor("Riktig svar er C)")
	// The pupil answers with the letter, as on paper: the right answer to
	// question 2 is A, to question 3 C. The letter is the answer; Enter
	// after it would take A.
	s.send(keyEnter)
	s.waitFor("a–c svar med bokstaven")
	s.send("b")
	s.waitFor("Du svarte B)")
	s.send(keyEnter)
	s.waitFor("Spørsmål 3 av 5")
	s.send("C")
	s.waitFor("Riktig!")
	for range 2 {
		s.send(keyEnter) // on to the next question
		s.waitFor("enter velg")
		s.send(keyEnter)
		s.waitFor("Neste")
	}
	s.send(keyEnter)
	if code := s.exit(); code != 0 {
		t.Fatalf("exit code %d. Screen:\n%s", code, s.screen())
	}
	data, err := os.ReadFile(csv)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), ";introduksjon-vgs;7;2;5;A (feil);B (feil);C;A;A (feil)\n") {
		t.Errorf("the results file lacks the pupil's row:\n%s", data)
	}
}
