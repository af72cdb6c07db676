package progress

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/sanitize"
	"github.com/sosabc/sosabc/internal/state"
)

var now = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

func schema(t testing.TB) *interview.Schema {
	t.Helper()
	s, err := interview.LoadSchema(content.FS(), "interview/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func store(t testing.TB, s *interview.Schema) (Store, *bytes.Buffer) {
	var warn bytes.Buffer
	return Store{Dir: t.TempDir(), Schema: s, Now: func() time.Time { return now }, Warn: &warn}, &warn
}

// D4: a state file from a newer sosabc is left exactly as it is, by
// reading and by changing, and the error says to update.
func TestNewerStateIsLeftAlone(t *testing.T) {
	st, warn := store(t, schema(t))
	data := []byte(`{"format": 99, "answers": {"stage": "idea"}, "new": true}`)
	if err := os.WriteFile(state.Path(st.Dir), data, 0o600); err != nil {
		t.Fatal(err)
	}
	want := "Den lagrede fremdriften i " + state.Path(st.Dir) + " er laget av en nyere versjon av sosabc (format 99). Denne versjonen kan bare lese format 2. Oppdater sosabc. Filen er ikke endret."
	_, err := st.Load()
	if apperr.Code(err) != apperr.ExitUsage || err.Error() != want {
		t.Errorf("Load: exit %d, %v\nwant %s", apperr.Code(err), err, want)
	}
	changed := false
	err = st.Update(func(*state.State) error { changed = true; return nil })
	if apperr.Code(err) != apperr.ExitUsage || changed {
		t.Errorf("Update: exit %d, changed %v: %v", apperr.Code(err), changed, err)
	}
	if got, _ := os.ReadFile(state.Path(st.Dir)); !bytes.Equal(got, data) {
		t.Errorf("the newer file changed: %s", got)
	}
	if entries, _ := os.ReadDir(st.Dir); len(entries) != 2 { // state.json and state.lock
		t.Errorf("the folder holds %v", entries)
	}
	if warn.Len() > 0 {
		t.Errorf("warned: %s", warn)
	}
}

// D12: a hand-edited state whose answers do not fit the questions is
// broken as a whole: moved aside, never half saved.
func TestWrongTypesAreBrokenNotHalfSaved(t *testing.T) {
	for _, tt := range []struct{ name, answers, why string }{
		{"text for a number", `{"stage":"idea","form":"AS","founders":"abc"}`, "svaret på «founders»: «abc» er ikke et heltall"},
		{"text for a list", `{"stage":"idea","form":"AS","target_groups":"elderly"}`, "svaret på «target_groups»: «elderly» er ikke en liste med tekster"},
		{"unknown answer", `{"stage":"idea","form":"AS","favourite":"blå"}`, "ukjent svar «favourite»"},
		{"escape codes", `{"stage":"idea","form":"AS","kommune":"Bod\u001b]0;pwned\u0007ø"}`, "svaret på «kommune» har kontrolltegn"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st, warn := store(t, schema(t))
			data := []byte(`{"format":2,"answers":` + tt.answers + `,"done":{"beskriv-ideen":"2026-11-01T10:00:00Z"}}`)
			if err := os.WriteFile(state.Path(st.Dir), data, 0o600); err != nil {
				t.Fatal(err)
			}
			var seen *state.State
			if err := st.Update(func(s *state.State) error { seen = s.Clone(); s.MarkDone("test-ideen", now); return nil }); err != nil {
				t.Fatal(err)
			}
			if len(seen.Answers) != 0 || len(seen.Done) != 0 {
				t.Errorf("the change saw a half-read state: %+v", seen)
			}
			moved, _ := filepath.Glob(state.Path(st.Dir) + ".bad-*")
			if len(moved) != 1 {
				t.Fatalf("moved aside: %v", moved)
			}
			if kept, _ := os.ReadFile(moved[0]); !bytes.Equal(kept, data) {
				t.Errorf("the broken file was not kept as it was: %s", kept)
			}
			if !bytes.Contains(warn.Bytes(), []byte(tt.why)) || !sanitize.Clean(warn.String()) {
				t.Errorf("warning %q, want it to say %q, with no control characters", warn.String(), tt.why)
			}
		})
	}
}

// D14: a full disk is said as a full disk; a read-only folder as one;
// and in Norwegian only, without the system's English.
func TestSaveErrorsSayWhy(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want string
	}{
		{&fs.PathError{Op: "write", Path: "/s/.state.json123", Err: syscall.ENOSPC}, "kunne ikke lagre fremdriften i /s. Disken er full. Gjør plass, eller velg en annen mappe med SOSABC_STATE_DIR."},
		{&fs.PathError{Op: "open", Path: "/s/.state.json123", Err: syscall.EROFS}, "kunne ikke lagre fremdriften i /s. Mappen kan bare leses. Velg en annen mappe med SOSABC_STATE_DIR."},
		{&fs.PathError{Op: "open", Path: "/s/.state.json123", Err: syscall.EACCES}, "kunne ikke lagre fremdriften i /s. Du har ikke lov til å skrive der. Velg en annen mappe med SOSABC_STATE_DIR."},
		// An error we have no words for is shown as the system says it.
		{&fs.PathError{Op: "write", Path: "/s/.state.json123", Err: syscall.EIO}, "kunne ikke lagre fremdriften i /s: write /s/.state.json123: input/output error. Sjekk at du har skrivetilgang, eller velg en annen mappe med SOSABC_STATE_DIR."},
	} {
		if got := saveError("/s", tt.err).Error(); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

// A tick writes state.json only; svar.yaml is written when the answers
// change, or when it is missing.
func TestTickLeavesTheAnswersFile(t *testing.T) {
	st, _ := store(t, schema(t))
	answers := filepath.Join(st.Dir, AnswersFileName)
	if err := st.Update(func(s *state.State) error { s.Answers = interview.Answers{"stage": "idea", "form": "AS"}; return nil }); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(answers)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(answers, before.ModTime().Add(-time.Hour), before.ModTime().Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := st.Update(func(s *state.State) error { s.MarkDone("beskriv-ideen", now); return nil }); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.Stat(answers); !after.ModTime().Equal(before.ModTime().Add(-time.Hour)) {
		t.Error("a tick rewrote svar.yaml")
	}
	os.Remove(answers)
	if err := st.Update(func(s *state.State) error { s.MarkDone("test-ideen", now); return nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(answers); err != nil {
		t.Errorf("a missing svar.yaml was not written again: %v", err)
	}
	if err := st.Update(func(s *state.State) error { s.Answers["form"] = "ENK"; return nil }); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(answers); !bytes.Contains(data, []byte("form: ENK")) {
		t.Errorf("changed answers not in svar.yaml:\n%s", data)
	}
}

// FuzzStoreLoad: whatever state.json holds, Load never panics, never
// loses the file, and never hands a command answers that do not fit the
// questions or carry control characters. A newer file is left untouched;
// anything else unusable is moved aside byte for byte, with a warning
// free of control characters.
func FuzzStoreLoad(f *testing.F) {
	for _, s := range []string{
		`{"format":2,"answers":{"stage":"idea","form":"AS"},"done":{"beskriv-ideen":"2026-11-22T12:00:00Z"}}`,
		`{"format":1,"answers":{"stage":"starting","form":"ideelt-AS","founders":3,"revenue":1500000,"volunteers":true,"target_groups":["work_inclusion","mental_health"],"personal_data":true},"done":{}}`,
		`{"format":1,"answers":{"stage":"idea","form":"AS","founders":"abc"},"done":{}}`,
		`{"format":2,"answers":{"stage":"idea","form":"AS","target_groups":"elderly"},"done":{}}`,
		`{"format":2,"answers":{"stage":"idea","\u001b]0;st-pwned\u0007":1},"done":{}}`,
		`{"format":2,"answers":{"kommune":"\u009b2J"},"done":{}}`,
		`{"format":99}`, `garbage{{{`, ``, `{"format":2,"answers":{"founders":0}}`,
	} {
		f.Add([]byte(s))
	}
	sch := schema(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		st, warn := store(t, sch)
		path := state.Path(st.Dir)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := st.Load()
		if err != nil {
			if apperr.Code(err) != apperr.ExitUsage {
				t.Fatalf("error that is not the user's: %v", err)
			}
			if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
				t.Fatal("the file changed although Load failed")
			}
			return
		}
		if moved, _ := filepath.Glob(path + ".bad-*"); len(moved) > 0 {
			kept, _ := os.ReadFile(moved[0])
			if len(moved) != 1 || !bytes.Equal(kept, data) {
				t.Fatalf("moved aside %v, kept %q", moved, kept)
			}
			if !sanitize.Clean(warn.String()) || warn.Len() == 0 {
				t.Fatalf("warning %q", warn.String())
			}
		} else if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
			t.Fatal("Load changed the file")
		}
		for key, v := range s.Answers {
			q := sch.Question(key)
			if q == nil {
				t.Fatalf("unknown answer %q loaded", key)
			}
			if _, err := q.Normalize(v); err != nil {
				t.Fatalf("answer %s = %v does not fit: %v", key, v, err)
			}
			if text, ok := v.(string); ok && !sanitize.Clean(text) {
				t.Fatalf("answer %s = %q has control characters", key, text)
			}
		}
	})
}

// A list answer saved as null (by the line-by-line interview before it
// saved «nothing chosen» as []) is read as an empty list, not as a broken
// file.
func TestNullListIsEmpty(t *testing.T) {
	st, warn := store(t, schema(t))
	data := []byte(`{"format":2,"answers":{"stage":"idea","sells":null,"customers":["businesses"]}}`)
	if err := os.WriteFile(state.Path(st.Dir), data, 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := st.Load()
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := got.Answers["sells"].([]string); !ok || len(v) != 0 {
		t.Errorf("sells = %#v, want []string{}", got.Answers["sells"])
	}
	if warn.Len() > 0 {
		t.Errorf("warned: %s", warn)
	}
}
