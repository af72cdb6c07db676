package source

import (
	"io/fs"
	"path"
	"sort"

	"github.com/sosabc/sosabc/internal/cachecodec"
	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// UncertainCache holds the built-in uncertain figures as LoadUncertain
// reads them from the YAML, already checked, with a hash of the files
// they come from, in internal/cachecodec's format: encoding/gob took
// 0.3–0.7 ms to read it, most of it to set itself up for the type, on
// the way to every plan. LoadBuiltinUncertain reads the YAML when
// the hash does not match (someone edited a file); a test in
// internal/cmdutil fails until `go generate ./content` makes the cache
// again.
const UncertainCache = "cache/uncertain.bin"

type uncertainCache struct {
	Hash    string
	Entries []Uncertain // in file order
}

// uncertainHash is the hash of the uncertain files in fsys, and of the
// prefix that their places (Where) start with.
func uncertainHash(fsys fs.FS, prefix string) string {
	files, _ := fs.Glob(fsys, UncertainDir+"/*.yaml")
	sort.Strings(files)
	h, _ := contentfs.Hash(fsys, path.Clean(prefix), append([]string{UncertainFile}, files...))
	return h
}

// MakeUncertainCache reads the uncertain figures of fsys (the built-in
// content) from the YAML with every check, and returns the cache to write
// to UncertainCache.
func MakeUncertainCache(fsys fs.FS, prefix string) ([]byte, error) {
	var errs strictyaml.Errors
	c := uncertainCache{Hash: uncertainHash(fsys, prefix)}
	files, _ := fs.Glob(fsys, UncertainDir+"/*.yaml")
	seen := map[string]string{}
	for _, f := range append([]string{UncertainFile}, files...) {
		reg := Registry{}
		loadUncertainFile(fsys, f, path.Join(prefix, f), reg, seen, &errs)
		var ids []string
		for id := range reg {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			c.Entries = append(c.Entries, *reg[id])
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return cachecodec.Marshal(&c), nil
}

// LoadBuiltinUncertain is LoadUncertain for the built-in content: from
// UncertainCache when the cache was made from the files as they are.
// Only the built-in content may be read this way: a local folder is
// always read from its YAML and checked. It reports whether the cache
// was used.
func LoadBuiltinUncertain(fsys fs.FS, prefix string, reg Registry, errs *strictyaml.Errors) (cached bool) {
	if data, err := contentfs.ReadString(fsys, UncertainCache); err == nil {
		var c uncertainCache
		if cachecodec.UnmarshalString(data, &c) == nil && c.Hash == uncertainHash(fsys, prefix) {
			for i := range c.Entries {
				reg[c.Entries[i].ID] = &c.Entries[i]
			}
			return true
		}
	}
	LoadUncertain(fsys, prefix, reg, errs)
	return false
}
