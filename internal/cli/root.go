// Package cli wires the sosabc commands. Each command is one options struct
// and one run function; everything from outside comes through the Factory.
package cli

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/adrg/xdg"
	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/fuzzy"
	"github.com/sosabc/sosabc/internal/iostreams"
)

// Main runs sosabc with the real process environment and returns the exit code.
func Main(args []string) int {
	f := &Factory{
		IO:       iostreams.System(),
		Content:  content.FS(),
		Now:      time.Now,
		StateDir: systemStateDir,
		Version:  buildVersion(),
		Interrupts: func() (<-chan os.Signal, func()) {
			ch := make(chan os.Signal, 1)
			signal.Notify(ch, os.Interrupt)
			return ch, func() { signal.Stop(ch) }
		},
	}
	return Run(f, args)
}

// Run executes one command line against f and returns the exit code. Errors
// are written to stderr in Norwegian; never a Go stack trace.
func Run(f *Factory, args []string) int {
	root := NewRootCmd(f)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if err == nil {
		return ExitOK
	}
	if !errors.Is(err, errSilent) {
		fmt.Fprintln(f.IO.ErrOut, sentence(translateCobraError(root, cmd, err).Error()))
	}
	return exitCode(translateCobraError(root, cmd, err))
}

// sentence starts an error message with a capital letter, as a sentence
// for the user, though Go errors are written in lower case.
func sentence(msg string) string {
	msg = strings.TrimRight(msg, "\n")
	r, size := utf8.DecodeRuneInString(msg)
	return string(unicode.ToUpper(r)) + msg[size:]
}

func systemStateDir() (string, error) {
	if dir := os.Getenv("SOSABC_STATE_DIR"); dir != "" {
		return dir, nil
	}
	return filepath.Join(xdg.StateHome, "sosabc"), nil
}

func buildVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "utviklerversjon"
}

// NewRootCmd builds the whole command tree.
func NewRootCmd(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "sosabc",
		Short: "Start-ABC for sosiale entreprenører i Norge",
		Long: `sosabc er en håndbok for deg som vil starte en sosial virksomhet i Norge.
Svar på noen spørsmål med «sosabc start», og få en sjekkliste som passer deg:
hva du må gjøre, i hvilken rekkefølge, hva det koster og hvor du gjør det.

sosabc gir råd. Det er myndighetene som bestemmer: sjekk alltid hos dem.`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.PersistentFlags().StringVar(&f.ContentDir, "content-dir", "", "mappe med lokalt innhold som legges til eller erstatter emner (også SOSABC_CONTENT_DIR)")
	root.PersistentFlags().BoolP("help", "h", false, "vis hjelp")
	root.Version = f.Version
	root.Flags().Bool("version", false, "vis versjonen")
	root.SetVersionTemplate("sosabc {{.Version}}\n")
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetHelpCommand(newHelpCmd())
	root.SetUsageTemplate(usageTemplate)
	root.SetHelpTemplate(helpTemplate)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &UsageError{Msg: translateFlagError(err)} })
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)

	root.AddCommand(
		newStartCmd(f),
		newChecklistCmd(f),
		newTopicsCmd(f),
		newReadCmd(f),
		newSearchCmd(f),
		newGlossaryCmd(f),
		newSourcesCmd(f),
		newContentCmd(f),
		newFormsCmd(f),
		newVersionCmd(f),
		newCompletionCmd(f),
		newAnswersFileHelp(f),
	)
	for _, c := range root.Commands() {
		c.DisableFlagsInUseLine = true
		for _, sub := range c.Commands() {
			sub.DisableFlagsInUseLine = true
		}
	}
	root.DisableFlagsInUseLine = true
	return root
}

func newHelpCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "help [kommando]",
		Short: "Vis hjelp for en kommando",
		RunE: func(c *cobra.Command, args []string) error {
			cmd, _, err := c.Root().Find(args)
			if cmd == nil || err != nil {
				return usageErrorf("Ukjent hjelpeemne «%s». Skriv «sosabc help» for å se alt.", strings.Join(args, " "))
			}
			cmd.InitDefaultHelpFlag()
			return cmd.Help()
		},
	}
}

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return unknownCommand(cmd, args[0])
	}
	return nil
}

func unknownCommand(cmd *cobra.Command, name string) error {
	msg := fmt.Sprintf("Ukjent kommando «%s».", name)
	if s := suggestCommands(cmd.Root(), name); len(s) > 0 {
		msg += fmt.Sprintf(" Mente du «%s»?", strings.Join(s, "», «"))
	}
	return usageErrorf("%s Skriv «sosabc --help» for å se alle kommandoene.", msg)
}

// suggestCommands finds commands and their Norwegian aliases close to name.
func suggestCommands(root *cobra.Command, name string) []string {
	var out []string
	for _, c := range root.Commands() {
		if !c.IsAvailableCommand() {
			continue
		}
		for _, n := range append([]string{c.Name()}, c.Aliases...) {
			if fuzzy.Distance(strings.ToLower(name), n) <= 2 || strings.HasPrefix(n, strings.ToLower(name)) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

var (
	unknownCmdRe = regexp.MustCompile(`^unknown command "([^"]*)"`)
	unknownFlag  = regexp.MustCompile(`^unknown (?:shorthand )?flag: (?:'(.)' in )?(\S+)`)
	needsArg     = regexp.MustCompile(`^flag needs an argument: (?:'(.)' in )?(\S+)`)
	invalidArg   = regexp.MustCompile(`^invalid argument "([^"]*)" for "([^"]*)" flag`)
)

// translateCobraError turns cobra's and pflag's English into Norwegian.
func translateCobraError(root, cmd *cobra.Command, err error) error {
	var usage *UsageError
	if errors.As(err, &usage) || errors.Is(err, errSilent) {
		return err
	}
	var abort *AbortError
	if errors.As(err, &abort) {
		return err
	}
	msg := err.Error()
	if m := unknownCmdRe.FindStringSubmatch(msg); m != nil {
		return unknownCommand(root, m[1])
	}
	if strings.HasPrefix(msg, "unknown flag") || strings.HasPrefix(msg, "flag needs") || strings.HasPrefix(msg, "invalid argument") || strings.HasPrefix(msg, "unknown shorthand") {
		return &UsageError{Msg: translateFlagError(err)}
	}
	return err
}

func translateFlagError(err error) string {
	msg := err.Error()
	help := " Skriv «--help» for å se hvilke valg som finnes."
	switch {
	case unknownFlag.MatchString(msg):
		return fmt.Sprintf("Ukjent valg «%s».%s", unknownFlag.FindStringSubmatch(msg)[2], help)
	case needsArg.MatchString(msg):
		return fmt.Sprintf("Valget «%s» trenger en verdi.%s", needsArg.FindStringSubmatch(msg)[2], help)
	case invalidArg.MatchString(msg):
		m := invalidArg.FindStringSubmatch(msg)
		return fmt.Sprintf("Ugyldig verdi «%s» for «%s».%s", m[1], m[2], help)
	}
	return msg
}

const usageTemplate = `Bruk:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [kommando]{{end}}{{if gt (len .Aliases) 0}}

Andre navn:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Eksempler:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Kommandoer:{{range .Commands}}{{if .IsAvailableCommand}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Valg:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Felles valg:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasHelpSubCommands}}

Flere hjelpeemner:{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  {{rpad .CommandPath .CommandPathPadding}} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

Skriv «{{.CommandPath}} [kommando] --help» for mer om en kommando.{{end}}
`

const helpTemplate = `{{with (or .Long .Short)}}{{. | trimTrailingWhitespaces}}

{{end}}{{if or .Runnable .HasSubCommands}}{{.UsageString}}{{end}}`
