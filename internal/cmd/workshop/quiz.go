package workshop

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/prompt"
	"github.com/sosabc/sosabc/internal/quiz"
	"github.com/sosabc/sosabc/internal/sanitize"
)

// NewCmdQuiz builds «sosabc verksted quiz»: a pupil answers in the
// terminal, sees why after each question, and gets a score.
func NewCmdQuiz(f *cmdutil.Factory) *cobra.Command {
	var results, pupil string
	var accessible bool
	cmd := &cobra.Command{
		Use:   "quiz ID",
		Short: "Ta quizen til et verksted: svar, se forklaringen og få poeng til slutt",
		Long: `Ta quizen til et verksted. Etter hvert spørsmål ser du om svaret var riktig,
og hvorfor. Til slutt får du poengsummen.

Svar med bokstaven, som på papir. Med --results FIL legges resultatet til
som én linje i en CSV-fil som læreren kan åpne i et regneark. Navn er ikke
nødvendig: bruk gjerne et nummer læreren gir deg med --elev. Læreren ser hele
klassen med «sosabc verksted resultater resultater.csv».`,
		Example:           "  sosabc verksted quiz introduksjon-vgs\n  sosabc verksted quiz introduksjon-vgs --elev 7 --results resultater.csv",
		Args:              cmdutil.ExactArgs(1, "Skriv hvilken quiz du vil ta, for eksempel «sosabc verksted quiz introduksjon-vgs»."),
		ValidArgsFunction: workshopIDs(f),
		RunE: func(_ *cobra.Command, args []string) error {
			w, _, err := find(f, args[0])
			if err != nil {
				return err
			}
			if accessible {
				f.IO.SetAccessible()
			}
			var asker quiz.Asker
			if f.IO.Accessible() {
				lines := prompt.NewLines(f.IO.In, f.IO.ErrOut, !f.IO.InTTY)
				if f.IO.ErrTTY {
					lines.SetWidth(f.IO.Width())
				}
				if f.IO.InTTY && f.Signals != nil {
					ch, stop := f.Signals()
					defer stop()
					lines.StopOn(ch)
					defer lines.Close()
				}
				asker = lines
			} else {
				asker = &prompt.TUI{Terminal: prompt.Terminal{In: f.IO.In, Out: f.IO.ErrOut, Width: f.IO.Width(), Height: f.IO.Height(), Color: f.IO.ColorEnabled()}}
			}
			fmt.Fprintf(f.IO.ErrOut, "Quiz: %s. %s. Etter hvert spørsmål ser du om svaret var riktig, og hvorfor.\n", sanitize.Strip(w.Title), strconv.Itoa(len(w.Quiz))+" spørsmål")
			a, err := quiz.Run(w, pupil, f.Now(), asker)
			switch {
			case errors.Is(err, prompt.ErrNoInput):
				return apperr.Usagef("Quizen trenger en terminal, eller svar på standard inn.")
			case errors.Is(err, interview.ErrStopped):
				return &apperr.AbortError{Msg: "Avbrutt. Resultatet er ikke lagret."}
			case err != nil:
				return err
			}
			right, total := a.Score()
			fmt.Fprintf(f.IO.ErrOut, "\nDu fikk %d av %d riktige.", right, total)
			if wrong := a.Wrong(); len(wrong) > 0 {
				nums := make([]string, len(wrong))
				for i, n := range wrong {
					nums[i] = strconv.Itoa(n)
				}
				fmt.Fprintf(f.IO.ErrOut, " Se en gang til på spørsmål %s.", locale.JoinAnd(nums))
			}
			fmt.Fprintln(f.IO.ErrOut)
			if results != "" {
				if err := quiz.AppendCSV(results, w, a); err != nil {
					return fmt.Errorf("kunne ikke lagre resultatet i %s: %w", results, err)
				}
				fmt.Fprintf(f.IO.ErrOut, "Resultatet er lagt til i %s.\n", results)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&results, "results", "", "legg resultatet til i CSV-filen `FIL` (for læreren)")
	cmd.Flags().StringVar(&pupil, "elev", "", "`NAVN` eller nummer som står i resultatfilen (valgfritt)")
	cmd.Flags().BoolVar(&accessible, "accessible", false, "spør linje for linje (for skjermlesere)")
	return cmd
}
