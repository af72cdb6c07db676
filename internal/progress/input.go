package progress

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/sosabc/sosabc/internal/answers"
	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/persona"
)

// MaxAnswersFile is the largest answers file we read: a real one is a
// few hundred bytes, and reading without a limit lets /dev/zero fill memory.
const MaxAnswersFile = 1 << 20

// Input is where answers come from when not from the interview: --answers
// FILE (or - for standard in) or --persona NAME.
type Input struct {
	File    string
	Persona string
}

// Given is answers read from a file or a persona.
type Given struct {
	Answers interview.Answers
	Persona string // the fictional founder's name, when a persona was used
	Client  string // the client's name from the file's «client»
	File    string // the answers file, when one was used
	// Assumed lists questions an older file format did not ask.
	Assumed []interview.Assumption
	// Notes say where an answer was read as something else than written.
	Notes []string
}

// Empty reports whether neither a file nor a persona was given.
func (in Input) Empty() bool { return in.File == "" && in.Persona == "" }

// Load reads the answers; it returns nil, nil when in is empty. Missing
// required answers are a usage error that lists them.
func (in Input) Load(stdin io.Reader, schema *interview.Schema, personas func() ([]persona.Persona, error)) (*Given, error) {
	if in.File != "" && in.Persona != "" {
		return nil, apperr.Usagef("Bruk enten --answers eller --persona, ikke begge.")
	}
	var g Given
	switch {
	case in.Persona != "":
		all, err := personas()
		if err != nil {
			return nil, err
		}
		p, ok := persona.Find(all, in.Persona)
		if !ok {
			ids := make([]string, len(all))
			for i, p := range all {
				ids[i] = p.ID
			}
			return nil, apperr.Usagef("Ukjent person «%s». Velg blant: %s. Se dem med «sosabc sjekkliste personer».", in.Persona, strings.Join(ids, ", "))
		}
		g = Given{Answers: p.Answers, Persona: p.Name}
	case in.File != "":
		data, err := ReadAnswersFile(stdin, in.File)
		if err != nil {
			return nil, err
		}
		f, err := answers.Parse(in.File, data, schema)
		if err != nil {
			return nil, apperr.Usagef("Svarfilen har feil. Rett dem og prøv igjen:\n%v\nSe «sosabc help svarfil» for alle nøklene og verdiene.", err)
		}
		g = Given{Answers: f.Answers, Client: f.Client, File: in.File, Assumed: f.Assumed, Notes: f.Notes}
	default:
		return nil, nil
	}
	if missing := schema.Missing(g.Answers); len(missing) > 0 {
		return nil, apperr.Usagef("Svarfilen mangler svar som trengs: %s.\nSe «sosabc help svarfil» for hva du kan skrive.", strings.Join(missing, ", "))
	}
	g.Answers = schema.Prune(g.Answers)
	return &g, nil
}

// ReadAnswersFile reads a file (or standard in for «-»), refusing anything
// that is not a regular file, anything over MaxAnswersFile, and text that
// is not UTF-8, each with advice.
func ReadAnswersFile(stdin io.Reader, file string) ([]byte, error) {
	var r io.Reader = stdin
	name, from := "på standard inn", "standard inn"
	if file != "-" {
		name, from = "«"+file+"»", "«"+file+"»"
		info, err := os.Stat(file)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, apperr.Usagef("Fant ikke svarfilen «%s». Sjekk navnet og mappen.", file)
		case err != nil:
			return nil, apperr.Usagef("Kan ikke lese svarfilen «%s»: %v", file, err)
		case info.IsDir():
			return nil, apperr.Usagef("«%s» er en mappe, ikke en svarfil.", file)
		case !info.Mode().IsRegular() && info.Mode()&fs.ModeNamedPipe == 0:
			return nil, apperr.Usagef("«%s» er ikke en vanlig fil. Lagre svarene i en fil og prøv igjen.", file)
		}
		f, err := os.Open(file)
		if err != nil {
			return nil, apperr.Usagef("Kan ikke lese svarfilen «%s»: %v", file, err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxAnswersFile+1))
	if err != nil {
		return nil, fmt.Errorf("kunne ikke lese svar fra %s: %w", from, err)
	}
	if len(data) > MaxAnswersFile {
		return nil, apperr.Usagef("Svarfilen %s er for stor (over 1 MB). En svarfil er vanligvis under 1 kB. Sjekk at du har valgt riktig fil.", name)
	}
	if line, ok := notUTF8(data); ok {
		return nil, apperr.Usagef("%s:%d: teksten er ikke UTF-8. Lagre filen som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8) og prøv igjen.", displayName(file), line)
	}
	return data, nil
}

// notUTF8 finds the first line with bytes that are not UTF-8 (typically
// æ, ø and å saved as Latin-1 by an old editor). A UTF-16 file with a
// byte-order mark is left to the YAML reader, which decodes it.
func notUTF8(data []byte) (int, bool) {
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		return 0, false
	}
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			return line, true
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return 0, false
}

func displayName(file string) string {
	if file == "-" {
		return "-"
	}
	return file
}
