package interview

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"strings"

	"github.com/sosabc/sosabc/internal/cachecodec"
	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/interview/condition"
)

// BuiltinFile is the built-in interview, in the content directory.
const BuiltinFile = "interview/questions.yaml"

// CacheFile holds the built-in interview as LoadSchema makes it from
// BuiltinFile, already checked, in internal/cachecodec's format: decoding
// the YAML was a tenth of what «sosabc sjekkliste» spent beyond
// starting, and encoding/gob then took 0.5–0.9 ms, most of it to set
// itself up for the types. The YAML stays the source: the cache records
// its hash, and LoadBuiltinSchema reads the YAML when the hash does not
// match (someone edited the file). `go test ./internal/cmdutil` fails
// until the cache is made again with `go generate ./content`.
const CacheFile = "cache/interview.bin"

type schemaCache struct {
	Hash     string
	Sections []cachedSection
}

// cachedSection and cachedQuestion are a Section and a Question as the
// cache holds them: the data from the YAML, without what the program
// adds (the compiled condition, Check and Show), and with the default
// written out by its type.
type cachedSection struct {
	ID, Title string
	Questions []cachedQuestion
}

type cachedQuestion struct {
	ID, Title, Help, When string
	Type                  QuestionType
	Options               []Option
	Required              bool
	Min, Max              *int
	Default               cachedDefault
}

// cachedDefault is a question's default: an answer's Go type (string,
// int, bool or []string), or none.
type cachedDefault struct {
	Kind    string // "", "string", "int", "bool" or "list"
	String  string
	Int     int
	Bool    bool
	Strings []string
}

func toCachedDefault(v any) cachedDefault {
	switch v := v.(type) {
	case string:
		return cachedDefault{Kind: "string", String: v}
	case int:
		return cachedDefault{Kind: "int", Int: v}
	case bool:
		return cachedDefault{Kind: "bool", Bool: v}
	case []string:
		return cachedDefault{Kind: "list", Strings: v}
	}
	return cachedDefault{}
}

func (d cachedDefault) value() any {
	switch d.Kind {
	case "string":
		return d.String
	case "int":
		return d.Int
	case "bool":
		return d.Bool
	case "list":
		return append([]string{}, d.Strings...)
	}
	return nil
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
	c := schemaCache{Hash: cacheHash(data)}
	for _, sec := range s.Sections {
		cs := cachedSection{ID: sec.ID, Title: sec.Title}
		for _, q := range sec.Questions {
			if q.Default != nil && toCachedDefault(q.Default).Kind == "" {
				return nil, fmt.Errorf("%s: the cache cannot hold a default of type %T", q.ID, q.Default)
			}
			cs.Questions = append(cs.Questions, cachedQuestion{ID: q.ID, Title: q.Title, Help: q.Help, When: q.When, Type: q.Type,
				Options: q.Options, Required: q.Required, Min: q.Min, Max: q.Max, Default: toCachedDefault(q.Default)})
		}
		c.Sections = append(c.Sections, cs)
	}
	return cachecodec.Marshal(&c), nil
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
	cached, err := contentfs.ReadString(fsys, CacheFile)
	if err != nil {
		return nil
	}
	data, err := fs.ReadFile(fsys, BuiltinFile)
	if err != nil {
		return nil
	}
	var c schemaCache
	if cachecodec.UnmarshalString(cached, &c) != nil || c.Hash != cacheHash(data) {
		return nil
	}
	s := &Schema{byID: map[string]*Question{}}
	for _, cs := range c.Sections {
		sec := Section{ID: cs.ID, Title: cs.Title}
		for _, q := range cs.Questions {
			sec.Questions = append(sec.Questions, Question{ID: q.ID, Title: q.Title, Help: q.Help, When: q.When, Type: q.Type,
				Options: q.Options, Required: q.Required, Min: q.Min, Max: q.Max, Default: q.Default.value()})
		}
		s.Sections = append(s.Sections, sec)
	}
	for si := range s.Sections {
		for qi := range s.Sections[si].Questions {
			q := &s.Sections[si].Questions[qi]
			s.byID[q.ID] = q
			s.questions = append(s.questions, q)
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
