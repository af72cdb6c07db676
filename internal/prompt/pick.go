// Package prompt is the only place that knows charmbracelet/huh. Commands
// ask questions through it; the engines never see it.
package prompt

import (
	"errors"
	"io"

	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"
)

// ErrAborted means the user pressed Ctrl-C or Esc.
var ErrAborted = errors.New("avbrutt")

// Choice is one option in a picker.
type Choice struct {
	Label string
	Value string
}

// Pick shows a filterable list and returns the chosen value. It needs a
// terminal; callers check that first.
func Pick(in io.Reader, out io.Writer, title string, choices []Choice, height int) (string, error) {
	opts := make([]huh.Option[string], len(choices))
	for i, c := range choices {
		opts[i] = huh.NewOption(c.Label, c.Value)
	}
	var value string
	sel := huh.NewSelect[string]().Title(title).Options(opts...).Value(&value)
	// Leave room for the title, the filter line and the key help.
	if height > 10 {
		sel = sel.Height(height - 8)
	}
	err := huh.NewForm(huh.NewGroup(sel)).WithInput(in).WithOutput(out).WithKeyMap(norwegianKeys()).Run()
	if errors.Is(err, huh.ErrUserAborted) {
		return "", ErrAborted
	}
	return value, err
}

// norwegianKeys keeps huh's keys but describes them in Norwegian in the help line.
func norwegianKeys() *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	k.Quit.SetHelp("ctrl+c", "avbryt")
	k.Select.Up.SetHelp("↑", "opp")
	k.Select.Down.SetHelp("↓", "ned")
	k.Select.Filter.SetHelp("/", "filtrer")
	k.Select.SetFilter.SetHelp("esc", "ferdig med filter")
	k.Select.ClearFilter.SetHelp("esc", "fjern filter")
	k.Select.Submit.SetHelp("enter", "velg")
	k.Select.Next.SetHelp("enter", "neste")
	k.Select.Prev.SetHelp("shift+tab", "tilbake")
	k.MultiSelect.Toggle.SetHelp("mellomrom", "kryss av")
	k.MultiSelect.Up.SetHelp("↑", "opp")
	k.MultiSelect.Down.SetHelp("↓", "ned")
	k.MultiSelect.Next.SetHelp("enter", "neste")
	k.MultiSelect.Submit.SetHelp("enter", "neste")
	k.MultiSelect.Prev.SetHelp("shift+tab", "tilbake")
	k.MultiSelect.SelectAll.SetHelp("ctrl+a", "velg alle")
	k.MultiSelect.SelectNone.SetHelp("ctrl+a", "velg ingen")
	k.MultiSelect.Filter.SetHelp("/", "filtrer")
	k.Input.Next.SetHelp("enter", "neste")
	k.Input.Submit.SetHelp("enter", "neste")
	k.Input.Prev.SetHelp("shift+tab", "tilbake")
	k.Confirm.Toggle.SetHelp("←/→", "bytt")
	k.Confirm.Next.SetHelp("enter", "neste")
	k.Confirm.Submit.SetHelp("enter", "neste")
	k.Confirm.Prev.SetHelp("shift+tab", "tilbake")
	// huh answers y/n; a Norwegian answers j/n.
	k.Confirm.Accept = key.NewBinding(key.WithKeys("j", "J", "y", "Y"), key.WithHelp("j", "ja"))
	k.Confirm.Reject.SetHelp("n", "nei")
	k.Note.Next.SetHelp("enter", "videre")
	k.Note.Submit.SetHelp("enter", "videre")
	k.Note.Prev.SetHelp("shift+tab", "tilbake")
	return k
}
