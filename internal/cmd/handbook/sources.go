package handbook

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/cmdutil"
	hb "github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/iostreams"
	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/locale"
)

// SourcesOptions is «sosabc kilder».
type SourcesOptions struct {
	IO       *iostreams.IOStreams
	Handbook func() (*hb.Handbook, error)
	Datasets func() ([]kommune.Dataset, error)
	Width    func() int

	Format string
}

// NewCmdSources builds «sosabc kilder».
func NewCmdSources(f *cmdutil.Factory, runF func(*SourcesOptions) error) *cobra.Command {
	opts := &SourcesOptions{IO: f.IO, Handbook: f.Handbook, Width: termWidth(f), Datasets: func() ([]kommune.Dataset, error) {
		reg, err := f.KommuneRegister()
		if err != nil {
			return nil, err
		}
		return reg.Datasets(), nil
	}}
	cmd := &cobra.Command{
		Use:     "sources",
		Aliases: []string{"kilder"},
		Short:   "List alle kildene, med datoen siden har og datoen vi leste den",
		Example: "  sosabc kilder\n  sosabc kilder --json",
		Args:    cmdutil.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if runF != nil {
				return runF(opts)
			}
			return sourcesRun(opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, "text", "json")
	cmdutil.AddJSONFlag(cmd, &opts.Format)
	return cmd
}

func sourcesRun(opts *SourcesOptions) error {
	h, err := opts.Handbook()
	if err != nil {
		return err
	}
	sources := h.Sources()
	sets, err := opts.Datasets()
	if err != nil {
		return err
	}
	if opts.Format == "json" {
		return cmdutil.WriteJSON(opts.IO.Out, datasetJSON(sources, sets))
	}
	width := opts.Width()
	var b strings.Builder
	for _, s := range sources {
		fmt.Fprintf(&b, "%s\n  %s\n%s\n\n", cmdutil.Wrap(s.Label(), width, "", "  "), s.URL,
			cmdutil.Wrap(fmt.Sprintf("%s. Brukt i: %s", locale.Sentence(s.ReadOn()), strings.Join(s.Topics, ", ")), width, "  ", "  "))
	}
	writeDatasets(&b, sets, width)
	fmt.Fprintf(&b, "%d kilder i håndboken og %d datasett. Tallene kan ha endret seg: sjekk alltid hos kilden før du bestemmer deg.\n", len(sources), len(sets))
	_, err = fmt.Fprint(opts.IO.Out, b.String())
	return err
}
