// Package start holds «sosabc start»: the interview that ends in the
// founder's own checklist.
package start

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/answers"
	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/progress"
	"github.com/sosabc/sosabc/internal/prompt"
	"github.com/sosabc/sosabc/internal/render"
	"github.com/sosabc/sosabc/internal/report"
	"github.com/sosabc/sosabc/internal/state"
)

// Options is «sosabc start».
type Options struct {
	Factory *cmdutil.Factory

	New        bool
	NoSave     bool
	Accessible bool
	Input      progress.Input
	// SaveAnswers is an adviser's answers file for a client; Client is
	// the client's name in it.
	SaveAnswers string
	Client      string
	cmdutil.Display
}

// NewCmdStart builds «sosabc start»; runF replaces the run function in tests.
func NewCmdStart(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{Factory: f}
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
fra en fil eller et annet program på standard inn.

For rådgivere: med --save-answers FIL går du gjennom spørsmålene sammen
med en kunde. Svarene havner i FIL, ikke i din egen plan. Finnes filen,
fortsetter du fra svarene i den. Lag så planen til kunden med
«sosabc sjekkliste --answers FIL --format pdf --output plan.pdf».`,
		Example: "  sosabc start\n  sosabc start --new\n  sosabc start --accessible\n  sosabc start --answers svar.yaml\n  sosabc start --persona kafe-inkludering\n  sosabc start --save-answers amina.yaml --client \"Amina Hansen\"",
		Args:    cmdutil.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if runF != nil {
				return runF(opts)
			}
			if opts.Accessible {
				// Also for the plan after the questions: plain text, no
				// pager (its keys would go to the line reader, and q and
				// Ctrl-C did nothing).
				f.IO.SetAccessible()
			}
			if opts.SaveAnswers != "" {
				return runForClient(opts)
			}
			if opts.Client != "" {
				return apperr.Usagef("--client er navnet på kunden i svarfilen. Bruk det sammen med --save-answers FIL.")
			}
			return run(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.New, "new", false, "start på nytt: de gamle svarene byttes ut når du er ferdig")
	cmd.Flags().BoolVar(&opts.NoSave, "no-save", false, "ikke lagre noe på disken")
	cmd.Flags().BoolVar(&opts.Accessible, "accessible", false, "spør linje for linje (for skjermlesere)")
	cmd.Flags().StringVar(&opts.Input.File, "answers", "", "les svarene fra `FIL` (se sosabc help svarfil), - for standard inn")
	cmd.Flags().StringVar(&opts.SaveAnswers, "save-answers", "", "for rådgivere: lagre svarene til en kunde i `FIL`, ikke i din egen plan")
	cmd.Flags().StringVar(&opts.Client, "client", "", "`NAVN` på kunden, som skrives i svarfilen (med --save-answers)")
	cmd.Flags().StringVar(&opts.Input.Persona, "persona", "", "bruk svarene til den oppdiktede gründeren `NAVN` (se sosabc sjekkliste personer)")
	cmdutil.AddDisplayFlags(cmd, &opts.Display, false)
	return cmd
}

func run(opts *Options) error {
	f := opts.Factory
	o, err := opts.Render(f)
	if err != nil {
		return err
	}
	eng, err := f.Engine()
	if err != nil {
		return err
	}
	given, err := opts.Input.Load(f.IO.In, eng.Schema, f.Personas)
	if err != nil {
		return err
	}
	st := state.New()
	var store progress.Store
	if !opts.NoSave {
		if store, err = f.Store(); err != nil {
			return err
		}
		if st, err = store.Load(); err != nil {
			return err
		}
	}
	if given != nil && given.Persona != "" && !opts.New && len(st.Answers) > 0 && !sameAnswers(st.Answers, given.Answers) {
		// «sosabc start --persona …» is in the help as a way to try
		// sosabc; it must not put a made-up founder's answers in place of
		// your own without asking.
		return apperr.Usagef("Du har lagret egne svar fra før. Med --persona blir de byttet ut med svarene til en oppdiktet gründer.\nSe planen til den oppdiktede gründeren med «sosabc sjekkliste --persona %[1]s». Vil du begynne på nytt med svarene til den oppdiktede gründeren, skriv «sosabc start --persona %[1]s --new». Da forsvinner svarene og avkryssingene dine.", opts.Input.Persona)
	}
	final, startedOver := interview.Answers(nil), opts.New
	persona := ""
	if given != nil {
		final, persona = given.Answers, given.Persona
	} else {
		var kept interview.Answers
		kept, startedOver, err = interviewUser(f, eng, st, store.Dir, opts)
		if err != nil {
			return stopped(f, eng, store, opts.NoSave, startedOver, kept, err)
		}
		final = kept
	}
	// saved is the state as written: the ticks and the plan seen last time.
	var saved *state.State
	var saveErr error
	if !opts.NoSave {
		saveErr = store.Update(func(s *state.State) error {
			if startedOver {
				// A new plan from scratch: no ticks, nothing to compare with.
				s.Done, s.Seen = nil, nil
			}
			s.Answers = final
			saved = s.Clone()
			return nil
		})
	}
	from := st
	if saved != nil {
		from = saved
	}
	var done map[string]bool
	var seen []string
	if !startedOver {
		done, seen = progress.Ticked(from), from.Seen
	}
	in := report.Build(eng.Rules, final, done, f.Now())
	in.Persona = persona
	in.Local = f.Local(final)
	if !opts.NoSave {
		in.Changes = checklist.Compare(eng.Rules, seen, in.Checklist.Items, in.Done)
	}
	if err := showPlan(f, in, o, doc.From{}); err != nil {
		return err
	}
	if saveErr != nil {
		return keepTyped(f, eng, final, saveErr)
	}
	if !opts.NoSave {
		if err := store.MarkSeen(seen, progress.IDs(in.Checklist.Items)); err != nil {
			fmt.Fprintf(f.IO.ErrOut, "Obs: Vi fikk ikke lagret at du har sett listen, så endringene vises igjen neste gang. %s\n", locale.Sentence(err.Error()))
		}
		again := " Se listen igjen med «sosabc sjekkliste»."
		if f.IO.OutTTY {
			again = "" // the summary on the screen says it
		}
		// The path on a line of its own: a terminal would break it mid-word.
		// So would it break the sentences on a narrow terminal («d/u»).
		said := fmt.Sprintf("Svarene og sjekklisten er lagret.%s\nSvarene ligger også i denne filen, som du kan bruke med --answers:", again)
		if f.IO.ErrTTY {
			said = cmdutil.Wrap(said, f.IO.Width(), "", "")
		}
		fmt.Fprintf(f.IO.ErrOut, "%s\n  %s\n", said, filepath.Join(store.Dir, progress.AnswersFileName))
	}
	return nil
}

// sameAnswers reports whether a and b hold the same answers, whatever the
// Go types of lists and numbers they were read as.
func sameAnswers(a, b interview.Answers) bool {
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && bytes.Equal(ja, jb)
}

// showPlan shows the new plan. On a terminal that can page, the pager
// opens with a one-screen summary and the whole plan after it; when it
// closes, the summary stays on the screen. On a terminal that cannot page
// (a screen reader, or a plan that fits), the summary comes first and the
// plan after it. Piped, the plan alone is the data, as before. from says
// where the answers are kept, for the commands the plan suggests.
func showPlan(f *cmdutil.Factory, in report.Input, o render.Options, from doc.From) error {
	plan := doc.Checklist(in, doc.ChecklistOptions{From: from})
	if !f.IO.OutTTY {
		return f.Show(plan, o, true)
	}
	summary := doc.Summary(in, from)
	paged, err := f.ShowAll(o, false, summary, plan)
	if err != nil || !paged {
		return err
	}
	return f.Show(summary, o, true)
}

// chooser asks one question with a few options, and shows the intro.
type chooser interface {
	Choose(title string, options []string) (int, error)
	Intro(title, body string) error
}

// interviewUser asks the questions in the right front end, resuming saved
// answers. It returns what counts as answered, also when it fails, and
// whether the person chose to start over.
func interviewUser(f *cmdutil.Factory, eng *cmdutil.Engine, st *state.State, stateDir string, opts *Options) (interview.Answers, bool, error) {
	var stop <-chan os.Signal
	if f.Signals != nil {
		ch, stopSignals := f.Signals()
		defer stopSignals()
		stop = ch
	}
	var asker interview.Asker
	var choose chooser
	lineMode := false
	if opts.Accessible || f.IO.Accessible() {
		lines := prompt.NewLines(f.IO.In, f.IO.ErrOut, !f.IO.InTTY)
		if f.IO.ErrTTY {
			lines.SetWidth(f.IO.Width())
		}
		lineMode = true
		if f.IO.InTTY && stop != nil {
			// In the full-screen interview Ctrl-C is a key; here it is a signal.
			lines.StopOn(stop)
			defer lines.Close()
		}
		asker, choose = lines, lines
	} else {
		tui := &prompt.TUI{Terminal: prompt.Terminal{In: f.IO.In, Out: f.IO.ErrOut, Width: f.IO.Width(), Height: f.IO.Height(), Color: f.IO.ColorEnabled(), Stop: stop}, NoSave: opts.NoSave}
		asker, choose = tui, tui
	}
	start, skip, startedOver := interview.Answers{}, map[string]bool{}, opts.New
	if len(st.Answers) == 0 && f.IO.InTTY {
		// The first time, for a person: a returning founder knows all
		// this, and a program piping answers in does not need it.
		title, body := intro(eng.Schema, stateDir, opts.SaveAnswers, lineMode)
		if err := choose.Intro(title, body); err != nil {
			return nil, false, err
		}
	}
	if len(st.Answers) > 0 && !opts.New {
		resume, err := askResume(choose, eng.Schema, st.Answers)
		if err != nil {
			return st.Answers, false, err
		}
		if resume {
			start = st.Answers
			for id := range st.Answers {
				skip[id] = true
			}
		} else {
			startedOver = true
		}
	}
	a, err := interview.Run(eng.Schema, start, skip, asker)
	return a, startedOver, err
}

// intro is the screen before the first question: what this is, how long it
// takes, where the answers are kept, and the keys. stateDir is "" when
// nothing is saved. In line mode it is two or three lines.
func intro(s *interview.Schema, stateDir, clientFile string, lineMode bool) (title, body string) {
	fewest, most, minutes := s.Length()
	count := fmt.Sprintf("%d spørsmål", most)
	switch {
	case fewest == most-1:
		count = fmt.Sprintf("%d eller %d spørsmål", fewest, most)
	case fewest < most:
		count = fmt.Sprintf("%d til %d spørsmål", fewest, most)
	}
	where := "Svarene lagres ikke: du har valgt --no-save."
	saved := stateDir != ""
	if clientFile != "" {
		where, saved = fmt.Sprintf("Svarene lagres i filen %s, ikke i din egen plan. sosabc sender ingenting ut.", clientFile), true
	}
	if stateDir != "" {
		where = fmt.Sprintf("Svarene blir på denne maskinen, i mappen %s. sosabc sender ingenting ut.", stateDir)
		if !lineMode {
			// On a line of its own, the path is never broken at a slash.
			where = fmt.Sprintf("Svarene blir på denne maskinen, og sosabc sender ingenting ut. De lagres i denne mappen:\n  %s", stateDir)
		}
	}
	if lineMode {
		pause := "Ctrl+C tar en pause, og «sosabc start» fortsetter der du slapp."
		switch {
		case clientFile != "":
			pause = "Ctrl+C tar en pause, og svarene så langt lagres i filen."
		case !saved:
			pause = "Ctrl+C avbryter."
		}
		return "", fmt.Sprintf("Du får %s om ideen din, og så en sjekkliste som passer for deg. Det tar omtrent %d minutter.\n%s\nSkriv ? for å se hvorfor vi spør, og < for å gå tilbake. %s\n",
			count, minutes, where, pause)
	}
	pause := "pause. Svarene er lagret, og\n             «sosabc start» fortsetter der du slapp."
	switch {
	case clientFile != "":
		pause = "pause. Svarene så langt lagres i filen."
	case !saved:
		pause = "avbryt"
	}
	return "Velkommen til sosabc", fmt.Sprintf(`Du svarer på spørsmål om ideen din. Så får du en sjekkliste som passer for deg: hva du må gjøre, i hvilken rekkefølge, og hvorfor.

Det er %s. Det tar omtrent %d minutter.

%s

Tastene:
  enter      neste spørsmål
  shift+tab  tilbake til forrige spørsmål
  ?          hvorfor vi spør
  ctrl+c     %s`, count, minutes, where, pause)
}

// askResume asks whether to go on from the saved answers. Starting over is
// confirmed, and even then nothing is deleted before the new answers are
// saved.
func askResume(choose chooser, s *interview.Schema, saved interview.Answers) (bool, error) {
	title, goOn := "Du har svart på noen av spørsmålene før. Hva vil du gjøre?", "Fortsette der jeg slapp"
	if complete(s, saved) {
		title, goOn = "Du har svart på alle spørsmålene før. Hva vil du gjøre?", "Se over og endre svarene"
	}
	choice, err := choose.Choose(title, []string{goOn, "Starte på nytt"})
	if err != nil || choice == 0 {
		return true, err
	}
	sure, err := choose.Choose("Starte på nytt? Når du er ferdig med spørsmålene, byttes de gamle svarene og avkryssingene ut. Til da er de lagret som før.",
		[]string{"Nei, fortsett med svarene jeg har", "Ja, start på nytt"})
	return sure == 0, err
}

// complete reports whether every question asked for these answers is answered.
func complete(s *interview.Schema, a interview.Answers) bool {
	for _, st := range s.Steps(a) {
		if _, ok := a[st.Question.ID]; !ok {
			return false
		}
	}
	return true
}

// stopped saves what counts as answered when the interview stopped early
// (unless the person was starting over: then the old plan stays), and
// turns the stop into the right error.
func stopped(f *cmdutil.Factory, eng *cmdutil.Engine, store progress.Store, noSave, startedOver bool, kept interview.Answers, err error) error {
	if errors.Is(err, prompt.ErrNoInput) {
		return apperr.Usagef("«sosabc start» trenger en terminal, eller svar på standard inn.\nLes svarene fra en fil med «sosabc start --answers svar.yaml» (se «sosabc help svarfil»), eller prøv en oppdiktet gründer med «sosabc start --persona kafe-inkludering».")
	}
	var stop *prompt.Stopped
	if !errors.As(err, &stop) {
		return err
	}
	code := stopCode(stop)
	var msg string
	switch {
	case noSave:
		msg = "Avbrutt. Ingenting er lagret."
	case startedOver:
		msg = "Avbrutt. Svarene og avkryssingene fra før er ikke endret."
		if len(kept) > 0 {
			_ = keepTyped(f, eng, kept, nil)
		}
	case len(kept) == 0:
		msg = "Avbrutt. Du hadde ikke svart på noe ennå."
	default:
		if saveErr := store.Update(func(s *state.State) error { s.Answers = kept; return nil }); saveErr != nil {
			return keepTyped(f, eng, kept, saveErr)
		}
		msg = fmt.Sprintf("Avbrutt. De %d svarene dine er lagret. Skriv «sosabc start» for å fortsette der du slapp.", len(kept))
		if len(kept) == 1 {
			msg = "Avbrutt. Svaret ditt er lagret. Skriv «sosabc start» for å fortsette der du slapp."
		}
	}
	return &apperr.AbortError{Msg: msg, Code: code}
}

// stopCode is the exit code for how the interview was stopped: 130 for
// Ctrl-C, 128 and the signal's number for a signal.
func stopCode(stop *prompt.Stopped) int {
	switch stop.Signal {
	case syscall.SIGTERM:
		return 143
	case syscall.SIGHUP:
		return 129
	}
	return apperr.ExitAborted
}

// keepTyped is for when saving failed or was not wanted: the answers go to
// stderr as an answers file, so nothing the user typed is lost.
func keepTyped(f *cmdutil.Factory, eng *cmdutil.Engine, a interview.Answers, saveErr error) error {
	if len(a) == 0 {
		return saveErr
	}
	data, err := answers.Marshal(a, eng.Schema)
	if err != nil {
		return saveErr
	}
	why := "Svarene dine ble ikke lagret."
	if saveErr == nil {
		why = "De nye svarene dine ble ikke lagret."
	}
	fmt.Fprintf(f.IO.ErrOut, "%s Her er de som en svarfil. Lagre teksten i en fil, og bruk den med «sosabc start --answers FIL»:\n\n%s\n", why, data)
	return saveErr
}
