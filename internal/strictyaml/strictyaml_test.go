package strictyaml

import (
	"fmt"
	"strings"
	"testing"
)

// Every syntax error an adviser or a content writer is likely to make gets
// a Norwegian message and the right line.
func TestSyntaxErrorsInNorwegian(t *testing.T) {
	var out struct {
		Version int    `yaml:"version"`
		Stage   string `yaml:"stage"`
		Form    string `yaml:"form"`
		Kommune string `yaml:"kommune"`
	}
	for _, tt := range []struct{ name, in, want string }{
		{"tab", "version: 1\nstage: idea\nform: AS\n\tkommune: Bodø\n", "f.yaml:4: linjen er rykket inn med tabulator. Bruk mellomrom i stedet"},
		// A tab before a value under its key (reliability-review D15):
		// yaml.v3 says only that the tab cannot start a token.
		{"tab before a value", "version: 1\nstage: idea\nform:\n\tAS\n", "f.yaml:4: linjen er rykket inn med tabulator. Bruk mellomrom i stedet"},
		{"indent", "version: 1\nstage: idea\n  form: AS\n", "f.yaml:3: et kolon står der det ikke kan stå. Sjekk innrykket, eller sett anførselstegn rundt teksten"},
		{"quote", "version: 1\nkommune: \"Bodø\nstage: x\n", "f.yaml:2: filen slutter midt i en tekst. Mangler et anførselstegn?"},
		{"at sign", "version: 1\nkommune: @x\n", "f.yaml:2: en verdi begynner med et tegn YAML ikke tillater der, for eksempel @ eller `. Sett anførselstegn rundt verdien"},
		{"colon", "version: 1\nstage idea\nform: AS\n", "f.yaml:2: en linje mangler kolon. Skriv nøkkel: verdi"},
		{"NUL", "version: 1\nkommune: a\x00b\n", "f.yaml:2: filen har kontrolltegn som ikke hører hjemme i en tekstfil. Fjern dem"},
		{"Latin-1", "version: 1\nstage: idea\nkommune: Bod\xf8\n", "f.yaml:3: teksten er ikke UTF-8. Lagre filen som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8) og prøv igjen"},
		{"escape codes", "version: 1\nkommune: \"Bod\\e]52;c;cHduZWQ=\\a\"\n", "f.yaml:2: teksten har kontrolltegn, for eksempel escape-koder, som kan lure terminalen. Fjern dem"},
	} {
		_, err := Decode("f.yaml", []byte(tt.in), 0, &out)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s:\n got %v\nwant %s", tt.name, err, tt.want)
		}
	}
}

// Every terminal control sequence of the reliability review (D5, D6) is
// refused with its line, whether the file writes it as a YAML escape in
// quotes or as the raw bytes.
func TestControlCharactersAreRefused(t *testing.T) {
	var out struct {
		Version int    `yaml:"version"`
		Kommune string `yaml:"kommune"`
	}
	for _, seq := range []string{
		"\x1b]0;tittel\x07", "\x1b]2;tittel\x1b\\", "\x1b]52;c;cHduZWQ=\x07", "\x1b]8;;https://x.example/\x1b\\lenke\x1b]8;;\x1b\\",
		"\x1b[2J", "\x1bPqdata\x1b\\", "\x1bc", "\x1b", "\u009b2J", "\u009d0;x\x07", "\u0090q\u009c", "\x1b]0;x\x1b]0;y\x07", "\x07", "\x08", "\x00", "\x7f", "\u0085",
	} {
		var quoted strings.Builder
		for _, r := range seq {
			switch {
			case r < 0x20 || r >= 0x7f && r <= 0x9f:
				fmt.Fprintf(&quoted, `\u%04x`, r)
			case r == '\\' || r == '"':
				quoted.WriteString(`\` + string(r))
			default:
				quoted.WriteRune(r)
			}
		}
		for _, tt := range []struct{ how, in, want string }{
			{"quoted", "version: 1\n\nkommune: \"Bod" + quoted.String() + "ø\"\n", "f.yaml:3: teksten har kontrolltegn, for eksempel escape-koder, som kan lure terminalen. Fjern dem"},
			{"raw", "version: 1\n\nkommune: Bod" + seq + "ø\n", "f.yaml:3: filen har kontrolltegn som ikke hører hjemme i en tekstfil. Fjern dem"},
			{"raw in a comment", "version: 1\n# Bod" + seq + "ø\nkommune: Bodø\n", "f.yaml:2: filen har kontrolltegn som ikke hører hjemme i en tekstfil. Fjern dem"},
		} {
			_, err := Decode("f.yaml", []byte(tt.in), 0, &out)
			if err == nil || err.Error() != tt.want {
				t.Errorf("%q %s: got %v\nwant %s", seq, tt.how, err, tt.want)
			}
		}
	}
}
