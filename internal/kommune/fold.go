package kommune

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold is how names are compared: see fold.
func Fold(s string) string { return fold(s) }

// fold turns a name into the key it is looked up by: lower case, without
// accents (á, š, ŋ, ï …), with æ, ø and å spelled ae, o and a, and with
// punctuation turned into single spaces. «BÆRUM», «Baerum» and «bærum» all
// fold to «baerum»; «Porsáŋgu» and SSB's «Porsángu» both fold to
// «porsangu». Double letters typed for a missing letter («aa» for å, «oe»
// for ø) fold to the single letter, on both sides.
func fold(s string) string {
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
