package workshop

import (
	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/tui/presenter"
)

// RunOptions is «sosabc verksted kjør».
type RunOptions struct {
	Factory *cmdutil.Factory
	ID      string
	Start   string // TT.MM: when the session is planned to start
}

// NewCmdRun builds «sosabc verksted kjør»: the presenter for the facilitator.
func NewCmdRun(f *cmdutil.Factory) *cobra.Command {
	opts := &RunOptions{Factory: f}
	cmd := &cobra.Command{
		Use:     "run ID",
		Aliases: []string{"kjør", "kjor"},
		Short:   "Led økten: aktiviteten nå, nedtelling, hele planen og neste aktivitet",
		Long: `Led økten i full skjerm: aktiviteten nå med nedtelling, hele planen og om
dere ligger foran eller bak, og hva som kommer etterpå.

Taster: → eller mellomrom neste, ← forrige, p pause, + og - ett minutt mer
eller mindre, n notater, v visning for klassen (projektor), t klokke i
visningen for klassen, q avslutt. Når tiden er ute, blir klokken rød og
terminalen piper.

Med --start følger planen klokkeslettene i timeplanen, så du ser om dere
ligger foran eller bak allerede fra første aktivitet.`,
		Example:           "  sosabc verksted kjør innovasjonscamp-vgs\n  sosabc verksted kjør innovasjonscamp-vgs --start 08.15",
		Args:              cmdutil.ExactArgs(1, "Skriv hvilket verksted du vil lede, for eksempel «sosabc verksted kjør innovasjonscamp-vgs»."),
		ValidArgsFunction: workshopIDs(f),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.ID = args[0]
			return runRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Start, "start", "", "klokkeslett økten starter, `TT.MM` (standard: nå)")
	return cmd
}

func runRun(opts *RunOptions) error {
	f := opts.Factory
	w, _, err := find(f, opts.ID)
	if err != nil {
		return err
	}
	start, err := startTime(f, opts.Start)
	if err != nil {
		return err
	}
	if !f.IO.InTTY || !f.IO.OutTTY {
		return apperr.Usagef("«sosabc verksted kjør» trenger en terminal. Vis planen som tekst med «sosabc verksted vis %s».", opts.ID)
	}
	return presenter.Run(f.IO.In, f.IO.Out, w, presenter.Options{
		Now: f.Now, Color: f.IO.ColorEnabled(), Width: f.IO.Width(), Height: f.IO.Height(), Getenv: f.IO.Getenv,
		Start: start,
	})
}
