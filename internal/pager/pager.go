// Package pager shows long text one screen at a time, so sosabc never
// depends on an external pager such as less. It is the only place that
// knows bubbletea's viewport.
package pager

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// Page is what Run shows. The text can come in parts: Text is the start
// of the page, enough for the first screen, and More brings the rest
// while the reader reads (nil when there is no more). With Text empty,
// the screen stays empty until the first part comes, and the pager
// closes if More ends without any. Each part ends at
// the end of a line. Shown, when not nil, is called once the first screen
// has been written: the moment to start work that would slow it down.
type Page struct {
	Text  string
	More  <-chan string
	Shown func()
}

// Run shows the page in a full-screen pager until the reader presses q or
// Esc. The text is shown as it is: it was styled for this terminal
// already (or is plain), so bubbletea must not judge the colours again.
// It would strip them all, since out is not the terminal's file but a
// writer around it.
func Run(in io.Reader, out io.Writer, page Page, width, height int) error {
	m := newModel(page.Text, width, height)
	m.more = page.More
	if page.Shown != nil {
		out = &firstScreen{w: out, shown: page.Shown}
	}
	// bubbletea draws on a clock, the first screen too: at its highest
	// rate the reader waits at most 8 ms for it, not 17.
	p := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(out), tea.WithWindowSize(width, height),
		tea.WithColorProfile(colorprofile.TrueColor), tea.WithFPS(120))
	_, err := p.Run()
	return err
}

// firstScreen calls shown after the first write that puts text on the
// screen. bubbletea may write a query to the terminal before it (escape
// sequences only), in a write of its own.
type firstScreen struct {
	w     io.Writer
	shown func()
	once  sync.Once
	done  atomic.Bool // shown has been called
}

func (f *firstScreen) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if !f.done.Load() && strings.TrimSpace(ansi.Strip(string(p))) != "" {
		f.once.Do(func() {
			f.done.Store(true)
			f.shown()
		})
	}
	return n, err
}

// mode is what the keys do.
type mode int

const (
	reading   mode = iota
	searching      // typing a search after «/»
	helping        // the list of keys is shown
)

type model struct {
	vp     viewport.Model
	text   string
	width  int
	lines  []string // the text as shown, wrapped to the width
	shown  []string // lines, with the hits of a search marked
	folded []string // the same lines without escapes, in lower case

	more  <-chan string // the rest of the text, until it is closed
	toEnd bool          // G was pressed before all the text had come

	mode    mode
	typed   string // the search being typed
	query   string // the last search, lower case
	matches []int  // lines with a hit
	current int    // index in matches of the hit shown, -1 before n/N
	notice  string // a message for the status line, until the next key
}

func newModel(text string, width, height int) *model {
	m := &model{vp: viewport.New(viewport.WithWidth(width), viewport.WithHeight(height-1)), text: text, current: -1}
	m.layout(width)
	return m
}

// layout wraps the text to the width. A line wider than the screen (a long
// web address) is wrapped, since the viewport would cut it off and the end
// of the line would be lost: between words, and inside a web address after
// a «/» or a «-». Only a word without either is broken at the edge. Line
// breaks at the end of the text are not shown.
func (m *model) layout(width int) {
	m.width = width
	m.lines, m.folded = nil, nil
	m.addLines(strings.TrimRight(m.text, "\n"))
}

// addLines wraps text to the width and shows it below the lines before.
func (m *model) addLines(text string) {
	lines := strings.Split(ansi.Wrap(text, max(m.width, 1), "/"), "\n")
	for _, l := range lines {
		m.folded = append(m.folded, strings.ToLower(ansi.Strip(l)))
	}
	m.lines = append(m.lines, lines...)
	m.find()
	m.show()
}

// add puts the next part of the text below the rest, wrapping only the
// new part. The line breaks at the end of the text so far were not shown:
// they come back before it, less the one that ends the last line.
func (m *model) add(part string) {
	shown := strings.TrimRight(m.text, "\n")
	breaks := len(m.text) - len(shown)
	m.text += part
	part = strings.TrimRight(part, "\n")
	switch {
	case part == "":
	case shown == "" || breaks == 0:
		m.layout(m.width)
	default:
		m.addLines(strings.Repeat("\n", breaks-1) + part)
	}
}

// moreText is the next part of the text; moreDone says there is no more.
type (
	moreText string
	moreDone struct{}
)

// next waits for the next part of the text. It takes the parts that have
// come already along with it, so the screen is updated fewer times.
func (m *model) next() tea.Cmd {
	if m.more == nil {
		return nil
	}
	more := m.more
	return func() tea.Msg {
		s, ok := <-more
		if !ok {
			return moreDone{}
		}
		for {
			select {
			case t, ok := <-more:
				if !ok {
					return moreText(s) // the next wait sees the end
				}
				s += t
			default:
				return moreText(s)
			}
		}
	}
}

// find lists the lines that hold the query.
func (m *model) find() {
	m.matches = nil
	if m.query == "" {
		return
	}
	for i, l := range m.folded {
		if strings.Contains(l, m.query) {
			m.matches = append(m.matches, i)
		}
	}
}

// show puts the lines in the viewport, with every hit in reverse video.
func (m *model) show() {
	m.shown = m.lines
	if m.query != "" && len(m.matches) > 0 {
		m.shown = append([]string(nil), m.lines...)
		for _, i := range m.matches {
			m.shown[i] = mark(m.lines[i], m.folded[i], m.query)
		}
	}
	m.vp.SetContentLines(m.shown)
}

// body is the lines on the screen, from the viewport's place in the text,
// as many as fit. The lines are wrapped to the width already, so they are
// written as they are: the viewport's own View fits every line to the
// width again with lipgloss, which took about 3 ms for the first screen
// of a plan. The viewport still keeps the place.
func (m *model) body() string {
	h := m.vp.Height()
	from := min(m.vp.YOffset(), len(m.shown))
	lines := make([]string, max(h, 0)) // empty below the end of the text
	copy(lines, m.shown[from:])
	return strings.Join(lines, "\n")
}

// mark shows every hit of query in line in reverse video; folded is line
// without escapes, in lower case.
func mark(line, folded, query string) string {
	var b strings.Builder
	col := 0
	for from := 0; ; {
		i := strings.Index(folded[from:], query)
		if i < 0 {
			break
		}
		start := ansi.StringWidth(folded[:from+i])
		end := start + ansi.StringWidth(query)
		b.WriteString(ansi.Cut(line, col, start))
		b.WriteString("\x1b[7m" + ansi.Strip(ansi.Cut(line, start, end)) + "\x1b[27m")
		col = end
		from += i + len(query)
	}
	b.WriteString(ansi.Cut(line, col, ansi.StringWidth(folded)))
	return b.String()
}

func (m *model) Init() tea.Cmd { return m.next() }

func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case moreText:
		m.add(string(msg))
		if m.toEnd {
			m.vp.GotoBottom()
		}
		return m, m.next()
	case moreDone:
		m.more = nil
		if m.text == "" {
			return m, tea.Quit // the page never came (it failed)
		}
		return m, nil
	case tea.WindowSizeMsg:
		m.vp.SetWidth(msg.Width)
		m.vp.SetHeight(msg.Height - 1)
		if msg.Width != m.width {
			m.layout(msg.Width)
		}
		return m, nil
	case tea.KeyPressMsg:
		m.notice, m.toEnd = "", false
		switch m.mode {
		case searching:
			return m.typeSearch(msg)
		case helping:
			m.mode = reading
			if msg.String() == "ctrl+c" {
				return m, tea.Quit
			}
			return m, nil
		}
		switch msg.String() {
		case "q", "esc", "ctrl+c":
			return m, tea.Quit
		case "g", "home":
			m.vp.GotoTop()
			return m, nil
		case "G", "end":
			// Until all the text has come, the end moves down with it.
			m.vp.GotoBottom()
			m.toEnd = m.more != nil
			return m, nil
		case "/":
			m.mode, m.typed = searching, ""
			return m, nil
		case "n":
			m.jump(1)
			return m, nil
		case "N":
			m.jump(-1)
			return m, nil
		case "?":
			m.mode = helping
			return m, nil
		}
	}
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

// typeSearch reads the search after «/»: Enter searches, Esc gives up.
func (m *model) typeSearch(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch k.String() {
	case "ctrl+c":
		return m, tea.Quit
	case "esc":
		m.mode = reading
	case "enter":
		m.mode = reading
		if q := strings.ToLower(strings.TrimSpace(m.typed)); q != "" {
			m.query, m.current = q, -1
			m.find()
			m.show()
			m.jump(1)
		}
	case "backspace":
		if r := []rune(m.typed); len(r) > 0 {
			m.typed = string(r[:len(r)-1])
		}
	default:
		if k.Text != "" {
			m.typed += k.Text
		}
	}
	return m, nil
}

// jump shows the next hit (dir 1) or the one before (dir -1), counted from
// the top of the screen the first time.
func (m *model) jump(dir int) {
	if m.query == "" {
		m.notice = "Søk med / først."
		return
	}
	if len(m.matches) == 0 {
		m.notice = fmt.Sprintf("Fant ikke «%s».", m.query)
		return
	}
	if m.current < 0 {
		top := m.vp.YOffset()
		m.current = 0
		for m.current < len(m.matches) && m.matches[m.current] < top {
			m.current++
		}
		if dir < 0 {
			m.current--
		}
	} else {
		m.current += dir
	}
	m.current = (m.current + len(m.matches)) % len(m.matches)
	// The hit goes near the top, with two lines before it for context.
	m.vp.SetYOffset(m.matches[m.current] - 2)
}

func (m *model) View() tea.View {
	if m.text == "" && m.more != nil && m.mode == reading {
		// The first screen is still being rendered: show nothing, not
		// even the status line, so that the first screen written is
		// the page (Page.Shown).
		v := tea.NewView("")
		v.AltScreen = true
		return v
	}
	var body string
	if m.mode == helping {
		body = m.help()
	} else {
		body = m.body()
	}
	v := tea.NewView(body + "\n" + m.status())
	v.AltScreen = true
	return v
}

// status is the line under the text: where you are and the keys.
func (m *model) status() string {
	switch {
	case m.mode == searching:
		return "Søk: " + m.typed + "█  (Enter søker, Esc avbryter)"
	case m.mode == helping:
		return "Trykk en tast for å gå tilbake til teksten."
	case m.notice != "":
		return m.notice
	}
	last := min(m.vp.YOffset()+m.vp.Height(), m.vp.TotalLineCount())
	where := fmt.Sprintf("Linje %d–%d av %d", m.vp.YOffset()+1, last, m.vp.TotalLineCount())
	if m.query != "" && m.current >= 0 {
		where = fmt.Sprintf("«%s»: treff %d av %d · n/N", m.query, m.current+1, len(m.matches))
	}
	keys := []string{
		where + " · ↑/↓ PgUp/PgDn g/G blar · / søk · ? taster · q avslutter",
		where + " · / søk · ? taster · q avslutter",
		where + " · ? taster · q avslutter",
		"? taster · q avslutter",
	}
	for _, k := range keys {
		if ansi.StringWidth(k) <= m.width {
			return k
		}
	}
	return keys[len(keys)-1]
}

// help lists every key, in place of the text.
func (m *model) help() string {
	keys := [][2]string{
		{"↑ ↓  eller  k j", "én linje opp eller ned"},
		{"PgUp PgDn  eller  b mellomrom", "én side opp eller ned"},
		{"u d", "en halv side opp eller ned"},
		{"g  eller  Home", "til starten"},
		{"G  eller  End", "til slutten"},
		{"/", "søk etter et ord"},
		{"n  N", "neste eller forrige treff"},
		{"?", "denne listen"},
		{"q  eller  Esc", "avslutt"},
	}
	w := 0
	for _, k := range keys {
		w = max(w, ansi.StringWidth(k[0]))
	}
	lines := []string{"Taster i visningen", ""}
	for _, k := range keys {
		lines = append(lines, "  "+k[0]+strings.Repeat(" ", w-ansi.StringWidth(k[0]))+"   "+k[1])
	}
	for len(lines) < m.vp.Height() {
		lines = append(lines, "")
	}
	return strings.Join(lines[:max(m.vp.Height(), 1)], "\n")
}
