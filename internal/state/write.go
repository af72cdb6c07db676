package state

import (
	"os"
	"path/filepath"
	"time"
)

// WriteFile writes data to path so that a reader, or a crash halfway,
// sees either the old file or the new one, never half of one. On Linux
// and macOS that is renameio. On Windows renameio/v2/maybe falls back to
// a plain os.WriteFile, which truncates the old file first: there the
// new data goes to a temporary file beside path that replaces it.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return writeFile(path, data, perm)
}

// renameTimeout is how long replaceFile keeps trying when the rename is
// refused for a moment: on Windows a file cannot be replaced while another
// program has it open, such as a virus scanner or a second sosabc reading it.
const renameTimeout = 2 * time.Second

// replaceFile writes data to a temporary file in path's folder, flushes
// it to disk and renames it over path. It retries the rename while
// transient says the error may pass.
func replaceFile(path string, data []byte, perm os.FileMode, transient func(error) bool) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	deadline := time.Now().Add(renameTimeout)
	for wait := 5 * time.Millisecond; ; wait = min(2*wait, 200*time.Millisecond) {
		err = os.Rename(tmp.Name(), path)
		if err == nil || !transient(err) || time.Now().After(deadline) {
			return err
		}
		time.Sleep(wait)
	}
}
