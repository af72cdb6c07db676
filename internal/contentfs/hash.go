package contentfs

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
)

// Hash is the hash the content caches (content/cache) are checked by: of
// seed, then of each file in names with its name, so that a renamed,
// added or removed file changes it too. A file that does not exist counts
// as missing; any other read error is returned.
func Hash(fsys fs.FS, seed string, names []string) (string, error) {
	h := sha256.New()
	if seed != "" {
		h.Write([]byte(seed + "\x00"))
	}
	for _, f := range names {
		h.Write([]byte(f + "\x00"))
		data, err := fs.ReadFile(fsys, f)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			h.Write([]byte("-\x00"))
			continue
		case err != nil:
			return "", err
		}
		h.Write(data)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
