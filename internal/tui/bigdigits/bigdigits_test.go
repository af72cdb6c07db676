package bigdigits

import (
	"strings"
	"testing"
)

// The digits are as wide in every row, so a clock does not shift as it
// counts down, and the small clock is the large one in half the rows.
func TestDigits(t *testing.T) {
	small, large := Small("10:05"), Large("10:05")
	if len(small) != 3 || len(large) != 5 {
		t.Fatalf("rows: small %d, large %d", len(small), len(large))
	}
	want := []string{
		"▄█  █▀█ ▄ █▀█ █▀▀",
		" █  █ █ ▄ █ █ ▀▀█",
		"▀▀▀ ▀▀▀   ▀▀▀ ▀▀▀",
	}
	if strings.Join(small, "\n") != strings.Join(want, "\n") {
		t.Errorf("small:\n%s\nwant:\n%s", strings.Join(small, "\n"), strings.Join(want, "\n"))
	}
	// Glyphs 3, 3, 1, 3 and 3 cells, doubled, and two cells between.
	for i, r := range large {
		if n := len([]rune(r)); n != 34 {
			t.Errorf("large row %d is %d cells, want 34: %q", i, n, r)
		}
	}
	if large[0] != "  ██    ██████      ██████  ██████" {
		t.Errorf("large top row %q", large[0])
	}
}
