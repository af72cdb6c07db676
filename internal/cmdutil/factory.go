// Package cmdutil is what every command shares: the Factory (streams,
// clock, content, state directory, and the loaded handbook and rules), the
// display and format flags, argument checks, JSON and text output. Commands
// live in internal/cmd/<noun>; application logic lives in the package that
// owns it, not here.
package cmdutil

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
	"time"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/iostreams"
	"github.com/sosabc/sosabc/internal/persona"
	"github.com/sosabc/sosabc/internal/progress"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
	"github.com/sosabc/sosabc/internal/workshop"
)

// Factory holds what commands need from the outside world. Tests build
// their own (cmdtest); root.Main builds the real one.
type Factory struct {
	IO      *iostreams.IOStreams
	Content fs.FS            // the embedded content
	Now     func() time.Time // the clock
	// StateDir is where progress is saved (SOSABC_STATE_DIR or XDG).
	StateDir func() (string, error)
	Version  string

	// Signals delivers Ctrl-C, SIGTERM and SIGHUP while a command waits
	// for the user; the stop function ends the delivery. Nil in tests.
	Signals func() (<-chan os.Signal, func())

	// ContentDir is a local content directory (--content-dir or
	// SOSABC_CONTENT_DIR) that adds or overrides content.
	ContentDir string

	hb  *handbook.Handbook
	eng *Engine
	ws  *workshop.Set
	kom kommuner
}

// Engine is the interview schema and the checklist rules, loaded together
// because the rules are compiled against the schema, and the personas.
type Engine struct {
	Schema *interview.Schema
	Rules  *checklist.Rules

	personas []persona.Persona
}

// Handbook loads and validates the content once, when a command needs it.
func (f *Factory) Handbook() (*handbook.Handbook, error) {
	if f.hb != nil {
		return f.hb, nil
	}
	layers, err := f.Layers()
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
	layers, err := f.Layers()
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
	layers, err := f.Layers()
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

// Engine loads the interview and checklist content once, when a command needs it.
func (f *Factory) Engine() (*Engine, error) {
	if f.eng != nil {
		return f.eng, nil
	}
	// The cache of the built-in checklist is read while the rest is: the
	// plan waits for it, so it starts first. Nearly every command with the
	// checklist also needs the kommuner, to check the answer to «kommune»
	// and to name the contacts nearby: they are read on another goroutine
	// too (about 1 ms of processor time), and wanted only later.
	cached := checklist.ReadCache(f.Content)
	go f.Kommuner() // an error is kept for the command to report
	schema, refs, err := f.engineRefs()
	if err != nil {
		return nil, err
	}
	fsys, err := f.ContentFS()
	if err != nil {
		return nil, err
	}
	rules, err := checklist.LoadCached(fsys, schema, refs, cached)
	if err != nil {
		return nil, f.contentProblem(err)
	}
	// The checklist names the contacts nearby: broken local contacts stop
	// it here, with the file and line, rather than leave them out.
	if f.LocalContentDir() != "" {
		if _, _, err := f.Kommuner(); err != nil {
			return nil, err
		}
	}
	f.eng = &Engine{Schema: schema, Rules: rules}
	return f.eng, nil
}

// engineRefs loads the interview schema and what the checklist names
// outside itself: the topics, the uncertain figures (built-in and local)
// and the kommuner.
func (f *Factory) engineRefs() (*interview.Schema, checklist.Refs, error) {
	topics, err := f.TopicIDs()
	if err != nil {
		return nil, checklist.Refs{}, err
	}
	schema, err := interview.LoadBuiltinSchema(f.Content)
	if err != nil {
		return nil, checklist.Refs{}, ContentError(err)
	}
	f.checkKommune(schema)
	// Checklist items come from the built-in content and the local folder;
	// so do the uncertain figures they name.
	layers, err := f.Layers()
	if err != nil {
		return nil, checklist.Refs{}, err
	}
	reg := source.Registry{}
	var errs strictyaml.Errors
	for i, l := range layers {
		if i == 0 {
			source.LoadBuiltinUncertain(l.FS, "content", reg, &errs)
		} else {
			source.LoadUncertain(l.FS, l.Name, reg, &errs)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, checklist.Refs{}, f.contentProblem(err)
	}
	return schema, checklist.Refs{
		Topic:     func(id string) bool { return topics[id] },
		Uncertain: reg,
		Vars:      f.kommuneVars(),
		Value:     f.checkKommuneValue,
	}, nil
}

// Personas loads the fictional founders; only --persona and the list need them.
func (f *Factory) Personas() ([]persona.Persona, error) {
	eng, err := f.Engine()
	if err != nil {
		return nil, err
	}
	if eng.personas == nil {
		if eng.personas, err = persona.LoadAll(f.Content, eng.Schema); err != nil {
			return nil, ContentError(err)
		}
	}
	return eng.personas, nil
}

// Layers is the embedded content, then the local content directory if any.
func (f *Factory) Layers() ([]handbook.Layer, error) {
	layers := []handbook.Layer{{FS: f.Content, Name: "innebygd innhold"}}
	if dir := f.LocalContentDir(); dir != "" {
		layer, err := localLayer(dir)
		if err != nil {
			return nil, err
		}
		layers = append(layers, layer)
	}
	return layers, nil
}

// WithContentDir is a Factory like f that reads dir as the local content
// folder. It shares f's streams, clock and content but none of the content
// f has loaded, so f itself is not changed for others.
func (f *Factory) WithContentDir(dir string) *Factory {
	return &Factory{IO: f.IO, Content: f.Content, Now: f.Now, StateDir: f.StateDir, Version: f.Version, Signals: f.Signals, ContentDir: dir}
}

// LocalContentDir is --content-dir, else SOSABC_CONTENT_DIR, else "".
func (f *Factory) LocalContentDir() string {
	if f.ContentDir != "" {
		return f.ContentDir
	}
	return f.IO.Getenv("SOSABC_CONTENT_DIR")
}

// contentProblem: broken local content is the user's to fix (exit 2);
// broken embedded content is our bug (exit 1).
func (f *Factory) contentProblem(err error) error {
	if f.LocalContentDir() != "" {
		return &apperr.UsageError{Msg: fmt.Sprintf("Innholdet har feil. Rett dem og prøv igjen:\n%v", err), Err: err}
	}
	return ContentError(err)
}

// ContentError is a fault in the embedded content: our bug, exit 1.
func ContentError(err error) error {
	return fmt.Errorf("det innebygde innholdet har feil (meld fra til utviklerne):\n%w", err)
}

// localLayer opens dir as a root: nothing outside it can be read, not even
// through a symbolic link, so a content folder cannot make sosabc print
// other files.
func localLayer(dir string) (handbook.Layer, error) {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return handbook.Layer{}, apperr.Usagef("Fant ikke innholdsmappen «%s». Sjekk --content-dir eller SOSABC_CONTENT_DIR.", dir)
	case err != nil:
		return handbook.Layer{}, apperr.Usagef("Kan ikke lese innholdsmappen «%s»: %v", dir, err)
	case !info.IsDir():
		return handbook.Layer{}, apperr.Usagef("«%s» er en fil, ikke en mappe. Oppgi mappen som har topics/ og glossary.yaml.", dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return handbook.Layer{}, apperr.Usagef("Kan ikke lese innholdsmappen «%s». Sjekk at du har tilgang til den.", dir)
	}
	if _, err := fs.ReadDir(root.FS(), "."); err != nil {
		return handbook.Layer{}, apperr.Usagef("Kan ikke lese innholdsmappen «%s». Sjekk at du har tilgang til den.", dir)
	}
	return handbook.Layer{FS: root.FS(), Name: dir, Local: true}, nil
}

// Store is the saved progress for this user, with the interview schema it
// is checked against.
func (f *Factory) Store() (progress.Store, error) {
	eng, err := f.Engine()
	if err != nil {
		return progress.Store{}, err
	}
	dir, err := f.StateDir()
	if err != nil {
		return progress.Store{}, err
	}
	return progress.Store{Dir: dir, Schema: eng.Schema, Now: f.Now, Warn: f.IO.ErrOut}, nil
}

// ContentFS is the embedded content with the local content directory, if
// any, layered on top: a local file adds to or replaces the built-in one.
func (f *Factory) ContentFS() (fs.FS, error) {
	layers, err := f.Layers()
	if err != nil {
		return nil, err
	}
	cl := []contentfs.Layer{{FS: f.Content, Prefix: "content"}}
	for _, l := range layers[1:] {
		cl = append(cl, contentfs.Layer{FS: l.FS, Prefix: l.Name})
	}
	return contentfs.New(cl...), nil
}

// Workshops loads the workshop modules, built-in and local, checked
// against the handbook's topics and the personas.
func (f *Factory) Workshops() (*workshop.Set, error) {
	if f.ws != nil {
		return f.ws, nil
	}
	fsys, err := f.ContentFS()
	if err != nil {
		return nil, err
	}
	topics, err := f.TopicIDs()
	if err != nil {
		return nil, err
	}
	personas, err := f.Personas()
	if err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	for _, p := range personas {
		ids[p.ID] = true
	}
	set, err := workshop.Load(fsys, workshop.Refs{Topic: func(id string) bool { return topics[id] }, Persona: func(id string) bool { return ids[id] }})
	if err != nil {
		return nil, f.contentProblem(err)
	}
	f.ws = set
	return set, nil
}
