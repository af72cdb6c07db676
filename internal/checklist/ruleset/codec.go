package ruleset

import (
	"encoding/binary"
	"errors"

	"github.com/sosabc/sosabc/internal/cachecodec"
)

// The cache is written with package cachecodec: field by field, in the
// order the fields of cache are declared. A change to a type in the cache
// must raise cacheVersion, or an old cache is read into the wrong fields.

var errBadCache = errors.New("the cache is of another version")

func encodeCache(c *cache) []byte { return cachecodec.Marshal(c) }

// decodeCache reads a cache that encodeCache wrote, of this version.
func decodeCache(data []byte) (*cache, error) {
	if v, n := binary.Varint(data); n <= 0 || v != cacheVersion {
		return nil, errBadCache
	}
	var c cache
	if err := cachecodec.Unmarshal(data, &c); err != nil {
		return nil, err
	}
	return &c, nil
}
