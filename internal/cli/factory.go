package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
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

	// Interrupts delivers Ctrl-C while a line-by-line interview waits for
	// input; the stop function ends the delivery. Nil in tests.
	Interrupts func() (<-chan os.Signal, func())

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
	layers, err := f.layers()
	if err != nil {
		return nil, err
	}
	hb, err := handbook.Load(layers...)
	if err != nil {
		return nil, f.contentProblem(err)
	}
	f.hb = hb
	return hb, nil
}

// TopicPage loads only what the page for id needs. It returns
// handbook.ErrNoSuchTopic when there is no such page.
func (f *Factory) TopicPage(id string) (*handbook.Handbook, error) {
	if f.hb != nil {
		if f.hb.Topic(id) == nil {
			return nil, handbook.ErrNoSuchTopic
		}
		return f.hb, nil
	}
	layers, err := f.layers()
	if err != nil {
		return nil, err
	}
	hb, err := handbook.LoadTopic(id, layers...)
	if err != nil && !errors.Is(err, handbook.ErrNoSuchTopic) {
		return nil, f.contentProblem(err)
	}
	return hb, err
}

// TopicIDs lists every topic id by file name, without parsing the files:
// enough for the checklist to check its links. (The id must equal the
// file name; the loader enforces it.)
func (f *Factory) TopicIDs() (map[string]bool, error) {
	layers, err := f.layers()
	if err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	for _, l := range layers {
		matches, _ := fs.Glob(l.FS, "topics/*/*.md")
		for _, m := range matches {
			ids[strings.TrimSuffix(path.Base(m), ".md")] = true
		}
	}
	return ids, nil
}

func (f *Factory) layers() ([]handbook.Layer, error) {
	layers := []handbook.Layer{{FS: f.Content, Name: "innebygd innhold"}}
	if dir := f.contentDir(); dir != "" {
		layer, err := localLayer(dir)
		if err != nil {
			return nil, err
		}
		layers = append(layers, layer)
	}
	return layers, nil
}

func (f *Factory) contentDir() string {
	if f.ContentDir != "" {
		return f.ContentDir
	}
	return f.IO.Getenv("SOSABC_CONTENT_DIR")
}

// contentProblem: broken local content is the user's to fix (exit 2);
// broken embedded content is our bug (exit 1).
func (f *Factory) contentProblem(err error) error {
	if f.contentDir() != "" {
		return usageErrorf("Innholdet har feil. Rett dem og prøv igjen:\n%v", err)
	}
	return fmt.Errorf("det innebygde innholdet har feil (meld fra til utviklerne):\n%w", err)
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
