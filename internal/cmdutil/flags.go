package cmdutil

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/render"
)

// MaxWidth is the widest --width we accept: wider pages are unreadable, and
// a huge width would make the renderer use memory without bound.
const MaxWidth = 500

// Display holds --width, --style and --no-pager, shared by every command
// that shows a page.
type Display struct {
	Width   int
	Style   string
	NoPager bool
}

// AddDisplayFlags adds --width and --style, and --no-pager when the command pages.
func AddDisplayFlags(cmd *cobra.Command, d *Display, pager bool) {
	cmd.Flags().IntVar(&d.Width, "width", 0, "bredde i `TEGN` (standard: terminalens bredde, høyst 100)")
	cmd.Flags().StringVar(&d.Style, "style", "", "`STIL`: standard (for lys og mørk bakgrunn), dark, light eller notty (også SOSABC_STYLE)")
	_ = cmd.RegisterFlagCompletionFunc("style", cobra.FixedCompletions(render.Styles, cobra.ShellCompDirectiveNoFileComp))
	if pager {
		cmd.Flags().BoolVar(&d.NoPager, "no-pager", false, "skriv alt på en gang, uten å bla")
	}
}

// Render checks the flags and the environment before any work is done.
func (d *Display) Render(f *Factory) (render.Options, error) {
	style, err := StyleFor(f, d.Style)
	if err != nil {
		return render.Options{}, err
	}
	width, err := WidthFor(f, d.Width)
	if err != nil {
		return render.Options{}, err
	}
	return render.Options{Width: width, Style: style}, nil
}

// StyleFor picks the rendering style. An explicit --style wins; otherwise
// plain text unless colour is wanted; then SOSABC_STYLE, else standard,
// which reads well on light and dark backgrounds.
func StyleFor(f *Factory, flag string) (string, error) {
	if flag != "" {
		if !render.ValidStyle(flag) {
			return "", apperr.Usagef("Ukjent stil «%s». Velg %s.", flag, locale.JoinOr(render.Styles))
		}
		return flag, nil
	}
	// Screen readers read escape codes and box lines aloud: plain text.
	if !f.IO.ColorEnabled() || f.IO.ScreenReader() {
		return "notty", nil
	}
	if env := f.IO.Getenv("SOSABC_STYLE"); env != "" {
		if !render.ValidStyle(env) {
			return "", apperr.Usagef("Ukjent stil «%s» i SOSABC_STYLE. Velg %s.", env, locale.JoinOr(render.Styles))
		}
		return env, nil
	}
	return render.DefaultStyle, nil
}

// WidthFor is --width, else the terminal width capped at 100 columns:
// longer lines are hard to read.
func WidthFor(f *Factory, flag int) (int, error) {
	switch {
	case flag < 0 || (flag > 0 && flag < 20):
		return 0, apperr.Usagef("Bredden må være minst 20 tegn, ikke %d.", flag)
	case flag > MaxWidth:
		return 0, apperr.Usagef("Bredden kan være høyst %d tegn, ikke %d.", MaxWidth, flag)
	case flag > 0:
		return flag, nil
	}
	return min(f.IO.Width(), 100), nil
}

// AddFormatFlag adds --format with the allowed values: completion, and a
// Norwegian error for anything else, in one place for every command. The
// first allowed value is the default.
func AddFormatFlag(cmd *cobra.Command, target *string, allowed ...string) {
	*target = allowed[0]
	cmd.Flags().Var(&enumValue{target: target, allowed: allowed}, "format", "`FORMAT`: "+locale.JoinOr(allowed))
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(allowed, cobra.ShellCompDirectiveNoFileComp))
}

// AddJSONFlag adds --json, a short form of --format json.
func AddJSONFlag(cmd *cobra.Command, target *string) {
	f := cmd.Flags().VarPF(&jsonValue{target: target}, "json", "", "skriv JSON (det samme som --format json)")
	f.NoOptDefVal = "true"
}

type enumValue struct {
	target  *string
	allowed []string
}

func (v *enumValue) String() string { return *v.target }
func (v *enumValue) Type() string   { return "string" }
func (v *enumValue) Set(s string) error {
	if !slices.Contains(v.allowed, s) {
		return apperr.Usagef("Ukjent format «%s». Velg %s.", s, locale.JoinOr(v.allowed))
	}
	*v.target = s
	return nil
}

type jsonValue struct{ target *string }

func (v *jsonValue) String() string   { return "false" }
func (v *jsonValue) Type() string     { return "bool" }
func (v *jsonValue) IsBoolFlag() bool { return true }
func (v *jsonValue) Set(s string) error {
	switch strings.ToLower(s) {
	case "true", "1":
		*v.target = "json"
	case "false", "0":
	default:
		return fmt.Errorf("--json tar ingen verdi")
	}
	return nil
}
