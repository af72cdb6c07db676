package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/iostreams"
)

// Factory holds what commands need from the outside world. Tests build
// their own; Main builds the real one.
type Factory struct {
	IO      *iostreams.IOStreams
	Content fs.FS            // the embedded content
	Now     func() time.Time // the clock
	// StateDir is where progress is saved (SOSABC_STATE_DIR or XDG).
	StateDir func() (string, error)
	Version  string

	// ContentDir is a local content directory (--content-dir or
	// SOSABC_CONTENT_DIR) that adds or overrides topics and terms.
	ContentDir string

	hb  *handbook.Handbook
	eng *engine
}

// Handbook loads and validates the content once, when a command needs it.
func (f *Factory) Handbook() (*handbook.Handbook, error) {
	if f.hb != nil {
		return f.hb, nil
	}
	layers := []handbook.Layer{{FS: f.Content, Name: "innebygd innhold"}}
	dir := f.ContentDir
	if dir == "" {
		dir = f.IO.Getenv("SOSABC_CONTENT_DIR")
	}
	if dir != "" {
		layer, err := localLayer(dir)
		if err != nil {
			return nil, err
		}
		layers = append(layers, layer)
	}
	hb, err := handbook.Load(layers...)
	if err != nil {
		if dir != "" {
			return nil, usageErrorf("Innholdet har feil. Rett dem og prøv igjen:\n%v", err)
		}
		return nil, fmt.Errorf("det innebygde innholdet har feil (meld fra til utviklerne):\n%w", err)
	}
	f.hb = hb
	return hb, nil
}

func localLayer(dir string) (handbook.Layer, error) {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return handbook.Layer{}, usageErrorf("Fant ikke innholdsmappen «%s». Sjekk --content-dir eller SOSABC_CONTENT_DIR.", dir)
	case err != nil:
		return handbook.Layer{}, usageErrorf("Kan ikke lese innholdsmappen «%s»: %v", dir, err)
	case !info.IsDir():
		return handbook.Layer{}, usageErrorf("«%s» er en fil, ikke en mappe. Oppgi mappen som har topics/ og glossary.yaml.", dir)
	}
	if _, err := os.ReadDir(dir); err != nil {
		return handbook.Layer{}, usageErrorf("Kan ikke lese innholdsmappen «%s». Sjekk at du har tilgang til den.", dir)
	}
	return handbook.Layer{FS: os.DirFS(dir), Name: dir, Local: true}, nil
}
