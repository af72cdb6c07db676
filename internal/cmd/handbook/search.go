package handbook

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	hb "github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/iostreams"
	"github.com/sosabc/sosabc/internal/search"
)

// SearchOptions is «sosabc søk».
type SearchOptions struct {
	IO       *iostreams.IOStreams
	Handbook func() (*hb.Handbook, error)
	Width    func() int

	Query  string
	Format string
	Limit  int
}

// NewCmdSearch builds «sosabc søk».
func NewCmdSearch(f *cmdutil.Factory, runF func(*SearchOptions) error) *cobra.Command {
	opts := &SearchOptions{IO: f.IO, Handbook: f.Handbook, Width: termWidth(f)}
	cmd := &cobra.Command{
		Use:     "search SØK",
		Aliases: []string{"søk", "sok"},
		Short:   "Søk i håndboken",
		Long: `Søk i titler, stikkord, ordlisten og teksten i alle emnene. Treff i titler og
stikkord kommer først.

Du kan skrive et vanlig spørsmål, som «hvordan få penger». Små ord som
«hvordan», «jeg» og «få» blir hoppet over. Søket tåler bøyning («forsikringer»
finner «forsikring»), sammensatte ord («styreansvar» finner
«styreansvarsforsikring») og ae/oe/aa for æ/ø/å.`,
		Example: "  sosabc søk forsikring\n  sosabc søk hvordan få penger\n  sosabc søk \"lønn til gründer\"\n  sosabc søk moms --json",
		Args:    cmdutil.MinArgs("Skriv hva du vil søke etter, for eksempel «sosabc søk forsikring»."),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Query = strings.Join(args, " ")
			if runF != nil {
				return runF(opts)
			}
			return searchRun(opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, "text", "json")
	cmdutil.AddJSONFlag(cmd, &opts.Format)
	cmd.Flags().IntVar(&opts.Limit, "limit", 10, "vis høyst `ANTALL` treff")
	return cmd
}

func searchRun(opts *SearchOptions) error {
	if opts.Limit < 1 {
		return apperr.Usagef("--limit må være minst 1.")
	}
	h, err := opts.Handbook()
	if err != nil {
		return err
	}
	results := search.New(h).Search(opts.Query)
	if len(results) > opts.Limit {
		results = results[:opts.Limit]
	}
	if opts.Format == "json" {
		if results == nil {
			results = []search.Result{}
		}
		return cmdutil.WriteJSON(opts.IO.Out, results)
	}
	if len(results) == 0 && len(search.Tokens(opts.Query)) == 0 {
		fmt.Fprintf(opts.IO.ErrOut, "«%s» er for vanlige ord til å søke på. Skriv det du lurer på, for eksempel «sosabc søk lønn» eller «sosabc søk forsikring for frivillige».\n", opts.Query)
		return nil
	}
	if len(results) == 0 {
		fmt.Fprintf(opts.IO.ErrOut, "Ingen treff på «%s». Prøv et annet ord, eller se alle emnene med «sosabc emner».\n", opts.Query)
		return nil
	}
	width := opts.Width()
	var b strings.Builder
	for i, r := range results {
		fmt.Fprintf(&b, "%s\n%s\n\n", cmdutil.Wrap(fmt.Sprintf("%d. %s (%s)", i+1, r.Title, r.ID), width, "", "   "), cmdutil.Wrap(r.Snippet, width, "   ", "   "))
	}
	fmt.Fprintf(&b, "Les et emne med «sosabc les %s».\n", results[0].ID)
	_, err = fmt.Fprint(opts.IO.Out, b.String())
	return err
}
