package prompt

import "testing"

func TestQuizChoice(t *testing.T) {
	for in, want := range map[string]int{"a": 1, "B": 2, " c ": 3, "c)": 3, "2": 2, "d": 0, "4": 0, "0": 0, "": 0, "ab": 0, "æ": 0} {
		if got := choice(in, 3); got != want {
			t.Errorf("choice(%q) = %d, want %d", in, got, want)
		}
	}
	if got := letterList(3); got != "A, B eller C" {
		t.Errorf("letterList(3) = %q", got)
	}
}
