// Package handbook holds the commands that read the handbook: emner
// (topics), les (read), søk (search), ordliste (glossary) and kilder
// (sources). Each is an options struct, a New function and a run function.
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

// TopicsOptions is «sosabc emner».
type TopicsOptions struct {
	IO       *iostreams.IOStreams
	Handbook func() (*hb.Handbook, error)
	Width    func() int

	Area   string
	Format string
}

// NewCmdTopics builds «sosabc emner»; runF replaces the run function in tests.
func NewCmdTopics(f *cmdutil.Factory, runF func(*TopicsOptions) error) *cobra.Command {
	opts := &TopicsOptions{IO: f.IO, Handbook: f.Handbook, Width: termWidth(f)}
	cmd := &cobra.Command{
		Use:     "topics [--area OMRÅDE]",
		Aliases: []string{"emner"},
		Short:   "List alle emnene i håndboken, ordnet etter område",
		Example: "  sosabc emner\n  sosabc emner --area finansiering\n  sosabc emner --json",
		Args:    cmdutil.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if runF != nil {
				return runF(opts)
			}
			return topicsRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Area, "area", "", "vis bare `OMRÅDE`, for eksempel finansiering")
	cmdutil.AddFormatFlag(cmd, &opts.Format, "text", "json")
	cmdutil.AddJSONFlag(cmd, &opts.Format)
	return cmd
}

type topicJSON struct {
	ID        string         `json:"id"`
	Title     string         `json:"title"`
	Area      string         `json:"area"`
	Summary   string         `json:"summary"`
	Keywords  []string       `json:"keywords"`
	Related   []string       `json:"related"`
	Checked   string         `json:"checked"`
	Sources   []hb.Source    `json:"sources"`
	Uncertain []hb.Uncertain `json:"uncertain"`
	Local     bool           `json:"local"`
}

func topicsRun(opts *TopicsOptions) error {
	h, err := opts.Handbook()
	if err != nil {
		return err
	}
	areas := h.Areas
	if opts.Area != "" {
		a := h.Area(opts.Area)
		if a == nil {
			ids := make([]string, len(h.Areas))
			for i, a := range h.Areas {
				ids[i] = a.ID
			}
			return apperr.Usagef("Ukjent område «%s». Områdene er: %s.", opts.Area, strings.Join(ids, ", "))
		}
		areas = []hb.Area{*a}
	}
	if opts.Format == "json" {
		list := []topicJSON{}
		for _, a := range areas {
			for _, t := range h.TopicsIn(a.ID) {
				list = append(list, topicJSON{t.ID, t.Title, t.Area, t.Summary, nonNil(t.Keywords), nonNil(t.Related), t.Checked, t.Sources, nonNilU(t.Uncertain), t.Local})
			}
		}
		return cmdutil.WriteJSON(opts.IO.Out, list)
	}
	width := opts.Width()
	var b strings.Builder
	for i, a := range areas {
		topics := h.TopicsIn(a.ID)
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s (%d)\n", a.Title, len(topics))
		idWidth := 0
		for _, t := range topics {
			idWidth = max(idWidth, len(t.ID))
		}
		for _, t := range topics {
			head := fmt.Sprintf("  %-*s  ", idWidth, t.ID)
			fmt.Fprintf(&b, "%s\n", cmdutil.Wrap(t.Title, width, head, strings.Repeat(" ", len(head))))
		}
	}
	b.WriteString("\nLes et emne med «sosabc les EMNE», for eksempel «sosabc les as».\n")
	_, err = fmt.Fprint(opts.IO.Out, b.String())
	return err
}

// termWidth is the width plain-text lists wrap at: the terminal's, at
// most 100 columns.
func termWidth(f *cmdutil.Factory) func() int {
	return func() int {
		w, _ := cmdutil.WidthFor(f, 0)
		return w
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilU(s []hb.Uncertain) []hb.Uncertain {
	if s == nil {
		return []hb.Uncertain{}
	}
	return s
}
