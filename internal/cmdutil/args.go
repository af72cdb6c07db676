package cmdutil

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/fuzzy"
)

// NoArgs rejects arguments, suggesting a command when the argument looks
// like a misspelt one.
func NoArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return UnknownCommand(cmd, args[0])
	}
	return nil
}

// MaxArgs allows at most n arguments; msg says what to write instead.
func MaxArgs(n int, msg string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) > n {
			return apperr.Usagef("%s", msg)
		}
		return nil
	}
}

// ExactArgs wants exactly n arguments.
func ExactArgs(n int, msg string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return apperr.Usagef("%s", msg)
		}
		return nil
	}
}

// MinArgs wants at least one argument that is not blank.
func MinArgs(msg string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) == 0 || strings.TrimSpace(strings.Join(args, "")) == "" {
			return apperr.Usagef("%s", msg)
		}
		return nil
	}
}

// UnknownCommand says that name is not a command, with the closest names.
func UnknownCommand(cmd *cobra.Command, name string) error {
	msg := fmt.Sprintf("Ukjent kommando «%s».", name)
	if s := suggestCommands(cmd, name); len(s) > 0 {
		msg += fmt.Sprintf(" Mente du «%s»?", strings.Join(s, "», «"))
	} else if deeper := findDeeper(cmd.Root(), name); deeper != "" {
		// «sosabc undo»: the command exists, one level down.
		msg += fmt.Sprintf(" Mente du «%s»?", deeper)
	}
	where := "sosabc"
	if cmd.HasParent() && cmd.HasAvailableSubCommands() {
		where = CommandPath(cmd)
	}
	return apperr.Usagef("%s Skriv «%s --help» for å se alle kommandoene.", msg, where)
}

// CommandPath is the path of c in Norwegian names, as the user writes it:
// «sosabc sjekkliste gjort», not «sosabc checklist done».
func CommandPath(c *cobra.Command) string {
	var names []string
	for ; c.HasParent(); c = c.Parent() {
		names = append([]string{norwegianName(c)}, names...)
	}
	return strings.Join(append([]string{c.Name()}, names...), " ")
}

// norwegianName is the name «Bruk:» shows: the first alias, or the name
// when there is none.
func norwegianName(c *cobra.Command) string {
	if len(c.Aliases) > 0 {
		return c.Aliases[0]
	}
	return c.Name()
}

// findDeeper finds a command named name (in English or Norwegian) under
// one of root's commands, and returns its full path in Norwegian names:
// «sosabc sjekkliste angre» for «undo».
func findDeeper(root *cobra.Command, name string) string {
	for _, c := range root.Commands() {
		for _, sub := range c.Commands() {
			if !sub.IsAvailableCommand() {
				continue
			}
			for _, n := range append([]string{sub.Name()}, sub.Aliases...) {
				if strings.EqualFold(n, name) {
					return "sosabc " + norwegianName(c) + " " + norwegianName(sub)
				}
			}
		}
	}
	return ""
}

// suggestCommands finds subcommands of cmd (or of the root, when cmd has
// none) whose name or alias is close to name, and gives each by its
// Norwegian name: «sok» and «search» both suggest «søk». A short name may
// be one letter off, a longer one two: «foo» is not a misspelt «sok».
func suggestCommands(cmd *cobra.Command, name string) []string {
	parent := cmd
	if !parent.HasAvailableSubCommands() {
		parent = cmd.Root()
	}
	var out []string
	for _, c := range parent.Commands() {
		if !c.IsAvailableCommand() {
			continue
		}
		lower := strings.ToLower(name)
		maxDist := 2
		if len([]rune(lower)) <= 4 {
			maxDist = 1
		}
		for _, n := range append([]string{c.Name()}, c.Aliases...) {
			if fuzzy.Distance(lower, n) <= maxDist || strings.HasPrefix(n, lower) {
				out = append(out, norwegianName(c))
				break
			}
		}
	}
	return out
}
