package handbook

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	hb "github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/iostreams"
)

// GlossaryOptions is «sosabc ordliste».
type GlossaryOptions struct {
	IO       *iostreams.IOStreams
	Handbook func() (*hb.Handbook, error)
	Width    func() int

	Term   string
	Format string
}

// NewCmdGlossary builds «sosabc ordliste».
func NewCmdGlossary(f *cmdutil.Factory, runF func(*GlossaryOptions) error) *cobra.Command {
	opts := &GlossaryOptions{IO: f.IO, Handbook: f.Handbook, Width: termWidth(f)}
	cmd := &cobra.Command{
		Use:     "glossary [ORD]",
		Aliases: []string{"ordliste"},
		Short:   "Slå opp ord og uttrykk",
		Example: "  sosabc ordliste\n  sosabc ordliste aksjekapital\n  sosabc ordliste --json",
		Args:    cmdutil.MaxArgs(1, "Slå opp ett ord om gangen. Bruk anførselstegn rundt uttrykk: sosabc ordliste \"reelle rettighetshavere\"."),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Term = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return glossaryRun(opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, "text", "json")
	cmdutil.AddJSONFlag(cmd, &opts.Format)
	return cmd
}

func glossaryRun(opts *GlossaryOptions) error {
	h, err := opts.Handbook()
	if err != nil {
		return err
	}
	terms := h.Glossary
	if opts.Term != "" {
		terms = h.LookupTerm(opts.Term)
		if len(terms) == 0 {
			return apperr.Usagef("Fant ikke «%s» i ordlisten. Se hele listen med «sosabc ordliste», eller søk med «sosabc søk %s».", opts.Term, opts.Term)
		}
	}
	if opts.Format == "json" {
		return cmdutil.WriteJSON(opts.IO.Out, terms)
	}
	width := opts.Width()
	var b strings.Builder
	for i, t := range terms {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s\n%s\n", t.Term, cmdutil.Wrap(t.Definition, width, "  ", "  "))
		if len(t.Aliases) > 0 {
			fmt.Fprintf(&b, "%s\n", cmdutil.Wrap("Også kalt: "+strings.Join(t.Aliases, ", "), width, "  ", "  "))
		}
		if t.Topic != "" {
			fmt.Fprintf(&b, "  Les mer: sosabc les %s\n", t.Topic)
		}
	}
	_, err = fmt.Fprint(opts.IO.Out, b.String())
	return err
}
