package textblock

import (
	"strings"
	"testing"
)

func TestMarkdownBecomesPlainText(t *testing.T) {
	md := "## Slik gjør du\n\nLes **dette** og _ikke_ *dette* først,\nog se [siden](https://example.com) og `sosabc les as`.\n\n1. Én\n2) To\n   fortsetter\n* Tre\n\n> Sitat"
	var got []string
	for _, l := range Layout(Parse(md), 40) {
		got = append(got, l.Text)
	}
	want := []string{
		"Slik gjør du", "",
		"Les dette og _ikke_ dette først, og se", "siden og sosabc les as.", "",
		"1. Én", "2) To fortsetter", "• Tre", "",
		"Sitat",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := Wrap("en veldiglangtordsomikkefårplass her", 10); strings.Join(got, "|") != "en|veldiglang|tordsomikk|efårplass|her" {
		t.Errorf("wrap = %q", got)
	}
	if got := Parse("Rydd \x1b]52;c;aGVp\x07bort"); got[0].Text != "Rydd bort" {
		t.Errorf("control sequences reach the screen: %q", got[0].Text)
	}
}
