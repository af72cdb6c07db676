package presenter

import (
	"math"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/sosabc/sosabc/internal/workshop"
)

// tickMsg carries the time read from the injected clock. It is the only
// way time reaches the model.
type tickMsg struct{ now time.Time }

// bell is the terminal bell, rung once when an activity's time runs out.
const bell = "\a"

// lastMinute is when the countdown changes colour and says «Siste minutt».
const lastMinute = time.Minute

// model is the presenter's state. Time is counted per activity: used is
// the running time spent on it (pauses not counted), extra the minutes
// added with + and taken away with -.
type model struct {
	w     *workshop.Workshop
	slots []workshop.Slot // the plan, from Options.Start
	st    styles

	width, height int

	clock func() time.Time // read by the tick command only, never by Update or View
	tick  time.Duration

	now   time.Time // the last time the clock was read
	cur   int       // the current activity; len(slots) once the session is over
	used  []time.Duration
	extra []time.Duration
	rung  []bool    // the bell has rung since the time last ran out
	ended time.Time // when the facilitator moved past the last activity

	paused    bool
	notes     bool // show Workshop.Notes
	projector bool // the class's view: the title and the text for the class, no notes
	// classClock shows the countdown in the class's view too; off at
	// first, so the class sees no clock unless the facilitator wants it.
	classClock bool
	scroll     int // first line shown of the text
}

func newModel(w *workshop.Workshop, o Options) model {
	now := o.Now()
	start := o.Start
	if start.IsZero() {
		start = now
	}
	n := len(w.Agenda)
	width, height := o.Width, o.Height
	if width <= 0 || height <= 0 {
		width, height = 80, 24
	}
	return model{
		w: w, slots: w.Schedule(start), st: newStyles(o.Color),
		width: width, height: height,
		clock: o.Now, tick: o.Tick,
		now:  now,
		used: make([]time.Duration, n), extra: make([]time.Duration, n), rung: make([]bool, n),
	}
}

func (m model) Init() tea.Cmd { return m.nextTick() }

// nextTick reads the injected clock after one tick.
func (m model) nextTick() tea.Cmd {
	clock := m.clock
	return tea.Tick(m.tick, func(time.Time) tea.Msg { return tickMsg{clock()} })
}

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tickMsg:
		m.advance(msg.now)
		return m, tea.Batch(m.ring(), m.nextTick())
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, nil
	case tea.KeyPressMsg:
		return m.key(msg.String())
	}
	return m, nil
}

func (m model) key(k string) (tea.Model, tea.Cmd) {
	switch k {
	case "q", "esc", "ctrl+c":
		return m, tea.Quit
	case "right", "l", "space":
		m.next()
	case "left", "h":
		m.prev()
	case "p":
		m.paused = !m.paused
	case "+", "=":
		m.adjust(time.Minute)
	case "-":
		m.adjust(-time.Minute)
	case "n":
		m.notes = !m.notes
		m.scroll = 0
		if m.notes {
			m.scroll = m.notesLine() // show the notes at once
		}
	case "v":
		m.projector = !m.projector
		m.scroll = 0
	case "t":
		m.classClock = !m.classClock
	case "down", "j":
		m.scroll++
	case "up", "k":
		m.scroll--
	}
	m.scroll = min(max(m.scroll, 0), m.area(m.frame()).maxScroll())
	return m, m.ring()
}

// advance moves the clock to now; the current activity's time runs unless
// the session is paused. A clock that goes back is ignored.
func (m *model) advance(now time.Time) {
	d := now.Sub(m.now)
	if d <= 0 {
		return
	}
	if !m.paused && m.running() {
		m.used[m.cur] += d
	}
	m.now = now
}

// ring rings the bell once when the current activity's time has run out.
func (m *model) ring() tea.Cmd {
	if !m.running() || m.rung[m.cur] || m.remaining() > 0 {
		return nil
	}
	m.rung[m.cur] = true
	return tea.Raw(bell)
}

func (m *model) next() {
	if m.cur >= len(m.slots) {
		return
	}
	m.cur++
	m.scroll = 0
	if m.cur == len(m.slots) {
		m.ended = m.now
	}
}

func (m *model) prev() {
	if m.cur == 0 {
		return
	}
	m.cur--
	m.scroll = 0
}

// adjust gives the current activity more or less time, never less than
// none at all. When more time brings it back from «Tiden er ute», the bell
// may ring again when that time runs out too.
func (m *model) adjust(d time.Duration) {
	if !m.running() {
		return
	}
	planned := m.slots[m.cur].Duration()
	m.extra[m.cur] = max(m.extra[m.cur]+d, -planned)
	if m.remaining() > 0 {
		m.rung[m.cur] = false
	}
}

// running reports whether an activity is current (the session is not over).
func (m model) running() bool { return m.cur < len(m.slots) }

// allotted is the time the current activity has: planned plus extra.
func (m model) allotted() time.Duration {
	return m.slots[m.cur].Duration() + m.extra[m.cur]
}

// remaining is the time left of the current activity; below zero it is
// the time over.
func (m model) remaining() time.Duration {
	return m.allotted() - m.used[m.cur]
}

// timeUp reports whether the current activity's time has run out.
func (m model) timeUp() bool { return m.running() && m.remaining() <= 0 }

// drift is how far the session is behind the plan (below zero: ahead).
// While an activity runs it compares when it will end, at the present
// pace, with when the plan ends it; once the session is over, when it
// ended with the plan's end.
func (m model) drift() time.Duration {
	if len(m.slots) == 0 {
		return 0
	}
	if !m.running() {
		return m.ended.Sub(m.slots[len(m.slots)-1].End)
	}
	end := m.now.Add(max(m.remaining(), 0))
	return end.Sub(m.slots[m.cur].End)
}

// driftMinutes is drift rounded to whole minutes.
func (m model) driftMinutes() int {
	return int(math.Round(m.drift().Minutes()))
}
