package prompt

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/sosabc/sosabc/internal/interview"
)

// A long option wraps between words and keeps every word: huh cut
// «hjemmetjenester» to «hjemme» at 80 columns.
func TestFitLabel(t *testing.T) {
	label := "Yter helse- og omsorgstjenester, for eksempel BPA, avlastning eller hjemmetjenester"
	for _, width := range []int{20, 52, 72} {
		got := fitLabel(label, width)
		if strings.Join(strings.Fields(got), " ") != label {
			t.Errorf("width %d: words lost or changed: %q", width, got)
		}
		for _, l := range strings.Split(got, "\n") {
			if len([]rune(l)) > width {
				t.Errorf("width %d: line %q too long", width, l)
			}
		}
	}
	if got := fitLabel(label, 52); got != "Yter helse- og omsorgstjenester, for eksempel BPA,\navlastning eller hjemmetjenester" {
		t.Errorf("width 52: %q", got)
	}
	if fitLabel(label, 0) != label {
		t.Error("an unknown width changed the label")
	}
	q := &interview.Question{Options: []interview.Option{{Label: label}, {Label: "Kort"}}}
	if got := listHeight(q, 52); got != 3+7 {
		t.Errorf("listHeight = %d, want 10 (two lines, one line, and room for the title and help)", got)
	}
}

// Our keys wrap between keys on a narrow terminal: at 60 columns the
// pause key was cut off mid-word.
func TestPackHints(t *testing.T) {
	hints := []string{"shift+tab tilbake", "? hvorfor vi spør", "ctrl+c pause (svarene lagres)"}
	cases := []struct {
		width int
		want  string
	}{
		{0, "shift+tab tilbake • ? hvorfor vi spør • ctrl+c pause (svarene lagres)"},
		{100, "shift+tab tilbake • ? hvorfor vi spør • ctrl+c pause (svarene lagres)"},
		{60, "shift+tab tilbake • ? hvorfor vi spør\nctrl+c pause (svarene lagres)"},
		{20, "shift+tab tilbake\n? hvorfor vi spør\nctrl+c pause (svarene lagres)"},
	}
	for _, c := range cases {
		if got := packHints(hints, c.width); got != c.want {
			t.Errorf("width %d:\n%s\nwant:\n%s", c.width, got, c.want)
		}
	}
}

// Numbers as a Norwegian founder types them. «30 000 kroner» was refused:
// «kr» was taken out of «kroner», which left «oner».
func TestParseNumber(t *testing.T) {
	for in, want := range map[string]int{
		"30000": 30000, "30 000": 30000, "30\u00a0000": 30000, "30.000": 30000,
		"30 000 kroner": 30000, "30 000 kr": 30000, "30 000 kr.": 30000, "kr 30 000": 30000,
		"30 000,-": 30000, "30 000,00": 30000, "30 000 Kroner": 30000, " 3 ": 3, "0": 0,
	} {
		if got, err := ParseNumber(in); err != nil || got != want {
			t.Errorf("ParseNumber(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for in, want := range map[string]string{
		"tretti tusen": "«tretti tusen» er ikke et helt tall. Skriv tallet med sifre",
		"30000,50":     "«30000,50» er ikke et helt tall. Skriv tallet med sifre",
		"-":            "«-» er ikke et helt tall. Skriv tallet med sifre",
		"kroner":       "skriv et tall",
		"  ":           "skriv et tall",
		"007":          "skriv tallet uten 0 foran",
	} {
		if _, err := ParseNumber(in); err == nil || err.Error() != want {
			t.Errorf("ParseNumber(%q): error %v, want %q", in, err, want)
		}
	}
}

// The key line of a yes/no question shows «j Ja», not huh's «y Ja»: huh
// sets «y» each time it draws the field, so this checks after a draw and
// after a key press, which must keep the field wrapped.
func TestConfirmShowsJ(t *testing.T) {
	q := &interview.Question{ID: "volunteers", Title: "Skal frivillige jobbe hos dere?", Type: interview.TypeConfirm}
	b := newBinding(q, false)
	f := fieldFor(q, b, func() string { return "" }, new(bool), 60)
	f.WithKeyMap(norwegianKeys())
	keys := func(f huh.Field) string {
		_ = f.View()
		var out []string
		for _, k := range f.KeyBinds() {
			if k.Enabled() {
				out = append(out, k.Help().Key+" "+k.Help().Desc)
			}
		}
		return strings.Join(out, " • ")
	}
	const want = "j Ja • n Nei"
	if got := keys(f); !strings.Contains(got, want) {
		t.Errorf("key line %q, want it to hold %q", got, want)
	}
	m, _ := f.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	f2, ok := m.(huh.Field)
	if !ok {
		t.Fatalf("Update returned %T", m)
	}
	if got := keys(f2); !strings.Contains(got, want) {
		t.Errorf("after a key: key line %q, want it to hold %q", got, want)
	}
	if !b.yes {
		t.Error("«j» did not answer yes")
	}
}
