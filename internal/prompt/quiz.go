package prompt

import (
	"fmt"
	"strconv"

	"charm.land/huh/v2"

	"github.com/sosabc/sosabc/internal/workshop"
)

// AskQuiz shows one quiz question with its options; it returns the 1-based
// number of the option chosen.
func (t *TUI) AskQuiz(number, total int, q workshop.Question) (int, error) {
	opts := make([]huh.Option[int], len(q.Options))
	for i, o := range q.Options {
		opts[i] = huh.NewOption(fmt.Sprintf("%c) %s", 'A'+i, o), i+1)
	}
	chosen := 1
	sel := huh.NewSelect[int]().Title(q.Question).Description(fmt.Sprintf("Spørsmål %d av %d", number, total)).Options(opts...).Value(&chosen)
	state, err := t.run(t.form(sel, nil, true))
	if err != nil {
		return 0, err
	}
	if state != huh.StateCompleted {
		return 0, &Stopped{}
	}
	return chosen, nil
}

// Feedback says whether the answer was right, with the explanation, and
// waits for Enter.
func (t *TUI) Feedback(q workshop.Question, chosen int) error {
	note := huh.NewNote().Title(verdict(q, chosen)).Description(explanation(q, chosen)).Next(true).NextLabel("Neste")
	state, err := t.run(t.form(note, nil, true))
	if err != nil {
		return err
	}
	if state != huh.StateCompleted {
		return &Stopped{}
	}
	return nil
}

// AskQuiz asks one quiz question line by line.
func (l *Lines) AskQuiz(number, total int, q workshop.Question) (int, error) {
	if l.nothingToRead() {
		return 0, ErrNoInput
	}
	fmt.Fprintf(l.out, "\nSpørsmål %d av %d: %s\n", number, total, q.Question)
	for i, o := range q.Options {
		fmt.Fprintf(l.out, "  %d) %s\n", i+1, o)
	}
	for {
		fmt.Fprint(l.out, "Skriv nummeret på svaret ditt: ")
		line, err := l.readLine()
		if err != nil {
			return 0, err
		}
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(q.Options) {
			return n, nil
		}
		fmt.Fprintf(l.out, "Skriv et nummer fra 1 til %d.\n", len(q.Options))
	}
}

// Feedback prints whether the answer was right, and why.
func (l *Lines) Feedback(q workshop.Question, chosen int) error {
	fmt.Fprintf(l.out, "%s %s\n", verdict(q, chosen), explanation(q, chosen))
	return nil
}

func verdict(q workshop.Question, chosen int) string {
	if chosen == q.Correct {
		return "Riktig!"
	}
	return "Ikke riktig."
}

func explanation(q workshop.Question, chosen int) string {
	if chosen == q.Correct {
		return q.Explanation
	}
	return "Riktig svar er «" + q.CorrectOption() + "». " + q.Explanation
}
