package root

import (
	"regexp"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func init() {
	cobra.AddTemplateFunc("navn", displayName)
	cobra.AddTemplateFunc("navnebredde", nameWidth)
	cobra.AddTemplateFunc("hjelpebredde", helpTopicWidth)
	cobra.AddTemplateFunc("pad", func(s string, n int) string { return s + strings.Repeat(" ", max(0, n-len([]rune(s)))) })
	cobra.AddTemplateFunc("valg", flagUsages)
	cobra.AddTemplateFunc("sti", commandPath)
	cobra.EnableCommandSorting = false
}

// displayName is how help lists a command: the Norwegian name first (the
// first alias), the English one in brackets: «sjekkliste (checklist)».
func displayName(c *cobra.Command) string {
	if len(c.Aliases) > 0 && c.Aliases[0] != c.Name() {
		return c.Aliases[0] + " (" + c.Name() + ")"
	}
	return c.Name()
}

func nameWidth(c *cobra.Command) int {
	w := 0
	for _, sub := range c.Commands() {
		if sub.IsAvailableCommand() {
			w = max(w, len([]rune(displayName(sub))))
		}
	}
	return w
}

// helpTopicWidth is the width of the longest «sosabc help NAVN», so the
// help topics line up.
func helpTopicWidth(c *cobra.Command) int {
	w := 0
	for _, sub := range c.Commands() {
		if sub.IsAdditionalHelpTopicCommand() {
			w = max(w, len([]rune("sosabc help "+displayName(sub))))
		}
	}
	return w
}

var defaultRe = regexp.MustCompile(`\(default "?([^)"]*)"?\)`)

// flagUsages is pflag's list of flags with «default» in Norwegian.
func flagUsages(fs *pflag.FlagSet) string {
	return strings.TrimRight(defaultRe.ReplaceAllString(fs.FlagUsages(), "(standard: $1)"), " \n")
}

// commandPath is the path of c in Norwegian names: «sosabc sjekkliste gjort».
func commandPath(c *cobra.Command) string {
	var names []string
	for ; c.HasParent(); c = c.Parent() {
		name := c.Name()
		if len(c.Aliases) > 0 {
			name = c.Aliases[0]
		}
		names = append([]string{name}, names...)
	}
	return strings.Join(append([]string{c.Name()}, names...), " ")
}

const usageTemplate = `Bruk:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [kommando]{{end}}{{if gt (len .Aliases) 0}}

Andre navn:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Eksempler:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

{{$w := navnebredde .}}{{$cmds := .Commands}}{{if eq (len .Groups) 0}}Kommandoer:{{range $cmds}}{{if .IsAvailableCommand}}
  {{pad (navn .) $w}}  {{.Short}}{{end}}{{end}}{{else}}{{range $i, $g := .Groups}}{{if $i}}

{{end}}{{$g.Title}}{{range $cmds}}{{if (and (eq .GroupID $g.ID) .IsAvailableCommand)}}
  {{pad (navn .) $w}}  {{.Short}}{{end}}{{end}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Valg:
{{valg .LocalFlags}}{{end}}{{if .HasAvailableInheritedFlags}}

Felles valg:
{{valg .InheritedFlags}}{{end}}{{if .HasHelpSubCommands}}

Flere hjelpeemner:{{$hw := hjelpebredde .}}{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  {{pad (print "sosabc help " (navn .)) $hw}}  {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

Skriv «{{sti .}} [kommando] --help» for mer om en kommando.{{end}}
`

const helpTemplate = `{{with (or .Long .Short)}}{{. | trimTrailingWhitespaces}}

{{end}}{{if or .Runnable .HasSubCommands}}{{.UsageString}}{{end}}`
