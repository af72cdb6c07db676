package prompt

import (
	"fmt"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/workshop"
)

// AskQuiz shows one quiz question with its options; it returns the 1-based
// number of the option chosen.
func (t *TUI) AskQuiz(number, total int, q workshop.Question) (int, error) {
	opts := make([]huh.Option[int], len(q.Options))
	for i, o := range q.Options {
		opts[i] = huh.NewOption(letter(i+1)+") "+o, i+1)
	}
	chosen := 1
	sel := huh.NewSelect[int]().Title(q.Question).Description(fmt.Sprintf("Spørsmål %d av %d", number, total)).Options(opts...).Value(&chosen)
	// Four options need no filter: «/» would only hide the answers.
	keys := norwegianKeys()
	keys.Select.Filter.SetEnabled(false)
	// A pupil answers with the letter, as on paper: the key is the answer.
	// Without this, «b» did nothing and Enter then took A.
	byLetter := 0
	filter := func(_ tea.Model, msg tea.Msg) tea.Msg {
		if k, ok := msg.(tea.KeyPressMsg); ok {
			if n := choice(k.String(), len(q.Options)); n > 0 && len(k.String()) == 1 {
				byLetter = n
				return tea.QuitMsg{}
			}
		}
		return msg
	}
	hint := "a–" + strings.ToLower(letter(len(q.Options))) + " svar med bokstaven"
	state, err := t.run(t.formWithKeys(keys, sel, filter, true, hint))
	if err != nil {
		return 0, err
	}
	if byLetter > 0 {
		return byLetter, nil
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

// AskQuiz asks one quiz question line by line. The options have letters,
// as on paper and in the results file; a number is understood too.
func (l *Lines) AskQuiz(number, total int, q workshop.Question) (int, error) {
	if l.nothingToRead() {
		return 0, ErrNoInput
	}
	fmt.Fprintf(l.out, "\nSpørsmål %d av %d: %s\n", number, total, q.Question)
	for i, o := range q.Options {
		fmt.Fprintf(l.out, "  %s) %s\n", letter(i+1), o)
	}
	letters := letterList(len(q.Options))
	for {
		fmt.Fprintf(l.out, "Skriv bokstaven for svaret ditt (%s): ", letters)
		line, err := l.readLine()
		if err != nil {
			return 0, err
		}
		if n := choice(line, len(q.Options)); n > 0 {
			return n, nil
		}
		fmt.Fprintf(l.out, "Skriv %s.\n", letters)
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

// explanation is why: after a wrong answer it first says what was chosen
// and what is right, with their letters.
func explanation(q workshop.Question, chosen int) string {
	if chosen == q.Correct {
		return q.Explanation
	}
	var b strings.Builder
	if chosen >= 1 && chosen <= len(q.Options) {
		fmt.Fprintf(&b, "Du svarte %s) «%s». ", letter(chosen), q.Options[chosen-1])
	}
	fmt.Fprintf(&b, "Riktig svar er %s) «%s». %s", letter(q.Correct), q.CorrectOption(), q.Explanation)
	return b.String()
}

// letter is the letter of the n-th option: A, B, C …
func letter(n int) string { return string(rune('A' + n - 1)) }

// letterList is «A, B eller C».
func letterList(n int) string {
	var ls []string
	for i := 1; i <= n; i++ {
		ls = append(ls, letter(i))
	}
	return locale.JoinOr(ls)
}

// choice reads an answer: a letter (a or A) or a number (1); 0 when it
// is neither, or out of range.
func choice(s string, n int) int {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ")"))
	if len(s) == 1 {
		c := s[0] | 0x20 // lower case
		if c >= 'a' && int(c-'a') < n {
			return int(c-'a') + 1
		}
	}
	if k, err := strconv.Atoi(s); err == nil && k >= 1 && k <= n {
		return k
	}
	return 0
}
