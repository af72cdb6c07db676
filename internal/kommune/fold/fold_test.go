package fold

import (
	"os"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Bærum": "baerum", "BÆRUM": "baerum", "baerum": "baerum", "Tromsø": "tromso", "Tromsoe": "tromso",
		"Porsáŋgu": "porsangu", "Porsángu": "porsangu", "Snåase": "snase", "Snaase": "snase",
		"Aurskog-Høland": "aurskog holand", "  Herøy (Nordland) ": "heroy nordland", "Stïentje": "stientje",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// names are every name in the register's files: today's, official, SSB's,
// later, Sami and Kven, and the old names of the change lines.
func names(t testing.TB) []string {
	data, err := os.ReadFile("../../../content/kommuner/kommuner.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Kommuner []map[string]any `yaml:"kommuner"`
		Changes  []struct {
			FromName string `yaml:"from_name"`
			ToName   string `yaml:"to_name"`
		} `yaml:"changes"`
	}
	if err := yaml.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, k := range f.Kommuner {
		for _, v := range k {
			switch v := v.(type) {
			case string:
				out = append(out, v)
			case []any:
				for _, s := range v {
					out = append(out, s.(string))
				}
			}
		}
	}
	for _, c := range f.Changes {
		out = append(out, c.FromName, c.ToName)
	}
	if len(out) < 1000 {
		t.Fatalf("only %d names in the register", len(out))
	}
	return out
}

// foldPlain folds exactly as foldUnicode does, whenever it takes a name.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Bærum", "BÆRUM", "baerum", "Tromsø", "TROMSØ", "Tromsoe", "Snåase", "SNÅASE", "Aurskog-Høland",
		"  Herøy (Nordland) ", "Porsáŋgu", "a--b", "aaa", "oee", "Åmot", "ÆØÅ", "æøå", "\xc3", "\xc3\xa7", "x\xc3", "0301", "Våler i Østfold", ""} {
		f.Add(s)
	}
	for _, s := range names(f) {
		f.Add(s)
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
	for _, s := range names(t) {
		if _, ok := foldPlain(s); !ok {
			t.Errorf("%q takes the slow way", s)
		}
	}
}
