package pager

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

func text(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "Linje nummer %d\n", i)
		if i%25 == 0 {
			b.WriteString("Her står ordet \x1b[1mForsikring\x1b[0m i en stilet linje.\n")
		}
	}
	return b.String()
}

func key(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

func press(m *model, keys ...string) {
	for _, k := range keys {
		m.Update(key(k))
	}
}

func typeText(m *model, s string) {
	for _, r := range s {
		m.Update(key(string(r)))
	}
}

func screen(m *model) string { return ansi.Strip(m.View().Content) }

// «/» searches without regard to case, n and N move between hits, and
// every hit is marked (ux-review m7).
func TestSearchNextAndPrevious(t *testing.T) {
	m := newModel(text(100), 60, 20)
	press(m, "/")
	if !strings.Contains(screen(m), "Søk: ") {
		t.Fatalf("no search prompt:\n%s", screen(m))
	}
	typeText(m, "forsikrinx")
	press(m, "backspace", "g", "enter")
	if got := m.vp.YOffset(); got != 23 {
		t.Errorf("first hit at offset %d, want 23 (line 26 with two lines before it)", got)
	}
	if !strings.Contains(screen(m), "«forsikring»: treff 1 av 4 · n/N · ? taster · q avslutter") {
		t.Errorf("status: %q", lastLine(screen(m)))
	}
	if !strings.Contains(m.View().Content, "\x1b[7mForsikring\x1b[27m") {
		t.Error("the hit is not in reverse video")
	}
	press(m, "n", "n")
	if got := m.vp.YOffset(); got != 75 || !strings.Contains(screen(m), "3 av 4") {
		t.Errorf("after n n: offset %d, status %q", got, lastLine(screen(m)))
	}
	press(m, "n")
	press(m, "n") // wraps to the first
	if !strings.Contains(screen(m), "1 av 4") {
		t.Errorf("n after the last hit: %q", lastLine(screen(m)))
	}
	press(m, "N") // back to the last
	if !strings.Contains(screen(m), "4 av 4") {
		t.Errorf("N from the first hit: %q", lastLine(screen(m)))
	}
	press(m, "/")
	typeText(m, "finnes ikke")
	press(m, "enter")
	if !strings.Contains(screen(m), "Fant ikke «finnes ikke».") {
		t.Errorf("no-hit message: %q", lastLine(screen(m)))
	}
	// Esc leaves the search prompt without searching.
	press(m, "/")
	typeText(m, "x")
	press(m, "esc")
	if strings.Contains(screen(m), "Søk:") {
		t.Error("Esc did not close the search prompt")
	}
}

func TestNextBeforeSearch(t *testing.T) {
	m := newModel(text(60), 60, 20)
	press(m, "n")
	if !strings.Contains(screen(m), "Søk med / først.") {
		t.Errorf("n without a search: %q", lastLine(screen(m)))
	}
}

// The status line names the keys, and ? lists them all.
func TestHelpLineAndKeys(t *testing.T) {
	m := newModel(text(100), 80, 20)
	if want := "Linje 1–19 av 104 · ↑/↓ PgUp/PgDn g/G blar · / søk · ? taster · q avslutter"; lastLine(screen(m)) != want {
		t.Errorf("status %q, want %q", lastLine(screen(m)), want)
	}
	press(m, "pgdown")
	if !strings.HasPrefix(lastLine(screen(m)), "Linje 20–38 av 104") {
		t.Errorf("after PgDn: %q", lastLine(screen(m)))
	}
	press(m, "G")
	if !strings.HasPrefix(lastLine(screen(m)), "Linje 86–104 av 104") {
		t.Errorf("after G: %q", lastLine(screen(m)))
	}
	press(m, "g")
	if !strings.HasPrefix(lastLine(screen(m)), "Linje 1–19") {
		t.Errorf("after g: %q", lastLine(screen(m)))
	}
	press(m, "?")
	for _, want := range []string{"Taster i visningen", "PgUp PgDn", "g  eller  Home", "n  N", "q  eller  Esc"} {
		if !strings.Contains(screen(m), want) {
			t.Errorf("the key list lacks %q", want)
		}
	}
	press(m, "x")
	if strings.Contains(screen(m), "Taster i visningen") {
		t.Error("a key did not close the key list")
	}
	// Narrow: the status line still fits.
	m = newModel(text(100), 40, 20)
	if got := lastLine(screen(m)); ansi.StringWidth(got) > 40 {
		t.Errorf("status %q is wider than 40", got)
	}
}

// A line wider than the screen wraps: nothing is cut off (ux-review M7:
// a web address lost its end at 60 columns). It wraps between words, and
// a web address after a «/» or a «-», never inside a word.
func TestLongLinesWrap(t *testing.T) {
	url := "https://tilskudd.dfo.no/ordning/DT-0131-tilskudd-til-sosialt-entreprenorskap"
	m := newModel("Kilde: "+url+" (lest 1. desember 2026)\n", 40, 10)
	var lines []string
	for _, l := range strings.Split(screen(m), "\n") {
		if l = strings.TrimRight(l, " "); l != "" {
			lines = append(lines, l)
		}
	}
	want := []string{
		"Kilde: https://tilskudd.dfo.no/ordning/",
		"DT-0131-tilskudd-til-sosialt-",
		"entreprenorskap (lest 1. desember 2026)",
		"Linje 1–3 av 3 · ? taster · q avslutter",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("wrapped as\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	m.Update(tea.WindowSizeMsg{Width: 30, Height: 10})
	for _, l := range strings.Split(screen(m), "\n") {
		if ansi.StringWidth(l) > 30 {
			t.Errorf("line %q wider than the new width 30", l)
		}
	}
}

func TestQuit(t *testing.T) {
	for _, k := range []string{"q", "esc"} {
		m := newModel(text(10), 40, 10)
		if _, cmd := m.Update(key(k)); cmd == nil {
			t.Errorf("%s does not quit", k)
		}
	}
}

func lastLine(s string) string {
	lines := strings.Split(s, "\n")
	return lines[len(lines)-1]
}

// The pager opens with the first part of the page, and the parts that
// follow are added below: the lines end up as if the page had come whole,
// also when a part brings only blank lines or a line wider than the
// screen. A search finds text in the later parts, and G pressed before
// the end has come keeps to the end.
func TestTextInParts(t *testing.T) {
	long := "Kilde: https://tilskudd.dfo.no/ordning/DT-0131-tilskudd-til-sosialt-entreprenorskap (lest 1. desember 2026)\n"
	parts := []string{text(30) + "\n\n", "\n", "Neste del.\n" + long + "\n", text(40) + "\n\n"}
	whole := newModel(strings.Join(parts, ""), 50, 20)
	m := newModel(parts[0], 50, 20)
	more := make(chan string, len(parts))
	m.more = more
	press(m, "G")
	for _, p := range parts[1:] {
		more <- p
	}
	close(more)
	for cmd := m.Init(); cmd != nil; {
		_, cmd = m.Update(cmd())
	}
	if got, want := strings.Join(m.lines, "\n"), strings.Join(whole.lines, "\n"); got != want {
		t.Errorf("the page in parts:\n%s\nwant:\n%s", got, want)
	}
	if end := fmt.Sprintf("Linje %d–%d av %d", len(m.lines)-18, len(m.lines), len(m.lines)); !strings.HasPrefix(lastLine(screen(m)), end) {
		t.Errorf("G before the end came: %q, want %q", lastLine(screen(m)), end)
	}
	press(m, "g", "/")
	typeText(m, "neste del")
	press(m, "enter")
	if len(m.matches) != 1 || !strings.Contains(screen(m), "Neste del.") {
		t.Errorf("search in a later part: %v\n%s", m.matches, screen(m))
	}
}

// Shown is called once, after the first write that puts text on the
// screen: not after a write of escape sequences only, such as the query
// bubbletea sends first. Everything is written through.
func TestShownAfterTheFirstScreen(t *testing.T) {
	var b strings.Builder
	n := 0
	w := &firstScreen{w: &b, shown: func() { n++ }}
	writes := []struct {
		s     string
		shown int // times shown was called after the write
	}{
		{"\x1b[?2026$p\x1b[?2027$p", 0},
		{"\x1b[?1049h\x1b[H \r\n", 0},
		{"\x1b[1mLinje\x1b[m 1–19", 1},
		{"Linje 2", 1},
	}
	var all string
	for _, c := range writes {
		if _, err := w.Write([]byte(c.s)); err != nil {
			t.Fatal(err)
		}
		all += c.s
		if n != c.shown {
			t.Errorf("after %q: shown %d times, want %d", c.s, n, c.shown)
		}
	}
	if b.String() != all {
		t.Errorf("written %q, want %q", b.String(), all)
	}
}

// body shows what the viewport's own View shows, less the spaces that
// View pads each line with: at the top, in the middle, at the end, past
// the end of a short text, and with the hits of a search marked.
func TestBodyIsTheViewportsView(t *testing.T) {
	trim := func(s string) string {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimRight(l, " ")
		}
		return strings.Join(lines, "\n")
	}
	check := func(name string, m *model) {
		t.Helper()
		if got, want := m.body(), trim(m.vp.View()); got != want {
			t.Errorf("%s:\n got %q\nwant %q", name, got, want)
		}
	}
	m := newModel(text(200), 60, 20)
	check("top", m)
	press(m, " ", " ", " ")
	check("three pages down", m)
	press(m, "G")
	check("end", m)
	typeText(m, "/forsikring")
	press(m, "enter")
	check("a search", m)
	check("a short text", newModel(text(3), 60, 20))
	check("no text", newModel("", 60, 20))
}
