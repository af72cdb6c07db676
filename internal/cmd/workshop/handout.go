package workshop

import (
	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
)

// NewCmdHandout builds «sosabc verksted utdeling»: the sheets for the class.
func NewCmdHandout(f *cmdutil.Factory) *cobra.Command {
	var id, format, output string
	var force bool
	var disp cmdutil.Display
	cmd := &cobra.Command{
		Use:               "handout ID",
		Aliases:           []string{"utdeling"},
		Short:             "Utdelingsark, oppgaver og quiz for deltakerne, klare til kopiering (A4)",
		Example:           "  sosabc verksted utdeling innovasjonscamp-vgs --format pdf --output ark.pdf\n  sosabc verksted utdeling trippel-bunnlinje --format html --output ark.html",
		Args:              cmdutil.ExactArgs(1, "Skriv hvilket verksted du vil ha ark til, for eksempel «sosabc verksted utdeling innovasjonscamp-vgs --format pdf --output ark.pdf»."),
		ValidArgsFunction: workshopIDs(f),
		RunE: func(_ *cobra.Command, args []string) error {
			id = args[0]
			w, _, err := find(f, id)
			if err != nil {
				return err
			}
			return writeDoc(f, doc.Handouts(w), format, output, force, disp)
		},
	}
	cmdutil.AddFormatFlag(cmd, &format, "pdf", "html", "md", "terminal")
	cmd.Flags().StringVarP(&output, "output", "o", "", "skriv til `FIL`")
	cmd.Flags().BoolVar(&force, "force", false, "skriv over filen hvis den finnes")
	cmdutil.AddDisplayFlags(cmd, &disp, true)
	return cmd
}
