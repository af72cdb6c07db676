// Package pager shows long text one screen at a time, so sosabc never
// depends on an external pager such as less. It is the only place that
// knows bubbletea's viewport.
package pager

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
)

// Run shows text in a full-screen pager until the reader presses q or Esc.
func Run(in io.Reader, out io.Writer, text string, width, height int) error {
	vp := viewport.New(viewport.WithWidth(width), viewport.WithHeight(height-1))
	vp.SetContent(strings.TrimRight(text, "\n"))
	p := tea.NewProgram(model{vp: vp}, tea.WithInput(in), tea.WithOutput(out), tea.WithWindowSize(width, height))
	_, err := p.Run()
	return err
}

type model struct{ vp viewport.Model }

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q", "esc", "ctrl+c":
			return m, tea.Quit
		case "g", "home":
			m.vp.GotoTop()
			return m, nil
		case "G", "end":
			m.vp.GotoBottom()
			return m, nil
		case "space":
			m.vp.PageDown()
			return m, nil
		}
	case tea.WindowSizeMsg:
		m.vp.SetWidth(msg.Width)
		m.vp.SetHeight(msg.Height - 1)
	}
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

func (m model) View() tea.View {
	last := min(m.vp.YOffset()+m.vp.Height(), m.vp.TotalLineCount())
	status := fmt.Sprintf("Linje %d–%d av %d · ↑/↓ og mellomrom blar · q avslutter", m.vp.YOffset()+1, last, m.vp.TotalLineCount())
	v := tea.NewView(m.vp.View() + "\n" + status)
	v.AltScreen = true
	return v
}
