package workshop

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/lix"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/sanitize"
)

// NewCmdCheck builds «sosabc verksted sjekk»: check the modules, built in
// or in a folder of your own, as the loader would, plus readability.
func NewCmdCheck(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:     "check [MAPPE]",
		Aliases: []string{"sjekk"},
		Short:   "Sjekk verksteder: tider som går opp, mål, lenker, quiz og lesbarhet",
		Long: `Sjekk verkstedene i MAPPE/workshops (eller de innebygde): at minuttene i
agendaen blir det samme som «minutes», at målene og lenkene finnes, at hvert
quizspørsmål har ett riktig svar, og hvor lett deltakertekstene er å lese (LIX).`,
		Example: "  sosabc verksted sjekk\n  sosabc verksted sjekk ./vare-verksteder",
		Args:    cmdutil.MaxArgs(1, "Oppgi høyst én mappe."),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				f = f.WithContentDir(args[0])
			}
			set, err := f.Workshops()
			if err != nil {
				fmt.Fprintln(f.IO.ErrOut, sanitize.Strip(locale.Sentence(err.Error())))
				return apperr.ErrSilent
			}
			bad := false
			for _, w := range set.Workshops {
				score := lix.Markdown(w.ParticipantText()).Score()
				mark := ""
				if score > 40 {
					mark = "  (over 40: skriv kortere setninger og ord)"
					bad = true
				}
				if err := f.Print(fmt.Sprintf("%-28s %3d min  LIX %4.1f%s\n", w.ID, w.Minutes, score, mark)); err != nil {
					return err
				}
			}
			if bad {
				fmt.Fprintln(f.IO.ErrOut, "Noen deltakertekster er tunge å lese.")
				return apperr.ErrSilent
			}
			fmt.Fprintf(f.IO.ErrOut, "%d verksteder er i orden.\n", len(set.Workshops))
			return nil
		},
	}
}
