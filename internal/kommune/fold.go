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
	if out, ok := foldPlain(s); ok {
		return out
	}
	return foldUnicode(s)
}

// foldPlain is fold for names of ASCII letters, digits, punctuation and
// æ, ø and å in either case, which is nearly every name and every answer;
// ok is false for anything else. It gives what foldUnicode gives (FuzzFold
// holds it to that), without lowering, decomposing and looking every
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
		case c == 0xc3 && i+1 < len(s):
			// æ Æ ø Ø å Å are C3 A6, 86, B8, 98, A5, 85 in UTF-8.
			switch s[i+1] {
			case 0xa6, 0x86:
				rep = "ae"
			case 0xb8, 0x98:
				rep = "o"
			case 0xa5, 0x85:
				rep = "a"
			default:
				return "", false
			}
			i++
		default:
			return "", false
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

// foldUnicode is fold for any text.
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
