package interview

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"io/fs"
	"strings"

	"github.com/sosabc/sosabc/internal/interview/condition"
)

// BuiltinFile is the built-in interview, in the content directory.
const BuiltinFile = "interview/questions.yaml"

// CacheFile holds the built-in interview as LoadSchema makes it from
// BuiltinFile, already checked, in encoding/gob: decoding the YAML was a
// tenth of what «sosabc sjekkliste» spent beyond starting. The YAML stays
// the source: the cache records its hash, and LoadBuiltinSchema reads the
// YAML when the hash does not match (someone edited the file).
// `go test ./internal/cmdutil` fails until the cache is made again with
// `go generate ./content`.
const CacheFile = "cache/interview.gob"

// cacheVersion changes when the cache's layout does, so an old cache is
// never decoded into new types.
const cacheVersion = 1

type schemaCache struct {
	Version  int
	Hash     string
	Sections []Section
	// Bounds are the questions' min and max, in order: gob does not keep
	// a pointer to zero («min: 0»), so they are written out here.
	Bounds []bounds
}

type bounds struct {
	Min, Max       int
	HasMin, HasMax bool
}

// cacheHash is the hash of the built-in interview as it is in fsys.
func cacheHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// MakeCache loads the built-in interview in fsys with every check, and
// returns the cache to write to CacheFile.
func MakeCache(fsys fs.FS) ([]byte, error) {
	s, err := LoadSchema(fsys, BuiltinFile)
	if err != nil {
		return nil, err
	}
	data, err := fs.ReadFile(fsys, BuiltinFile)
	if err != nil {
		return nil, err
	}
	c := schemaCache{Version: cacheVersion, Hash: cacheHash(data), Sections: s.Sections}
	for _, q := range s.questions {
		var b bounds
		if q.Min != nil {
			b.Min, b.HasMin = *q.Min, true
		}
		if q.Max != nil {
			b.Max, b.HasMax = *q.Max, true
		}
		c.Bounds = append(c.Bounds, b)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(c); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// LoadBuiltinSchema is LoadSchema(fsys, BuiltinFile), from the cache when
// it was made from the file as it is.
func LoadBuiltinSchema(fsys fs.FS) (*Schema, error) {
	if s := readCache(fsys); s != nil {
		return s, nil
	}
	return LoadSchema(fsys, BuiltinFile)
}

// readCache returns the schema in the cache in fsys when it was made from
// BuiltinFile as it is, else nil. Nothing is checked again: the cache is
// made only from an interview that passed every check.
func readCache(fsys fs.FS) *Schema {
	cached, err := fs.ReadFile(fsys, CacheFile)
	if err != nil {
		return nil
	}
	data, err := fs.ReadFile(fsys, BuiltinFile)
	if err != nil {
		return nil
	}
	var c schemaCache
	if gob.NewDecoder(bytes.NewReader(cached)).Decode(&c) != nil || c.Version != cacheVersion || c.Hash != cacheHash(data) {
		return nil
	}
	s := &Schema{Sections: c.Sections, byID: map[string]*Question{}}
	for si := range s.Sections {
		for qi := range s.Sections[si].Questions {
			q := &s.Sections[si].Questions[qi]
			s.byID[q.ID] = q
			s.questions = append(s.questions, q)
		}
	}
	if len(c.Bounds) != len(s.questions) {
		return nil
	}
	for i, q := range s.questions {
		q.Min, q.Max = nil, nil
		if b := c.Bounds[i]; b.HasMin {
			q.Min = &b.Min
		}
		if b := c.Bounds[i]; b.HasMax {
			q.Max = &b.Max
		}
	}
	env := s.ZeroEnv()
	for _, q := range s.questions {
		if strings.TrimSpace(q.When) == "" {
			continue
		}
		if q.when, err = condition.Compile(q.When, env); err != nil {
			return nil // cannot happen: the cache was checked when made
		}
	}
	return s
}
