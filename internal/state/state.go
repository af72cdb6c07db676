// Package state saves and restores a person's progress: their answers,
// which checklist items they have done, and which items they last saw. The
// caller resolves the directory (XDG state dir or a flag) and the policy
// (locking, migration, moving a broken file aside: package progress), so
// tests and other front ends can put it anywhere.
package state

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/sosabc/sosabc/internal/interview"
)

// FileName is the state file inside the state directory.
const FileName = "state.json"

// Format is the state-file format this code writes. It reads 1 as well:
// format 1 held answers in answers-file format 1, which the caller migrates.
const Format = 2

// State is everything sosabc remembers between runs.
type State struct {
	Format int `json:"format"`
	// Answers uses the keys and values of the answers file (format 2 once
	// migrated; see Format).
	Answers interview.Answers `json:"answers"`
	// Done maps checklist item ids to when they were marked done. A tick
	// stays when its item leaves the list, so it comes back with the item.
	Done map[string]time.Time `json:"done"`
	// Seen lists the items of the checklist the person last saw, so the
	// next view can say what was added and removed since. It is null until
	// a plan has been shown: then there is nothing to compare with.
	Seen    []string  `json:"seen"`
	Updated time.Time `json:"updated"`
}

// New returns an empty state.
func New() *State {
	return &State{Format: Format, Answers: interview.Answers{}, Done: map[string]time.Time{}}
}

// Clone is a deep copy, so a caller can compare before and after.
func (s *State) Clone() *State {
	c := *s
	c.Answers = interview.Answers{}
	for k, v := range s.Answers {
		c.Answers[k] = v
	}
	c.Done = map[string]time.Time{}
	for k, v := range s.Done {
		c.Done[k] = v
	}
	c.Seen = append([]string(nil), s.Seen...)
	return &c
}

// Path is the state file in dir.
func Path(dir string) string { return filepath.Join(dir, FileName) }

// MarkDone records that item id was done at the given time.
func (s *State) MarkDone(id string, at time.Time) {
	if s.Done == nil {
		s.Done = map[string]time.Time{}
	}
	s.Done[id] = at
}

// Unmark forgets that item id was done.
func (s *State) Unmark(id string) { delete(s.Done, id) }

// IsDone reports whether item id is marked done.
func (s *State) IsDone(id string) bool {
	_, ok := s.Done[id]
	return ok
}

// CorruptError means the state file exists but cannot be read as state.
type CorruptError struct {
	Path string
	Err  error
}

func (e *CorruptError) Error() string {
	return fmt.Sprintf("den lagrede fremdriften i %s er ødelagt og kan ikke leses: %s", e.Path, jsonProblem(e.Err))
}

// jsonProblem says in Norwegian what is wrong with a JSON file; the JSON
// decoder's own messages are English («unexpected EOF»).
func jsonProblem(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var tm *time.ParseError
	switch {
	case errors.As(err, &tm):
		return "et tidspunkt i filen er ikke gyldig"
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "filen slutter før den er ferdig"
	case errors.As(err, &syntax):
		return fmt.Sprintf("filen er ikke gyldig JSON (feil ved tegn %d)", syntax.Offset)
	case errors.As(err, &typ):
		if typ.Field != "" {
			return fmt.Sprintf("feltet «%s» har feil type", typ.Field)
		}
		return "filen har feil oppbygning"
	}
	return err.Error()
}

func (e *CorruptError) Unwrap() error { return e.Err }

// NewerFormatError means a newer sosabc wrote the state file. It is kept
// apart from CorruptError because the file is fine: the program is old.
type NewerFormatError struct {
	Path   string
	Format int
}

func (e *NewerFormatError) Error() string {
	return fmt.Sprintf("den lagrede fremdriften i %s er laget av en nyere versjon av sosabc (format %d). Denne versjonen kan bare lese format %d. Oppdater sosabc.",
		e.Path, e.Format, Format)
}

// Load reads the state in dir. No file yet is not an error: it gives an
// empty state. A file that cannot be used gives a *CorruptError or a
// *NewerFormatError, so the caller can offer to move it aside.
func Load(dir string) (*State, error) {
	path := Path(dir)
	data, err := readLimited(path)
	if errors.Is(err, fs.ErrNotExist) {
		return New(), nil
	}
	if err != nil {
		return nil, fmt.Errorf("kan ikke lese den lagrede fremdriften: %w", err)
	}
	if len(data) > MaxSize {
		return nil, &CorruptError{Path: path, Err: fmt.Errorf("filen er større enn %d MB", MaxSize>>20)}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // keep whole numbers whole: answers hold ints
	var s State
	if err := dec.Decode(&s); err != nil {
		return nil, &CorruptError{Path: path, Err: err}
	}
	switch {
	case s.Format > Format:
		return nil, &NewerFormatError{Path: path, Format: s.Format}
	case s.Format < 1:
		return nil, &CorruptError{Path: path, Err: errors.New("feltet «format» mangler")}
	}
	answers, err := normalizeAnswers(s.Answers)
	if err != nil {
		return nil, &CorruptError{Path: path, Err: err}
	}
	s.Answers = answers
	if s.Done == nil {
		s.Done = map[string]time.Time{}
	}
	return &s, nil
}

// MaxSize is the largest state file Load reads: a real one is a few
// kilobytes, even after years of ticks.
const MaxSize = 10 << 20

// readLimited reads at most MaxSize+1 bytes of path.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, MaxSize+1))
}

// normalizeAnswers turns JSON's numbers and lists back into the Go types of
// interview.Answers (int and []string). It needs no schema: the answers
// file format has no other kinds of values.
func normalizeAnswers(in interview.Answers) (interview.Answers, error) {
	out := make(interview.Answers, len(in))
	for key, v := range in {
		switch x := v.(type) {
		case json.Number:
			n, err := x.Int64()
			if err != nil {
				return nil, fmt.Errorf("svaret «%s» er ikke et heltall: %s", key, x)
			}
			out[key] = int(n)
		case []any:
			list := make([]string, len(x))
			for i, item := range x {
				s, ok := item.(string)
				if !ok {
					return nil, fmt.Errorf("svaret «%s» skal være en liste med tekster", key)
				}
				list[i] = s
			}
			out[key] = list
		case string, bool, nil:
			out[key] = x
		default:
			return nil, fmt.Errorf("svaret «%s» har en ukjent type", key)
		}
	}
	return out, nil
}

// Save writes s to dir atomically, readable only by the user (answers can
// be personal), creating dir if needed. It sets s.Format and s.Updated.
func Save(dir string, s *State, now func() time.Time) error {
	s.Format = Format
	s.Updated = now()
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("kan ikke lagre fremdriften: %w", err)
	}
	data = append(data, '\n')
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("kan ikke lage mappen for fremdriften: %w", err)
	}
	if err := WriteFile(Path(dir), data, 0o600); err != nil {
		return fmt.Errorf("kan ikke lagre fremdriften: %w", err)
	}
	return nil
}

// MoveAside renames an unusable state file to state.json.bad-YYYYMMDD-HHMMSS
// (with -2, -3 … if that exists), so a fresh start never destroys the old
// file. It returns the new path.
func MoveAside(path string, now time.Time) (string, error) {
	if _, err := os.Lstat(path); err != nil {
		return "", fmt.Errorf("kan ikke flytte %s: %w", path, err)
	}
	base := path + ".bad-" + now.Format("20060102-150405")
	for n := 1; n <= 1000; n++ {
		target := base
		if n > 1 {
			target = fmt.Sprintf("%s-%d", base, n)
		}
		if _, err := os.Lstat(target); err == nil {
			continue
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("kan ikke flytte %s: %w", path, err)
		}
		if err := os.Rename(path, target); err != nil {
			return "", fmt.Errorf("kan ikke flytte %s: %w", path, err)
		}
		return target, nil
	}
	return "", fmt.Errorf("kan ikke flytte %s: for mange gamle kopier ved siden av den", path)
}
