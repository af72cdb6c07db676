package cli

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/google/renameio/v2/maybe"

	"github.com/sosabc/sosabc/internal/answers"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/state"
)

// loadState reads saved progress. A corrupt file, or one from a newer
// sosabc, is moved aside (never overwritten) and the user is told where.
func loadState(f *Factory) (*state.State, string, error) {
	dir, err := f.StateDir()
	if err != nil {
		return nil, "", fmt.Errorf("fant ikke mappen for lagret fremdrift: %w", err)
	}
	st, err := state.Load(dir)
	var corrupt *state.CorruptError
	var newer *state.NewerFormatError
	switch {
	case err == nil:
		return st, dir, nil
	case errors.As(err, &corrupt), errors.As(err, &newer):
		moved, moveErr := state.MoveAside(state.Path(dir), f.Now())
		if moveErr != nil {
			return nil, "", fmt.Errorf("%v\nKunne heller ikke flytte filen til side: %v. Flytt eller slett %s selv, og prøv igjen", err, moveErr, state.Path(dir))
		}
		fmt.Fprintf(f.IO.ErrOut, "Obs: %v\nVi har flyttet filen til %s, så ingenting er slettet. Du starter med blanke ark.\n\n", err, moved)
		return state.New(), dir, nil
	default:
		return nil, "", fmt.Errorf("%w\nVelg en annen mappe med SOSABC_STATE_DIR, eller bruk --no-save", err)
	}
}

// answersFileName is the saved interview as an answers file, beside the
// state: a person can edit it and use it with --answers.
const answersFileName = "svar.yaml"

func saveState(f *Factory, dir string, st *state.State, schema *interview.Schema) error {
	if err := state.Save(dir, st, f.Now); err != nil {
		return fmt.Errorf("kunne ikke lagre fremdriften i %s: %w. Sjekk at du har skrivetilgang, eller velg en annen mappe med SOSABC_STATE_DIR", dir, err)
	}
	if len(st.Answers) == 0 {
		return nil
	}
	data, err := answers.Marshal(st.Answers, schema)
	if err != nil {
		return err
	}
	if err := maybe.WriteFile(filepath.Join(dir, answersFileName), data, 0o600); err != nil {
		return fmt.Errorf("kunne ikke lagre svarfilen i %s: %w", dir, err)
	}
	return nil
}
