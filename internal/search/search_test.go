package search

import (
	"testing"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/handbook"
)

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"forsikringer": "forsikring", "forsikringene": "forsikring", "forsikringen": "forsikring",
		"aksjeselskapet": "aksjeselskap", "styreansvar": "styreansvar", "as": "as",
	} {
		if got := Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTokensFoldNorwegianLetters(t *testing.T) {
	a, b := Tokens("Årsregnskap og støtte"), Tokens("aarsregnskap stoette")
	if len(a) != 2 || a[0] != b[0] || a[1] != b[1] {
		t.Errorf("%v and %v should be the same terms", a, b)
	}
}

func BenchmarkSearch(b *testing.B) {
	h, err := handbook.Load(handbook.Layer{FS: content.FS(), Name: "innebygd"})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		New(h).Search("forsikring for frivillige")
	}
}
