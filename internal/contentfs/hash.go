package contentfs

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
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
	// Each file is streamed through a small buffer rather than read
	// whole: reading copies it onto the heap, about 100 fresh memory
	// pages per «sosabc sjekkliste» for files that are only hashed.
	buf := make([]byte, 32<<10)
	for _, name := range names {
		h.Write([]byte(name + "\x00"))
		f, err := fsys.Open(name)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			h.Write([]byte("-\x00"))
			continue
		case err != nil:
			return "", err
		}
		_, err = io.CopyBuffer(h, f, buf)
		f.Close()
		if err != nil {
			return "", err
		}
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
