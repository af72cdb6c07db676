package prompt

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/interview"
)

// A wrong answer is said once, with one full stop: the kommune check's
// messages are whole sentences and keep their own punctuation.
func TestLinesTryAgain(t *testing.T) {
	q := &interview.Question{ID: "kommune", Type: interview.TypeText, Title: "Hvilken kommune holder du til i?",
		Check: func(s string) (string, string, error) {
			switch s {
			case "Trondhiem":
				return "", "", errors.New("Fant ingen kommune som heter «Trondhiem». Mente du Trondheim?")
			case "Herøy":
				return "", "", errors.New("«Herøy» kan være flere kommuner. Skriv fylket også.")
			}
			return s, "", nil
		}}
	n := &interview.Question{ID: "founders", Type: interview.TypeNumber, Title: "Hvor mange er dere?"}
	var out bytes.Buffer
	l := NewLines(strings.NewReader("Trondhiem\nHerøy\nTrondheim\nfem\n2\n"), &out, true)
	if v, _, err := l.ask(q, nil); err != nil || v != "Trondheim" {
		t.Fatalf("got %v, %v", v, err)
	}
	if v, _, err := l.ask(n, nil); err != nil || v != 2 {
		t.Fatalf("got %v, %v", v, err)
	}
	for _, want := range []string{
		"tilbake: Fant ingen kommune som heter «Trondhiem». Mente du Trondheim? Prøv igjen.\n",
		"tilbake: «Herøy» kan være flere kommuner. Skriv fylket også. Prøv igjen.\n",
		"tilbake: Det forsto vi ikke: «fem» er ikke et helt tall. Skriv tallet med sifre. Prøv igjen.\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// On a terminal 40 columns wide the prompts break between words, and an
// option's text stays under itself; the terminal broke «sjekklist/e».
func TestLinesWrapToTheTerminal(t *testing.T) {
	q := &interview.Question{ID: "activities", Type: interview.TypeMultiselect, Title: "Gjelder noe av dette for virksomheten?",
		Options: []interview.Option{{Value: "care", Label: "Yter helse- og omsorgstjenester, for eksempel BPA, avlastning eller hjemmetjenester"}}}
	var out bytes.Buffer
	l := NewLines(strings.NewReader("1\n"), &out, false)
	l.SetWidth(40)
	if _, _, err := l.ask(q, nil); err != nil {
		t.Fatal(err)
	}
	want := "Gjelder noe av dette for virksomheten?\n" +
		"  1) Yter helse- og omsorgstjenester,\n" +
		"     for eksempel BPA, avlastning eller\n" +
		"     hjemmetjenester\n" +
		"Skriv numrene med komma mellom, eller\n" +
		"trykk Enter for ingen. ? forklarer, <\n" +
		"går tilbake: "
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}
