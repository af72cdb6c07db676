// Package progress is the founder's saved plan as the commands use it:
// where answers come from (the interview, an answers file or a persona),
// how the saved state is read, changed and written (locked, migrated,
// never lost), ticking items off, and what changed since the founder last
// looked.
package progress

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"syscall"
	"time"

	"github.com/gofrs/flock"

	"github.com/sosabc/sosabc/internal/answers"
	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/sanitize"
	"github.com/sosabc/sosabc/internal/state"
)

// AnswersFileName is the saved interview as an answers file, beside the
// state: a person can edit it and use it with --answers.
const AnswersFileName = "svar.yaml"

const lockFileName = "state.lock"

// Store is the saved progress in one directory.
type Store struct {
	Dir    string
	Schema *interview.Schema
	Now    func() time.Time
	// Warn receives notes for the user, such as a broken file moved aside.
	Warn io.Writer
}

// Load reads the saved progress without changing it. No file yet gives an
// empty state. A broken file is moved aside (never deleted) and the user
// is told where; a file from a newer sosabc is left as it is, and Load
// fails with a usage error that says so.
func (s Store) Load() (*state.State, error) {
	st, _, err := s.load(false)
	return st, err
}

// load also returns the questions an old format did not ask. A broken
// file is moved aside only under the lock (locked says the caller holds
// it), after reading it again: a command that just wrote a good file must
// not see it moved away by one that read the broken one before.
func (s Store) load(locked bool) (*state.State, []interview.Assumption, error) {
	st, err := state.Load(s.Dir)
	var corrupt *state.CorruptError
	var newer *state.NewerFormatError
	switch {
	case err == nil:
	case errors.As(err, &newer):
		return nil, nil, apperr.Usagef("%s Filen er ikke endret.", locale.Sentence(err.Error()))
	case errors.As(err, &corrupt):
		return s.moveAsideLocked(locked, err)
	default:
		return nil, nil, fmt.Errorf("%w\n%s", err, dirAdvice)
	}
	migrated, assumed := answers.Migrate(st.Answers, st.Format, s.Schema)
	st.Answers = migrated
	s.emptyLists(st.Answers)
	if bad := s.invalid(st.Answers); bad != nil {
		return s.moveAsideLocked(locked, &state.CorruptError{Path: state.Path(s.Dir), Err: bad})
	}
	return st, assumed, nil
}

// emptyLists reads a list answer saved as «null» as an empty list: the
// line-by-line interview once saved «nothing chosen» that way, and
// such a file is ours, not broken.
func (s Store) emptyLists(a interview.Answers) {
	for key, v := range a {
		if q := s.Schema.Question(key); q != nil && q.Type == interview.TypeMultiselect && v == nil {
			a[key] = []string{}
		}
	}
}

// invalid checks the saved answers against the schema: a hand-edited file
// with a wrong type is broken, not half usable.
func (s Store) invalid(a interview.Answers) error {
	for key, v := range a {
		q := s.Schema.Question(key)
		if q == nil {
			return fmt.Errorf("ukjent svar «%s»", key)
		}
		if text, ok := v.(string); ok && !sanitize.Clean(text) {
			return fmt.Errorf("svaret på «%s» har kontrolltegn", key)
		}
		if _, err := q.Normalize(v); err != nil {
			return fmt.Errorf("svaret på «%s»: %v", key, err)
		}
	}
	return nil
}

func (s Store) moveAsideLocked(locked bool, cause error) (*state.State, []interview.Assumption, error) {
	if locked {
		return s.moveAside(cause)
	}
	unlock, err := s.lock()
	if err != nil {
		return nil, nil, err
	}
	defer unlock()
	return s.load(true)
}

func (s Store) moveAside(cause error) (*state.State, []interview.Assumption, error) {
	moved, err := state.MoveAside(state.Path(s.Dir), s.Now())
	if err != nil {
		return nil, nil, fmt.Errorf("%v\nKunne heller ikke flytte filen til side: %v. Flytt eller slett %s selv, og prøv igjen", cause, err, state.Path(s.Dir))
	}
	note := ""
	if _, err := os.Stat(filepath.Join(s.Dir, AnswersFileName)); err == nil {
		note = fmt.Sprintf(" Svarene dine ligger fortsatt i %s. Bruk dem med «sosabc start --answers %s».", filepath.Join(s.Dir, AnswersFileName), filepath.Join(s.Dir, AnswersFileName))
	}
	// The cause can quote the broken file, which may hold anything.
	fmt.Fprint(s.Warn, sanitize.Strip(fmt.Sprintf("Obs: %s\nVi har flyttet filen til %s, så ingenting er slettet. Du starter med blanke ark.%s\n\n", locale.Sentence(cause.Error()), moved, note)))
	return state.New(), nil, nil
}

// Update locks the state directory, reads the state, lets change edit it,
// and saves it, so two commands at once can never lose each other's work.
// Nothing is written when change fails.
func (s Store) Update(change func(*state.State) error) error {
	unlock, err := s.lock()
	if err != nil {
		return err
	}
	defer unlock()
	st, _, err := s.load(true)
	if err != nil {
		return err
	}
	before, older := st.Clone().Answers, st.Format < state.Format
	if err := change(st); err != nil {
		return err
	}
	return s.save(st, older || !reflect.DeepEqual(before, st.Answers))
}

// MarkSeen records that the founder has seen the plan with these items
// (in plan order), so the next view tells what changed since. last is
// the state's Seen as the caller loaded it: when it already equals ids,
// MarkSeen does nothing, not even lock.
func (s Store) MarkSeen(last, ids []string) error {
	return s.replaceSeen(last, ids, func(seen []string) bool { return seen == nil || !slices.Equal(seen, ids) }, append([]string{}, ids...))
}

// UnmarkSeen undoes MarkSeen(last, ids) when the plan could not be
// written after all: the record goes back to last, so the next view tells
// the changes again. A record that is no longer ids (another command
// recorded a view since) is left alone.
func (s Store) UnmarkSeen(last, ids []string) error {
	return s.replaceSeen(last, ids, func(seen []string) bool { return slices.Equal(seen, ids) }, slices.Clone(last))
}

// replaceSeen sets the record of what was seen to to, under the lock, if
// change says so of the record as it is then. Nothing is done when last
// equals ids: the view changed nothing.
func (s Store) replaceSeen(last, ids []string, change func(seen []string) bool, to []string) error {
	if last != nil && slices.Equal(last, ids) {
		return nil
	}
	unlock, err := s.lock()
	if err != nil {
		return err
	}
	defer unlock()
	st, _, err := s.load(true)
	if err != nil || !change(st.Seen) {
		return err
	}
	st.Seen = to
	return s.save(st, st.Format < state.Format)
}

// lock takes the directory's lock file, creating the directory if needed.
func (s Store) lock() (func(), error) {
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return nil, saveError(s.Dir, err)
	}
	l := flock.New(filepath.Join(s.Dir, lockFileName))
	if err := l.Lock(); err != nil {
		return nil, saveError(s.Dir, err)
	}
	return func() { _ = l.Unlock() }, nil
}

// save writes state.json, then svar.yaml, both atomically. svar.yaml is
// written only when the answers changed (or it is gone): a tick changes
// state.json alone, and each write costs a sync to disk.
func (s Store) save(st *state.State, answersChanged bool) error {
	if err := state.Save(s.Dir, st, s.Now); err != nil {
		return saveError(s.Dir, err)
	}
	if len(st.Answers) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(s.Dir, AnswersFileName)); err == nil && !answersChanged {
		return nil
	}
	data, err := answers.Marshal(st.Answers, s.Schema)
	if err != nil {
		return err
	}
	if err := state.WriteFile(filepath.Join(s.Dir, AnswersFileName), data, 0o600); err != nil {
		return saveError(s.Dir, err)
	}
	return nil
}

const dirAdvice = "Velg en annen mappe med SOSABC_STATE_DIR."

// saveError says what went wrong in words the user can act on.
func saveError(dir string, err error) error {
	why := ""
	switch {
	case errors.Is(err, syscall.ENOSPC):
		why = "Disken er full. Gjør plass, eller velg en annen mappe med SOSABC_STATE_DIR."
	case errors.Is(err, syscall.EROFS):
		why = "Mappen kan bare leses. Velg en annen mappe med SOSABC_STATE_DIR."
	case errors.Is(err, fs.ErrPermission):
		why = "Du har ikke lov til å skrive der. Velg en annen mappe med SOSABC_STATE_DIR."
	default:
		// No words of our own: the system's message says what happened.
		return fmt.Errorf("kunne ikke lagre fremdriften i %s: %w. %s", dir, err, "Sjekk at du har skrivetilgang, eller velg en annen mappe med SOSABC_STATE_DIR.")
	}
	return fmt.Errorf("kunne ikke lagre fremdriften i %s. %s", dir, why)
}
