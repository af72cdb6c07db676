package workshop

import (
	"fmt"
	"strings"
)

// Advice is what makes a module harder to use than it needs to be, though
// it loads: the right answers of the quiz in the same places, so pupils
// learn to guess, and activities without text for the class, so the
// projector shows only their titles. Sentences in Norwegian, for
// «sosabc verksted sjekk».
func (w *Workshop) Advice() []string {
	var out []string
	places := map[int]int{}
	fewest, most := 0, 0
	for i, q := range w.Quiz {
		places[q.Correct]++
		if i == 0 || len(q.Options) < fewest {
			fewest = len(q.Options)
		}
		most = max(most, len(q.Options))
	}
	n := len(w.Quiz)
	var never []string
	for p := 1; p <= fewest && fewest <= n; p++ {
		if places[p] == 0 {
			never = append(never, letter(p))
		}
	}
	if len(never) > 0 {
		out = append(out, fmt.Sprintf("det riktige svaret i quizen er aldri %s: bytt rekkefølge på svarene, så elevene ikke lærer å gjette", strings.Join(never, " eller ")))
	}
	for p := 1; p <= most; p++ {
		if k := places[p]; k > (n+1)/2 {
			out = append(out, fmt.Sprintf("det riktige svaret i quizen er %s i %d av %d spørsmål: bytt rekkefølge på svarene", letter(p), k, n))
		}
	}
	var silent []string
	for _, a := range w.Agenda {
		if a.Kind != Break && strings.TrimSpace(a.Participants) == "" {
			silent = append(silent, "«"+a.Title+"»")
		}
	}
	switch {
	case len(silent) == len(w.Agenda) && len(silent) > 0:
		out = append(out, "ingen aktivitet har tekst for klassen i «participants»: på projektoren ser klassen bare titlene")
	case len(silent) == 1:
		out = append(out, "aktiviteten "+silent[0]+" har ikke tekst for klassen i «participants»")
	case len(silent) > 1:
		out = append(out, fmt.Sprintf("%d aktiviteter har ikke tekst for klassen i «participants»: %s", len(silent), strings.Join(silent, ", ")))
	}
	return out
}

// letter is the letter of the n-th option: A, B, C …
func letter(n int) string { return string(rune('A' + n - 1)) }
