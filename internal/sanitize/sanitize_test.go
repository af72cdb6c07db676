package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Every sequence from the reliability review (D5, D6) and a few more.
func TestStrip(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"plain text stays", "Bodø «AS» – 30 000 kroner\n\tneste", "Bodø «AS» – 30 000 kroner\n\tneste"},
		{"window title, BEL", "Ond \x1b]0;pwned\x07tittel", "Ond tittel"},
		{"window title, ST", "a\x1b]2;x\x1b\\b", "ab"},
		{"clipboard OSC 52", "Bod\x1b]52;c;cHduZWQ=\x07ø", "Bodø"},
		{"clear screen", "før\x1b[2Jetter", "føretter"},
		{"colour", "\x1b[38;5;252mtekst\x1b[0m", "tekst"},
		{"lone ESC", "a\x1b", "a"},
		{"reset ESC c", "a\x1bcb", "ab"},
		{"DCS", "a\x1bPqdata\x1b\\b", "ab"},
		{"C1 CSI", "a\u009b2Jb", "ab"},
		{"C1 OSC", "a\u009d0;x\u0007b", "ab"},
		{"nested OSC", "a\x1b]0;x\x1b]0;y\x07 og resten", "a og resten"},
		{"stray BEL and NUL", "a\x07b\x00c", "abc"},
		{"DEL", "a\x7fb", "ab"},
		{"unterminated OSC stops at the line end", "a\x1b]0;tittel\nneste linje", "a\nneste linje"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"carriage return", "a\rb", "ab"},
		{"hyperlink OSC 8", "se \x1b]8;;https://ond.example/\x1b\\her\x1b]8;;\x1b\\.", "se her."},
		{"window title OSC 2, BEL", "a\x1b]2;x\x07b", "ab"},
		{"C1 DCS, ended by C1 ST", "a\u0090qdata\u009cb", "ab"},
		{"C1 APC", "a\u009fdata\x07b", "ab"},
		{"cursor home and erase line", "a\x1b[H\x1b[Kb", "ab"},
		{"SOS, PM, APC with ESC", "a\x1bXx\x1b\\b\x1b^y\x1b\\c\x1b_z\x1b\\d", "abcd"},
		{"save cursor ESC 7", "a\x1b7b", "ab"},
		{"charset ESC ( 0", "a\x1b(0b", "ab"},
		{"backspace over text", "abc\x08\x08x", "abcx"},
		{"bidi override is text, not a control", "a\u202eb", "a\u202eb"},
	} {
		if got := Strip(tt.in); got != tt.want {
			t.Errorf("%s: Strip(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// cleanByRune is Clean as it was before its byte-at-a-time fast path:
// FuzzStrip holds the two to the same answer.
func cleanByRune(s string) bool {
	for i, r := range s {
		if (r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD")) || r == 0x1b || isControl(r) {
			return false
		}
	}
	return true
}

func FuzzStrip(f *testing.F) {
	for _, s := range []string{"", "tekst", "\x1b", "\x1b]0;x\x1b]0;y\x07", "\x1bc", "\u009b2J", "\x1bPq\x1b\\", "æøå\x1b[2J",
		"Bod\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\x1b[2Jø", "\x1b]8;;https://x/\x1b\\lenke\x1b]8;;\x1b\\", "\u009d0;x\x07", "\u0090q\u009c", "a\x1b]0;uavsluttet\nneste", "\xff\xfe", "\x1b[38;5;252m", "\u009b", "\uFFFD", "a\x7fb", "tab\there\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Strip(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Strip(%q) is not valid UTF-8: %q", s, out)
		}
		for _, r := range out {
			if r == 0x1b || r == 0x07 || isControl(r) {
				t.Fatalf("Strip(%q) = %q still has %U", s, out, r)
			}
		}
		if !Clean(out) || Strip(out) != out {
			t.Fatalf("Strip is not idempotent on %q", s)
		}
		if Clean(s) && out != s {
			t.Fatalf("clean text changed: %q → %q", s, out)
		}
		if Clean(s) != cleanByRune(s) {
			t.Fatalf("Clean(%q) = %v, rune by rune %v", s, Clean(s), !Clean(s))
		}
		if strings.Count(out, "\n") > strings.Count(s, "\n") {
			t.Fatalf("new lines appeared")
		}
	})
}
