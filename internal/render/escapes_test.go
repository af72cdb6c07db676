package render

import (
	"regexp"
	"strings"
	"testing"
)

// On a colour terminal glamour writes its own colours and hyperlinks, and
// nothing else: escape sequences in the text are removed before it renders
// (D5, D6).
func TestMarkdownKeepsOnlyItsOwnEscapes(t *testing.T) {
	md := "# Ond \x1b]0;tittel\x07overskrift\n\nTekst \x1b]52;c;cHduZWQ=\x07 med \x1b[2J og \u009b2J og \x1bc og https://lovdata.no/ her.\n"
	for _, style := range Styles {
		out, err := Markdown(md, Options{Width: 60, Style: style})
		if err != nil {
			t.Fatal(err)
		}
		rest := ownEscapes.ReplaceAllString(out, "")
		if strings.ContainsAny(rest, "\x1b\x07\u009b") {
			t.Errorf("%s: a control sequence is left: %q", style, rest)
		}
		if !strings.Contains(rest, "overskrift") || !strings.Contains(rest, "https://lovdata.no/") {
			t.Errorf("%s: text lost: %q", style, rest)
		}
	}
}

// ownEscapes are colours (SGR) and hyperlinks (OSC 8) to a real address.
var ownEscapes = regexp.MustCompile(`\x1b\[[0-9;]*m|\x1b\]8;[^\x07\x1b]*;(https://[^\x07\x1b]*)?(\x07|\x1b\\)`)
