package pdf

import (
	"testing"
	"time"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/iostreams"
)

// factory loads the embedded content as the commands do. (cmdtest would
// import the commands, and through them this package.)
func factory(t testing.TB) *cmdutil.Factory {
	ios, _, _, _ := iostreams.Test()
	dir := t.TempDir()
	return &cmdutil.Factory{
		IO:       ios,
		Content:  content.FS(),
		Now:      func() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) },
		StateDir: func() (string, error) { return dir, nil },
		Version:  "test",
	}
}
