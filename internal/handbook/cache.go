package handbook

import (
	"bytes"
	"encoding/gob"
	"errors"
	"io/fs"

	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// CacheFile holds the built-in areas, topics and glossary as Load reads
// them from their files, already checked, in encoding/gob. Parsing the
// front matter of every topic was most of what «sosabc søk» cost. The
// files stay the source: the cache records a hash of them, and Load reads
// the files when it does not match (someone edited a topic). A test in
// internal/cmdutil fails until `go generate ./content` makes the cache
// again. A local folder is always read from its files and checked.
const CacheFile = "cache/handbook.gob"

type cache struct {
	Hash     string
	Areas    []Area
	Topics   []Topic // in file order, as loadTopics reads them
	Glossary []Term
}

// cacheHash is the hash of the files of the built-in layer l that the
// cache is made from.
func cacheHash(l Layer) (string, bool) {
	var errs strictyaml.Errors
	files := append([]string{"areas.yaml", "glossary.yaml"}, topicFiles(l, &errs)...)
	if len(errs) > 0 {
		return "", false
	}
	h, err := contentfs.Hash(l.FS, "", files)
	return h, err == nil
}

// readCache returns the cache of the built-in layer l when it was made
// from the files as they are, else nil.
func readCache(l Layer) *cache {
	if l.Local {
		return nil
	}
	data, err := fs.ReadFile(l.FS, CacheFile)
	if err != nil {
		return nil
	}
	var c cache
	if gob.NewDecoder(bytes.NewReader(data)).Decode(&c) != nil {
		return nil
	}
	if hash, ok := cacheHash(l); !ok || hash != c.Hash {
		return nil
	}
	return &c
}

// MakeCache reads the areas, topics and glossary of fsys (the built-in
// content) from their files with every check, and returns the cache to
// write to CacheFile.
func MakeCache(fsys fs.FS) ([]byte, error) {
	l := Layer{FS: fsys, Name: "innebygd innhold"}
	if _, err := load(false, l); err != nil {
		return nil, err
	}
	h := &Handbook{byID: map[string]*Topic{}}
	var errs strictyaml.Errors
	if err := loadAreas(l, h, &errs); err != nil {
		return nil, err
	}
	loadTopics(l, h, &errs)
	terms := loadGlossary(l, &errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	hash, ok := cacheHash(l)
	if !ok {
		return nil, errors.New("kan ikke lese innholdet")
	}
	c := cache{Hash: hash, Areas: h.Areas, Glossary: terms}
	for _, t := range h.Topics {
		c.Topics = append(c.Topics, *t)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(c); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
