package presenter

import "charm.land/lipgloss/v2"

// styles are the presenter's looks. Without colour (NO_COLOR) every state
// still differs by bold, faint, underline, reverse video or a word, never
// by colour alone.
type styles struct {
	header  lipgloss.Style // the module's title at the top
	kind    lipgloss.Style // «Oppgave · 20 minutter»
	title   lipgloss.Style // the current activity, in the small layout
	band    lipgloss.Style // the current activity as a band, in the large layouts
	heading lipgloss.Style // headings in the text, «Notater»
	faint   lipgloss.Style // help, done activities, hints
	current lipgloss.Style // the current activity in the plan
	digits  lipgloss.Style // the countdown
	last    lipgloss.Style // the countdown in its last minute
	alarm   lipgloss.Style // «Tiden er ute»
	paused  lipgloss.Style // «Pause»
	ahead   lipgloss.Style // on time or ahead of the plan
	behind  lipgloss.Style // behind the plan
	key     lipgloss.Style // a key in the help line
}

func newStyles(color bool) styles {
	s := lipgloss.NewStyle()
	st := styles{
		header:  s.Bold(true),
		kind:    s.Bold(true),
		title:   s.Bold(true).Underline(true),
		band:    s.Bold(true).Reverse(true),
		heading: s.Bold(true),
		faint:   s.Faint(true),
		current: s.Bold(true),
		digits:  s.Bold(true),
		last:    s.Bold(true),
		alarm:   s.Bold(true).Reverse(true),
		paused:  s.Reverse(true),
		ahead:   s,
		behind:  s.Bold(true),
		key:     s.Bold(true),
	}
	if !color {
		return st
	}
	var (
		accent = lipgloss.Color("6") // cyan
		ink    = lipgloss.Color("0") // black
		white  = lipgloss.Color("15")
		red    = lipgloss.Color("1")
		yellow = lipgloss.Color("3")
		green  = lipgloss.Color("2")
	)
	st.kind = st.kind.Foreground(accent)
	st.title = s.Bold(true).Foreground(accent)
	st.band = s.Bold(true).Foreground(ink).Background(accent)
	st.current = st.current.Foreground(accent)
	st.digits = st.digits.Foreground(accent)
	st.last = st.last.Foreground(yellow)
	st.alarm = s.Bold(true).Foreground(white).Background(red)
	st.paused = s.Bold(true).Foreground(ink).Background(yellow)
	st.ahead = st.ahead.Foreground(green)
	st.behind = st.behind.Foreground(red)
	return st
}
