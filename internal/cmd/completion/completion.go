// Package completion holds «sosabc completion»: scripts for tab completion.
package completion

import (
	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
)

// NewCmdCompletion builds «sosabc completion».
func NewCmdCompletion(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:     "completion bash|zsh|fish|powershell",
		Aliases: []string{"fullføring"},
		Short:   "Lag skript for fullføring med tab i skallet",
		Long: `Lag et skript som lar skallet fullføre kommandoer og emner når du trykker tab.

Bash:        sosabc completion bash > ~/.local/share/bash-completion/completions/sosabc
Zsh:         sosabc completion zsh > "${fpath[1]}/_sosabc"
Fish:        sosabc completion fish > ~/.config/fish/completions/sosabc.fish
PowerShell:  sosabc completion powershell | Out-String | Invoke-Expression`,
		ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
		Args:      cmdutil.ExactArgs(1, "Velg skall: bash, zsh, fish eller powershell."),
		RunE: func(cmd *cobra.Command, args []string) error {
			root, out := cmd.Root(), f.IO.Out
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(out, true)
			case "zsh":
				return root.GenZshCompletion(out)
			case "fish":
				return root.GenFishCompletion(out, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(out)
			}
			return apperr.Usagef("Ukjent skall «%s». Velg bash, zsh, fish eller powershell.", args[0])
		},
	}
}
