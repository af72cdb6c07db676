package kommune

import (
	"encoding/json"
	"errors"
	"io/fs"
	"reflect"
	"sort"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/internal/cachecodec"
	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/kommune/aga"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// SnapshotFile holds the three data files (fylker, kommuner, employer tax)
// already decoded, as JSON, with a hash of the YAML they were made from.
// Decoding about 100 kB of YAML is most of what «sosabc lokalt» costs;
// JSON takes a tenth of the time. The YAML stays the source: when the hash
// does not match (someone edited a file), Load reads the YAML, and
// `go test ./internal/kommune` fails until the snapshot is made again with
// `go test ./internal/kommune -update`.
const SnapshotFile = "kommuner/snapshot.json"

// raw is the three data files as decoded, before any check. The nodes
// give line numbers for messages; they are nil when the files came from
// the snapshot, which is only ever made from files that passed every check.
type raw struct {
	Fylker   fylkerFile   `json:"fylker"`
	Kommuner kommunerFile `json:"kommuner"`
	AGA      aga.Raw      `json:"aga"`
	// FormerOther is what the index of former names says about today's
	// names (Register.LivesOn), worked out when the snapshot is made;
	// FormerIndexed says it is there. The YAML has neither.
	FormerOther   []string `json:"former_other"`
	FormerIndexed bool     `json:"former_indexed"`

	fdoc, kdoc, adoc *yaml.Node
	// nameKeys are the nameKeys of each of Kommuner.Kommuner, from the
	// cache; nil from the snapshot and the YAML.
	nameKeys [][]string
	// hash is the hash of the three files (sourceHash); "" when one is missing.
	hash string
	// cached says the files come from the cache or the snapshot, which
	// were made from files that passed every check.
	cached bool
}

type snapshot struct {
	Note string `json:"note"`
	Hash string `json:"hash"`
	raw
	// Where is file:line of every source, in the order sources visits
	// them: messages about a source name its line also from the snapshot.
	Where []string `json:"where"`
}

// sources calls f with every source in r, always in the same order.
func sources(r *raw, f func(*source.Source)) {
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.Struct:
			if s, ok := v.Addr().Interface().(*source.Source); ok {
				f(s)
				return
			}
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		}
	}
	walk(reflect.ValueOf(r).Elem())
}

// snapshotNote is written at the top of the snapshot for anyone who opens it.
const snapshotNote = "Laget av go test ./internal/kommune -update fra fylker.yaml, kommuner.yaml og arbeidsgiveravgift.yaml. Ikke rediger denne filen: rediger YAML-filene."

// sourceHash is the hash of the YAML files the snapshot is made from.
func sourceHash(fsys fs.FS) (string, bool) {
	files := []string{FylkerFile, KommunerFile, AGAFile}
	for _, f := range files {
		if _, err := fs.Stat(fsys, f); err != nil {
			return "", false
		}
	}
	h, err := contentfs.Hash(fsys, "", files)
	return h, err == nil
}

// CacheFile is the snapshot again, written with package cachecodec: it
// decodes in a fraction of the time JSON takes, and in about half of what
// encoding/gob took, with 5 000 fewer allocations, because every string
// is a slice of the file read once; the JSON stays for people to read.
// `go generate ./content` makes it (cmd/gencache), and a test in
// internal/cmdutil fails when it is stale. Load reads it first when its
// hash matches the YAML.
const CacheFile = "cache/kommuner.bin"

// cacheVersion changes when what the cache's fields mean changes while
// their types stay the same; cachecodec itself refuses a cache written
// for other types. 2: cachecodec instead of encoding/gob.
const cacheVersion = 2

// cache is what CacheFile holds: the snapshot, with the Where of every
// source on the source itself.
type cache struct {
	Version       int
	Hash          string
	Fylker        fylkerFile
	Kommuner      kommunerFile
	AGA           aga.Raw
	FormerOther   []string
	FormerIndexed bool
	Where         []string
	// NameKeys are the keys of the names of each kommune in Kommuner, in
	// order (kommuneEntry.nameKeys).
	NameKeys [][]string
}

// readRaw reads the data files from the cache or the snapshot when one
// matches them, and from the YAML otherwise.
func readRaw(fsys fs.FS, errs *strictyaml.Errors) *raw {
	hash, ok := sourceHash(fsys)
	r := readCached(fsys, hash, ok)
	if r == nil {
		r = readYAML(fsys, errs)
	}
	r.hash = hash
	return r
}

// readCached reads the data files from the cache or the snapshot when one
// matches their hash; nil when none does.
func readCached(fsys fs.FS, hash string, ok bool) *raw {
	if ok {
		if c, err := readCache(fsys); err == nil && c.Hash == hash {
			// The cache carries each source's Where (JSON does not), so
			// c.Where need not be put back: TestCacheCarriesWhere holds
			// that, and walking the sources by reflection cost 0.3 ms.
			return &raw{Fylker: c.Fylker, Kommuner: c.Kommuner, AGA: c.AGA, FormerOther: c.FormerOther, FormerIndexed: c.FormerIndexed, nameKeys: c.NameKeys, cached: true}
		}
		if data, err := fs.ReadFile(fsys, SnapshotFile); err == nil {
			var s snapshot
			if json.Unmarshal(data, &s) == nil && s.Hash == hash {
				s.cached = true
				return withWhere(&s.raw, s.Where)
			}
		}
	}
	return nil
}

// readCache reads CacheFile, of this version, whatever its hash.
func readCache(fsys fs.FS) (*cache, error) {
	data, err := contentfs.ReadString(fsys, CacheFile)
	if err != nil {
		return nil, err
	}
	var c cache
	if err := cachecodec.UnmarshalString(data, &c); err != nil {
		return nil, err
	}
	if c.Version != cacheVersion {
		return nil, errOldCache
	}
	return &c, nil
}

var errOldCache = errors.New("the kommune cache is of another version")

// withWhere puts the recorded places back on the sources of r.
func withWhere(r *raw, where []string) *raw {
	i := 0
	sources(r, func(src *source.Source) {
		if i < len(where) {
			src.Where = where[i]
		}
		i++
	})
	return r
}

func readYAML(fsys fs.FS, errs *strictyaml.Errors) *raw {
	r := &raw{}
	r.fdoc = decode(fsys, FylkerFile, &r.Fylker, errs)
	r.kdoc = decode(fsys, KommunerFile, &r.Kommuner, errs)
	r.adoc = decode(fsys, AGAFile, &r.AGA, errs)
	return r
}

// MakeSnapshot decodes the YAML files in fsys, checks them with Load, and
// returns the snapshot to write to SnapshotFile.
func MakeSnapshot(fsys fs.FS) ([]byte, error) {
	s, err := makeSnapshot(fsys)
	if err != nil {
		return nil, err
	}
	out, err := json.MarshalIndent(s, "", " ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// MakeCache is MakeSnapshot for CacheFile.
func MakeCache(fsys fs.FS) ([]byte, error) {
	s, err := makeSnapshot(fsys)
	if err != nil {
		return nil, err
	}
	c := cache{Version: cacheVersion, Hash: s.Hash, Fylker: s.Fylker, Kommuner: s.Kommuner, AGA: s.AGA, FormerOther: s.FormerOther, FormerIndexed: s.FormerIndexed, Where: s.Where}
	for i := range c.Kommuner.Kommuner {
		c.NameKeys = append(c.NameKeys, c.Kommuner.Kommuner[i].nameKeys())
	}
	return cachecodec.Marshal(&c), nil
}

func makeSnapshot(fsys fs.FS) (*snapshot, error) {
	var errs strictyaml.Errors
	r := readYAML(fsys, &errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	// Checking sets the line of every source.
	reg, err := loadFrom(r)
	if err != nil {
		return nil, err
	}
	r.FormerOther = []string{}
	for key := range reg.formerOther {
		r.FormerOther = append(r.FormerOther, key)
	}
	sort.Strings(r.FormerOther)
	r.FormerIndexed = true
	var where []string
	sources(r, func(s *source.Source) { where = append(where, s.Where) })
	hash, _ := sourceHash(fsys)
	return &snapshot{Note: snapshotNote, Hash: hash, raw: *r, Where: where}, nil
}
