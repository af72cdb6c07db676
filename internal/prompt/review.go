package prompt

import (
	"errors"
	"fmt"

	"charm.land/huh/v2"

	"github.com/sosabc/sosabc/internal/interview"
)

const doneValue = "\x00ferdig"

// Review shows every answer and returns the id of one to change, or ""
// when the user wants the checklist.
func Review(t Terminal, s *interview.Schema, a interview.Answers) (string, error) {
	opts := []huh.Option[string]{huh.NewOption("Ferdig: lag sjekklisten", doneValue)}
	for _, st := range s.Steps(a) {
		label := fmt.Sprintf("Endre: %s %s", st.Question.Title, s.FormatAnswer(st.Question.ID, a[st.Question.ID]))
		opts = append(opts, huh.NewOption(label, st.Question.ID))
	}
	choice := doneValue
	sel := huh.NewSelect[string]().Title("Se over svarene dine").
		Description("Velg et svar du vil endre, eller gå videre til sjekklisten.").
		Options(opts...).Value(&choice)
	if t.Height > 8 {
		sel = sel.Height(t.Height - 6)
	}
	err := runOne(t, sel)
	if err != nil {
		return "", err
	}
	if choice == doneValue {
		return "", nil
	}
	return choice, nil
}

// Choose asks one question with a few options and returns the index chosen.
func Choose(t Terminal, title string, options []string) (int, error) {
	opts := make([]huh.Option[int], len(options))
	for i, o := range options {
		opts[i] = huh.NewOption(o, i)
	}
	choice := 0
	if err := runOne(t, huh.NewSelect[int]().Title(title).Options(opts...).Value(&choice)); err != nil {
		return 0, err
	}
	return choice, nil
}

func runOne(t Terminal, field huh.Field) error {
	form := huh.NewForm(huh.NewGroup(field)).WithInput(t.In).WithOutput(t.Out).
		WithKeyMap(norwegianKeys()).WithTheme(theme(t.Color))
	if t.Width > 0 {
		form = form.WithWidth(min(t.Width, 100))
	}
	err := form.Run()
	if errors.Is(err, huh.ErrUserAborted) {
		return ErrAborted
	}
	return err
}
