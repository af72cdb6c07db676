package prompt

import (
	"charm.land/bubbles/v2/help"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// theme is how the questions look. It never depends on the terminal's
// background, which we do not ask for (some terminals never answer): text
// keeps the terminal's own colour, and emphasis is bold or reverse video,
// which read well on light and dark backgrounds alike. huh's own themes
// pick grey tones for one background and fade on the other.
//
// Without colour (NO_COLOR, a terminal without colour) the Ja/Nei buttons
// get brackets around the chosen answer: reverse video is the only other
// sign of it, and it is gone when colour is off.
func theme(color bool) huh.Theme {
	return huh.ThemeFunc(func(isDark bool) *huh.Styles {
		t := huh.ThemeBase(isDark)
		bold := lipgloss.NewStyle().Bold(true)
		button := lipgloss.NewStyle().Padding(0, 1).MarginRight(1)

		f := &t.Focused
		f.Title = bold
		f.NoteTitle = bold.MarginBottom(1)
		f.SelectSelector = bold.SetString("> ")
		f.MultiSelectSelector = bold.SetString("> ")
		f.SelectedOption = bold
		f.SelectedPrefix = bold.SetString("[x] ")
		f.UnselectedPrefix = lipgloss.NewStyle().SetString("[ ] ")
		f.ErrorIndicator = lipgloss.NewStyle().Foreground(lipgloss.Red).SetString(" *")
		f.ErrorMessage = lipgloss.NewStyle().Foreground(lipgloss.Red).Bold(true).SetString(" *")
		f.TextInput.Placeholder = lipgloss.NewStyle().Faint(true)
		f.TextInput.Prompt = bold
		if color {
			f.FocusedButton = button.Reverse(true).Bold(true)
			f.BlurredButton = button
		} else {
			f.FocusedButton = button.Bold(true).Transform(func(s string) string { return "[" + s + "]" })
			f.BlurredButton = button.Transform(func(s string) string { return " " + s + " " })
		}
		f.Next = f.FocusedButton

		b := &t.Blurred
		*b = *f
		b.Base = b.Base.BorderStyle(lipgloss.HiddenBorder())
		b.Card = b.Base
		b.MultiSelectSelector = lipgloss.NewStyle().SetString("  ")
		b.NextIndicator = lipgloss.NewStyle()
		b.PrevIndicator = lipgloss.NewStyle()

		t.Help = help.Styles{
			Ellipsis:       lipgloss.NewStyle(),
			ShortKey:       bold,
			ShortDesc:      lipgloss.NewStyle(),
			ShortSeparator: lipgloss.NewStyle(),
			FullKey:        bold,
			FullDesc:       lipgloss.NewStyle(),
			FullSeparator:  lipgloss.NewStyle(),
		}
		return t
	})
}
