package export

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/google/renameio/v2/maybe"

	"github.com/sosabc/sosabc/internal/render/html"
)

// Dir writes the files of a site under a folder, each one atomically.
type Dir string

// WriteFile writes data to name under the folder, making folders as needed.
func (d Dir) WriteFile(name string, data []byte) error {
	name, err := clean(name)
	if err != nil {
		return err
	}
	p := filepath.Join(string(d), filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return maybe.WriteFile(p, data, 0o644)
}

var (
	// ErrNotEmpty: the folder has files in it, and the caller did not
	// ask to replace them.
	ErrNotEmpty = errors.New("mappen er ikke tom")
	// ErrNotSite: the folder has files in it that sosabc did not make;
	// sosabc never deletes them, not even when asked to replace the folder.
	ErrNotSite = errors.New("mappen har filer som ikke er et nettsted fra sosabc")
	// ErrNotDir: there is a file where the folder should be.
	ErrNotDir = errors.New("det er en fil, ikke en mappe")
)

// Publish makes a site in dir. build writes the files into a new folder
// beside dir; only when it has written them all does that folder take
// dir's place, so an error leaves neither half a site nor a changed dir.
// dir may be missing or empty. A folder with files is replaced only when
// replace is true and it holds a site that sosabc made (its index.html
// says so); anything else in it would be lost.
func Publish(dir string, replace bool, build func(Writer) error) (err error) {
	dir = filepath.Clean(dir)
	exists := false
	switch st, err := os.Stat(dir); {
	case err == nil && !st.IsDir():
		return ErrNotDir
	case err == nil:
		exists = true
		entries, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		if len(entries) > 0 {
			if !replace {
				return ErrNotEmpty
			}
			if !IsSite(dir) {
				return ErrNotSite
			}
		}
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".ny-")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = os.RemoveAll(tmp)
		}
	}()
	if err := build(Dir(tmp)); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if !exists {
		return os.Rename(tmp, dir)
	}
	// Move the old folder aside, the new one in, and only then delete the
	// old one; put it back if the new one cannot go in.
	trash, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".gammel-")
	if err != nil {
		return err
	}
	old := filepath.Join(trash, "nettsted")
	if err := os.Rename(dir, old); err != nil {
		_ = os.Remove(trash)
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		if back := os.Rename(old, dir); back != nil {
			return fmt.Errorf("%w (og den gamle mappen ligger nå i %s: %v)", err, old, back)
		}
		_ = os.RemoveAll(trash)
		return err
	}
	// The new site is in place; an old copy that will not go away is only
	// clutter, hidden beside it.
	_ = os.RemoveAll(trash)
	return nil
}

// IsSite reports whether dir holds a site that sosabc made: its
// index.html names sosabc as its generator.
func IsSite(dir string) bool {
	data, err := os.ReadFile(filepath.Join(dir, IndexFile))
	if err != nil {
		return false
	}
	return bytes.Contains(data, []byte(`<meta name="generator" content="`+html.Generator+`">`))
}
