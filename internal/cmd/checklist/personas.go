package checklist

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/cmdutil"
)

// NewCmdPersonas builds «sosabc sjekkliste personas»: the fictional founders.
func NewCmdPersonas(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:     "personas",
		Aliases: []string{"personer"},
		Short:   "List de oppdiktede gründerne du kan bruke med --persona",
		Args:    cmdutil.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			eng, err := f.Engine()
			if err != nil {
				return err
			}
			all, err := f.Personas()
			if err != nil {
				return err
			}
			var b strings.Builder
			for _, p := range all {
				form := eng.Schema.FormatAnswer("form", p.Answers["form"])
				fmt.Fprintf(&b, "%s\n  %s %s Selskapsform: %s.\n\n", p.ID, p.Name+":", p.Summary, form)
			}
			b.WriteString("Prøv: sosabc sjekkliste --persona " + all[0].ID + "\n")
			return f.Print(b.String())
		},
	}
}
