package progress

import (
	"io"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/state"
)

func testStore(t *testing.T) Store {
	t.Helper()
	schema, err := interview.LoadSchema(content.FS(), "interview/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	return Store{Dir: t.TempDir(), Schema: schema, Now: func() time.Time { return now }, Warn: io.Discard}
}

// MarkSeen keeps everything else in the state (a tick made in another
// terminal while the plan was open), and does nothing, not even lock,
// when the founder saw the same items last time.
func TestMarkSeen(t *testing.T) {
	s := testStore(t)
	at := s.Now()
	if err := s.Update(func(st *state.State) error {
		st.Answers = interview.Answers{"stage": "idea", "form": "AS"}
		st.MarkDone("beskriv-ideen", at)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	ids := []string{"beskriv-ideen", "lag-budsjett"}
	if err := s.MarkSeen(nil, ids); err != nil {
		t.Fatal(err)
	}
	st, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(st.Seen, ids) || !st.IsDone("beskriv-ideen") || st.Answers["form"] != "AS" {
		t.Errorf("after MarkSeen: seen %v, done %v, answers %v", st.Seen, st.Done, st.Answers)
	}
	// Nothing new: no lock (the lock file is not made again), no write.
	if err := os.Remove(s.Dir + "/state.lock"); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkSeen(ids, ids); err != nil {
		t.Errorf("MarkSeen with nothing new: %v", err)
	}
	if _, err := os.Stat(s.Dir + "/state.lock"); err == nil {
		t.Error("MarkSeen took the lock with nothing to write")
	}
}
