// Package fold is how the names of kommuner and fylker are compared:
// in any case, with or without accents, and with æ, ø and å spelled ae,
// o and a. Package kommune indexes names by their fold, and package
// resolve looks up what a person types the same way. The package is pure.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold turns a name into the key it is looked up by: lower case, without
// accents (á, š, ŋ, ï …), with æ, ø and å spelled ae, o and a, and with
// punctuation turned into single spaces. «BÆRUM», «Baerum» and «bærum» all
// fold to «baerum»; «Porsáŋgu» and SSB's «Porsángu» both fold to
// «porsangu». Double letters typed for a missing letter («aa» for å, «oe»
// for ø) fold to the single letter, on both sides.
func Fold(s string) string {
	if out, ok := foldPlain(s); ok {
		return out
	}
	return foldUnicode(s)
}

// foldPlain is Fold for names of ASCII letters, digits, punctuation and
// the letters in accented, which is every name in the register and
// nearly every answer; ok is false for anything else. It gives what
// foldUnicode gives (FuzzFold holds it to that), without lowering, decomposing and looking every
// letter up in Unicode's tables: loading the register folds some 2 000
// names, and this way that costs a fraction.
func foldPlain(s string) (string, bool) {
	b := make([]byte, 0, len(s)+4)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		var rep string
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c < 0x80:
			space = true
			continue
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if rep = accented(r); rep == "" {
				return "", false
			}
			i += size - 1
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		if rep != "" {
			b = append(b, rep...)
		} else {
			b = append(b, c)
		}
	}
	out := string(b)
	out = strings.ReplaceAll(out, "aa", "a")
	out = strings.ReplaceAll(out, "oe", "o")
	return out, true
}

// accented is what fold makes of the letters other than ASCII that
// Norwegian, Sami and Kven names have, in both cases: æ, ø and å as fold
// spells them, and the others without their accents, as decomposing them
// gives; "" for any other rune. TestAccented holds it to foldUnicode.
func accented(r rune) string {
	for _, a := range accents {
		if strings.ContainsRune(a.from, r) {
			return a.to
		}
	}
	return ""
}

var accents = [...]struct{ from, to string }{{"æÆ", "ae"}, {"øØóÓöÖ", "o"}, {"åÅáÁàÀâÂäÄ", "a"}, {"čČ", "c"}, {"đĐ", "d"},
	{"éÉèÈ", "e"}, {"ïÏ", "i"}, {"ŋŊ", "n"}, {"šŠ", "s"}, {"ŧŦ", "t"}, {"üÜ", "u"}, {"žŽ", "z"}}

// foldUnicode is Fold for any text.
func foldUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	s = strings.ToLower(s)
	if !plain(s) {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue // a combining accent
		}
		var rep string
		switch r {
		case 'æ':
			rep = "ae"
		case 'ø':
			rep = "o"
		case 'å':
			rep = "a" // what NFD and dropping the ring would give
		case 'ŋ':
			rep = "n"
		case 'đ':
			rep = "d"
		case 'ŧ':
			rep = "t"
		default:
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				space = true
				continue
			}
			rep = string(r)
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(rep)
	}
	out := b.String()
	out = strings.ReplaceAll(out, "aa", "a")
	out = strings.ReplaceAll(out, "oe", "o")
	return out
}

// plain reports whether s needs no Unicode decomposition: ASCII and æ, ø
// and å, which fold handles itself. Most names are plain, and skipping NFD
// makes loading the list of kommuner noticeably quicker.
func plain(s string) bool {
	for _, r := range s {
		if r >= 0x80 && r != 'æ' && r != 'ø' && r != 'å' {
			return false
		}
	}
	return true
}
