package root

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/sosabc/sosabc/internal/cmdutil"
)

func init() {
	cobra.AddTemplateFunc("navn", displayName)
	cobra.AddTemplateFunc("navnebredde", nameWidth)
	cobra.AddTemplateFunc("kommando", commandLine)
	cobra.AddTemplateFunc("valg", flagUsages)
	cobra.AddTemplateFunc("sti", cmdutil.CommandPath)
	cobra.AddTemplateFunc("bruk", useLine)
	cobra.AddTemplateFunc("andrenavn", otherNames)
	cobra.AddTemplateFunc("avsnitt", paragraphs)
	cobra.AddTemplateFunc("hjelpeemne", topicLine)
	cobra.EnableCommandSorting = false
}

// widthKey is the root command's annotation with the width help is
// wrapped to: the terminal's, at most 80 columns.
const widthKey = "sosabc-hjelpebredde"

// helpWidth is the width help text is wrapped to.
func helpWidth(c *cobra.Command) int {
	if w, err := strconv.Atoi(c.Root().Annotations[widthKey]); err == nil && w > 0 {
		return min(w, 80)
	}
	return 80
}

// paragraphs fits help prose to the screen: the lines of a paragraph are
// joined and wrapped again at the width, so text written at one width is
// never ragged at another (ux-review m16). Indented lines (examples) and
// list items («- », «• ») keep lines of their own. Words are never broken,
// and never at a hyphen («a-melding»).
func paragraphs(text string, c *cobra.Command) string {
	width := helpWidth(c)
	var out, para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, cmdutil.Fill(strings.Join(para, " "), width)...)
			para = nil
		}
	}
	for _, line := range strings.Split(strings.TrimRight(text, " \n"), "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			flush()
			out = append(out, "")
		case strings.HasPrefix(line, " "):
			flush()
			out = append(out, line)
		case strings.HasPrefix(line, "- "), strings.HasPrefix(line, "• "):
			flush()
			para = append(para, line)
		default:
			para = append(para, strings.TrimSpace(line))
		}
	}
	flush()
	return strings.Join(out, "\n")
}

// hang wraps text to width, every line after the first indented by indent.
func hang(text string, width, indent int) string {
	return strings.Join(cmdutil.Fill(text, max(width-indent, 20)), "\n"+strings.Repeat(" ", indent))
}

// narrowest is the fewest columns a description gets beside a name; on a
// screen narrower than that it goes under the name. Beside it at any cost,
// it stuck out past the edge, and the terminal broke its words
// («Svar på noen spørsmål og f/å din» at 40 columns).
const narrowest = 20

// under is text wrapped to width on lines of its own, each indented.
func under(text string, width, indent int) string {
	pad := strings.Repeat(" ", indent)
	return pad + strings.Join(cmdutil.Fill(text, max(width-indent, narrowest)), "\n"+pad)
}

// commandLine is one line of a command list: the name padded to w, and
// the short description wrapped under itself; on a narrow screen the
// description goes on the lines below the name.
func commandLine(c *cobra.Command, w int) string {
	name := displayName(c)
	head := name + strings.Repeat(" ", max(0, w-len([]rune(name)))) + "  "
	indent := 2 + len([]rune(head)) // the template indents by 2
	if helpWidth(c)-indent < narrowest {
		return name + "\n" + under(c.Short, helpWidth(c), 6)
	}
	return head + hang(c.Short, helpWidth(c), indent)
}

// topicLine is the description of a help topic, under its name.
func topicLine(c *cobra.Command) string {
	return under(c.Short, helpWidth(c), 6)
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

// flagUsages lists the flags in Norwegian, the descriptions wrapped to the
// screen under themselves: pflag's own list says «default» and wraps by
// bytes, which can split «(default …)» before it is translated.
func flagUsages(fs *pflag.FlagSet, c *cobra.Command) string {
	type row struct{ name, usage string }
	var rows []row
	w := 0
	fs.VisitAll(func(fl *pflag.Flag) {
		if fl.Hidden {
			return
		}
		name := "      --" + fl.Name
		if fl.Shorthand != "" && fl.ShorthandDeprecated == "" {
			name = "  -" + fl.Shorthand + ", --" + fl.Name
		}
		varname, usage := pflag.UnquoteUsage(fl)
		if varname != "" {
			name += " " + varname
		}
		if !zeroDefault(fl) {
			usage += fmt.Sprintf(" (standard: %s)", fl.DefValue)
		}
		rows = append(rows, row{name, usage})
		w = max(w, len([]rune(name)))
	})
	lines := make([]string, len(rows))
	for i, r := range rows {
		head := r.name + strings.Repeat(" ", w-len([]rune(r.name))) + "   "
		if helpWidth(c)-len([]rune(head)) < narrowest {
			lines[i] = r.name + "\n" + under(r.usage, helpWidth(c), 10)
			continue
		}
		lines[i] = head + hang(r.usage, helpWidth(c), len([]rune(head)))
	}
	return strings.Join(lines, "\n")
}

// zeroDefault reports whether a flag's default is not worth showing.
func zeroDefault(fl *pflag.Flag) bool {
	switch fl.DefValue {
	case "", "0", "false", "[]", "0s", "<nil>":
		return true
	}
	return fl.NoOptDefVal != "" && fl.Value.Type() == "bool"
}

// useLine is «Bruk:» with the Norwegian names: «sosabc les [EMNE]».
func useLine(c *cobra.Command) string {
	line := cmdutil.CommandPath(c)
	if _, args, ok := strings.Cut(c.Use, " "); ok {
		line += " " + args
	}
	return line
}

// otherNames are the names of c that «Bruk:» does not show: the English
// name and any other alias.
func otherNames(c *cobra.Command) string {
	shown := c.Name()
	if len(c.Aliases) > 0 {
		shown = c.Aliases[0]
	}
	var out []string
	for _, n := range append([]string{c.Name()}, c.Aliases...) {
		if n != shown && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return strings.Join(out, ", ")
}

// groupKey marks a command that only groups others: its help shows no
// «Bruk:» line of its own, though running it shows the help.
const groupKey = "gruppe"

const usageTemplate = `Bruk:{{if and .Runnable (not (index .Annotations "gruppe"))}}
  {{bruk .}}{{end}}{{if .HasAvailableSubCommands}}
  {{sti .}} [kommando]{{end}}{{if gt (len .Aliases) 0}}

Andre navn:
  {{andrenavn .}}{{end}}{{if .HasExample}}

Eksempler:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

{{$w := navnebredde .}}{{$cmds := .Commands}}{{if eq (len .Groups) 0}}Kommandoer:{{range $cmds}}{{if .IsAvailableCommand}}
  {{kommando . $w}}{{end}}{{end}}{{else}}{{range $i, $g := .Groups}}{{if $i}}

{{end}}{{$g.Title}}{{range $cmds}}{{if (and (eq .GroupID $g.ID) .IsAvailableCommand)}}
  {{kommando . $w}}{{end}}{{end}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Valg:
{{valg .LocalFlags .}}{{end}}{{if .HasAvailableInheritedFlags}}

Felles valg:
{{valg .InheritedFlags .}}{{end}}{{if .HasHelpSubCommands}}

Flere hjelpeemner:{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  sosabc help {{navn .}}
{{hjelpeemne .}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

{{avsnitt (printf "Skriv «%s [kommando] --help» for mer om en kommando." (sti .)) .}}{{end}}
`

const helpTemplate = `{{with (or .Long .Short)}}{{avsnitt . $}}

{{end}}{{if or .Runnable .HasSubCommands}}{{.UsageString}}{{end}}`
