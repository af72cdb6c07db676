package locale

import (
	"fmt"
	"slices"
	"testing"
)

func TestDate(t *testing.T) {
	for in, want := range map[string]string{
		"2026-11-22": "22. november 2026",
		"2026-01-05": "5. januar 2026",
		"2023-05":    "mai 2023",
		"2023":       "2023",
		"2026-13-01": "2026-13-01",
		"i går":      "i går",
	} {
		if got := Date(in); got != want {
			t.Errorf("Date(%q) = %q, want %q", in, got, want)
		}
	}
	if got := DayMonth("05-31"); got != "31. mai" {
		t.Errorf("DayMonth = %q", got)
	}
}

func TestNumberAndLists(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1 000", 30000: "30 000", 1500000: "1 500 000", -45000: "-45 000"} {
		if got := Number(n); got != want {
			t.Errorf("Number(%d) = %q, want %q", n, got, want)
		}
	}
	if got := Kroner(30000); got != "30 000 kroner" {
		t.Errorf("Kroner = %q", got)
	}
	if got := JoinAnd([]string{"a", "b", "c"}); got != "a, b og c" {
		t.Errorf("JoinAnd = %q", got)
	}
	if got := JoinOr([]string{"a", "b"}); got != "a eller b" {
		t.Errorf("JoinOr = %q", got)
	}
	if got := Priority("må"); got != "må gjøres" {
		t.Errorf("Priority = %q", got)
	}
}

func TestLessPutsÆØÅLast(t *testing.T) {
	words := []string{"å", "z", "Ø", "a", "æ"}
	slices.SortFunc(words, func(a, b string) int {
		if Less()(a, b) {
			return -1
		}
		return 1
	})
	if want := []string{"a", "z", "æ", "Ø", "å"}; !slices.Equal(words, want) {
		t.Errorf("got %v, want %v", words, want)
	}
	if Fold("Bærum Ås") != "baerum aas" {
		t.Errorf("Fold = %q", Fold("Bærum Ås"))
	}
}

func TestSentenceKeepsFileNames(t *testing.T) {
	for in, want := range map[string]string{
		"kunne ikke lagre":                     "Kunne ikke lagre",
		"ødelagt fil\n":                        "Ødelagt fil",
		"latin1.yaml:3: teksten er ikke UTF-8": "latin1.yaml:3: teksten er ikke UTF-8",
		"ov/topics/a.md: kan ikke lese":        "ov/topics/a.md: kan ikke lese",
		"-:4: teksten har kontrolltegn":        "-:4: teksten har kontrolltegn",
		"":                                     "",
	} {
		if got := Sentence(in); got != want {
			t.Errorf("Sentence(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDateFastPathIsSscanf: the direct reading of a well-formed date
// gives what Sscanf gives, for every month and day form, odd ones too.
func TestDateFastPathIsSscanf(t *testing.T) {
	slow := func(iso string) string {
		var y, m, d int
		if _, err := fmt.Sscanf(iso, "%4d-%2d-%2d", &y, &m, &d); err == nil && m >= 1 && m <= 12 {
			return fmt.Sprintf("%d. %s %d", d, months[m-1], y)
		}
		return iso
	}
	for _, y := range []string{"2026", "0999", "0000", "9999"} {
		for m := 0; m <= 13; m++ {
			for _, d := range []string{"00", "01", "09", "10", "31", "99"} {
				iso := fmt.Sprintf("%s-%02d-%s", y, m, d)
				if got, want := Date(iso), slow(iso); got != want {
					t.Errorf("Date(%q) = %q, want %q", iso, got, want)
				}
			}
		}
	}
	for _, iso := range []string{"2026-1x-02", "+026-11-02", "2026-+1-02", "2026 11 02", "2026-11-2 ", "２０２６-1-1"} {
		if got, want := Date(iso), slow(iso); got != want {
			t.Errorf("Date(%q) = %q, want %q", iso, got, want)
		}
	}
}
