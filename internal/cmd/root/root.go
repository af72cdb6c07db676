// Package root builds the sosabc command tree, runs it, and turns every
// error into a Norwegian message and an exit code.
package root

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/adrg/xdg"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmd/checklist"
	"github.com/sosabc/sosabc/internal/cmd/completion"
	contentcmd "github.com/sosabc/sosabc/internal/cmd/content"
	exportcmd "github.com/sosabc/sosabc/internal/cmd/export"
	"github.com/sosabc/sosabc/internal/cmd/forms"
	"github.com/sosabc/sosabc/internal/cmd/handbook"
	"github.com/sosabc/sosabc/internal/cmd/local"
	"github.com/sosabc/sosabc/internal/cmd/start"
	"github.com/sosabc/sosabc/internal/cmd/version"
	"github.com/sosabc/sosabc/internal/cmd/workshop"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/iostreams"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/sanitize"
)

// Main runs sosabc with the real process environment and returns the exit code.
func Main(args []string) int {
	ios := iostreams.System()
	// The garbage collector is tuned for a short-lived command before any
	// package starts (internal/startup). A batch of a hundred PDFs lives
	// longer: the soft limit of 64 MB keeps it at about the memory it used
	// with Go's defaults. GOMEMLIMIT in the environment wins.
	if ios.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(64 << 20)
	}
	f := &cmdutil.Factory{
		IO:       ios,
		Content:  content.FS(),
		Now:      time.Now,
		StateDir: func() (string, error) { return stateDir(ios.Getenv) },
		Version:  buildVersion(),
		Signals: func() (<-chan os.Signal, func()) {
			ch := make(chan os.Signal, 1)
			signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
			return ch, func() { signal.Stop(ch) }
		},
	}
	return Run(f, args)
}

// Run executes one command line against f and returns the exit code. Errors
// are written to stderr in Norwegian; never a Go stack trace.
func Run(f *cmdutil.Factory, args []string) int {
	// Every write to standard out goes through out, so a failed write (a
	// full disk, a closed pipe) is reported and gives exit code 1, also
	// when it was cobra that wrote the help.
	out := &stickyWriter{w: f.IO.Out}
	f.IO.Out = out
	root := NewCmdRoot(f)
	// Arguments reach messages («Fant ikke emnet «…»»): a terminal control
	// sequence in one must never reach the screen.
	clean := make([]string, len(args))
	for i, a := range args {
		clean[i] = sanitize.Strip(a)
	}
	root.SetArgs(clean)
	cmd, err := root.ExecuteC()
	if out.err != nil && (err == nil || errors.Is(err, out.err)) {
		// A command may hand back the raw write error: say it in Norwegian.
		err = cmdutil.WriteError(out.err)
	}
	if err == nil {
		return apperr.ExitOK
	}
	err = translate(root, cmd, err)
	if !errors.Is(err, apperr.ErrSilent) {
		msg := sanitize.Strip(locale.Sentence(err.Error()))
		if f.IO.ErrTTY && f.IO.Width() > 0 {
			msg = wrapMessage(msg, f.IO.Width())
		}
		fmt.Fprintln(f.IO.ErrOut, msg)
	}
	return apperr.Code(err)
}

// wrapMessage fits a message to the terminal at spaces, so the terminal
// never breaks a word («--save-ans/wers»). An indented line keeps its
// indent on the lines it wraps to.
func wrapMessage(msg string, width int) string {
	var out []string
	for _, line := range strings.Split(msg, "\n") {
		body := strings.TrimLeft(line, " ")
		indent := line[:len(line)-len(body)]
		if ansi.StringWidth(line) <= width || body == "" {
			out = append(out, line)
			continue
		}
		for _, l := range cmdutil.Fill(body, max(width-len(indent), 20)) {
			out = append(out, indent+l)
		}
	}
	return strings.Join(out, "\n")
}

// stateDir is SOSABC_STATE_DIR, else the XDG state directory: on Linux
// $XDG_STATE_HOME or ~/.local/state, on macOS ~/Library/Application
// Support, on Windows the Local AppData folder (%LOCALAPPDATA%).
func stateDir(getenv func(string) string) (string, error) {
	if dir := getenv("SOSABC_STATE_DIR"); dir != "" {
		return dir, nil
	}
	return defaultStateDir(runtime.GOOS, getenv, xdg.StateHome)
}

// defaultStateDir is stateHome/sosabc, unless stateHome is a guess. Without
// a home directory there is no sensible default: say so rather than write
// to the root of the file system. On Linux and macOS xdg builds stateHome
// from HOME and falls back to «/» when HOME is unset. On Windows HOME is
// usually unset and plays no part: xdg asks Windows for the Local AppData
// folder, then tries LOCALAPPDATA and USERPROFILE, and leaves stateHome
// empty or relative only when all of them fail.
func defaultStateDir(goos string, getenv func(string) string, stateHome string) (string, error) {
	const advice = " Velg en mappe med SOSABC_STATE_DIR, eller bruk «sosabc start --no-save»."
	switch {
	case goos == "windows":
		if stateHome == "" || !filepath.IsAbs(stateHome) {
			return "", apperr.Usagef("Fant ingen mappe å lagre fremdriften i, fordi Windows ikke oppga mappen for lokale appdata (LOCALAPPDATA)." + advice)
		}
	case getenv("HOME") == "" && !filepath.IsAbs(getenv("XDG_STATE_HOME")):
		return "", apperr.Usagef("Fant ingen mappe å lagre fremdriften i, fordi HOME ikke er satt." + advice)
	}
	return filepath.Join(stateHome, "sosabc"), nil
}

// releaseVersion is set by release builds (.goreleaser.yaml):
//
//	-ldflags "-X github.com/sosabc/sosabc/internal/cmd/root.releaseVersion=v1.2.3"
//
// Without it the version comes from Go's own stamp (debug.ReadBuildInfo):
// the module version after «go install …@v1.2.3», the tag or a
// pseudo-version when built in a clone. Go stamps nothing in a git
// worktree, with -buildvcs=false or without .git, and then it says
// «utviklerversjon», as «go run» does.
var releaseVersion string

func buildVersion() string {
	if releaseVersion != "" {
		return releaseVersion
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "utviklerversjon"
}

// NewCmdRoot builds the whole command tree. Each command has an English
// name and a Norwegian one (its first alias); help shows the Norwegian.
func NewCmdRoot(f *cmdutil.Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "sosabc",
		Short: "Start-ABC for sosiale entreprenører i Norge",
		Long: `sosabc er en håndbok for deg som vil starte en sosial virksomhet i Norge.
Svar på noen spørsmål med «sosabc start», og få en sjekkliste som passer deg:
hva du må gjøre, i hvilken rekkefølge, hva det koster og hvor du gjør det.

sosabc gir råd. Det er myndighetene som bestemmer: sjekk alltid hos dem.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Annotations:   map[string]string{widthKey: strconv.Itoa(f.IO.Width())},
	}
	root.PersistentFlags().StringVar(&f.ContentDir, "content-dir", "", "`MAPPE` med lokalt innhold som legges til eller erstatter innebygd innhold (også SOSABC_CONTENT_DIR)")
	root.PersistentFlags().BoolP("help", "h", false, "vis hjelp")
	root.Version = f.Version
	root.Flags().Bool("version", false, "vis versjonen")
	root.SetVersionTemplate("sosabc {{.Version}}\n")
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetHelpCommand(newHelpCmd(f))
	root.SetUsageTemplate(usageTemplate)
	root.SetHelpTemplate(helpTemplate)
	help := root.HelpFunc()
	root.SetHelpFunc(func(c *cobra.Command, args []string) {
		// cobra writes a failed write of the help on stderr, in English.
		// The sticky writer in Run remembers it and says it in Norwegian.
		c.SetErr(io.Discard)
		defer c.SetErr(f.IO.ErrOut)
		help(c, args)
	})
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return &apperr.UsageError{Msg: translateFlagError(c, err)} })
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)

	root.AddGroup(
		&cobra.Group{ID: "plan", Title: "Din plan:"},
		&cobra.Group{ID: "handbook", Title: "Håndboken:"},
		&cobra.Group{ID: "teach", Title: "Undervisning:"},
		&cobra.Group{ID: "other", Title: "Annet:"},
	)
	add := func(group string, cmds ...*cobra.Command) {
		for _, c := range cmds {
			c.GroupID = group
			root.AddCommand(c)
		}
	}
	add("plan", start.NewCmdStart(f, nil), checklist.NewCmdChecklist(f), local.NewCmdLocal(f, nil))
	add("handbook",
		handbook.NewCmdRead(f, nil),
		handbook.NewCmdSearch(f, nil),
		handbook.NewCmdTopics(f, nil),
		handbook.NewCmdGlossary(f, nil),
		forms.NewCmdForms(f),
		handbook.NewCmdSources(f, nil),
		exportcmd.NewCmdExport(f),
	)
	add("teach", workshop.NewCmdWorkshop(f))
	add("other", contentcmd.NewCmdContent(f), version.NewCmdVersion(f), completion.NewCmdCompletion(f))
	root.AddCommand(newAnswersFileHelp(f), newLocalContentHelp(f), newWorkshopFileHelp(f))
	root.SetHelpCommandGroupID("other")
	for _, c := range root.Commands() {
		c.DisableFlagsInUseLine = true
		for _, sub := range c.Commands() {
			sub.DisableFlagsInUseLine = true
		}
		if c.HasSubCommands() && !c.Runnable() {
			// cobra shows the help of a command that only groups others,
			// with exit 0, whatever follows: «sosabc verksted kjøre» must
			// say that «kjøre» is no command (exit 2). Running the group
			// checks its arguments (cmdutil.NoArgs) first.
			c.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
			if c.Args == nil {
				c.Args = cmdutil.NoArgs
			}
			if c.Annotations == nil {
				c.Annotations = map[string]string{}
			}
			c.Annotations[groupKey] = "ja"
		}
	}
	root.DisableFlagsInUseLine = true
	return root
}

func newHelpCmd(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:     "help [kommando]",
		Aliases: []string{"hjelp"},
		Short:   "Vis hjelp for en kommando",
		RunE: func(c *cobra.Command, args []string) error {
			if topic := helpTopics[strings.Join(args, " ")]; topic != nil {
				return topic(f)
			}
			cmd, _, err := c.Root().Find(args)
			if cmd == nil || err != nil {
				return apperr.Usagef("Ukjent hjelpeemne «%s». Skriv «sosabc help» for å se alt.", strings.Join(args, " "))
			}
			cmd.InitDefaultHelpFlag()
			return cmd.Help()
		},
	}
}

// stickyWriter remembers the first write error.
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	if err != nil {
		s.err = err
	}
	return n, err
}

// WriteString writes s without copying it to a byte slice first when the
// writer underneath can (an *os.File can): a plan is about 120 kB.
func (s *stickyWriter) WriteString(str string) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := io.WriteString(s.w, str)
	if err != nil {
		s.err = err
	}
	return n, err
}

var (
	unknownCmdRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^unknown command "([^"]*)"`) })
	unknownFlag  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^unknown (?:shorthand )?flag: (?:'(.)' in )?(\S+)`) })
	needsArg     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^flag needs an argument: (?:'(.)' in )?(\S+)`) })
	invalidArg   = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^invalid argument "([^"]*)" for "([^"]*)" flag(?:: (.*))?`)
	})
)

// translate turns cobra's and pflag's English into Norwegian.
func translate(root, cmd *cobra.Command, err error) error {
	var usage *apperr.UsageError
	var abort *apperr.AbortError
	if errors.As(err, &usage) || errors.As(err, &abort) || errors.Is(err, apperr.ErrSilent) {
		return err
	}
	msg := err.Error()
	if m := unknownCmdRe().FindStringSubmatch(msg); m != nil {
		return cmdutil.UnknownCommand(root, m[1])
	}
	if strings.HasPrefix(msg, "unknown flag") || strings.HasPrefix(msg, "flag needs") || strings.HasPrefix(msg, "invalid argument") || strings.HasPrefix(msg, "unknown shorthand") {
		return &apperr.UsageError{Msg: translateFlagError(cmd, err)}
	}
	return err
}

// translateFlagError says what is wrong with a flag in Norwegian, and
// where to see the flags of the command: «sosabc sjekkliste --help».
func translateFlagError(cmd *cobra.Command, err error) string {
	msg := err.Error()
	help := " Skriv «--help» for å se hvilke valg som finnes."
	if cmd != nil {
		help = fmt.Sprintf(" Skriv «%s --help» for å se hvilke valg som finnes.", cmdutil.CommandPath(cmd))
	}
	switch {
	case unknownFlag().MatchString(msg):
		return fmt.Sprintf("Ukjent valg «%s».%s", unknownFlag().FindStringSubmatch(msg)[2], help)
	case needsArg().MatchString(msg):
		return fmt.Sprintf("Valget «%s» trenger en verdi.%s", needsArg().FindStringSubmatch(msg)[2], help)
	case invalidArg().MatchString(msg):
		m := invalidArg().FindStringSubmatch(msg)
		if m[3] != "" && !strings.Contains(m[3], "strconv.") && !strings.Contains(m[3], "parse") {
			return m[3] // our own flag values say what is wrong in Norwegian
		}
		return fmt.Sprintf("Ugyldig verdi «%s» for «%s».%s", m[1], m[2], help)
	}
	return msg
}
