package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/contentcheck"
	"github.com/sosabc/sosabc/internal/handbook"
)

func newContentCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "content",
		Aliases: []string{"innhold"},
		Short:   "Verktøy for deg som skriver innhold",
		Args:    noArgs,
	}
	cmd.AddCommand(newContentCheckCmd(f))
	return cmd
}

type contentCheckOptions struct {
	Dir  string
	JSON bool
}

func newContentCheckCmd(f *Factory) *cobra.Command {
	opts := &contentCheckOptions{}
	cmd := &cobra.Command{
		Use:     "check [MAPPE]",
		Aliases: []string{"sjekk"},
		Short:   "Sjekk innholdet: feil, lesbarhet (LIX), kilder og alder",
		Long: `Sjekk det innebygde innholdet, eller en mappe med lokalt innhold.

For hvert emne ser du antall ord, LIX (lesbarhet: 40 eller lavere er målet),
antall kilder og om emnet ble kontrollert for mer enn 12 måneder siden.
Feil gir avslutningskode 1. Gamle emner gir en advarsel.`,
		Example: "  sosabc content check\n  sosabc content check ./vart-innhold",
		Args:    maxArgs(1, "Oppgi høyst én mappe."),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Dir = args[0]
			}
			return runContentCheck(f, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "skriv JSON")
	return cmd
}

func runContentCheck(f *Factory, opts *contentCheckOptions) error {
	var include func(*handbook.Topic) bool
	if opts.Dir != "" {
		f.ContentDir = opts.Dir
		include = func(t *handbook.Topic) bool { return t.Local }
	}
	h, err := f.Handbook()
	if err != nil {
		fmt.Fprintln(f.IO.ErrOut, sentence(err.Error()))
		return errSilent
	}
	extra := checkRules(f, h)
	report := contentcheck.Check(h, f.Now(), include)
	report.Errors = append(report.Errors, extra...)
	if opts.JSON {
		if err := writeJSON(f.IO.Out, report); err != nil {
			return err
		}
	} else {
		var b strings.Builder
		width := 5
		for _, t := range report.Topics {
			width = max(width, len(t.ID))
		}
		fmt.Fprintf(&b, "%-*s  %5s  %5s  %6s  %s\n", width, "EMNE", "ORD", "LIX", "KILDER", "KONTROLLERT")
		for _, t := range report.Topics {
			stale := ""
			if t.Stale {
				stale = "  (gammel)"
			}
			fmt.Fprintf(&b, "%-*s  %5d  %5.1f  %6d  %s%s\n", width, t.ID, t.Words, t.LIX, t.Sources, t.Checked, stale)
		}
		fmt.Fprintf(&b, "\n%d emner. Median-LIX: %.1f.\n", len(report.Topics), report.MedianLIX)
		fmt.Fprint(f.IO.Out, b.String())
		for _, w := range report.Warnings {
			fmt.Fprintln(f.IO.ErrOut, "Advarsel: "+w)
		}
		for _, e := range report.Errors {
			fmt.Fprintln(f.IO.ErrOut, "Feil: "+e)
		}
	}
	if len(report.Errors) > 0 {
		return errSilent
	}
	if !opts.JSON {
		fmt.Fprintln(f.IO.ErrOut, "Innholdet er i orden.")
	}
	return nil
}

// checkRules validates the embedded interview, checklist rules, company
// forms and personas, which link to the handbook's topics.
func checkRules(f *Factory, _ *handbook.Handbook) []string {
	if _, err := f.Engine(); err != nil {
		return []string{err.Error()}
	}
	if _, err := f.Personas(); err != nil {
		return []string{err.Error()}
	}
	return nil
}
