package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/hinshun/vt10x"
)

// The presenter for facilitators (internal/tui/presenter) in a real
// pseudo-terminal. Until «sosabc verksted kjør ID» is wired to it, the test
// runs the package's small demo program (internal/tui/presenter/internal/demo)
// with its built-in three-activity module (2, 1 and 1 minutes). Once the
// command exists, start(t, 80, 24, env, "verksted", "kjør", ID) with a real
// module replaces startDemo.
//
// SOSABC_PRESENTER_SPEED=60 makes one minute pass in one second, so the
// countdown visibly moves and the time runs out within the test.

var (
	demoOnce   sync.Once
	demoBinary string
	demoErr    error
)

// startDemo builds the demo (once, next to the sosabc binary) and runs it
// in a pseudo-terminal, as start does for sosabc.
func startDemo(t *testing.T, cols, rows int, env []string, args ...string) *session {
	t.Helper()
	demoOnce.Do(func() {
		demoBinary = filepath.Join(filepath.Dir(binary), "presenter-demo")
		build := []string{"build", "-o", demoBinary}
		if raceEnabled {
			build = append(build, "-race")
		}
		out, err := exec.Command("go", append(build, "../tui/presenter/internal/demo")...).CombinedOutput()
		if err != nil {
			demoErr = err
			t.Logf("%s", out)
		}
	})
	if demoErr != nil {
		t.Fatalf("could not build the presenter demo: %v", demoErr)
	}
	cmd := exec.Command(demoBinary, args...)
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

// bigDigits are the presenter's small large digits (three rows of half
// blocks), as a person sees them on an 80×24 screen.
var bigDigits = map[[3]string]rune{
	{"█▀█", "█ █", "▀▀▀"}: '0',
	{"▄█ ", " █ ", "▀▀▀"}: '1',
	{"▀▀█", "█▀▀", "▀▀▀"}: '2',
	{"▀▀█", "▀▀█", "▀▀▀"}: '3',
	{"█ █", "▀▀█", "  ▀"}: '4',
	{"█▀▀", "▀▀█", "▀▀▀"}: '5',
	{"█▀▀", "█▀█", "▀▀▀"}: '6',
	{"▀▀█", "  █", "  ▀"}: '7',
	{"█▀█", "█▀█", "▀▀▀"}: '8',
	{"█▀█", "▀▀█", "▀▀▀"}: '9',
}

// clock reads the countdown in large digits off the screen: «1:57». It is
// the three rows that begin on the line with «igjen av» or «Siste
// minutt», left of that text; "" when there is none.
func (s *session) clock() string {
	lines := strings.Split(s.screen(), "\n")
	for i, l := range lines {
		at := strings.Index(l, "igjen av")
		if at < 0 {
			at = strings.Index(l, "Siste minutt")
		}
		if at < 0 || i+2 >= len(lines) {
			continue
		}
		width := len([]rune(l[:at]))
		var rows [3][]rune
		for r := range rows {
			rows[r] = []rune(lines[i+r] + strings.Repeat(" ", width))[:width]
		}
		var out []rune
		for x := 0; x < width; {
			switch {
			case rows[0][x] == ' ' && rows[1][x] == ' ' && rows[2][x] == ' ':
				x++
			case rows[0][x] == '▄' && rows[1][x] == '▄' && rows[2][x] == ' ':
				out = append(out, ':')
				x++
			case x+3 <= width:
				d, ok := bigDigits[[3]string{string(rows[0][x : x+3]), string(rows[1][x : x+3]), string(rows[2][x : x+3])}]
				if !ok {
					return "?"
				}
				out = append(out, d)
				x += 3
			default:
				return "?"
			}
		}
		return string(out)
	}
	return ""
}

// waitClock waits until the countdown shows a time that ok accepts.
func (s *session) waitClock(what string, ok func(string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c := s.clock(); c != "" && c != "?" && ok(c) {
			return c
		}
		time.Sleep(10 * time.Millisecond)
	}
	s.t.Fatalf("the countdown never showed %s. Screen:\n%s", what, s.screen())
	return ""
}

// bells counts the terminal bells the program has written.
func (s *session) bells() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.Count(s.raw.String(), "\a")
}

// seconds turns «1:57» into 117.
func seconds(clock string) int {
	m, sec, _ := strings.Cut(clock, ":")
	mins, _ := strconv.Atoi(m)
	secs, _ := strconv.Atoi(sec)
	return mins*60 + secs
}

var overRe = regexp.MustCompile(`(\d+:\d\d) over tiden`)

// waitOver waits until the screen says the time is at least min seconds
// over.
func (s *session) waitOver(min int) {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m := overRe.FindStringSubmatch(s.screen()); m != nil && seconds(m[1]) >= min {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	s.t.Fatalf("the screen never said %d seconds over. Screen:\n%s", min, s.screen())
}

func TestPresenterInTerminal(t *testing.T) {
	s := startDemo(t, 80, 24, []string{"SOSABC_PRESENTER_SPEED=60"})
	s.waitFor("Aktivitet 1 av 3")
	s.waitFor("Innlegg · 2 minutter")
	s.waitFor("• Hvem er vi?")
	s.waitFor("▶ ")
	s.waitFor("q avslutt")
	first := s.waitClock("the first activity's time", func(c string) bool { return seconds(c) <= 120 })
	// The countdown moves with the (fast) clock.
	s.waitClock("less time than "+first, func(c string) bool { return seconds(c) < seconds(first) })
	if s.bells() != 0 {
		t.Fatal("the bell rang before the time ran out")
	}

	// → shows the next activity, with its own countdown from one minute.
	s.send(keyRight)
	s.waitFor("Aktivitet 2 av 3")
	s.waitFor("Oppgave · 1 minutt")
	s.waitFor("Hver skriver tre idéer på gule lapper.")
	s.waitFor("✓ ")

	// Then the time runs out: the words, and the bell once.
	s.waitFor("Tiden er ute")
	s.waitOver(20) // ticks have passed since
	if n := s.bells(); n != 1 {
		t.Errorf("the bell rang %d times, want once", n)
	}

	// p stops the clock and says so.
	s.send("p")
	s.waitFor("klokken står")
	s.send("p")
	s.waitGone("klokken står")

	s.send("q")
	if code := s.exit(); code != 0 {
		t.Fatalf("exit code %d. Screen:\n%s", code, s.screen())
	}
}

// The class's view hides the clock; v brings it back.
func TestPresenterProjectorInTerminal(t *testing.T) {
	s := startDemo(t, 80, 24, nil)
	s.waitFor("igjen av 2 min")
	s.send("v")
	s.waitGone("igjen av")
	s.waitFor("lederens visning")
	if strings.Contains(s.screen(), "Plan for økten") {
		t.Errorf("the projector view shows the plan:\n%s", s.screen())
	}
	s.send("v")
	s.waitFor("igjen av 2 min")
	s.send(keyEsc)
	if code := s.exit(); code != 0 {
		t.Fatalf("exit code %d", code)
	}
}

const (
	keyRight = "\x1b[C"
	keyEsc   = "\x1b"
)
