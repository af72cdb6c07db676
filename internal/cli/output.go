package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/pager"
	"github.com/sosabc/sosabc/internal/render"
)

// display holds --width, --style and --no-pager, shared by every command
// that shows a page.
type display struct {
	Width   int
	Style   string
	NoPager bool
}

func (d *display) addFlags(cmd *cobra.Command, pager bool) {
	cmd.Flags().IntVar(&d.Width, "width", 0, "bredde i tegn (standard: terminalens bredde, høyst 100)")
	cmd.Flags().StringVar(&d.Style, "style", "", "stil: dark, light eller notty (også SOSABC_STYLE)")
	if pager {
		cmd.Flags().BoolVar(&d.NoPager, "no-pager", false, "skriv alt på en gang, uten å bla")
	}
}

// options checks the flags and the environment before any work is done.
func (d *display) options(f *Factory) (render.Options, error) {
	style, err := styleFor(f, d.Style)
	if err != nil {
		return render.Options{}, err
	}
	width, err := widthFor(f, d.Width)
	if err != nil {
		return render.Options{}, err
	}
	return render.Options{Width: width, Style: style}, nil
}

// show renders md and writes it: one screen at a time when a person reads
// a page longer than the terminal, all at once otherwise.
func (d *display) show(f *Factory, md string, o render.Options) error {
	page, err := render.Markdown(md, o)
	if err != nil {
		return err
	}
	if f.IO.OutTTY && f.IO.InTTY && !d.NoPager && !f.IO.Accessible() && f.IO.Height() > 0 && strings.Count(page, "\n") >= f.IO.Height() {
		return pager.Run(f.IO.In, f.IO.Out, page, o.Width, f.IO.Height())
	}
	if _, err := fmt.Fprint(f.IO.Out, page); err != nil {
		return writeWriteError(err)
	}
	return nil
}

// writeJSON prints v as indented JSON: the stable contract for --json.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// styleFor picks the rendering style. An explicit --style wins; otherwise
// plain text unless colour is wanted; then SOSABC_STYLE, else dark.
func styleFor(f *Factory, flag string) (string, error) {
	if flag != "" {
		if !render.ValidStyle(flag) {
			return "", usageErrorf("Ukjent stil «%s». Velg dark, light eller notty.", flag)
		}
		return flag, nil
	}
	// Screen readers read escape codes and box lines aloud: plain text.
	if !f.IO.ColorEnabled() || f.IO.Getenv("ACCESSIBLE") != "" {
		return "notty", nil
	}
	if env := f.IO.Getenv("SOSABC_STYLE"); env != "" {
		if !render.ValidStyle(env) {
			return "", usageErrorf("Ukjent stil «%s» i SOSABC_STYLE. Velg dark, light eller notty.", env)
		}
		return env, nil
	}
	return "dark", nil
}

// widthFor is --width, else the terminal width capped at 100 columns:
// longer lines are hard to read.
func widthFor(f *Factory, flag int) (int, error) {
	if flag < 0 || (flag > 0 && flag < 20) {
		return 0, usageErrorf("Bredden må være minst 20 tegn, ikke %d.", flag)
	}
	if flag > 0 {
		return flag, nil
	}
	return min(f.IO.Width(), 100), nil
}

// wrap fits plain text to the terminal: each line starts with first (the
// first line) or rest (the others). Words are never broken, so a long web
// address may stick out rather than be cut.
func wrap(text string, width int, first, rest string) string {
	avail := max(width-ansi.StringWidth(rest), 20)
	lines := strings.Split(ansi.Wordwrap(text, avail, ""), "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = rest + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

func writeWriteError(err error) error {
	return fmt.Errorf("kunne ikke skrive utdata: %w", err)
}
