package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/locale"
)

type glossaryOptions struct {
	Term string
	JSON bool
}

func newGlossaryCmd(f *Factory) *cobra.Command {
	opts := &glossaryOptions{}
	cmd := &cobra.Command{
		Use:     "glossary [ORD]",
		Aliases: []string{"ordliste"},
		Short:   "Slå opp ord og uttrykk",
		Example: "  sosabc ordliste\n  sosabc ordliste aksjekapital\n  sosabc ordliste --json",
		Args:    maxArgs(1, "Slå opp ett ord om gangen. Bruk anførselstegn rundt uttrykk: sosabc ordliste \"reelle rettighetshavere\"."),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Term = args[0]
			}
			return runGlossary(f, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "skriv JSON")
	return cmd
}

func runGlossary(f *Factory, opts *glossaryOptions) error {
	h, err := f.Handbook()
	if err != nil {
		return err
	}
	terms := h.Glossary
	if opts.Term != "" {
		terms = lookupTerm(h, opts.Term)
		if len(terms) == 0 {
			return usageErrorf("Fant ikke «%s» i ordlisten. Se hele listen med «sosabc ordliste», eller søk med «sosabc søk %s».", opts.Term, opts.Term)
		}
	}
	if opts.JSON {
		return writeJSON(f.IO.Out, terms)
	}
	width, _ := widthFor(f, 0)
	var b strings.Builder
	for i, t := range terms {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s\n%s\n", t.Term, wrap(t.Definition, width, "  ", "  "))
		if len(t.Aliases) > 0 {
			fmt.Fprintf(&b, "%s\n", wrap("Også kalt: "+strings.Join(t.Aliases, ", "), width, "  ", "  "))
		}
		if t.Topic != "" {
			fmt.Fprintf(&b, "  Les mer: sosabc les %s\n", t.Topic)
		}
	}
	_, err = fmt.Fprint(f.IO.Out, b.String())
	return err
}

// lookupTerm finds an exact term or alias first, then terms that start
// with what was typed.
func lookupTerm(h *handbook.Handbook, word string) []handbook.Term {
	q := locale.Fold(strings.TrimSpace(word))
	var exact, prefix []handbook.Term
	for _, t := range h.Glossary {
		names := append([]string{t.Term}, t.Aliases...)
		hit := false
		for _, n := range names {
			n = locale.Fold(n)
			// «G (grunnbeløpet)» is found as «g» and as «grunnbeløpet».
			if n == q || strings.HasPrefix(n, q+" (") || strings.Contains(n, "("+q+")") {
				exact = append(exact, t)
				hit = true
				break
			}
		}
		if !hit {
			for _, n := range names {
				if len(q) >= 3 && strings.HasPrefix(locale.Fold(n), q) {
					prefix = append(prefix, t)
					break
				}
			}
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return prefix
}
