package handbook

import (
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// norwegianOrder sorts the Norwegian way: æ, ø and å come after z.
// golang.org/x/text has no tailoring for «nb» or «no» (it sorts å as a);
// Danish has the same order of æ, ø and å, so we use that.
func norwegianOrder() func(a, b string) bool {
	c := collate.New(language.Danish, collate.IgnoreCase)
	return func(a, b string) bool { return c.CompareString(a, b) < 0 }
}

// Fold lowercases and spells æ, ø and å as ae, oe and aa, so that people
// who type on a keyboard without them still find what they look for.
func Fold(s string) string {
	return folder.Replace(strings.ToLower(s))
}

// folder is built once: a Replacer is safe for concurrent use and never changes.
var folder = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "é", "e", "è", "e", "ü", "u", "ö", "oe", "ä", "ae")
