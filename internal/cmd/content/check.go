// Package content holds «sosabc innhold sjekk», for people who write content.
package content

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/contentcheck"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/sanitize"
)

// NewCmdContent builds «sosabc innhold» and its subcommands.
func NewCmdContent(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "content",
		Aliases: []string{"innhold"},
		Short:   "Verktøy for deg som skriver innhold",
		Args:    cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdCheck(f, nil))
	return cmd
}

// CheckOptions is «sosabc innhold sjekk».
type CheckOptions struct {
	Factory *cmdutil.Factory

	Dir    string
	Format string
}

// NewCmdCheck builds «sosabc innhold sjekk».
func NewCmdCheck(f *cmdutil.Factory, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{Factory: f}
	cmd := &cobra.Command{
		Use:     "check [MAPPE]",
		Aliases: []string{"sjekk"},
		Short:   "Sjekk innholdet: feil, lesbarhet (LIX), kilder og alder",
		Long: `Sjekk det innebygde innholdet, eller en mappe med lokalt innhold.

For hvert emne ser du antall ord, LIX (lesbarhet: 40 eller lavere er målet),
antall kilder og om emnet ble kontrollert for mer enn 12 måneder siden.

Så teller sjekken alle kildehenvisninger: kilder i emner, sjekkpunkter og
verksteder, lenker i sjekkpunkter, usikre tall og kontakter. En lenke til
forsiden av et nettsted er en feil, hvis ikke «front_page» sier hvorfor
forsiden er riktig. Høyst 5 prosent av alle henvisninger kan gå til en forside.

En mappe med lokalt innhold blir lest slik sosabc leser den: sider, ord,
sjekkpunkter, kontakter og verksteder. Du ser hva som ble funnet, hvem hvert
sjekkpunkt gjelder for, og hvilke filer som ikke blir lest. Se «sosabc help
lokalt-innhold». Mappen kan også komme fra --content-dir eller
SOSABC_CONTENT_DIR.

Hver feil står med fil og linje. Feil gir avslutningskode 1. Gamle emner og
filer som ikke blir lest, gir en advarsel.`,
		Example: "  sosabc innhold sjekk\n  sosabc innhold sjekk ./vart-innhold",
		Args:    cmdutil.MaxArgs(1, "Oppgi høyst én mappe."),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Dir = args[0]
			} else {
				// «sosabc innhold sjekk --content-dir MAPPE» (or
				// SOSABC_CONTENT_DIR) is the same as naming the folder.
				opts.Dir = f.LocalContentDir()
			}
			if runF != nil {
				return runF(opts)
			}
			return checkRun(opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, "text", "json")
	cmdutil.AddJSONFlag(cmd, &opts.Format)
	return cmd
}

func checkRun(opts *CheckOptions) error {
	f := opts.Factory
	var include func(*handbook.Topic) bool
	if opts.Dir != "" {
		f = f.WithContentDir(opts.Dir)
		include = func(t *handbook.Topic) bool { return t.Local }
		if _, err := f.Layers(); err != nil {
			return err // no such folder: say so once
		}
	}
	// Every problem in every file, in one run: the handbook, then what
	// the checklist, the contacts and the workshops found.
	report := contentcheck.Report{Topics: []contentcheck.TopicReport{}, Errors: []string{}, Warnings: []string{}}
	h, err := f.Handbook()
	if err != nil {
		report.Errors = append(report.Errors, problemLines(err)...)
		h = nil
	} else {
		report = contentcheck.Check(h, f.Now(), include)
	}
	rest := loadRest(f)
	report.Errors = append(report.Errors, rest.problems...)
	var blame func(contentcheck.Ref) bool
	if opts.Dir != "" {
		// The share counts everything a reader sees, built-in and local;
		// the errors name only the local files.
		blame = func(r contentcheck.Ref) bool { return r.Local }
	}
	report.AddSources(contentcheck.Sources(contentcheck.Content{
		Handbook: h, Rules: rest.rules, Workshops: rest.ws, Kommuner: rest.reg, Contacts: rest.contacts,
	}), blame)
	var local *contentcheck.LocalReport
	if opts.Dir != "" {
		rep, unread := localReport(f, h, rest)
		local = &rep
		report.Warnings = append(report.Warnings, unread...)
	}
	if opts.Format == "json" {
		if err := cmdutil.WriteJSON(f.IO.Out, struct {
			contentcheck.Report
			Local *contentcheck.LocalReport `json:"local,omitempty"`
		}{report, local}); err != nil {
			return err
		}
	} else {
		var b strings.Builder
		width := 5
		for _, t := range report.Topics {
			width = max(width, len(t.ID))
		}
		// A local folder without topics gets no empty table.
		if len(report.Topics) > 0 || local == nil {
			fmt.Fprintf(&b, "%-*s  %5s  %5s  %6s  %s\n", width, "EMNE", "ORD", "LIX", "KILDER", "KONTROLLERT")
			for _, t := range report.Topics {
				stale := ""
				if t.Stale {
					stale = "  (gammel)"
				}
				fmt.Fprintf(&b, "%-*s  %5d  %5.1f  %6d  %s%s\n", width, t.ID, t.Words, t.LIX, t.Sources, t.Checked, stale)
			}
			fmt.Fprintf(&b, "\n%s. Median-LIX: %.1f.\n", topicCount(len(report.Topics)), report.MedianLIX)
		}
		if local != nil {
			writeLocal(&b, *local)
		}
		writeSources(&b, report.Sources)
		if err := f.Print(b.String()); err != nil {
			return err
		}
		for _, w := range report.Warnings {
			fmt.Fprintln(f.IO.ErrOut, sanitize.Strip("Advarsel: "+w))
		}
		for _, e := range report.Errors {
			fmt.Fprintln(f.IO.ErrOut, sanitize.Strip("Feil: "+e))
		}
		if n := len(report.Errors); n > 0 {
			again := "sosabc innhold sjekk"
			if opts.Dir != "" {
				again += " " + opts.Dir
			}
			fmt.Fprintf(f.IO.ErrOut, "%s. Rett dem og kjør «%s» igjen.\n", foundErrors(n), again)
		}
	}
	if len(report.Errors) > 0 {
		return apperr.ErrSilent
	}
	if opts.Format != "json" {
		fmt.Fprintln(f.IO.ErrOut, "Innholdet er i orden.")
	}
	return nil
}

// writeSources is the source table: references and front pages by kind,
// and the share of front pages against the bar.
func writeSources(b *strings.Builder, s *contentcheck.SourceReport) {
	if s == nil {
		return
	}
	width := len("i alt")
	for _, k := range s.ByKind {
		width = max(width, utf8.RuneCountInString(k.Kind.Label()))
	}
	fmt.Fprintf(b, "\n%s  %12s  %8s\n", pad("KILDER", width), "HENVISNINGER", "FORSIDER")
	for _, k := range s.ByKind {
		fmt.Fprintf(b, "%s  %12d  %8d\n", pad(k.Kind.Label(), width), k.References, k.FrontPages)
	}
	fmt.Fprintf(b, "%s  %12d  %8d\n", pad("i alt", width), s.References, s.FrontPages)
	fmt.Fprintf(b, "\nForsider: %s av %s kildehenvisninger (%s).\nHøyst %s kan gå til forsiden av et nettsted.\n",
		locale.Number(s.FrontPages), locale.Number(s.References), contentcheck.SharePercent(s.Share), contentcheck.SharePercent(s.MaxShare))
	fmt.Fprintf(b, "Ulike adresser: %s (forsider: %s).\n", locale.Number(s.UniqueURLs), locale.Number(s.UniqueFrontPages))
}

// pad fills s with spaces to width letters (not bytes: «kompetansemål»).
func pad(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-utf8.RuneCountInString(s)))
}
