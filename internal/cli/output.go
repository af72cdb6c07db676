package cli

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/sosabc/sosabc/internal/render"
)

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
	if !f.IO.ColorEnabled() {
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

func writeWriteError(err error) error {
	return fmt.Errorf("kunne ikke skrive utdata: %w", err)
}
