package presenter

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/tui/bigdigits"
	"github.com/sosabc/sosabc/internal/workshop"
)

var t0 = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

func testWorkshop() *workshop.Workshop {
	return &workshop.Workshop{
		ID: "test", Title: "Prøvemodul", Minutes: 35,
		Agenda: []workshop.Activity{
			{Title: "Velkommen", Minutes: 10, Kind: workshop.Talk, Instructions: "Si **hei** til alle, og vis `sosabc les as`.\n\n- Første punkt\n- Andre [punkt](https://example.com)\n"},
			{Title: "Gruppearbeid", Minutes: 20, Kind: workshop.Task, Instructions: "Grupper på fire lager en plan. Si fra etter ti minutter.", Participants: "Lag en plan i gruppa.\n\n- Skriv tre steg."},
			{Title: "Oppsummering", Minutes: 5, Kind: workshop.Dialogue, Instructions: "Hver sier én ting de tar med seg."},
		},
		Notes: "- Husk kaffe til alle.\n- Ha ekstra tusjer.",
	}
}

// start is a presenter for w at width×height whose session starts at t0.
func start(w *workshop.Workshop, width, height int, color bool) model {
	return newModel(w, Options{
		Now: func() time.Time { return t0 }, Tick: time.Millisecond, Color: color,
		Width: width, Height: height, Start: t0,
	})
}

// press sends keys by name: "right", "space", "ctrl+c", "+", "q" …
func press(t *testing.T, m model, keys ...string) (model, tea.Cmd) {
	t.Helper()
	var cmd tea.Cmd
	for _, k := range keys {
		var msg tea.KeyPressMsg
		switch k {
		case "right":
			msg = tea.KeyPressMsg{Code: tea.KeyRight}
		case "left":
			msg = tea.KeyPressMsg{Code: tea.KeyLeft}
		case "up":
			msg = tea.KeyPressMsg{Code: tea.KeyUp}
		case "down":
			msg = tea.KeyPressMsg{Code: tea.KeyDown}
		case "space":
			msg = tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
		case "esc":
			msg = tea.KeyPressMsg{Code: tea.KeyEscape}
		case "ctrl+c":
			msg = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
		default:
			msg = tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
		}
		if msg.String() != k {
			t.Fatalf("key %q reads as %q", k, msg.String())
		}
		next, c := m.Update(msg)
		m, cmd = next.(model), c
	}
	return m, cmd
}

// wait lets d pass on the fake clock and returns the command of the tick.
func wait(m model, d time.Duration) (model, tea.Cmd) {
	next, cmd := m.Update(tickMsg{m.now.Add(d)})
	return next.(model), cmd
}

// run runs a command and the commands of a batch, and returns their
// messages. Ticks in the tests last a millisecond.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, run(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

func rings(cmd tea.Cmd) int {
	n := 0
	for _, msg := range run(cmd) {
		if raw, ok := msg.(tea.RawMsg); ok && raw.Msg == bell {
			n++
		}
	}
	return n
}

// screen is the view without styles.
func screen(m model) string { return ansi.Strip(m.View().Content) }

// showsClock reports whether the screen shows the countdown text in large
// digits.
func showsClock(m model, text string) bool {
	rows := bigdigits.Small(text)
	lines := strings.Split(screen(m), "\n")
	for i := 0; i+2 < len(lines); i++ {
		if strings.Contains(lines[i], rows[0]) && strings.Contains(lines[i+1], rows[1]) && strings.Contains(lines[i+2], rows[2]) {
			return true
		}
	}
	return false
}

func mustShow(t *testing.T, m model, texts ...string) {
	t.Helper()
	s := screen(m)
	for _, text := range texts {
		if !strings.Contains(s, text) {
			t.Errorf("the screen does not show %q:\n%s", text, s)
		}
	}
}

func mustNotShow(t *testing.T, m model, texts ...string) {
	t.Helper()
	s := screen(m)
	for _, text := range texts {
		if strings.Contains(s, text) {
			t.Errorf("the screen shows %q:\n%s", text, s)
		}
	}
}

func TestFirstActivity(t *testing.T) {
	m := start(testWorkshop(), 80, 24, false)
	mustShow(t, m, "Prøvemodul", "Aktivitet 1 av 3", "kl. 09.00", "Innlegg · 10 minutter", "Velkommen",
		"igjen av 10 min · slutt kl. 09.10", "Økten: i rute", "Neste: Gruppearbeid · 20 min",
		"Plan for økten · 09.00–09.35", "▶ 09.00  Velkommen", "09.10  Gruppearbeid", "09.30  Oppsummering", "09.35  Slutt",
		"→ neste", "← forrige", "p pause", "+/- minutt", "n notater", "v storskjerm", "q avslutt")
	// The Markdown is plain text: no marks, lists as bullets.
	mustShow(t, m, "Si hei til alle, og vis sosabc les as.", "• Første punkt", "• Andre punkt")
	mustNotShow(t, m, "**", "`", "](", "Husk kaffe")
	if !showsClock(m, "10:00") {
		t.Errorf("no countdown 10:00:\n%s", screen(m))
	}
}

func TestCountdownAdvancesWithTheClock(t *testing.T) {
	m := start(testWorkshop(), 80, 24, false)
	cmd := m.Init()
	if cmd == nil {
		t.Fatal("Init returns no tick")
	}
	if msgs := run(cmd); len(msgs) != 1 || msgs[0] != (tickMsg{t0}) {
		t.Fatalf("the tick read %v, want the injected clock's %v", msgs, t0)
	}
	m, cmd = wait(m, 90*time.Second)
	if got := m.remaining(); got != 510*time.Second {
		t.Errorf("remaining %v, want 8m30s", got)
	}
	if !showsClock(m, "8:30") {
		t.Errorf("no countdown 8:30:\n%s", screen(m))
	}
	mustShow(t, m, "kl. 09.01")
	if msgs := run(cmd); len(msgs) != 1 {
		t.Errorf("a tick returns %v, want the next tick only", msgs)
	}
	// A part second counts as a whole one.
	m, _ = wait(m, 500*time.Millisecond)
	if !showsClock(m, "8:30") {
		t.Errorf("8:29.5 left should show 8:30:\n%s", screen(m))
	}
	// A clock that goes back changes nothing.
	before := m.remaining()
	m, _ = wait(m, -time.Minute)
	if m.remaining() != before {
		t.Errorf("a clock going back changed the countdown to %v", m.remaining())
	}
}

func TestNextAndPrevious(t *testing.T) {
	m := start(testWorkshop(), 80, 24, false)
	m, _ = press(t, m, "left")
	mustShow(t, m, "Aktivitet 1 av 3")
	m, _ = wait(m, 4*time.Minute)
	for _, k := range []string{"right", "l", "space"} {
		m, _ = press(t, m, "left", "left", k)
		mustShow(t, m, "Aktivitet 2 av 3", "Oppgave · 20 minutter", "Grupper på fire lager en plan.", "Neste: Oppsummering · 5 min", "✓ 09.00  Velkommen", "▶ 09.10  Gruppearbeid")
		if !showsClock(m, "20:00") {
			t.Errorf("the next activity starts at 20:00:\n%s", screen(m))
		}
	}
	// Leaving six minutes early puts the session six minutes ahead, and
	// the plan shows where the clock says the session should be.
	mustShow(t, m, "Økten: 6 minutter foran planen", "✓ 09.00  Velkommen ← her etter planen")

	// Going back finds the first activity where it was left.
	m, _ = press(t, m, "h")
	mustShow(t, m, "Aktivitet 1 av 3")
	if !showsClock(m, "6:00") {
		t.Errorf("back at the first activity, 6:00 should be left:\n%s", screen(m))
	}

	m, _ = press(t, m, "right", "right")
	mustShow(t, m, "Aktivitet 3 av 3", "Neste: ingen, dette er den siste aktiviteten")
	m, _ = wait(m, 2*time.Minute)
	m, _ = press(t, m, "right")
	mustShow(t, m, "Økten er ferdig", "Dere avsluttet kl. 09.06.", "Økten: 29 minutter foran planen", "Alle 3 aktiviteter er ferdige", "✓ 09.30  Oppsummering")
	m, _ = press(t, m, "right")
	mustShow(t, m, "Økten er ferdig")
	m, _ = press(t, m, "left")
	mustShow(t, m, "Aktivitet 3 av 3")
}

func TestPauseStopsTheClock(t *testing.T) {
	m := start(testWorkshop(), 80, 24, false)
	m, _ = wait(m, time.Minute)
	m, _ = press(t, m, "p")
	m, _ = wait(m, 5*time.Minute)
	if got := m.remaining(); got != 9*time.Minute {
		t.Errorf("paused for 5 minutes, remaining %v, want 9m0s", got)
	}
	mustShow(t, m, "Pause", "klokken står", "Økten: 5 minutter bak planen")
	if !showsClock(m, "9:00") {
		t.Errorf("the paused countdown should stay at 9:00:\n%s", screen(m))
	}
	m, _ = press(t, m, "p")
	mustNotShow(t, m, "Pause", "klokken står")
	m, _ = wait(m, time.Minute)
	if got := m.remaining(); got != 8*time.Minute {
		t.Errorf("after the pause, remaining %v, want 8m0s", got)
	}
}

func TestPlusAndMinusChangeTheTimeAndTheDrift(t *testing.T) {
	m := start(testWorkshop(), 80, 24, false)
	m, _ = wait(m, 2*time.Minute)
	m, _ = press(t, m, "+")
	if got := m.remaining(); got != 9*time.Minute {
		t.Errorf("after +, remaining %v, want 9m0s", got)
	}
	mustShow(t, m, "igjen av 11 min (1 lagt til)", "Økten: 1 minutt bak planen", "▶ 09.00  Velkommen")
	m, _ = press(t, m, "+", "+")
	mustShow(t, m, "igjen av 13 min (3 lagt til)", "Økten: 3 minutter bak planen")
	m, _ = press(t, m, "-", "-", "-", "-", "-")
	if got := m.remaining(); got != 6*time.Minute {
		t.Errorf("after 3 + and 5 -, remaining %v, want 6m0s", got)
	}
	mustShow(t, m, "igjen av 8 min (2 trukket fra)", "Økten: 2 minutter foran planen")
	if !showsClock(m, "6:00") {
		t.Errorf("no countdown 6:00:\n%s", screen(m))
	}
	// Never less than no time at all.
	for range 20 {
		m, _ = press(t, m, "-")
	}
	if got := m.allotted(); got != 0 {
		t.Errorf("allotted %v, want 0", got)
	}
}

func TestTimeUpShowsAndRingsOnce(t *testing.T) {
	for _, color := range []bool{false, true} {
		t.Run(fmt.Sprintf("color=%v", color), func(t *testing.T) {
			m := start(testWorkshop(), 80, 24, color)
			var cmd tea.Cmd
			m, cmd = wait(m, 9*time.Minute+30*time.Second)
			if rings(cmd) != 0 {
				t.Error("the bell rang before the time was up")
			}
			mustShow(t, m, "Siste minutt")
			mustNotShow(t, m, "Tiden er ute")

			m, cmd = wait(m, 45*time.Second)
			if n := rings(cmd); n != 1 {
				t.Errorf("the bell rang %d times when the time ran out, want once", n)
			}
			mustShow(t, m, "Tiden er ute", "0:15 over tiden", "Økten: i rute")
			m, cmd = wait(m, 2*time.Minute)
			if rings(cmd) != 0 {
				t.Error("the bell rang again")
			}
			mustShow(t, m, "Tiden er ute", "2:15 over tiden", "Økten: 2 minutter bak planen")

			// The signal does not rest on colour: reverse video around the words.
			view := m.View().Content
			if !regexp.MustCompile(`\x1b\[[0-9;]*7[0-9;]*m[^\x1b]*Tiden er ute`).MatchString(view) {
				t.Errorf("«Tiden er ute» is not in reverse video or coloured:\n%q", view)
			}

			// Three more minutes bring the countdown back; the bell rings
			// again when they too run out.
			m, cmd = press(t, m, "+", "+", "+")
			if rings(cmd) != 0 {
				t.Error("the bell rang on +")
			}
			mustNotShow(t, m, "Tiden er ute")
			if !showsClock(m, "0:45") {
				t.Errorf("no countdown 0:45:\n%s", screen(m))
			}
			m, cmd = wait(m, time.Minute)
			if rings(cmd) != 1 {
				t.Error("the bell did not ring when the added time ran out")
			}
			// Taking time away can end it at once, with the bell.
			m, _ = press(t, m, "right")
			m, cmd = press(t, m, "-")
			if rings(cmd) != 0 {
				t.Error("the bell rang with time left")
			}
			m, _ = wait(m, 18*time.Minute)
			m, cmd = press(t, m, "-")
			if rings(cmd) != 1 {
				t.Error("the bell did not ring when - ended the time")
			}
			mustShow(t, m, "Tiden er ute")
		})
	}
}

// sgrColour matches a colour in an SGR sequence: 30–49, 90–107, 38;… 48;…
var sgrColour = regexp.MustCompile(`\x1b\[(?:[0-9]*;)*(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9]*)*m`)

func TestNoColourKeepsBoldAndReverse(t *testing.T) {
	m := start(testWorkshop(), 80, 24, false)
	views := map[string]string{"start": m.View().Content}
	m, _ = wait(m, 9*time.Minute+30*time.Second)
	views["last minute"] = m.View().Content
	m, _ = wait(m, time.Minute)
	views["time up"] = m.View().Content
	m, _ = press(t, m, "p")
	views["paused"] = m.View().Content
	m, _ = press(t, m, "v")
	views["projector"] = m.View().Content
	for name, v := range views {
		if loc := sgrColour.FindStringIndex(v); loc != nil {
			t.Errorf("%s: colour without Color: %q", name, v[loc[0]:loc[1]])
		}
		if !strings.Contains(v, "\x1b[1") {
			t.Errorf("%s: no bold at all", name)
		}
	}

	c := start(testWorkshop(), 80, 24, true)
	if !sgrColour.MatchString(c.View().Content) {
		t.Error("no colour with Color")
	}
}

// The class sees the title and the text written for them, never the
// facilitator's instructions, the notes, the plan or the clock.
func TestProjectorViewHidesTheClockAndNotes(t *testing.T) {
	m := start(testWorkshop(), 80, 24, false)
	m, _ = press(t, m, "n")
	mustShow(t, m, "Notater til deg som leder", "• Husk kaffe til alle.")
	m, _ = press(t, m, "v")
	mustShow(t, m, "Innlegg", "Velkommen", "Aktivitet 1 av 3", "lederens visning", "t vis klokken")
	mustNotShow(t, m, "Si hei til alle", "Første punkt", "igjen av", "Økten:", "Neste:", "Plan for økten", "Notater", "Husk kaffe", "kl. 09.00")
	if showsClock(m, "10:00") {
		t.Errorf("the projector view shows the countdown:\n%s", screen(m))
	}
	m, _ = wait(m, 11*time.Minute)
	mustNotShow(t, m, "Tiden er ute", "over tiden")
	m, _ = press(t, m, "right")
	mustShow(t, m, "Gruppearbeid", "Lag en plan i gruppa.", "• Skriv tre steg.")
	mustNotShow(t, m, "Grupper på fire", "Si fra etter ti minutter")
	m, _ = press(t, m, "v")
	mustShow(t, m, "igjen av 20 min", "Notater til deg som leder", "Grupper på fire lager en plan.")
}

// With t the class sees the countdown too, and «Tiden er ute» when it is
// up; the facilitator's figures stay hidden. t again hides it.
func TestProjectorClock(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		m := start(testWorkshop(), size[0], size[1], false)
		m, _ = press(t, m, "v", "t")
		font := bigdigits.Small
		if size[1] >= 30 {
			font = bigdigits.Large
		}
		s := screen(m)
		for _, row := range font("10:00") {
			if !strings.Contains(s, row) {
				t.Errorf("%dx%d: the class clock does not show 10:00 (row %q):\n%s", size[0], size[1], row, s)
			}
		}
		mustShow(t, m, "skjul klokken")
		mustNotShow(t, m, "igjen av", "Økten:", "Neste:")
		m, _ = wait(m, 10*time.Minute)
		mustShow(t, m, "Tiden er ute")
		mustNotShow(t, m, "over tiden")
		m, _ = press(t, m, "t")
		mustNotShow(t, m, "Tiden er ute")
	}
}

// Paused, the clock stands and the end moves: the status says what is
// left, not an end time that will be wrong in a minute. It fits 80
// columns, also with minutes added.
func TestPausedStatusFits(t *testing.T) {
	m := start(testWorkshop(), 80, 24, false)
	m, _ = press(t, m, "p", "+", "+")
	mustShow(t, m, "Pause  klokken står · igjen av 12 min (2 lagt til)")
	mustNotShow(t, m, "slutt kl.", "…")
	m, _ = press(t, m, "p")
	mustShow(t, m, "slutt kl. 09.12")
}

// The class is told when a break ends.
func TestProjectorBreak(t *testing.T) {
	w := testWorkshop()
	w.Agenda[1] = workshop.Activity{Title: "Pause", Minutes: 20, Kind: workshop.Break}
	m := start(w, 80, 24, false)
	m, _ = press(t, m, "right", "v")
	mustShow(t, m, "Pause", "Vi fortsetter kl. 09.20.")
}

func TestNotesToggle(t *testing.T) {
	m := start(testWorkshop(), 80, 24, false)
	mustNotShow(t, m, "Notater")
	m, _ = press(t, m, "n")
	mustShow(t, m, "Notater til deg som leder", "• Husk kaffe til alle.", "• Ha ekstra tusjer.")
	m, _ = press(t, m, "n")
	mustNotShow(t, m, "Notater", "Husk kaffe")

	w := testWorkshop()
	w.Notes = ""
	m = start(w, 80, 24, false)
	m, _ = press(t, m, "n")
	mustShow(t, m, "Denne modulen har ingen notater.")
}

func TestLongTextScrolls(t *testing.T) {
	w := testWorkshop()
	var b strings.Builder
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "- Punkt nummer %d\n", i)
	}
	w.Agenda[0].Instructions = b.String()
	m := start(w, 80, 24, false)
	mustShow(t, m, "• Punkt nummer 1\n", "↓ mer tekst (pil ned)", "Plan for økten")
	mustNotShow(t, m, "Punkt nummer 30")
	for range 40 {
		m, _ = press(t, m, "down")
	}
	mustShow(t, m, "↑ mer over (pil opp)", "• Punkt nummer 30")
	mustNotShow(t, m, "↓ mer tekst")
	// Scrolling stops at the end: one step up shows that there is more.
	m, _ = press(t, m, "up")
	mustShow(t, m, "↓ mer tekst (pil ned)")
	mustNotShow(t, m, "• Punkt nummer 30")
	m, _ = press(t, m, "down")
	for range 40 {
		m, _ = press(t, m, "up")
	}
	mustShow(t, m, "• Punkt nummer 1\n")
	mustNotShow(t, m, "↑ mer over")
}

func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "esc", "ctrl+c"} {
		m := start(testWorkshop(), 80, 24, false)
		_, cmd := press(t, m, k)
		msgs := run(cmd)
		if len(msgs) != 1 || msgs[0] != (tea.QuitMsg{}) {
			t.Errorf("%s gives %v, want quit", k, msgs)
		}
	}
}

func TestWindowSize(t *testing.T) {
	m := start(testWorkshop(), 80, 24, false)
	next, _ := m.Update(tea.WindowSizeMsg{Width: 160, Height: 50})
	m = next.(model)
	lines := strings.Split(screen(m), "\n")
	if len(lines) != 50 {
		t.Errorf("%d lines at 160×50, want 50", len(lines))
	}
	// The large layout: margins, the plan beside the activity, help at the
	// bottom above the margin.
	if !strings.HasPrefix(lines[len(lines)-3], strings.Repeat(" ", 8)+"→ l mellomrom neste") {
		t.Errorf("the help line is not at the bottom inside the margin:\n%s", screen(m))
	}
	if !regexp.MustCompile(`Velkommen\s{4,}Plan for økten`).MatchString(screen(m)) && !regexp.MustCompile(`Innlegg · 10 minutter\s{4,}Plan for økten`).MatchString(screen(m)) {
		t.Errorf("the plan is not beside the activity:\n%s", screen(m))
	}
}

// The screen never overflows: every real module, every activity, every
// view, on an 80×24 terminal, a projected one and a few others.
func TestEveryViewFits(t *testing.T) {
	set, err := workshop.Load(content.FS(), workshop.Refs{})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Workshops) == 0 {
		t.Fatal("no modules")
	}
	sizes := [][2]int{{80, 24}, {160, 50}, {120, 30}, {100, 40}, {60, 15}, {200, 60}}
	for _, w := range append(set.Workshops, testWorkshop()) {
		for _, size := range sizes {
			m := start(w, size[0], size[1], true)
			for i := 0; i <= len(w.Agenda); i++ {
				for _, keys := range [][]string{nil, {"n"}, {"v"}, {"p"}, {"down", "down", "down"}} {
					s, _ := press(t, m, keys...)
					checkFits(t, fmt.Sprintf("%s %d×%d activity %d %v", w.ID, size[0], size[1], i+1, keys), s)
					s, _ = wait(s, 3*time.Hour)
					checkFits(t, fmt.Sprintf("%s %d×%d activity %d %v, time up", w.ID, size[0], size[1], i+1, keys), s)
				}
				m, _ = press(t, m, "right")
			}
		}
	}
}

func checkFits(t *testing.T, name string, m model) {
	t.Helper()
	lines := strings.Split(m.View().Content, "\n")
	if len(lines) > m.height {
		t.Errorf("%s: %d lines, the screen has %d", name, len(lines), m.height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > m.width {
			t.Errorf("%s: line %d is %d cells, the screen %d: %q", name, i+1, w, m.width, ansi.Strip(l))
		}
	}
	if !m.projector && !strings.Contains(ansi.Strip(lines[len(lines)-1-m.frame().my]), "avslutt") {
		t.Errorf("%s: the help line is not at the bottom:\n%s", name, ansi.Strip(m.View().Content))
	}
}

func TestAt80x24TheEssentialsShow(t *testing.T) {
	set, err := workshop.Load(content.FS(), workshop.Refs{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range set.Workshops {
		m := start(w, 80, 24, false)
		for i, a := range w.Agenda {
			next := "Neste: ingen"
			if i+1 < len(w.Agenda) {
				next = "Neste: " + string([]rune(w.Agenda[i+1].Title)[:min(30, len([]rune(w.Agenda[i+1].Title)))])
			}
			mustShow(t, m, fmt.Sprintf("Aktivitet %d av %d", i+1, len(w.Agenda)), a.Title, "Plan for økten", "▶ ", next, "Økten: ")
			if !strings.Contains(screen(m), "igjen av") {
				t.Errorf("%s %d: no time left", w.ID, i+1)
			}
			m, _ = press(t, m, "right")
		}
	}
}

func TestWords(t *testing.T) {
	for m, want := range map[int]string{2: "2 minutter bak planen", 1: "1 minutt bak planen", 0: "i rute", -1: "1 minutt foran planen", -12: "12 minutter foran planen"} {
		if got := driftText(m); got != want {
			t.Errorf("driftText(%d) = %q, want %q", m, got, want)
		}
	}
	for d, want := range map[time.Duration]string{0: "0:00", time.Millisecond: "0:01", 61 * time.Second: "1:01", 90 * time.Minute: "90:00", -time.Second: "0:00"} {
		if got := clockText(d); got != want {
			t.Errorf("clockText(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestSpeed(t *testing.T) {
	real := t0
	env := map[string]string{}
	o, err := prepare(Options{Now: func() time.Time { return real }, Getenv: func(k string) string { return env[k] }})
	if err != nil || o.Tick != DefaultTick {
		t.Fatalf("without %s: %v, tick %v", SpeedEnv, err, o.Tick)
	}
	env[SpeedEnv] = "60"
	o, err = prepare(Options{Now: func() time.Time { return real }, Getenv: func(k string) string { return env[k] }, Tick: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	real = real.Add(2 * time.Second)
	if got := o.Now(); !got.Equal(t0.Add(2 * time.Minute)) {
		t.Errorf("two seconds at speed 60 read %v, want two minutes on", got.Sub(t0))
	}
	if o.Tick != time.Second/60 && o.Tick != minTick {
		t.Errorf("tick %v", o.Tick)
	}
	for _, bad := range []string{"fort", "0", "-5", "100000"} {
		env[SpeedEnv] = bad
		if _, err := prepare(Options{Getenv: func(k string) string { return env[k] }}); err == nil || !strings.Contains(err.Error(), SpeedEnv) {
			t.Errorf("%s=%s: err %v", SpeedEnv, bad, err)
		}
	}
}

func TestBreakSaysWhenToComeBack(t *testing.T) {
	w := testWorkshop()
	w.Agenda[1] = workshop.Activity{Title: "Pause", Minutes: 15, Kind: workshop.Break}
	m := start(w, 80, 24, false)
	m, _ = wait(m, 10*time.Minute)
	m, _ = press(t, m, "right")
	mustShow(t, m, "Pause · 15 minutter", "Vi fortsetter kl. 09.25.")
	mustNotShow(t, m, "Ingen instruksjoner")
	m, _ = press(t, m, "v")
	mustShow(t, m, "Vi fortsetter kl. 09.25.")
	m, _ = press(t, m, "v", "+")
	mustShow(t, m, "Vi fortsetter kl. 09.26.")
}

func TestEmptyAgenda(t *testing.T) {
	w := &workshop.Workshop{Title: "Tom"}
	m := start(w, 80, 24, false)
	for _, k := range []string{"right", "left", "p", "+", "-", "n", "v", "v"} {
		m, _ = press(t, m, k)
	}
	m, _ = wait(m, time.Hour)
	mustShow(t, m, "Modulen har ingen aktiviteter.")
}
