package state

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
	"time"

	"github.com/sosabc/sosabc/internal/interview"
)

var noon = time.Date(2026, 11, 22, 12, 30, 5, 0, time.UTC)

func clock() time.Time { return noon }

func TestLoadWithoutFileGivesEmptyState(t *testing.T) {
	for _, dir := range []string{t.TempDir(), filepath.Join(t.TempDir(), "finnes", "ikke")} {
		s, err := Load(dir)
		if err != nil {
			t.Fatalf("Load(%s): %v", dir, err)
		}
		if s.Format != Format || len(s.Answers) != 0 || len(s.Done) != 0 || s.Answers == nil || s.Done == nil {
			t.Errorf("Load(%s) = %+v, want an empty, usable state", dir, s)
		}
	}
}

func TestSaveAndLoadRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "sosabc")
	s := New()
	s.Answers = interview.Answers{
		"stage": "starting", "employees": 3, "revenue": 1500000, "volunteers": true,
		"funding": []string{"grants", "loans"}, "customers": []string{}, "kommune": "0301",
	}
	s.Seen = []string{"beskriv-ideen", "registrer-foretaksregisteret"}
	s.MarkDone("registrer-foretaksregisteret", noon.Add(-time.Hour))
	if err := Save(dir, s, clock); err != nil {
		t.Fatal(err)
	}
	if !s.Updated.Equal(noon) {
		t.Errorf("Save did not set Updated from the clock: %v", s.Updated)
	}
	got, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, s) {
		t.Errorf("round trip\n got %#v\nwant %#v", got, s)
	}
	if !got.IsDone("registrer-foretaksregisteret") || got.IsDone("noe-annet") {
		t.Error("IsDone")
	}
	got.Unmark("registrer-foretaksregisteret")
	if got.IsDone("registrer-foretaksregisteret") {
		t.Error("Unmark")
	}
}

func TestSavePermissionsAndNoLeftovers(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ny")
	for range 2 { // the second save replaces the first
		if err := Save(dir, New(), clock); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != FileName {
		t.Errorf("dir holds %v, want only %s", entries, FileName)
	}
	if runtime.GOOS == "windows" {
		return
	}
	for path, want := range map[string]os.FileMode{dir: 0o700, Path(dir): 0o600} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s has mode %o, want %o", path, got, want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, data string
		corrupt    bool
		newer      int
	}{
		{"not json", "{ikke json", true, 0},
		{"empty file", "", true, 0},
		{"no format", `{"answers": {}}`, true, 0},
		{"fractional number", `{"format": 1, "answers": {"employees": 1.5}}`, true, 0},
		{"list of numbers", `{"format": 1, "answers": {"funding": [1, 2]}}`, true, 0},
		{"wrong type for done", `{"format": 1, "done": ["a"]}`, true, 0},
		{"newer format", `{"format": 3, "something": "new"}`, false, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(Path(dir), []byte(tt.data), 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Load(dir)
			if s != nil {
				t.Errorf("Load returned a state with an error: %+v", s)
			}
			var corrupt *CorruptError
			var newer *NewerFormatError
			switch {
			case tt.corrupt && !(errors.As(err, &corrupt) && corrupt.Path == Path(dir)):
				t.Errorf("got %v, want a CorruptError for %s", err, Path(dir))
			case tt.newer > 0 && !(errors.As(err, &newer) && newer.Format == tt.newer):
				t.Errorf("got %v, want a NewerFormatError for format %d", err, tt.newer)
			}
		})
	}
}

func TestErrorMessages(t *testing.T) {
	newer := &NewerFormatError{Path: "/x/state.json", Format: 3}
	want := "den lagrede fremdriften i /x/state.json er laget av en nyere versjon av sosabc (format 3). Denne versjonen kan bare lese format 2. Oppdater sosabc."
	if newer.Error() != want {
		t.Errorf("got %q", newer.Error())
	}
	corrupt := &CorruptError{Path: "/x/state.json", Err: errors.New("feltet «format» mangler")}
	want = "den lagrede fremdriften i /x/state.json er ødelagt og kan ikke leses: feltet «format» mangler"
	if corrupt.Error() != want {
		t.Errorf("got %q", corrupt.Error())
	}
}

func TestMoveAsideNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	path := Path(dir)
	var moved []string
	for _, content := range []string{"første", "andre", "tredje"} {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := MoveAside(path, noon)
		if err != nil {
			t.Fatal(err)
		}
		moved = append(moved, got)
	}
	want := []string{
		path + ".bad-20261122-123005",
		path + ".bad-20261122-123005-2",
		path + ".bad-20261122-123005-3",
	}
	if !reflect.DeepEqual(moved, want) {
		t.Errorf("MoveAside paths = %v, want %v", moved, want)
	}
	for i, content := range []string{"første", "andre", "tredje"} {
		data, err := os.ReadFile(want[i])
		if err != nil || string(data) != content {
			t.Errorf("%s holds %q (%v), want %q", want[i], data, err, content)
		}
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the original should be gone: %v", err)
	}
	if s, err := Load(dir); err != nil || len(s.Answers) != 0 {
		t.Errorf("after MoveAside, Load should start fresh: %v", err)
	}
}

func TestMoveAsideMissingFile(t *testing.T) {
	if _, err := MoveAside(filepath.Join(t.TempDir(), FileName), noon); err == nil {
		t.Error("moving a missing file should fail")
	}
}

// «Never seen a plan» (null) and «saw a plan with no items» ([]) are
// different, and a state from before «seen» existed reads as never seen.
func TestSeenNullAndEmpty(t *testing.T) {
	for _, seen := range [][]string{nil, {}} {
		dir := t.TempDir()
		s := New()
		s.Seen = seen
		if err := Save(dir, s, clock); err != nil {
			t.Fatal(err)
		}
		got, err := Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		if (got.Seen == nil) != (seen == nil) || len(got.Seen) != 0 {
			t.Errorf("saved seen %#v, loaded %#v", seen, got.Seen)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(Path(dir), []byte(`{"format": 2, "answers": {}, "done": {}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if got, err := Load(dir); err != nil || got.Seen != nil {
		t.Errorf("a state without «seen»: %v, %#v", err, got)
	}
}
