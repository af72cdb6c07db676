package ruleset

import (
	"io/fs"
	"slices"
	"strings"

	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/interview/condition"
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

// cacheVersion changes when what the cache's fields mean changes while
// their types stay the same; a change of type is found by cachecodec
// itself. 2: codec.go instead of encoding/gob.
const cacheVersion = 2

type cache struct {
	Version int
	Hash    string
	Phases  []Phase
	Derived []Derived
	Items   []Rule
	Points  []Point
	Forms   []cachedForm
	// Programs are the conditions compiled, each source once, for an
	// environment with ProgramKey: used only when the running program
	// has the same key (expr's version, the compiler, the types of the
	// answers), else compiled again.
	ProgramKey string
	Programs   []cachedProgram
}

type cachedProgram struct {
	Source string
	condition.Program
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
// the cache to write to CacheFile, with every condition compiled as a
// condition.Program: compiling them took about 3 ms of processor time on
// every «sosabc sjekkliste». The programs are kept under their
// condition.ProgramKey, and used only by a program with the same key.
func MakeCache(fsys fs.FS, schema *interview.Schema, refs Refs) ([]byte, error) {
	r, err := load(fsys, schema, refs, nil)
	if err != nil {
		return nil, err
	}
	c := cache{Version: cacheVersion, Hash: cacheHash(fsys), Phases: r.Phases, Derived: r.Derived, Items: r.Items, Points: r.Points}
	env := conditionEnv(schema, refs, r.Derived)
	if c.ProgramKey = condition.ProgramKey(env); c.ProgramKey != "" {
		cs := newConditions(env)
		for _, source := range r.sources() {
			cond, err := cs.Compile(source)
			if err != nil {
				return nil, err
			}
			if p, ok := cond.Program(); ok {
				c.Programs = append(c.Programs, cachedProgram{source, p})
			}
		}
	}
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

// Cache is the cache of the built-in content, being read (ReadCache).
type Cache struct {
	done chan struct{}
	c    *cache // nil when there is none, or it does not match the files
}

// ReadCache starts reading the cache in builtin, the built-in content,
// on another goroutine, and returns at once. A command starts it before
// it reads the rest of the content: reading and checking the cache takes
// 1.5–2 ms, which then overlaps the 1 ms of reading the interview, the
// topics and the uncertain figures (LoadCached).
func ReadCache(builtin fs.FS) *Cache {
	c := &Cache{done: make(chan struct{})}
	go func() {
		defer close(c.done)
		c.c = readCache(builtin)
	}()
	return c
}

// get waits for the cache, and returns nil for a nil c.
func (c *Cache) get() *cache {
	if c == nil {
		return nil
	}
	<-c.done
	return c.c
}

// readCache returns the cache in fsys (the built-in content) when it was
// made from the files as they are, else nil.
func readCache(fsys fs.FS) *cache {
	data, err := contentfs.ReadString(fsys, CacheFile)
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
// check. Its conditions are read back from the cache's programs when
// first asked for, or compiled when the programs' key is not this
// program's.
func (l *loader) fromCache(c *cache) map[string]any {
	s := l.set
	s.Phases = c.Phases
	for i, p := range s.Phases {
		l.phaseIndex[p.ID] = i
	}
	env := conditionEnv(s.Schema, l.refs, c.Derived)
	s.Conditions = newConditions(env)
	if c.ProgramKey != "" && c.ProgramKey == condition.ProgramKey(env) {
		for i := range c.Programs {
			s.Conditions.add(c.Programs[i].Source, &c.Programs[i].Program)
		}
	} else {
		s.Conditions.Lazy = true
	}
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

// conditionEnv is what every condition of the built-in content is
// compiled against: the answers, the Vars and the derived ids. The checks
// made sure each derived condition reads only those before it, so all of
// them can be compiled against the full environment, with one compiler.
func conditionEnv(schema *interview.Schema, refs Refs, derived []Derived) map[string]any {
	env := schema.ZeroEnv()
	for _, v := range refs.Vars {
		env[v.Name] = v.Zero
	}
	for _, d := range derived {
		env[d.ID] = false
	}
	return env
}

// sources are the conditions of the set, each once, in the order a plan
// needs them.
func (s *Set) sources() []string {
	var out []string
	seen := map[string]bool{}
	add := func(source string) {
		if strings.TrimSpace(source) != "" && !seen[source] {
			seen[source] = true
			out = append(out, source)
		}
	}
	for _, d := range s.Derived {
		add(d.When)
	}
	for _, it := range s.Items {
		add(it.When)
	}
	for _, it := range s.Items {
		for _, w := range it.Why {
			add(w.If)
		}
	}
	for _, f := range s.Forms {
		for _, x := range slices.Concat(f.For, f.Against) {
			add(x.When)
		}
	}
	return out
}
