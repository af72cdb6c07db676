package workshop

import (
	"time"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/export"
)

// ShowOptions is «sosabc verksted vis».
type ShowOptions struct {
	Factory     *cmdutil.Factory
	ID          string
	Facilitator bool
	Start       string
	Format      string
	Output      string
	Force       bool
	cmdutil.Display
}

// NewCmdShow builds «sosabc verksted vis».
func NewCmdShow(f *cmdutil.Factory) *cobra.Command {
	opts := &ShowOptions{Factory: f}
	cmd := &cobra.Command{
		Use:               "show ID",
		Aliases:           []string{"vis"},
		Short:             "Vis et verksted: mål, plan, forberedelser og aktiviteter",
		Example:           "  sosabc verksted vis innovasjonscamp-vgs\n  sosabc verksted vis innovasjonscamp-vgs --fasilitator --start 08.15\n  sosabc verksted vis trippel-bunnlinje --fasilitator --format pdf --output plan.pdf",
		Args:              cmdutil.ExactArgs(1, "Skriv hvilket verksted du vil se, for eksempel «sosabc verksted vis innovasjonscamp-vgs». Se alle med «sosabc verksted liste»."),
		ValidArgsFunction: workshopIDs(f),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.ID = args[0]
			return showRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Facilitator, "fasilitator", false, "ta med notater, forslag til svar og fasit til quizen")
	cmd.Flags().StringVar(&opts.Start, "start", "", "klokkeslett økten starter, `TT.MM`, så planen viser klokkeslett")
	cmdutil.AddFormatFlag(cmd, &opts.Format, "terminal", "md", "html", "pdf")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "skriv til `FIL`")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "skriv over filen hvis den finnes")
	cmdutil.AddDisplayFlags(cmd, &opts.Display, true)
	return cmd
}

func showRun(opts *ShowOptions) error {
	f := opts.Factory
	w, set, err := find(f, opts.ID)
	if err != nil {
		return err
	}
	o := titles(f, set)
	o.Facilitator = opts.Facilitator
	if o.Start, err = startTime(f, opts.Start); err != nil {
		return err
	}
	d := doc.Workshop(w, o)
	return writeDoc(f, d, opts.Format, opts.Output, opts.Force, opts.Display)
}

// startTime is --start TT.MM as a time today; empty gives the zero time.
func startTime(f *cmdutil.Factory, raw string) (time.Time, error) {
	if raw == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("15.04", raw)
	if err != nil {
		if t, err = time.Parse("15:04", raw); err != nil {
			return time.Time{}, apperr.Usagef("Skriv starttiden som TT.MM, for eksempel --start 08.15, ikke «%s».", raw)
		}
	}
	now := f.Now()
	return time.Date(now.Year(), now.Month(), now.Day(), t.Hour(), t.Minute(), 0, 0, now.Location()), nil
}

// writeDoc shows a document in the terminal, or renders it to a file or
// standard out.
func writeDoc(f *cmdutil.Factory, d *doc.Document, format, output string, force bool, disp cmdutil.Display) error {
	if format == "terminal" {
		if output != "" && output != "-" {
			return apperr.Usagef("--output skriver en fil: velg et format for den, for eksempel --format pdf.")
		}
		o, err := disp.Render(f)
		if err != nil {
			return err
		}
		return f.Show(d, o, disp.NoPager)
	}
	toStdout := output == "" || output == "-"
	if toStdout && export.Binary[format] && f.IO.OutTTY {
		return apperr.Usagef("En PDF er ikke tekst og kan ikke vises i terminalen. Skriv den til en fil med --output ark.pdf.")
	}
	data, err := export.Render(d, format, f.Now())
	if err != nil {
		return err
	}
	if !toStdout {
		if err := export.WriteAtomic(output, data, force); err != nil {
			return err
		}
		f.Printerr("Skrev " + output + ".\n")
		return nil
	}
	return f.Print(string(data))
}
