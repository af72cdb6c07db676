package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sosabc/sosabc/internal/answers"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/persona"
)

// answersFrom reads --answers FILE (or - for stdin) or --persona NAME.
// Missing required answers are a usage error that lists them.
func answersFrom(f *Factory, eng *engine, file, personaID string) (interview.Answers, string, error) {
	if file != "" && personaID != "" {
		return nil, "", usageErrorf("Bruk enten --answers eller --persona, ikke begge.")
	}
	var a interview.Answers
	name := ""
	switch {
	case personaID != "":
		all, err := f.Personas()
		if err != nil {
			return nil, "", err
		}
		p, ok := persona.Find(all, personaID)
		if !ok {
			return nil, "", usageErrorf("Ukjent person «%s». Velg blant: %s. Se dem med «sosabc sjekkliste personas».", personaID, personaIDs(all))
		}
		a, name = p.Answers, p.Name
	case file != "":
		data, err := readAnswersFile(f, file)
		if err != nil {
			return nil, "", err
		}
		parsed, err := answers.Parse(file, data, eng.schema)
		if err == nil {
			a = parsed.Answers
		}
		if err != nil {
			return nil, "", usageErrorf("Svarfilen har feil. Rett dem og prøv igjen:\n%v\nSe «sosabc help answers-file» for alle nøklene og verdiene.", err)
		}
	default:
		return nil, "", nil
	}
	if missing := eng.schema.Missing(a); len(missing) > 0 {
		return nil, "", usageErrorf("Svarfilen mangler svar som trengs: %s.\nSe «sosabc help answers-file» for hva du kan skrive.", strings.Join(missing, ", "))
	}
	return eng.schema.Prune(a), name, nil
}

func readAnswersFile(f *Factory, file string) ([]byte, error) {
	if file == "-" {
		data, err := io.ReadAll(f.IO.In)
		if err != nil {
			return nil, fmt.Errorf("kunne ikke lese svar fra standard inn: %w", err)
		}
		return data, nil
	}
	data, err := os.ReadFile(file)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, usageErrorf("Fant ikke svarfilen «%s». Sjekk navnet og mappen.", file)
	case err != nil:
		return nil, usageErrorf("Kan ikke lese svarfilen «%s»: %v", file, err)
	}
	return data, nil
}

func personaIDs(all []persona.Persona) string {
	ids := make([]string, len(all))
	for i, p := range all {
		ids[i] = p.ID
	}
	return strings.Join(ids, ", ")
}
