package cli

import (
	"github.com/spf13/cobra"
)

func newCompletionCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: "Lag skript for fullføring med tab i skallet",
		Long: `Lag et skript som lar skallet fullføre kommandoer og emner når du trykker tab.

Bash:        sosabc completion bash > ~/.local/share/bash-completion/completions/sosabc
Zsh:         sosabc completion zsh > "${fpath[1]}/_sosabc"
Fish:        sosabc completion fish > ~/.config/fish/completions/sosabc.fish
PowerShell:  sosabc completion powershell | Out-String | Invoke-Expression`,
		ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
		Args:      exactArgs(1, "Velg skall: bash, zsh, fish eller powershell."),
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
			return usageErrorf("Ukjent skall «%s». Velg bash, zsh, fish eller powershell.", args[0])
		},
	}
}
