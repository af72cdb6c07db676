package kommune

import (
	"regexp"
	"testing"
)

// splitParen and digits do what the expressions they replace did.
func TestSplitParenAndDigits(t *testing.T) {
	re := regexp.MustCompile(`^(.*?) \((.*)\)$`)
	for _, s := range []string{"Bø (Telemark)", "X (a) (b)", " ()", "X ()", "X (", "X)", "Ab", "", "a (b)\n", "a (b\n)", "(a)", "Våler (Østfold) - x", "Herøy (Møre og Romsdal)", "a (b) c)", " (", "  ((()))"} {
		m := re.FindStringSubmatch(s)
		a, b, ok := splitParen(s)
		if (m != nil) != ok || ok && (m[1] != a || m[2] != b) {
			t.Errorf("%q: %q vs %q %q %v", s, m, a, b, ok)
		}
	}
	for _, s := range []string{"0301", "030", "03011", "a301", "03", "", "٣٠١٢", "3"} {
		if regexp.MustCompile(`^\d{4}$`).MatchString(s) != kommuneNrRe.MatchString(s) || regexp.MustCompile(`^\d{2}$`).MatchString(s) != fylkeNrRe.MatchString(s) {
			t.Errorf("%q", s)
		}
	}
}
