package contentquality

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// runLen is the shortest shared run of words that counts as copying
// (DEVELOPERS.md: «any run of 8 or more words shared with the seeds»).
const runLen = 8

// ocrFold maps both sides onto the same spelling, so that text copied from
// the OCR-damaged seed still matches. The OCR read ø as g or @, å as a or
// &, æ as ae or ee, and l and I as I or |. Folding both sides with one
// function means clean seeds and clean content match exactly as before.
func ocrFold(s string) string {
	s = ocrLetters.Replace(strings.ToLower(s))
	return ocrVowels.Replace(s)
}

var (
	ocrLetters = strings.NewReplacer("ø", "g", "@", "g", "å", "a", "&", " a ", "æ", "e", "l", "i", "|", "i")
	ocrVowels  = strings.NewReplacer("ae", "e", "ee", "e")
)

// lineBreakHyphen joins words that the seed's layout split across lines
// («entreprengr-\nskap»).
var lineBreakHyphen = regexp.MustCompile(`(\p{L})-[ \t]*\n[ \t]*(\p{L})`)

// normWords lowercases s, folds it and splits it into words of letters
// and digits, for matching. It also returns the text's own
// whitespace-separated tokens, and for each word the token it came from,
// so that messages can quote the content as written.
func normWords(s string) (folded, tokens []string, from []int) {
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	tokens = strings.Fields(s)
	for i, tok := range tokens {
		// Fold before splitting: the OCR's & and @ are letters in disguise.
		for _, w := range strings.FieldsFunc(ocrFold(tok), notWord) {
			folded = append(folded, w)
			from = append(from, i)
		}
	}
	return folded, tokens, from
}

func TestNoCopiedSentences(t *testing.T) {
	dir, ok := findUp(t, filepath.Join("shared", "seeds"))
	if !ok {
		missing(t, "shared/seeds not found beside the checkout")
	}
	seeds, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(seeds) == 0 {
		missing(t, "no seeds in %s", dir)
	}

	// Every run of runLen folded words in the seeds, and the seed it is from.
	seedRuns := map[string]string{}
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		folded, _, _ := normWords(lineBreakHyphen.ReplaceAllString(string(data), "$1$2"))
		for i := 0; i+runLen <= len(folded); i++ {
			seedRuns[strings.Join(folded[i:i+runLen], " ")] = filepath.Base(p)
		}
	}

	for _, c := range collect(t) {
		folded, tokens, from := normWords(c.text)
		// Report each maximal shared run once, not every window in it.
		for i := 0; i+runLen <= len(folded); i++ {
			seed, hit := seedRuns[strings.Join(folded[i:i+runLen], " ")]
			if !hit {
				continue
			}
			end := i + runLen
			for end < len(folded) {
				if _, more := seedRuns[strings.Join(folded[end-runLen+1:end+1], " ")]; !more {
					break
				}
				end++
			}
			t.Errorf("%s: shares %d words with seed %s: «%s»", c.file, end-i, seed, strings.Join(tokens[from[i]:from[end-1]+1], " "))
			i = end - 1
		}
	}
}

// TestOCRFold checks that the folding finds a sentence copied from the
// OCR-damaged seed and spelt correctly, so a pass above means something.
func TestOCRFold(t *testing.T) {
	ocr := "Sosiale entreprengrer og deres stgttespillere ma derfor ofte arbeide hardt med & skape en plass for sine Igs-\nninger. Det kan veere f@rst."
	clean := "Sosiale entreprenører og deres støttespillere må derfor ofte arbeide hardt med å skape en plass for sine løsninger. Det kan være først."
	a, _, _ := normWords(lineBreakHyphen.ReplaceAllString(ocr, "$1$2"))
	b, _, _ := normWords(clean)
	if strings.Join(a, " ") != strings.Join(b, " ") {
		t.Errorf("folded OCR text and clean text differ:\n%v\n%v", a, b)
	}
}
