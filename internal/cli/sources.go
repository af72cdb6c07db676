package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

type sourcesOptions struct{ JSON bool }

func newSourcesCmd(f *Factory) *cobra.Command {
	opts := &sourcesOptions{}
	cmd := &cobra.Command{
		Use:     "sources [--json]",
		Aliases: []string{"kilder"},
		Short:   "List alle kildene håndboken bygger på, med dato for når vi sjekket dem",
		Args:    noArgs,
		RunE:    func(*cobra.Command, []string) error { return runSources(f, opts) },
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "skriv JSON")
	return cmd
}

func runSources(f *Factory, opts *sourcesOptions) error {
	h, err := f.Handbook()
	if err != nil {
		return err
	}
	sources := h.Sources()
	if opts.JSON {
		return writeJSON(f.IO.Out, sources)
	}
	width, _ := widthFor(f, 0)
	var b strings.Builder
	for _, s := range sources {
		fmt.Fprintf(&b, "%s\n  %s\n%s\n\n", wrap(s.Label(), width, "", "  "), s.URL,
			wrap(fmt.Sprintf("%s. Brukt i: %s", sentence(s.ReadOn()), strings.Join(s.Topics, ", ")), width, "  ", "  "))
	}
	fmt.Fprintf(&b, "%d kilder. Tallene kan ha endret seg: sjekk alltid hos kilden før du bestemmer deg.\n", len(sources))
	_, err = fmt.Fprint(f.IO.Out, b.String())
	return err
}
