package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/search"
)

type searchOptions struct {
	Query string
	JSON  bool
	Limit int
}

func newSearchCmd(f *Factory) *cobra.Command {
	opts := &searchOptions{}
	cmd := &cobra.Command{
		Use:     "search SØK",
		Aliases: []string{"søk", "sok"},
		Short:   "Søk i håndboken",
		Long: `Søk i titler, stikkord, ordlisten og teksten i alle emnene.
Søket tåler bøyning («forsikringer» finner «forsikring»), sammensatte ord
(«styreansvar» finner «styreansvarsforsikring») og ae/oe/aa for æ/ø/å.`,
		Example: "  sosabc søk forsikring\n  sosabc søk \"lønn til gründer\"\n  sosabc søk moms --json",
		Args:    minArgs("Skriv hva du vil søke etter, for eksempel «sosabc søk forsikring»."),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Query = strings.Join(args, " ")
			return runSearch(f, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "skriv JSON")
	cmd.Flags().IntVar(&opts.Limit, "limit", 10, "høyst så mange treff")
	return cmd
}

func runSearch(f *Factory, opts *searchOptions) error {
	if opts.Limit < 1 {
		return usageErrorf("--limit må være minst 1.")
	}
	h, err := f.Handbook()
	if err != nil {
		return err
	}
	results := search.New(h).Search(opts.Query)
	if len(results) > opts.Limit {
		results = results[:opts.Limit]
	}
	if opts.JSON {
		if results == nil {
			results = []search.Result{}
		}
		return writeJSON(f.IO.Out, results)
	}
	if len(results) == 0 {
		fmt.Fprintf(f.IO.ErrOut, "Ingen treff på «%s». Prøv et annet ord, eller se alle emnene med «sosabc emner».\n", opts.Query)
		return nil
	}
	width, _ := widthFor(f, 0)
	var b strings.Builder
	for i, r := range results {
		fmt.Fprintf(&b, "%s\n%s\n\n", wrap(fmt.Sprintf("%d. %s (%s)", i+1, r.Title, r.ID), width, "", "   "), wrap(r.Snippet, width, "   ", "   "))
	}
	fmt.Fprintf(&b, "Les et emne med «sosabc les %s».\n", results[0].ID)
	_, err = fmt.Fprint(f.IO.Out, b.String())
	return err
}

func minArgs(msg string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) == 0 || strings.TrimSpace(strings.Join(args, "")) == "" {
			return usageErrorf("%s", msg)
		}
		return nil
	}
}
