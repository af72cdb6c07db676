// Package yamltest holds the fuzz tests' rule for problems in a YAML file
// that a person may see: the file named, a line inside it, Norwegian, and
// no control characters. It is for tests only.
package yamltest

import (
	"regexp"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/sanitize"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// CheckProblems fails t unless every problem in errs names file, a line
// of data (or 0 for the whole file), and is Norwegian text without
// control characters.
func CheckProblems(t testing.TB, file string, data []byte, errs strictyaml.Errors) {
	t.Helper()
	lines := strictyaml.Lines(data)
	for _, e := range errs {
		if e.File != file {
			t.Fatalf("error names file %q, want %q: %v", e.File, file, e)
		}
		if e.Line < 0 || e.Line > lines {
			t.Fatalf("error at line %d of a %d-line file: %v", e.Line, lines, e)
		}
		if word := English(e.Msg, data); word != "" {
			t.Fatalf("error in English (%q): %v", word, e)
		}
		if !sanitize.Clean(e.Msg) {
			t.Fatalf("error has control characters: %q", e.Msg)
		}
	}
}

// English finds a word of yaml.v3's or Go's English in msg that the input
// does not hold (an echoed value may say anything).
func English(msg string, input []byte) string {
	in := strings.ToLower(string(input))
	for _, w := range englishRe.FindAllString(strings.ToLower(msg), -1) {
		if !strings.Contains(in, w) {
			return w
		}
	}
	return ""
}

var englishRe = regexp.MustCompile(`\b(cannot|unmarshal|found|expected|invalid|mapping|allowed|error|unknown|line|field|octet|character|scanning|parsing|strconv|syntax|into|not)\b`)
