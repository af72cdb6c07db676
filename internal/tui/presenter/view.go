package presenter

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/sosabc/sosabc/internal/tui/bigdigits"
	"github.com/sosabc/sosabc/internal/tui/textblock"
	"github.com/sosabc/sosabc/internal/workshop"
)

// frame is the screen's geometry: margins, columns and how large to draw.
type frame struct {
	width, height int
	mx, my        int  // margins: columns left and right, rows top and bottom
	inner         int  // width inside the margins
	rows          int  // height inside the margins
	wide          bool // the plan in a column of its own, right of the activity
	large         bool // five-row countdown, the title as a band
	mainW, planW  int
}

const gap = 4 // columns between the activity and the plan

func (m model) frame() frame {
	f := frame{width: max(m.width, 20), height: max(m.height, 6), mx: 1}
	if f.width >= 100 {
		f.mx = min(max(f.width/20, 2), 10)
	}
	if f.height >= 30 {
		f.my = min(max(f.height/25, 1), 3)
	}
	f.inner = f.width - 2*f.mx
	f.rows = f.height - 2*f.my
	f.large = f.inner >= 100 && f.rows >= 32
	f.wide = f.inner >= 110 && f.rows >= 26
	f.mainW = f.inner
	if f.wide {
		f.planW = min(max(f.inner/3, 36), 56)
		f.mainW = f.inner - f.planW - gap
	}
	return f
}

func (m model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	return v
}

// render draws the whole screen: at most height lines of at most width
// cells.
func (m model) render() string {
	f := m.frame()
	var body []string
	if m.projector {
		body = m.projectorView(f)
	} else {
		body = m.facilitatorView(f)
	}
	lines := make([]string, 0, f.height)
	for range f.my {
		lines = append(lines, "")
	}
	pad := strings.Repeat(" ", f.mx)
	for _, l := range body {
		if l == "" {
			lines = append(lines, "")
			continue
		}
		lines = append(lines, pad+textblock.Cut(l, f.inner))
	}
	for len(lines) < f.height {
		lines = append(lines, "")
	}
	lines = lines[:f.height]
	return strings.Join(lines, "\n")
}

// area is the column the text is in: what stands above the text (the
// activity and its clock, or the projector's title), the text, the width
// it is wrapped at and the rows it gets. In the stacked layout the plan
// gets planRows below it.
type area struct {
	head     []string
	text     []textblock.Line
	width    int
	rows     int
	planRows int
}

// topRows is how many rows the header takes in the facilitator's view.
func (f frame) topRows() int {
	if f.large {
		return 4 // the header, a blank line, a rule, a blank line
	}
	return 2
}

func (m model) area(f frame) area {
	if m.projector {
		a := area{width: projectorWidth(f)}
		a.head = m.projectorHead(f, a.width)
		if m.running() {
			a.text = m.classLines(a.width)
		}
		a.rows = f.rows - len(a.head) - 2
		return a
	}
	avail := f.rows - f.topRows() - 2 // a blank line and the help line at the bottom
	a := area{width: f.mainW}
	a.head = m.activityHead(f, a.width)
	a.text = m.textLines(a.width)
	flex := avail - len(a.head)
	if f.wide {
		a.rows = flex
		return a
	}
	// Stacked: the text above the plan. Each gets a few lines at least;
	// the text gets the rest, the plan what the text leaves.
	planWant := len(m.slots) + 2 // the heading, the activities, the end
	textMin, planMin := min(len(a.text), 3), min(planWant, 5)
	if flex < textMin+planMin+1 {
		planMin = min(planWant, 4)
	}
	if flex < textMin+planMin+1 || len(m.slots) == 0 {
		a.rows = min(len(a.text), flex) // too small a screen for the plan
		return a
	}
	a.rows = min(len(a.text), flex-planMin-1)
	a.planRows = min(planWant, flex-a.rows-1)
	return a
}

// maxScroll is the furthest the text scrolls.
func (a area) maxScroll() int {
	if len(a.text) <= a.rows || a.rows < 3 {
		return 0
	}
	return len(a.text) - a.rows + 1
}

// facilitatorView is the leader's screen: the activity with its countdown,
// the text, the plan and the help line. It fills f.rows exactly.
func (m model) facilitatorView(f frame) []string {
	out := []string{m.header(f.inner), ""}
	if f.large {
		out = append(out, m.st.faint.Render(strings.Repeat("─", f.inner)), "")
	}
	a := m.area(f)
	main := append(a.head, m.scrolled(a.text, a.rows)...)
	switch {
	case f.wide:
		avail := f.rows - f.topRows() - 2
		out = append(out, columns(main, f.mainW, m.plan(f.planW, avail), avail)...)
	case a.planRows > 0:
		out = append(append(out, main...), "")
		out = append(out, m.plan(f.inner, a.planRows)...)
	default:
		out = append(out, main...)
	}
	for len(out) < f.rows-1 {
		out = append(out, "")
	}
	return append(out[:f.rows-1], m.help(f.inner))
}

// activityHead is the kind, the title and the countdown with its status,
// followed by a blank line.
func (m model) activityHead(f frame, width int) []string {
	if len(m.slots) == 0 {
		return []string{m.st.title.Render("Modulen har ingen aktiviteter."), ""}
	}
	var out []string
	if !m.running() {
		out = append(out, m.st.kind.Render("Ferdig"))
		out = append(out, m.titleLines(f, "Økten er ferdig", width)...)
		at := "Dere avsluttet kl. " + hhmm(m.ended) + "."
		out = append(out, "", at, m.driftLine("Økten"), "")
		return out
	}
	a := m.slots[m.cur].Activity
	out = append(out, m.st.kind.Render(kindLabel(a.Kind)+" · "+minutes(a.Minutes)))
	out = append(out, m.titleLines(f, a.Title, width)...)
	out = append(out, "")
	out = append(out, m.clockBlock(f, width)...)
	return append(out, "")
}

// titleLines is the current activity's title: a band in the large layout,
// bold on one or two lines otherwise.
func (m model) titleLines(f frame, title string, width int) []string {
	if f.large {
		inside := textblock.Wrap(title, width-4)
		out := []string{m.st.band.Render(strings.Repeat(" ", width))}
		for _, l := range inside {
			out = append(out, m.st.band.Render(textblock.Fill("  "+l, width)))
		}
		return append(out, m.st.band.Render(strings.Repeat(" ", width)))
	}
	lines := textblock.Wrap(title, width)
	if len(lines) > 2 {
		lines = []string{lines[0], textblock.Cut(strings.Join(lines[1:], " "), width)}
	}
	for i, l := range lines {
		lines[i] = m.st.title.Render(l)
	}
	return lines
}

// clockBlock is the countdown (or «Tiden er ute») with three lines of
// status beside it: the time left and when the activity ends, how the
// session stands against the plan, and what comes next. On a small screen
// the clock is one line of ordinary digits.
func (m model) clockBlock(f frame, width int) []string {
	status := []string{m.timeLine(), m.driftLine("Økten"), m.nextLine()}
	left := m.remaining()
	var font func(string) []string
	switch {
	case f.large:
		font = bigdigits.Large
	case m.height >= 18 && width >= 60:
		font = bigdigits.Small
	default:
		clock := m.digitStyle().Render(clockText(left))
		if m.timeUp() {
			clock = m.st.alarm.Render(" Tiden er ute ")
		}
		return append([]string{clock + "  " + status[0]}, status[1:]...)
	}
	clockW := ansi.StringWidth(font("00:00")[0])
	var clock []string
	if m.timeUp() {
		clock = m.alarm(clockW, len(font("0")))
	} else {
		for _, r := range font(clockText(left)) {
			clock = append(clock, m.digitStyle().Render(textblock.Fill(strings.Repeat(" ", max(clockW-ansi.StringWidth(r), 0))+r, clockW)))
		}
	}
	if len(clock) > len(status) {
		status = append([]string{""}, status...) // centre three lines beside five
	}
	return columns(clock, clockW, status, max(len(clock), len(status)))
}

func (m model) digitStyle() lipgloss.Style {
	switch {
	case m.paused:
		return m.st.faint
	case m.remaining() <= lastMinute:
		return m.st.last
	}
	return m.st.digits
}

// alarm is the block that replaces the countdown when the time is up:
// reverse video (and red, with colour), with «Tiden er ute» in the middle.
func (m model) alarm(width, n int) []string {
	width = max(width, 16)
	out := make([]string, n)
	for i := range out {
		text := ""
		if i == n/2 {
			text = "Tiden er ute"
		}
		out[i] = m.st.alarm.Render(textblock.Centre(text, width))
	}
	return out
}

// timeLine is the first status line: time left, the pause, or the time
// over.
func (m model) timeLine() string {
	left := m.remaining()
	var s string
	switch {
	case left <= 0:
		s = m.st.alarm.Render(" ! ") + " " + m.st.heading.Render(overText(-left)+" over tiden")
	case left <= lastMinute:
		s = m.st.last.Render("Siste minutt") + " · slutt kl. " + hhmm(m.now.Add(left))
	default:
		s = "igjen av " + fmt.Sprintf("%d min", int(m.allotted().Minutes())) + m.extraText() + " · slutt kl. " + hhmm(m.now.Add(left))
	}
	if m.paused {
		// While the clock stands, the end keeps moving: say what is left.
		s = "igjen av " + fmt.Sprintf("%d min", int(m.allotted().Minutes())) + m.extraText()
		if left <= 0 {
			s = overText(-left) + " over tiden"
		}
		s = m.st.paused.Render(" Pause ") + " klokken står · " + s
	}
	return s
}

// extraText is the time added or taken away: « (+2)».
func (m model) extraText() string {
	e := int(m.extra[m.cur].Minutes())
	switch {
	case e > 0:
		return fmt.Sprintf(" (%d lagt til)", e)
	case e < 0:
		return fmt.Sprintf(" (%d trukket fra)", -e)
	}
	return ""
}

// driftLine says how the session stands against the plan.
func (m model) driftLine(label string) string {
	d := m.driftMinutes()
	st := m.st.ahead
	if d > 0 {
		st = m.st.behind
	}
	return label + ": " + st.Render(driftText(d))
}

// nextLine names the next activity.
func (m model) nextLine() string {
	if m.cur+1 >= len(m.slots) {
		return "Neste: ingen, dette er den siste aktiviteten"
	}
	a := m.slots[m.cur+1].Activity
	return "Neste: " + m.st.heading.Render(a.Title) + " · " + fmt.Sprintf("%d min", a.Minutes)
}

// header is the module's title, where in the session we are and the time
// of day.
func (m model) header(width int) string {
	var right string
	switch {
	case len(m.slots) == 0:
		right = "kl. " + hhmm(m.now)
	case m.running():
		right = fmt.Sprintf("Aktivitet %d av %d · kl. %s", m.cur+1, len(m.slots), hhmm(m.now))
	default:
		right = fmt.Sprintf("Alle %d aktiviteter er ferdige · kl. %s", len(m.slots), hhmm(m.now))
	}
	if m.paused {
		right = m.st.paused.Render(" Pause ") + " " + right
	}
	rw := ansi.StringWidth(right)
	left := textblock.Cut(m.st.header.Render(m.w.Title), max(width-rw-2, 0))
	return left + strings.Repeat(" ", max(width-ansi.StringWidth(left)-rw, 1)) + right
}

// plan is the session's agenda with planned start times, the current
// activity marked and the done ones faint, shortened around the current
// one to n lines (with its heading).
func (m model) plan(width, n int) []string {
	if n <= 0 || len(m.slots) == 0 {
		return nil
	}
	last := m.slots[len(m.slots)-1]
	heading := m.st.heading.Render("Plan for økten") + m.st.faint.Render(" · "+hhmm(m.slots[0].Start)+"–"+hhmm(last.End))
	out := []string{textblock.Cut(heading, width)}
	rows := make([]string, 0, len(m.slots)+1)
	planNow := workshop.At(m.slots, m.now)
	for i, s := range m.slots {
		mins := fmt.Sprintf("%3d min", s.Activity.Minutes)
		if i == m.cur && m.extra[i] != 0 {
			mins = fmt.Sprintf("%3d min", int(m.allotted().Minutes()))
		}
		mark := " "
		switch {
		case i < m.cur:
			mark = "✓"
		case i == m.cur:
			mark = "▶"
		}
		var note string
		if i == planNow && i != m.cur && m.running() {
			note = " ← her etter planen" // shortens the title, never itself
		}
		lead := mark + " " + hhmm(s.Start) + "  "
		tw := width - ansi.StringWidth(lead) - ansi.StringWidth(mins) - 1
		title := textblock.Cut(s.Activity.Title, tw-ansi.StringWidth(note)) + note
		row := lead + textblock.Fill(title, tw) + " " + mins
		switch {
		case i < m.cur:
			row = m.st.faint.Render(row)
		case i == m.cur:
			row = m.st.current.Render(row)
		}
		rows = append(rows, row)
	}
	rows = append(rows, m.st.faint.Render("  "+hhmm(last.End)+"  Slutt"))
	room := n - 1
	if room <= 0 {
		return out
	}
	if len(rows) > room {
		first := min(max(m.cur-1, 0), len(rows)-room)
		rows = rows[first : first+room]
	}
	return append(out, rows...)
}

// textLines is the current activity's instructions, and the facilitator's
// notes after them when they are on, wrapped at width.
func (m model) textLines(width int) []textblock.Line {
	var out []textblock.Line
	switch {
	case len(m.slots) == 0:
	case !m.running():
		out = textblock.Layout(textblock.Parse("Alle aktivitetene er gjennomført. Trykk ← for å gå tilbake, eller q for å avslutte."), width)
	default:
		a := m.slots[m.cur].Activity
		if strings.TrimSpace(a.Instructions) != "" {
			out = textblock.Layout(textblock.Parse(a.Instructions), width)
		}
		switch {
		case a.Kind == workshop.Break && m.remaining() > 0:
			// The class needs the time, not the countdown.
			if len(out) > 0 {
				out = append(out, textblock.Line{})
			}
			out = append(out, textblock.Line{Kind: textblock.Heading, Text: "Vi fortsetter kl. " + hhmm(m.now.Add(m.remaining())) + "."})
		case len(out) == 0:
			out = []textblock.Line{{Kind: textblock.Hint, Text: "Ingen instruksjoner til denne aktiviteten."}}
		}
	}
	if m.notes && !m.projector {
		if len(out) > 0 {
			out = append(out, textblock.Line{})
		}
		out = append(out, textblock.Line{Kind: textblock.NotesHeading, Text: "Notater til deg som leder"})
		if strings.TrimSpace(m.w.Notes) == "" {
			out = append(out, textblock.Line{Kind: textblock.Hint, Text: "Denne modulen har ingen notater."})
		} else {
			out = append(out, textblock.Layout(textblock.Parse(m.w.Notes), width)...)
		}
	}
	return out
}

// classLines is what the class reads on the projector: the activity's
// text for the participants, never the facilitator's instructions, which
// are written to the facilitator. A break says when the class goes on.
func (m model) classLines(width int) []textblock.Line {
	switch {
	case len(m.slots) == 0:
		return nil
	case !m.running():
		return nil
	}
	a := m.slots[m.cur].Activity
	var out []textblock.Line
	if strings.TrimSpace(a.Participants) != "" {
		out = textblock.Layout(textblock.Parse(a.Participants), width)
	}
	if a.Kind == workshop.Break && m.remaining() > 0 {
		if len(out) > 0 {
			out = append(out, textblock.Line{})
		}
		out = append(out, textblock.Line{Kind: textblock.Heading, Text: "Vi fortsetter kl. " + hhmm(m.now.Add(m.remaining())) + "."})
	}
	return out
}

// notesLine is where the notes start in the text as it is shown now.
func (m model) notesLine() int {
	for i, l := range m.area(m.frame()).text {
		if l.Kind == textblock.NotesHeading {
			return i
		}
	}
	return 0
}

// scrolled shows n lines of text from m.scroll, with a line saying there
// is more above or below when there is.
func (m model) scrolled(text []textblock.Line, n int) []string {
	if n <= 0 {
		return nil
	}
	start := 0
	if len(text) > n && n >= 3 {
		start = min(m.scroll, len(text)-n+1)
	}
	var out []string
	if start > 0 {
		out = append(out, m.st.faint.Render("↑ mer over (pil opp)"))
	}
	for i := start; i < len(text) && len(out) < n; i++ {
		if len(out) == n-1 && i < len(text)-1 && n >= 3 {
			out = append(out, m.st.faint.Render("↓ mer tekst (pil ned)"))
			break
		}
		out = append(out, m.styleLine(text[i]))
	}
	return out
}

func (m model) styleLine(l textblock.Line) string {
	switch l.Kind {
	case textblock.Heading, textblock.NotesHeading:
		return m.st.heading.Render(l.Text)
	case textblock.Hint:
		return m.st.faint.Render(l.Text)
	}
	return l.Text
}

// help is the keys, as many as the width allows.
func (m model) help(width int) string {
	type k struct{ key, label string }
	variants := [][]k{
		{{"→ l mellomrom", "neste"}, {"← h", "forrige"}, {"p", "pause"}, {"+ -", "ett minutt mer eller mindre"}, {"↑ ↓", "bla i teksten"}, {"n", "notater"}, {"v", "visning for klassen"}, {"q", "avslutt"}},
		{{"→ mellomrom", "neste"}, {"←", "forrige"}, {"p", "pause"}, {"+ -", "ett minutt"}, {"↑ ↓", "bla"}, {"n", "notater"}, {"v", "storskjerm"}, {"q", "avslutt"}},
		{{"→", "neste"}, {"←", "forrige"}, {"p", "pause"}, {"+/-", "minutt"}, {"n", "notater"}, {"v", "storskjerm"}, {"q", "avslutt"}},
		{{"→ ←", "bytt"}, {"p", "pause"}, {"+ -", "min"}, {"n", "notater"}, {"v", "klasse"}, {"q", "avslutt"}},
		{{"q", "avslutt"}, {"→", "neste"}, {"←", "forrige"}, {"p", "pause"}},
	}
	if m.projector {
		clock := "vis klokken"
		if m.classClock {
			clock = "skjul klokken"
		}
		variants = [][]k{
			{{"v", "tilbake til lederens visning"}, {"t", clock}, {"→", "neste"}, {"←", "forrige"}, {"q", "avslutt"}},
			{{"v", "lederens visning"}, {"t", clock}, {"→", "neste"}, {"q", "avslutt"}},
			{{"v", "leder"}, {"t", "klokke"}, {"q", "avslutt"}},
		}
	}
	var s string
	for _, v := range variants {
		var parts []string
		plain := 0
		for _, it := range v {
			parts = append(parts, m.st.key.Render(it.key)+" "+m.st.faint.Render(it.label))
			plain += ansi.StringWidth(it.key) + 1 + ansi.StringWidth(it.label) + 2
		}
		s = strings.Join(parts, "  ")
		if plain-2 <= width {
			break
		}
	}
	return textblock.Cut(s, width)
}

// projectorView is the class's screen: the title large and the
// instructions, no clock and no notes.
func (m model) projectorView(f frame) []string {
	a := m.area(f)
	indent := strings.Repeat(" ", (f.inner-a.width)/2)
	var out []string
	for _, l := range append(a.head, m.scrolled(a.text, a.rows)...) {
		if l != "" {
			l = indent + l
		}
		out = append(out, l)
	}
	for len(out) < f.rows-1 {
		out = append(out, "")
	}
	var where string
	if m.running() {
		where = m.st.faint.Render(fmt.Sprintf("Aktivitet %d av %d", m.cur+1, len(m.slots))) + "   "
	}
	help := where + m.help(f.inner-ansi.StringWidth(where))
	return append(out[:f.rows-1], textblock.Cut(help, f.inner))
}

// projectorHead is the kind and the title, as a band when there is room.
func (m model) projectorHead(f frame, width int) []string {
	var out []string
	if f.rows >= 30 {
		out = append(out, "")
	}
	var title, kind string
	switch {
	case len(m.slots) == 0:
		title = m.w.Title
	case !m.running():
		title, kind = "Takk for i dag!", m.w.Title
	default:
		a := m.slots[m.cur].Activity
		title, kind = a.Title, kindLabel(a.Kind)
	}
	if kind != "" {
		out = append(out, m.st.kind.Render(kind))
	}
	big := f
	big.large = f.rows >= 20
	out = append(out, m.titleLines(big, title, width)...)
	out = append(out, "")
	if m.classClock && m.running() {
		out = append(out, m.classClockLines(f, width)...)
		out = append(out, "")
	}
	return out
}

// classClockLines is the countdown for the class (key t): large digits
// in the middle, or «Tiden er ute»; no plan, no drift, nothing else.
func (m model) classClockLines(f frame, width int) []string {
	left := m.remaining()
	var font func(string) []string
	switch {
	case f.rows >= 30 && width >= 40:
		font = bigdigits.Large
	case f.rows >= 16:
		font = bigdigits.Small
	default:
		if m.timeUp() {
			return []string{textblock.Centre(m.st.alarm.Render(" Tiden er ute "), width)}
		}
		return []string{textblock.Centre(m.digitStyle().Render(clockText(left)), width)}
	}
	clockW := ansi.StringWidth(font("00:00")[0])
	if m.timeUp() {
		var out []string
		for _, l := range m.alarm(clockW, len(font("0"))) {
			out = append(out, textblock.Centre(l, width))
		}
		return out
	}
	var out []string
	for _, r := range font(clockText(left)) {
		out = append(out, textblock.Centre(m.digitStyle().Render(r), width))
	}
	return out
}

// projectorWidth is how wide the class's text is: the screen, but never
// wider than is easy to read.
func projectorWidth(f frame) int { return min(f.inner, 100) }

// columns sets left (width lw) and right side by side, n lines high.
func columns(left []string, lw int, right []string, n int) []string {
	out := make([]string, 0, n)
	for i := range n {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		if r == "" {
			out = append(out, strings.TrimRight(textblock.Cut(l, lw), " "))
			continue
		}
		out = append(out, textblock.Fill(l, lw)+strings.Repeat(" ", gap)+r)
	}
	return out
}

// kindLabel is the kind of activity in words.
func kindLabel(k workshop.Kind) string {
	if k == "" {
		return "Aktivitet"
	}
	return k.Label()
}
