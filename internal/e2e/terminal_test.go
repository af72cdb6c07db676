// Package e2e runs the built sosabc binary in a real pseudo-terminal and
// reads the screen through a terminal emulator, as a person would see it.
package e2e

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/hinshun/vt10x"
)

var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		fmt.Fprintln(os.Stderr, "e2e: skipped with -short (it builds sosabc and runs it in a pseudo-terminal)")
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "sosabc-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "sosabc")
	args := []string{"build", "-o", binary}
	if raceEnabled {
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, "../../cmd/sosabc")...)
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "could not build sosabc:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// session is one run of sosabc in a pseudo-terminal.
type session struct {
	t    *testing.T
	cmd  *exec.Cmd
	ptmx *os.File
	vt   vt10x.Terminal
	mu   sync.Mutex
	done chan error
	raw  strings.Builder
}

func start(t *testing.T, cols, rows int, env []string, args ...string) *session {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append([]string{"TERM=xterm-256color", "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH"), "LANG=C.UTF-8"}, env...)
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		t.Fatal(err)
	}
	s := &session{t: t, cmd: cmd, ptmx: ptmx, done: make(chan error, 1)}
	s.vt = vt10x.New(vt10x.WithSize(cols, rows), vt10x.WithWriter(ptmx))
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			if n > 0 {
				s.mu.Lock()
				s.vt.Write(buf[:n])
				s.raw.Write(buf[:n])
				s.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	go func() { s.done <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		ptmx.Close()
	})
	return s
}

// screen is the emulated screen, trailing spaces removed.
func (s *session) screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	lines := strings.Split(s.vt.String(), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return strings.Join(lines, "\n")
}

// waitFor waits until the screen shows text; it never sleeps a fixed time.
func (s *session) waitFor(text string) {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(s.screen(), text) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	s.t.Fatalf("the screen never showed %q. Screen:\n%s", text, s.screen())
}

// waitGone waits until text is no longer on the screen.
func (s *session) waitGone(text string) {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if !strings.Contains(s.screen(), text) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	s.t.Fatalf("%q stayed on the screen. Screen:\n%s", text, s.screen())
}

// Keys as a terminal sends them.
const (
	keyEnter    = "\r"
	keyDown     = "\x1b[B"
	keyUp       = "\x1b[A"
	keyLeft     = "\x1b[D"
	keySpace    = " "
	keyShiftTab = "\x1b[Z"
	keyCtrlC    = "\x03"
	keyTab      = "\t"
)

func (s *session) send(keys ...string) {
	s.t.Helper()
	for _, k := range keys {
		if _, err := io.WriteString(s.ptmx, k); err != nil {
			s.t.Fatal(err)
		}
	}
}

// exit waits for the program to end and returns its exit code.
func (s *session) exit() int {
	s.t.Helper()
	select {
	case err := <-s.done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			s.t.Fatal(err)
		}
		return 0
	case <-time.After(10 * time.Second):
		s.t.Fatalf("sosabc did not exit. Screen:\n%s", s.screen())
	}
	return -1
}

func TestReadTopicInTerminal(t *testing.T) {
	s := start(t, 80, 24, nil, "les", "as")
	s.waitFor("Aksjeselskap (AS)")
	s.waitFor("q avslutter")
	s.send(" ") // page down
	s.waitGone("Linje 1–")
	s.send("q")
	if code := s.exit(); code != 0 {
		t.Fatalf("exit code %d", code)
	}
}

// Search in the pager: / finds, n moves on, ? lists the keys (ux-review m7).
func TestPagerSearchInTerminal(t *testing.T) {
	s := start(t, 80, 24, nil, "les", "as")
	s.waitFor("PgUp/PgDn g/G blar · / søk · ? taster · q avslutter")
	// The page keeps its colours in the pager (the title's background).
	s.mu.Lock()
	raw := s.raw.String()
	s.mu.Unlock()
	if !strings.Contains(raw, "48;5;63") {
		t.Error("the pager lost the page's colours")
	}
	s.send("/", "Aksjekapital", keyEnter)
	s.waitFor("«aksjekapital»: treff 1 av")
	s.send("n")
	s.waitFor("«aksjekapital»: treff 2 av")
	s.send("?")
	s.waitFor("Taster i visningen")
	s.send(" ")
	s.waitGone("Taster i visningen")
	s.send("q")
	if code := s.exit(); code != 0 {
		t.Fatalf("exit code %d", code)
	}
}

func TestTopicPickerInTerminal(t *testing.T) {
	s := start(t, 80, 30, nil, "les")
	s.waitFor("Hvilket emne vil du lese?")
	s.send("/")
	s.send("frivillighetsreg")
	s.waitFor("Frivillighetsregisteret")
	s.send(keyEnter)
	s.waitFor("q avslutter")
	s.send("q")
	if code := s.exit(); code != 0 {
		t.Fatalf("exit code %d", code)
	}
}
