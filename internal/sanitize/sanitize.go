// Package sanitize keeps terminal control sequences out of everything
// sosabc prints. Text from files (local content, answers files, saved
// state) and from arguments could otherwise set the terminal's title,
// write to the clipboard (OSC 52) or clear the screen.
package sanitize

import (
	"strings"
	"unicode/utf8"
)

// Strip removes escape sequences (CSI, OSC, DCS and the rest, also when
// they are cut short) and every other control character except newline
// and tab: C0, DEL and C1 (U+0080–U+009F). Invalid UTF-8 becomes U+FFFD.
func Strip(s string) string {
	if Clean(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
			i++
		case r == 0x1b:
			i += escapeLen(s[i:])
		case r == 0x9b: // CSI as a C1 character
			i += size + csiLen(s[i+size:])
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // OSC, DCS, SOS, PM, APC
			i += size + stringLen(s[i+size:])
		case isControl(r):
			i += size
		default:
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// Clean reports whether s has nothing Strip would remove.
func Clean(s string) bool {
	// A byte at a time, without decoding: a plan of 120 kB is checked on
	// every «sosabc sjekkliste». In valid UTF-8 a C1 control (U+0080 to
	// U+009F) is 0xC2 and a byte below 0xA0; æ, ø and å start with 0xC3.
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20: // ESC is one of them
			if c != '\n' && c != '\t' {
				return false
			}
		case c == 0x7f:
			return false
		case c == 0xc2:
			if s[i+1] < 0xa0 {
				return false
			}
		}
	}
	return true
}

// FirstControl is the byte offset of the first character Strip would
// remove, or -1: loaders use it to point at the line.
func FirstControl(s string) int {
	for i, r := range s {
		if (r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD")) || r == 0x1b || isControl(r) {
			return i
		}
	}
	return -1
}

func isControl(r rune) bool {
	return (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f)
}

// escapeLen is the length of the escape sequence at the start of s (s[0]
// is ESC), or of the ESC alone when nothing valid follows.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		return 2 + csiLen(s[2:])
	case ']', 'P', 'X', '^', '_':
		return 2 + stringLen(s[2:])
	}
	if s[1] >= 0x20 && s[1] <= 0x7e {
		// A two-character sequence such as ESC c (reset) or ESC 7; an
		// intermediate byte (0x20–0x2f) takes one more.
		if s[1] <= 0x2f && len(s) > 2 {
			return 3
		}
		return 2
	}
	return 1
}

// csiLen is the length of a CSI sequence's parameters and final byte.
func csiLen(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x40 && c <= 0x7e {
			return i + 1
		}
		if c < 0x20 || c > 0x3f && c < 0x40 || c > 0x7e {
			return i
		}
	}
	return len(s)
}

// stringLen is the length of an OSC/DCS string up to and including its
// terminator (BEL, ESC \ or ST); an unterminated one runs to the end of the
// line, so it can swallow no more than that.
func stringLen(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0x07:
			return i + 1
		case 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i // a new sequence starts: let the caller strip it
		case '\n':
			return i
		}
		if strings.HasPrefix(s[i:], "\u009c") {
			return i + 2
		}
	}
	return len(s)
}
