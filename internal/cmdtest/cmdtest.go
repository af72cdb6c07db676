// Package cmdtest is the test harness for commands: run a command line in
// process against a test Factory (buffers for the streams, a fixed clock,
// a fresh state directory), and compare output with golden files.
// `go test ./internal/cmd/... -update` rewrites the golden files.
package cmdtest

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
	"github.com/sosabc/sosabc/internal/cmd/root"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/iostreams"
	"github.com/sosabc/sosabc/internal/persona"
	"github.com/sosabc/sosabc/internal/report"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Now is the fixed clock of every test.
var Now = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

// Env is the outside world of one run.
type Env struct {
	Vars   map[string]string // environment variables
	Stdin  string
	TTY    bool // pretend stdin, stdout and stderr are a terminal
	Width  int
	Height int // 0: unknown, so never paged
	// StateDir is where progress is saved; empty means a fresh directory.
	StateDir string
}

// Result is what a run wrote and its exit code.
type Result struct {
	Out, Err string
	Code     int
}

// Factory builds a test Factory and the buffers behind its streams.
func Factory(t testing.TB, env Env) (*cmdutil.Factory, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	ios, in, out, errOut := iostreams.Test()
	in.WriteString(env.Stdin)
	vars := env.Vars
	ios.Getenv = func(k string) string { return vars[k] }
	if env.TTY {
		ios.SetTTY(env.Width, env.Height)
	}
	dir := env.StateDir
	if dir == "" {
		dir = t.TempDir()
	}
	f := &cmdutil.Factory{
		IO:       ios,
		Content:  content.FS(),
		Now:      func() time.Time { return Now },
		StateDir: func() (string, error) { return dir, nil },
		Version:  "test",
	}
	return f, out, errOut
}

// Run runs one command line in process.
func Run(t testing.TB, env Env, args ...string) Result {
	t.Helper()
	f, out, errOut := Factory(t, env)
	code := root.Run(f, args)
	return Result{out.String(), errOut.String(), code}
}

// Golden compares got with testdata/name, or rewrites it with -update.
func Golden(t testing.TB, name, got string) {
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
		t.Fatalf("%v (run the tests with -update to create it)", err)
	}
	if !bytes.Equal(want, []byte(got)) {
		t.Errorf("%s differs from golden file (run the tests with -update to rewrite it):\n%s", name, Diff(string(want), got))
	}
}

// Diff shows the first line where want and got differ.
func Diff(want, got string) string {
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

// WriteFile writes content to dir/name (making folders) and returns the path.
func WriteFile(t testing.TB, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// PersonaPlan is the plan of the built-in persona id, with the items in
// done ticked, made as «sosabc sjekkliste --persona id» makes it.
func PersonaPlan(t testing.TB, id string, done map[string]bool) report.Input {
	t.Helper()
	f, _, _ := Factory(t, Env{})
	eng, err := f.Engine()
	if err != nil {
		t.Fatal(err)
	}
	all, err := f.Personas()
	if err != nil {
		t.Fatal(err)
	}
	p, ok := persona.Find(all, id)
	if !ok {
		t.Fatalf("no persona %s", id)
	}
	in := report.Build(eng.Rules, p.Answers, done, f.Now())
	in.Persona = p.Name
	return in
}
