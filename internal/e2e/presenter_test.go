package e2e

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The presenter for facilitators (internal/tui/presenter) in a real
// pseudo-terminal, started as a teacher does: «sosabc verksted kjør
// introduksjon-vgs». The module's activities last 5, 5, 12, 10, 9 and 4
// minutes.
//
// SOSABC_PRESENTER_SPEED=60 makes one minute pass in one second, so the
// countdown visibly moves and the time runs out within the test.

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
	s := start(t, 80, 24, []string{"SOSABC_PRESENTER_SPEED=60"}, "verksted", "kjør", "introduksjon-vgs")
	s.waitFor("Aktivitet 1 av 6")
	s.waitFor("Innlegg · 5 minutter")
	s.waitFor("Hva er et sosialt problem?")
	s.waitFor("▶ ")
	s.waitFor("q avslutt")
	first := s.waitClock("the first activity's time", func(c string) bool { return seconds(c) <= 300 })
	// The countdown moves with the (fast) clock.
	s.waitClock("less time than "+first, func(c string) bool { return seconds(c) < seconds(first) })
	if s.bells() != 0 {
		t.Fatal("the bell rang before the time ran out")
	}

	// → shows the next activity, with its own countdown from five minutes.
	s.send(keyRight)
	s.waitFor("Aktivitet 2 av 6")
	s.waitFor("Oppgave · 5 minutter")
	s.waitFor("Hver elev skriver tre gule lapper")
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
	s := start(t, 80, 24, nil, "verksted", "kjør", "introduksjon-vgs")
	s.waitFor("igjen av 5 min")
	s.send("v")
	s.waitGone("igjen av")
	s.waitFor("lederens visning")
	if strings.Contains(s.screen(), "Plan for økten") {
		t.Errorf("the projector view shows the plan:\n%s", s.screen())
	}
	// The class sees the text written for it, not the facilitator's.
	s.waitFor("Hvem rammes av problemet")
	if strings.Contains(s.screen(), "Vis eksemplet ditt") {
		t.Errorf("the projector view shows the facilitator's instructions:\n%s", s.screen())
	}
	// t shows the countdown to the class too.
	s.send("t")
	s.waitFor("skjul klokken")
	s.waitFor("▀▀▀") // the bottom row of the large digits
	s.send("t")
	s.waitFor("vis klokken")
	s.waitGone("▀▀▀")
	s.send("v")
	s.waitFor("igjen av 5 min")
	s.send(keyEsc)
	if code := s.exit(); code != 0 {
		t.Fatalf("exit code %d", code)
	}
}

const (
	keyRight = "\x1b[C"
	keyEsc   = "\x1b"
)
