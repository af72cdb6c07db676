package kommune

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

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
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue // a combining accent
		}
		var rep string
		switch r {
		case 'æ':
			rep = "ae"
		case 'ø':
			rep = "o"
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
