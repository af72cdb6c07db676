package state

import (
	"errors"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func stateSeeds(f *testing.F) {
	for _, s := range []string{
		`{"format":2,"answers":{"stage":"idea","form":"AS"},"done":{"beskriv-ideen":"2026-11-22T12:00:00Z"},"seen":["beskriv-ideen","test-ideen"],"updated":"2026-11-22T12:00:00Z"}`,
		`{"format":1,"answers":{"stage":"starting","form":"ideelt-AS","founders":3,"revenue":1500000,"volunteers":true,"target_groups":["work_inclusion","mental_health"],"kommune":"Skien","customers":[]},"done":{}}`,
		`{"format":1,"answers":{"stage":"idea","form":"AS","founders":"abc"},"done":{}}`,
		`{"format":99,"answers":{}}`, `{"format":0}`, `{"answers":{}}`, `garbage{{{`, ``, `{"format": 1, "answers": {"employees": 1.5}}`,
		`{"format": 1, "answers": {"funding": [1, 2]}}`, `{"format": 1, "done": ["a"]}`,
		`{"format":2,"done":{"a":"not-a-date"}}`, `{"format":2,"answers":{"kommune":"\u001b]0;pwned\u0007"}}`,
		`{"format":2,"answers":{"x":{"y":1}}}`, `{"format":2,"answers":{"founders":1e400}}`, `{"format":2,"answers":{"founders":9223372036854775808}}`,
		`{"format":2} trailing`, `[1,2,3]`, `null`, `{"format":2,"answers":null,"done":null,"seen":null}`,
	} {
		f.Add([]byte(s))
	}
}

// FuzzLoad: Load never panics; a file it cannot use is a CorruptError or
// a NewerFormatError with a Norwegian reason; a state it reads has only the
// value types answers may have, and survives Save and Load unchanged.
func FuzzLoad(f *testing.F) {
	stateSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(Path(dir), data, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := Load(dir)
		if err != nil {
			var corrupt *CorruptError
			var newer *NewerFormatError
			switch {
			case errors.As(err, &corrupt):
				_, why, _ := strings.Cut(err.Error(), " kan ikke leses: ")
				if w := englishRe.FindString(why); w != "" {
					t.Fatalf("reason in English (%q): %v", w, err)
				}
			case errors.As(err, &newer):
			default:
				t.Fatalf("error of type %T: %v", err, err)
			}
			if s != nil {
				t.Fatal("a state came with the error")
			}
			return
		}
		for k, v := range s.Answers {
			switch x := v.(type) {
			case int, string, bool, []string, nil:
			default:
				t.Fatalf("answer %s has type %T (%v)", k, x, x)
			}
		}
		if s.Done == nil || s.Format > Format || s.Format < 1 {
			t.Fatalf("state %+v", s)
		}
		if err := Save(dir, s, clock); err != nil {
			t.Fatal(err)
		}
		again, err := Load(dir)
		if err != nil {
			t.Fatalf("a saved state does not load: %v", err)
		}
		if len(s.Seen) == 0 {
			s.Seen = nil // «seen» is left out when empty
		}
		if !reflect.DeepEqual(again, s) {
			t.Fatalf("round trip changed the state:\n got %#v\nwant %#v", again, s)
		}
	})
}

var englishRe = regexp.MustCompile(`\b(invalid|character|cannot|unmarshal|unexpected|looking|value|parsing|into|field|json:)\b`)
