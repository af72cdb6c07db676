package kommune

import (
	"os"
	"regexp"
	"testing"

	"github.com/sosabc/sosabc/internal/strictyaml"
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

// foldPlain folds exactly as foldUnicode does, whenever it takes a name.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Bærum", "BÆRUM", "baerum", "Tromsø", "TROMSØ", "Tromsoe", "Snåase", "SNÅASE", "Aurskog-Høland",
		"  Herøy (Nordland) ", "Porsáŋgu", "a--b", "aaa", "oee", "Åmot", "ÆØÅ", "æøå", "\xc3", "\xc3\xa7", "x\xc3", "0301", "Våler i Østfold", ""} {
		f.Add(s)
	}
	kf := raw{}
	var errs strictyaml.Errors
	kf.kdoc = decode(os.DirFS("../../content"), KommunerFile, &kf.Kommuner, &errs)
	for _, k := range kf.Kommuner.Kommuner {
		for _, s := range append([]string{k.Name, k.Official, k.SSB, k.Later}, append(append(k.Sami, k.Kven...), k.LaterSami...)...) {
			f.Add(s)
		}
	}
	for _, c := range kf.Kommuner.Changes {
		f.Add(c.FromName)
		f.Add(c.ToName)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := foldPlain(s); ok && got != foldUnicode(s) {
			t.Errorf("foldPlain(%q) = %q, foldUnicode gives %q", s, got, foldUnicode(s))
		}
	})
}

// Each letter foldPlain knows folds as foldUnicode folds it, alone and
// between other letters, and every name in the register takes the quick way.
func TestAccented(t *testing.T) {
	known := 0
	for r := rune(0x80); r < 0x3000; r++ {
		rep := accented(r)
		if rep == "" {
			continue
		}
		known++
		for _, s := range []string{string(r), "a" + string(r) + "e", "O" + string(r) + "-" + string(r)} {
			if got, ok := foldPlain(s); !ok || got != foldUnicode(s) {
				t.Errorf("%q (%q): foldPlain gives %q, %v; foldUnicode %q", s, rep, got, ok, foldUnicode(s))
			}
		}
	}
	if known != 38 {
		t.Errorf("accented knows %d letters, want 38", known)
	}
	for _, s := range []string{"Guovdageaidnu", "Porsáŋgu", "Unjárga", "Kárášjohka", "Aurskog-Høland", "Våler (Østfold)"} {
		if _, ok := foldPlain(s); !ok {
			t.Errorf("%q takes the slow way", s)
		}
	}
	r := real(t)
	for _, k := range r.kommuner {
		for _, s := range append(append([]string{k.Name, k.Official, k.SSBName}, k.Sami...), k.Kven...) {
			if _, ok := foldPlain(s); !ok {
				t.Errorf("%q takes the slow way", s)
			}
		}
	}
}
