// Package version holds «sosabc versjon».
package version

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/cmdutil"
)

// NewCmdVersion builds «sosabc versjon».
func NewCmdVersion(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Aliases: []string{"versjon"},
		Short:   "Vis hvilken versjon av sosabc du har",
		Args:    cmdutil.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return f.Print(fmt.Sprintf("sosabc %s (%s, %s/%s)\n", f.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH))
		},
	}
}
