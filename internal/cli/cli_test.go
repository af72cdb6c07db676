package cli

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/iostreams"
)

var update = flag.Bool("update", false, "rewrite golden files")

type result struct {
	out, err string
	code     int
}

type testEnv struct {
	env    map[string]string
	stdin  string
	tty    bool
	width  int
	height int // 0: unknown, so never paged
}

// run runs one command line in process, with a fresh state directory.
func run(t *testing.T, te testEnv, args ...string) result {
	t.Helper()
	return runIn(t, t.TempDir(), te, args...)
}

// runIn runs with a given state directory, so commands can share it.
func runIn(t *testing.T, stateDir string, te testEnv, args ...string) result {
	t.Helper()
	ios, in, out, errOut := iostreams.Test()
	in.WriteString(te.stdin)
	env := te.env
	ios.Getenv = func(k string) string { return env[k] }
	if te.tty {
		ios.SetTTY(te.width, te.height)
	}
	f := &Factory{
		IO:       ios,
		Content:  content.FS(),
		Now:      func() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) },
		StateDir: func() (string, error) { return stateDir, nil },
		Version:  "test",
	}
	code := Run(f, args)
	return result{out.String(), errOut.String(), code}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/cli -update to create it)", err)
	}
	if !bytes.Equal(want, []byte(got)) {
		t.Errorf("%s differs from golden file (go test ./internal/cli -update rewrites it):\n%s", name, diff(string(want), got))
	}
}

func diff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "first difference at line " + strconv.Itoa(i+1) + ":\n- " + w + "\n+ " + g
		}
	}
	return "(same lines, different bytes)"
}
