// Package locale is Norwegian bokmål formatting in one place: dates,
// numbers, lists, priority words, sorting and folding of æ, ø and å. Every
// document, renderer and message formats through it, so the formats never
// disagree about how a date or an amount is written.
package locale

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

var months = []string{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"}

// Date writes 2026-11-22 as «22. november 2026», 2023-05 as «mai 2023» and
// 2023 as «2023». Anything else is returned as it is.
func Date(iso string) string {
	// The usual well-formed date is read directly (a plan has hundreds);
	// anything else goes through Sscanf, as it always has.
	if len(iso) == len("2006-01-02") && iso[4] == '-' && iso[7] == '-' {
		y, okY := digits(iso[0:4])
		m, okM := digits(iso[5:7])
		d, okD := digits(iso[8:10])
		if okY && okM && okD && m >= 1 && m <= 12 {
			return strconv.Itoa(d) + ". " + months[m-1] + " " + strconv.Itoa(y)
		}
	}
	var y, m, d int
	switch len(iso) {
	case len("2006-01-02"):
		if _, err := fmt.Sscanf(iso, "%4d-%2d-%2d", &y, &m, &d); err == nil && m >= 1 && m <= 12 {
			return fmt.Sprintf("%d. %s %d", d, months[m-1], y)
		}
	case len("2006-01"):
		if _, err := fmt.Sscanf(iso, "%4d-%2d", &y, &m); err == nil && m >= 1 && m <= 12 {
			return fmt.Sprintf("%s %d", months[m-1], y)
		}
	}
	return iso
}

// digits is s read as a decimal number when s is only the digits 0–9.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// DayMonth writes 05-31 (MM-DD) as «31. mai».
func DayMonth(mmdd string) string {
	var m, d int
	if _, err := fmt.Sscanf(mmdd, "%2d-%2d", &m, &d); err != nil || m < 1 || m > 12 {
		return mmdd
	}
	return fmt.Sprintf("%d. %s", d, months[m-1])
}

// Number writes n with a space as thousands separator: «45 000».
func Number(n int) string {
	digits := strconv.Itoa(n)
	sign := ""
	if strings.HasPrefix(digits, "-") {
		sign, digits = "-", digits[1:]
	}
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(d)
	}
	return sign + b.String()
}

// Kroner writes an amount: «30 000 kroner».
func Kroner(n int) string { return Number(n) + " kroner" }

// JoinAnd joins items the Norwegian way: «a, b og c».
func JoinAnd(items []string) string { return join(items, "og") }

// JoinOr joins choices: «a, b eller c».
func JoinOr(items []string) string { return join(items, "eller") }

func join(items []string, word string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + word + " " + items[len(items)-1]
}

// YesNo is «ja» or «nei».
func YesNo(b bool) string {
	if b {
		return "ja"
	}
	return "nei"
}

// Priority turns a checklist priority (må, bør, kan) into the words a
// sentence needs: «må gjøres».
func Priority(p string) string {
	switch p {
	case "må", "bør", "kan":
		return p + " gjøres"
	}
	return p
}

// Less sorts the Norwegian way: æ, ø and å after z, case ignored.
// golang.org/x/text has no tailoring for «nb» (it sorts å as a); Danish has
// the same order of æ, ø and å, so we use that. A Collator is not safe for
// concurrent use, so each call to Less makes its own.
func Less() func(a, b string) bool {
	c := collate.New(language.Danish, collate.IgnoreCase)
	return func(a, b string) bool { return c.CompareString(a, b) < 0 }
}

// Fold lowercases and spells æ, ø and å as ae, oe and aa, so that people
// who type on a keyboard without them still find what they look for.
func Fold(s string) string {
	return folder.Replace(strings.ToLower(s))
}

// folder is built once: a Replacer is safe for concurrent use.
var folder = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "é", "e", "è", "e", "ü", "u", "ö", "oe", "ä", "ae")

// Sentence starts a message with a capital letter, as a sentence for the
// reader, though Go errors are written in lower case. A message that starts
// with a file («svar.yaml:3: …», «-:2: …») keeps the file's own name.
func Sentence(msg string) string {
	msg = strings.TrimRight(msg, "\n")
	if first, _, _ := strings.Cut(msg, " "); strings.ContainsAny(first, "./") || strings.HasPrefix(first, "-:") {
		return msg
	}
	r, size := utf8.DecodeRuneInString(msg)
	if r == utf8.RuneError {
		return msg
	}
	return string(unicode.ToUpper(r)) + msg[size:]
}

// Percent writes a rate the Norwegian way: «14,1 prosent», «0 prosent».
func Percent(p float64) string {
	s := strconv.FormatFloat(p, 'f', -1, 64)
	return strings.ReplaceAll(s, ".", ",") + " prosent"
}
