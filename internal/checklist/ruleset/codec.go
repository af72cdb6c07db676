package ruleset

import (
	"errors"

	"github.com/sosabc/sosabc/internal/cachecodec"
)

// The cache is written with package cachecodec: field by field, in the
// order the fields of cache are declared, after a description of the
// types. A cache written before a type in it changed is refused, and the
// checklist is read from the YAML. cacheVersion is raised when what the
// fields mean changes while their types stay the same.

var errBadCache = errors.New("the cache is of another version")

func encodeCache(c *cache) []byte { return cachecodec.Marshal(c) }

// decodeCache reads a cache that encodeCache wrote, of this version.
func decodeCache(data string) (*cache, error) {
	var c cache
	if err := cachecodec.UnmarshalString(data, &c); err != nil {
		return nil, err
	}
	if c.Version != cacheVersion {
		return nil, errBadCache
	}
	return &c, nil
}
