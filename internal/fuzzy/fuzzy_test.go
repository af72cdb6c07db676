package fuzzy

import "testing"

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"as", "as", 0}, {"employes", "employees", 1}, {"les", "lese", 1}, {"søk", "sok", 1}, {"abc", "", 3}} {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSwapCountsOne(t *testing.T) {
	if d := Distance("skein", "skien"); d != 1 {
		t.Errorf("skein → skien = %d, want 1", d)
	}
	if d := Distance("ab", "ba"); d != 1 {
		t.Errorf("ab → ba = %d, want 1", d)
	}
}
