package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/handbook"
)

type topicsOptions struct {
	JSON bool
	Area string
}

func newTopicsCmd(f *Factory) *cobra.Command {
	opts := &topicsOptions{}
	cmd := &cobra.Command{
		Use:     "topics [--area OMRÅDE] [--json]",
		Aliases: []string{"emner"},
		Short:   "List alle emnene i håndboken, ordnet etter område",
		Example: "  sosabc emner\n  sosabc emner --area finansiering\n  sosabc emner --json",
		Args:    noArgs,
		RunE:    func(*cobra.Command, []string) error { return runTopics(f, opts) },
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "skriv JSON")
	cmd.Flags().StringVar(&opts.Area, "area", "", "vis bare ett område, for eksempel finansiering")
	return cmd
}

type topicJSON struct {
	ID        string               `json:"id"`
	Title     string               `json:"title"`
	Area      string               `json:"area"`
	Summary   string               `json:"summary"`
	Keywords  []string             `json:"keywords"`
	Related   []string             `json:"related"`
	Checked   string               `json:"checked"`
	Sources   []handbook.Source    `json:"sources"`
	Uncertain []handbook.Uncertain `json:"uncertain"`
	Local     bool                 `json:"local"`
}

func runTopics(f *Factory, opts *topicsOptions) error {
	h, err := f.Handbook()
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
			return usageErrorf("Ukjent område «%s». Områdene er: %s.", opts.Area, strings.Join(ids, ", "))
		}
		areas = []handbook.Area{*a}
	}
	if opts.JSON {
		list := []topicJSON{}
		for _, a := range areas {
			for _, t := range h.TopicsIn(a.ID) {
				list = append(list, topicJSON{t.ID, t.Title, t.Area, t.Summary, nonNil(t.Keywords), nonNil(t.Related), t.Checked, t.Sources, nonNilU(t.Uncertain), t.Local})
			}
		}
		return writeJSON(f.IO.Out, list)
	}
	termWidth, _ := widthFor(f, 0)
	var b strings.Builder
	for i, a := range areas {
		topics := h.TopicsIn(a.ID)
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s (%d)\n", a.Title, len(topics))
		width := 0
		for _, t := range topics {
			width = max(width, len(t.ID))
		}
		for _, t := range topics {
			head := fmt.Sprintf("  %-*s  ", width, t.ID)
			fmt.Fprintf(&b, "%s\n", wrap(t.Title, termWidth, head, strings.Repeat(" ", len(head))))
		}
	}
	b.WriteString("\nLes et emne med «sosabc les EMNE», for eksempel «sosabc les as».\n")
	_, err = fmt.Fprint(f.IO.Out, b.String())
	return err
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilU(s []handbook.Uncertain) []handbook.Uncertain {
	if s == nil {
		return []handbook.Uncertain{}
	}
	return s
}
