package cmdutil

import (
	"io/fs"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/iostreams"
	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/kommune/contacts"
	"github.com/sosabc/sosabc/internal/source"
)

// CacheFiles makes the caches of the built-in content (paths inside the
// content tree → bytes) from its YAML, with every check the commands
// apply, as `go generate ./content` writes them (cmd/gencache).
func CacheFiles(content fs.FS) (map[string][]byte, error) {
	ios, _, _, _ := iostreams.Test() // no local content folder
	f := &Factory{IO: ios, Content: content}
	schema, refs, err := f.engineRefs()
	if err != nil {
		return nil, err
	}
	rules, err := checklist.MakeCache(content, schema, refs)
	if err != nil {
		return nil, err
	}
	uncertain, err := source.MakeUncertainCache(content, "content")
	if err != nil {
		return nil, err
	}
	kommuner, err := kommune.MakeCache(content)
	if err != nil {
		return nil, err
	}
	hb, err := handbook.MakeCache(content)
	if err != nil {
		return nil, err
	}
	questions, err := interview.MakeCache(content)
	if err != nil {
		return nil, err
	}
	// Last: gob numbers the types in the order a process first encodes
	// them, so a new cache made earlier would change the bytes of the others.
	reg, err := kommune.Load(content)
	if err != nil {
		return nil, err
	}
	kontakter, err := contacts.MakeCache(reg, content)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{interview.CacheFile: questions, checklist.CacheFile: rules, source.UncertainCache: uncertain, kommune.CacheFile: kommuner, contacts.CacheFile: kontakter, handbook.CacheFile: hb}, nil
}
