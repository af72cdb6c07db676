package workshop

import (
	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/tui/presenter"
)

// NewCmdRun builds «sosabc verksted kjør»: the presenter for the facilitator.
func NewCmdRun(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:               "run ID",
		Aliases:           []string{"kjør", "kjor"},
		Short:             "Led økten: aktiviteten nå, nedtelling, hele planen og neste aktivitet",
		Args:              cmdutil.ExactArgs(1, "Skriv hvilket verksted du vil lede, for eksempel «sosabc verksted kjør innovasjonscamp-vgs»."),
		ValidArgsFunction: workshopIDs(f),
		RunE: func(_ *cobra.Command, args []string) error {
			if _, _, err := find(f, args[0]); err != nil {
				return err
			}
			if !f.IO.InTTY || !f.IO.OutTTY {
				return apperr.Usagef("«sosabc verksted kjør» trenger en terminal. Vis planen som tekst med «sosabc verksted vis %s».", args[0])
			}
			return presentRun(f, args[0])
		},
	}
}

// presentRun opens the presenter for one module.
func presentRun(f *cmdutil.Factory, id string) error {
	w, _, err := find(f, id)
	if err != nil {
		return err
	}
	return presenter.Run(f.IO.In, f.IO.Out, w, presenter.Options{
		Now: f.Now, Color: f.IO.ColorEnabled(), Width: f.IO.Width(), Height: f.IO.Height(), Getenv: f.IO.Getenv,
	})
}
