package strictyaml

import "testing"

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
