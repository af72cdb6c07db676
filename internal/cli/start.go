package cli

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/answers"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/prompt"
	"github.com/sosabc/sosabc/internal/report"
	"github.com/sosabc/sosabc/internal/state"
)

type startOptions struct {
	New        bool
	NoSave     bool
	Accessible bool
	Answers    string
	Persona    string
	display
}

func newStartCmd(f *Factory) *cobra.Command {
	opts := &startOptions{}
	cmd := &cobra.Command{
		Use:   "start",
		Short: "Svar på noen spørsmål og få din egen sjekkliste",
		Long: `Svar på noen korte spørsmål om ideen din. Til slutt får du en sjekkliste:
hva du må gjøre, i hvilken rekkefølge, hva det koster, hvor du gjør det,
og hvorfor hvert punkt er på listen din.

Trykk ? for å se hvorfor vi spør, shift+tab for å gå tilbake, og ctrl+c
for å ta en pause. Svarene lagres, og «sosabc start» fortsetter der du slapp.

Med ACCESSIBLE=1, TERM=dumb eller --accessible får du spørsmålene linje
for linje, uten tegning på skjermen. Det gjelder også når svarene kommer
fra en fil eller et annet program på standard inn.`,
		Example: "  sosabc start\n  sosabc start --new\n  sosabc start --accessible\n  sosabc start --answers svar.yaml\n  sosabc start --persona kafe-inkludering",
		Args:    noArgs,
		RunE:    func(*cobra.Command, []string) error { return runStart(f, opts) },
	}
	cmd.Flags().BoolVar(&opts.New, "new", false, "start på nytt og glem svarene fra forrige gang")
	cmd.Flags().BoolVar(&opts.NoSave, "no-save", false, "ikke lagre noe på disken")
	cmd.Flags().BoolVar(&opts.Accessible, "accessible", false, "spør linje for linje (for skjermlesere)")
	cmd.Flags().StringVar(&opts.Answers, "answers", "", "les svarene fra en fil (format: sosabc help answers-file), - for standard inn")
	cmd.Flags().StringVar(&opts.Persona, "persona", "", "bruk svarene til en oppdiktet gründer (se sosabc sjekkliste --help)")
	opts.addFlags(cmd, false)
	return cmd
}

func runStart(f *Factory, opts *startOptions) error {
	o, err := opts.options(f)
	if err != nil {
		return err
	}
	eng, err := f.Engine()
	if err != nil {
		return err
	}
	given, personaName, err := answersFrom(f, eng, opts.Answers, opts.Persona)
	if err != nil {
		return err
	}
	st, dir := state.New(), ""
	if !opts.NoSave {
		if st, dir, err = loadState(f); err != nil {
			return err
		}
	}
	var final interview.Answers
	if given != nil {
		final = given
	} else {
		final, err = interviewUser(f, eng, st, opts)
		if err != nil {
			var abort *AbortError
			if errors.As(err, &abort) && !opts.NoSave {
				if saveErr := saveState(f, dir, st, eng.schema); saveErr != nil {
					return keepTyped(f, eng, st.Answers, saveErr)
				}
			}
			return err
		}
	}
	var saveErr error
	if !opts.NoSave {
		if !sameAnswers(st.Answers, final) {
			st.Done = nil // a new plan: earlier ticks may not fit it
		}
		st.Answers, st.Position = final, state.Position{}
		saveErr = saveState(f, dir, st, eng.schema)
	}
	in := report.Build(eng.rules, final, doneSet(st), f.Now())
	in.Persona = personaName
	// No pager here: the checklist stays on the screen after the interview.
	opts.NoPager = true
	if err := opts.show(f, report.Markdown(in), o); err != nil {
		return err
	}
	if saveErr != nil {
		return keepTyped(f, eng, final, saveErr)
	}
	if !opts.NoSave {
		fmt.Fprintf(f.IO.ErrOut, "Svarene og sjekklisten er lagret. Se listen igjen med «sosabc sjekkliste».\nSvarene ligger også i %s. Den filen kan du bruke med --answers.\n", filepath.Join(dir, answersFileName))
	}
	return nil
}

// keepTyped is for when saving failed: the answers go to stderr as an
// answers file, so nothing the user typed is lost.
func keepTyped(f *Factory, eng *engine, a interview.Answers, saveErr error) error {
	if len(a) == 0 {
		return saveErr
	}
	data, err := answers.Marshal(a, eng.schema)
	if err != nil {
		return saveErr
	}
	fmt.Fprintf(f.IO.ErrOut, "Svarene dine ble ikke lagret. Her er de som en svarfil. Lagre teksten i en fil, og bruk den med «sosabc start --answers FIL»:\n\n%s\n", data)
	return saveErr
}

// interviewUser runs the interview in the right mode, resumes saved
// answers, and ends with the review screen. st.Answers is updated as the
// user goes, so an abort keeps what they typed.
func interviewUser(f *Factory, eng *engine, st *state.State, opts *startOptions) (interview.Answers, error) {
	accessible := opts.Accessible || f.IO.Accessible()
	ui := newAsker(f, accessible)
	if ui.lines != nil && f.Interrupts != nil && f.IO.InTTY {
		// In the full-screen interview Ctrl-C is a key; here it is a signal.
		ch, stop := f.Interrupts()
		defer stop()
		ui.lines.StopOn(ch)
	}
	start := interview.Answers{}
	skip := map[string]bool{}
	if len(st.Answers) > 0 && !opts.New {
		choice, err := ui.choose("Du har svart på noen spørsmål før. Hva vil du gjøre?",
			[]string{"Fortsette der jeg slapp", "Starte på nytt"})
		if err != nil {
			return nil, ui.stopped(err, st)
		}
		if choice == 0 {
			start = st.Answers
			for id := range st.Answers {
				skip[id] = true
			}
		}
	}
	res, err := ui.interview(eng.schema, start, skip)
	st.Answers = res.Answers
	st.Position = state.Position{Question: res.Position}
	if s := eng.schema.SectionOf(res.Position); s != nil {
		st.Position.Section = s.ID
	}
	if err != nil {
		return nil, ui.stopped(err, st)
	}
	answers := res.Answers
	for {
		id, err := ui.review(eng.schema, answers)
		if err != nil {
			st.Answers = answers
			return nil, ui.stopped(err, st)
		}
		if id == "" {
			return answers, nil
		}
		// Ask the chosen question again, then any question the new answer
		// brings in; everything else keeps its answer.
		skip := map[string]bool{}
		for k := range answers {
			if k != id {
				skip[k] = true
			}
		}
		res, err := ui.interview(eng.schema, answers, skip)
		if err != nil {
			st.Answers = answers
			return nil, ui.stopped(err, st)
		}
		answers = res.Answers
	}
}

func sameAnswers(a, b interview.Answers) bool {
	return fmt.Sprint(a) == fmt.Sprint(b)
}

func doneSet(st *state.State) map[string]bool {
	out := map[string]bool{}
	for id := range st.Done {
		out[id] = true
	}
	return out
}

// asker hides whether we ask in the full-screen TUI or line by line.
type asker struct {
	f     *Factory
	lines *prompt.Lines
}

func newAsker(f *Factory, accessible bool) *asker {
	a := &asker{f: f}
	if accessible {
		a.lines = prompt.NewLines(f.IO.In, f.IO.ErrOut, !f.IO.InTTY)
	}
	return a
}

func (a *asker) terminal() prompt.Terminal {
	return prompt.Terminal{In: a.f.IO.In, Out: a.f.IO.ErrOut, Width: a.f.IO.Width(), Height: a.f.IO.Height(), Color: a.f.IO.ColorEnabled()}
}

func (a *asker) interview(s *interview.Schema, start interview.Answers, skip map[string]bool) (prompt.Result, error) {
	if a.lines != nil {
		return a.lines.Interview(s, start, skip)
	}
	return prompt.RunInterview(a.terminal(), s, start, skip)
}

func (a *asker) review(s *interview.Schema, answers interview.Answers) (string, error) {
	if a.lines != nil {
		return a.lines.Review(s, answers)
	}
	return prompt.Review(a.terminal(), s, answers)
}

func (a *asker) choose(title string, options []string) (int, error) {
	if a.lines != nil {
		return a.lines.Choose(title, options)
	}
	return prompt.Choose(a.terminal(), title, options)
}

// stopped turns an interrupted interview into the right error for the user.
func (a *asker) stopped(err error, st *state.State) error {
	switch {
	case errors.Is(err, prompt.ErrNoInput):
		return usageErrorf("«sosabc start» trenger en terminal, eller svar på standard inn.\nLes svarene fra en fil med «sosabc start --answers svar.yaml» (se «sosabc help answers-file»), eller prøv en oppdiktet gründer med «sosabc start --persona kafe-inkludering».")
	case errors.Is(err, prompt.ErrAborted):
		n := len(st.Answers)
		switch n {
		case 0:
			return &AbortError{Msg: "Avbrutt. Du hadde ikke svart på noe ennå."}
		case 1:
			return &AbortError{Msg: "Avbrutt. Svaret ditt er lagret. Skriv «sosabc start» for å fortsette der du slapp."}
		}
		return &AbortError{Msg: fmt.Sprintf("Avbrutt. De %d svarene dine er lagret. Skriv «sosabc start» for å fortsette der du slapp.", n)}
	}
	return err
}
