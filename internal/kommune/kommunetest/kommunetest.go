// Package kommunetest gives the tests of the kommune packages (aga,
// contacts, resolve) the register read from the repository's content
// folder, loaded once per test binary. Like net/http/httptest, it is for
// tests only.
package kommunetest

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/sosabc/sosabc/internal/kommune"
)

// Content is the repository's content folder, found from this file so
// that every package's tests read the same one.
func Content() fs.FS {
	_, file, _, _ := runtime.Caller(0)
	return os.DirFS(filepath.Join(filepath.Dir(file), "..", "..", "..", "content"))
}

var (
	once sync.Once
	reg  *kommune.Register
	err  error
)

// Real is the register of the kommuner, fylker and zones in the content
// folder.
func Real(t testing.TB) *kommune.Register {
	t.Helper()
	once.Do(func() { reg, err = kommune.Load(Content()) })
	if err != nil {
		t.Fatal(err)
	}
	return reg
}
