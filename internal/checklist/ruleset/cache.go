package ruleset

import (
	"io/fs"

	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/source"
)

// CacheFile holds the built-in checklist and company forms as Load makes
// them from the YAML, already checked, in the format of codec.go. Decoding some
// 300 kB of YAML and checking every item was most of what «sosabc
// sjekkliste» cost; the cache takes a fraction of that. The YAML stays the
// source: the cache records a hash of the files it was made from, and
// Load reads the YAML when the hash does not match (someone edited a
// file). `go test ./internal/cmdutil` fails until the cache is made again
// with `go generate ./content`.
//
// Content from a local folder is never cached: it is read and checked
// from its YAML, against the built-in items, as before.
const CacheFile = "cache/checklist.bin"

// cacheVersion changes when the cache's layout does, so an old cache is
// never decoded into new types. 2: codec.go instead of encoding/gob.
const cacheVersion = 2

type cache struct {
	Version int
	Hash    string
	Phases  []Phase
	Derived []Derived
	Items   []Rule
	Points  []Point
	Forms   []cachedForm
}

// cachedForm is a Form with its point texts in point order: a map has no
// order, and the cache must be the same every time it is made.
type cachedForm struct {
	ID, Name, Topic string
	PointIDs        []string
	PointTexts      []string
	For, Against    []Reason
}

// hashedFiles are the built-in files the cache is made from: the
// checklist's own, and the questions its conditions are compiled against.
// The checks also read the topics, the uncertain figures and the
// kommuner, which the cache does not hold: when one of those changes, the
// test of the cache (internal/cmdutil) checks everything again.
func hashedFiles(fsys fs.FS) []string {
	items, _ := itemFiles(fsys)
	return append([]string{phasesFile, derivedFile, formsFile, "interview/questions.yaml"}, items...)
}

// cacheHash is the hash of what the cache is made from in fsys, the
// built-in content.
func cacheHash(fsys fs.FS) string {
	h, _ := contentfs.Hash(fsys, "", hashedFiles(fsys)) // an unreadable file: a hash no cache has
	return h
}

// MakeCache loads the checklist and forms from the YAML in fsys (the
// built-in content, without a local folder) with every check, and returns
// the cache to write to CacheFile. The compiled conditions are not in it.
func MakeCache(fsys fs.FS, schema *interview.Schema, refs Refs) ([]byte, error) {
	r, err := load(fsys, schema, refs, false)
	if err != nil {
		return nil, err
	}
	c := cache{Version: cacheVersion, Hash: cacheHash(fsys), Phases: r.Phases, Derived: r.Derived, Items: r.Items, Points: r.Points}
	for _, f := range r.Forms {
		cf := cachedForm{ID: f.ID, Name: f.Name, Topic: f.Topic, For: f.For, Against: f.Against}
		for _, id := range sortedKeys(f.Points) {
			cf.PointIDs = append(cf.PointIDs, id)
			cf.PointTexts = append(cf.PointTexts, f.Points[id])
		}
		c.Forms = append(c.Forms, cf)
	}
	return encodeCache(&c), nil
}

// readCache returns the cache in fsys (the built-in content) when it was
// made from the files as they are, else nil.
func readCache(fsys fs.FS) *cache {
	data, err := fs.ReadFile(fsys, CacheFile)
	if err != nil {
		return nil
	}
	// The files are hashed on another processor while this one decodes.
	hash := make(chan string, 1)
	go func() { hash <- cacheHash(fsys) }()
	c, err := decodeCache(data)
	if err != nil || c.Hash != <-hash {
		return nil
	}
	return c
}

// fromCache fills the set from the cache of the built-in content and
// returns the environment local items are compiled against. Nothing is
// checked again: the cache is made only from content that passed every
// check. Its conditions are compiled when first asked for.
func (l *loader) fromCache(c *cache) map[string]any {
	s := l.set
	s.Phases = c.Phases
	for i, p := range s.Phases {
		l.phaseIndex[p.ID] = i
	}
	env := s.Schema.ZeroEnv()
	for _, v := range l.refs.Vars {
		env[v.Name] = v.Zero
	}
	// The checks made sure each derived condition reads only those before
	// it, so all of them can be compiled against the full environment,
	// with one compiler.
	for _, d := range c.Derived {
		env[d.ID] = false
	}
	s.Conditions = newConditions(env)
	s.Derived = c.Derived
	s.Items = c.Items
	for i, rule := range s.Items {
		var uncertain []source.Uncertain
		if l.refs.Uncertain != nil {
			uncertain = l.refs.Uncertain.Resolve(rule.Uncertain, rule.File, 0, &l.errs)
		}
		s.Uncertain = append(s.Uncertain, uncertain)
		l.byID[rule.ID] = i
	}
	s.Points = c.Points
	for _, cf := range c.Forms {
		f := Form{ID: cf.ID, Name: cf.Name, Topic: cf.Topic, Points: make(map[string]string, len(cf.PointIDs)), For: cf.For, Against: cf.Against}
		for i, id := range cf.PointIDs {
			f.Points[id] = cf.PointTexts[i]
		}
		s.Forms = append(s.Forms, f)
	}
	return env
}
