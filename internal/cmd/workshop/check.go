package workshop

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/lix"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/sanitize"
	ws "github.com/sosabc/sosabc/internal/workshop"
	"github.com/sosabc/sosabc/internal/workshop/sheetfit"
)

// NewCmdCheck builds «sosabc verksted sjekk»: check the modules, built in
// or in a folder of your own, as the loader would, plus readability and
// advice that does not stop a module from loading.
func NewCmdCheck(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:     "check [MAPPE]",
		Aliases: []string{"sjekk"},
		Short:   "Sjekk verksteder: tider som går opp, mål, lenker, quiz, ark og lesbarhet",
		Long: `Sjekk verkstedene i MAPPE/workshops (eller de innebygde): at minuttene i
agendaen blir det samme som «minutes», at målene og lenkene finnes, at hvert
quizspørsmål har ett riktig svar, at hvert ark med rammer («lines») får plass
på én side i PDF-en, og hvor lett deltakertekstene er å lese (LIX).

Med en MAPPE viser sjekken bare verkstedene i den mappen. Den gir også råd
som ikke stopper verkstedet: om det riktige svaret i quizen står på samme
plass for ofte, og om aktivitetene mangler tekst for klassen på projektoren.`,
		Example: "  sosabc verksted sjekk\n  sosabc verksted sjekk ./vare-verksteder",
		Args:    cmdutil.MaxArgs(1, "Oppgi høyst én mappe."),
		RunE: func(_ *cobra.Command, args []string) error {
			var dir string
			if len(args) == 1 {
				dir = args[0]
				f = f.WithContentDir(dir)
				if _, err := f.Layers(); err != nil {
					return err // no such folder: bad input, said once
				}
			}
			set, err := f.Workshops()
			if err != nil {
				fmt.Fprintln(f.IO.ErrOut, sanitize.Strip(locale.Sentence(err.Error())))
				return apperr.ErrSilent
			}
			list := set.Workshops
			if dir != "" {
				if list, err = inFolder(set, dir); err != nil {
					return err
				}
			}
			bad := false
			var advice, overflow []string
			for _, w := range list {
				problems, err := sheetfit.Check(w)
				if err != nil {
					return err
				}
				for _, p := range problems {
					overflow = append(overflow, p.Error())
				}
				score := lix.Markdown(w.ParticipantText()).Score()
				mark := ""
				if score > 40 {
					mark = "  (over 40: skriv kortere setninger og ord)"
					bad = true
				}
				if err := f.Print(fmt.Sprintf("%-28s %3d min  LIX %s%s\n", w.ID, w.Minutes, strings.Replace(fmt.Sprintf("%4.1f", score), ".", ",", 1), mark)); err != nil {
					return err
				}
				if dir != "" {
					for _, a := range w.Advice() {
						advice = append(advice, fmt.Sprintf("%s: %s.", w.File, a))
					}
				}
			}
			// On a terminal, advice and problems wrap between words; to a
			// file or a program each stays one line. A sheet that does not
			// fit is a problem in the file, as a wrong number of minutes
			// is: exit 1.
			say := func(text string) {
				text = sanitize.Strip(text)
				if f.IO.ErrTTY {
					text = cmdutil.Wrap(text, min(f.IO.Width(), 100), "", "  ")
				}
				fmt.Fprintln(f.IO.ErrOut, text)
			}
			for _, a := range advice {
				say("Råd: " + a)
			}
			if bad {
				fmt.Fprintln(f.IO.ErrOut, "Noen deltakertekster er tunge å lese.")
			}
			for _, o := range overflow {
				say(o)
			}
			if bad || len(overflow) > 0 {
				return apperr.ErrSilent
			}
			switch {
			case len(list) == 1:
				fmt.Fprintln(f.IO.ErrOut, "Verkstedet er i orden.")
			default:
				fmt.Fprintf(f.IO.ErrOut, "%d verksteder er i orden.\n", len(list))
			}
			return nil
		},
	}
}

// inFolder is the modules whose files are in dir/workshops, in the set's
// order; a folder without any is a usage error that says where to put
// them.
func inFolder(set *ws.Set, dir string) ([]*ws.Workshop, error) {
	entries, err := os.ReadDir(filepath.Join(dir, ws.Dir))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	ids := map[string]bool{}
	for _, e := range entries {
		if name := e.Name(); !e.IsDir() && strings.HasSuffix(name, ".yaml") {
			ids[strings.TrimSuffix(name, ".yaml")] = true
		}
	}
	var out []*ws.Workshop
	for _, w := range set.Workshops {
		if ids[w.ID] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return nil, apperr.Usagef("Fant ingen verksteder i %s. Legg hvert verksted i en egen YAML-fil der, for eksempel %s.", filepath.Join(dir, ws.Dir), filepath.Join(dir, ws.Dir, "vart-verksted.yaml"))
	}
	return out, nil
}
