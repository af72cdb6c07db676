package checklist_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/sosabc/sosabc/internal/cmd/root"
	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/cmdutil"
)

// D1: ticks from commands that run at the same time are never lost. Four
// «sosabc sjekkliste gjort» run at once against one saved plan, each
// ticking its own item, 200 times over; after every round all four ticks
// are there. Without the lock in progress.Store.Update the first round
// already loses ticks. Each command runs in process with its own Factory
// (its own streams, its own lock file handle), loaded once, so the rounds
// cost only what a tick costs.
func TestConcurrentTicksAreNeverLost(t *testing.T) {
	const rounds, workers = 200, 4
	dir := t.TempDir()
	file := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", validAnswers)
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file); r.Code != 0 {
		t.Fatal(r.Err)
	}
	fresh, err := os.ReadFile(filepath.Join(dir, "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{"beskriv-ideen", "lag-budsjett", "velg-navn", "sett-pris"}
	factories := make([]*cmdutil.Factory, workers)
	errOuts := make([]*bytes.Buffer, workers)
	for i := range factories {
		factories[i], _, errOuts[i] = cmdtest.Factory(t, cmdtest.Env{StateDir: dir})
		if _, err := factories[i].Engine(); err != nil {
			t.Fatal(err)
		}
		// Engine reads the kommuner on another goroutine; wait for it, as
		// root.Run below binds --content-dir to the factory that goroutine
		// reads. A real run parses its flags before anything is loaded.
		if _, _, err := factories[i].Kommuner(); err != nil {
			t.Fatal(err)
		}
	}
	for round := range rounds {
		if err := os.WriteFile(filepath.Join(dir, "state.json"), fresh, 0o600); err != nil {
			t.Fatal(err)
		}
		start := make(chan struct{})
		codes := make([]int, workers)
		var wg sync.WaitGroup
		for i := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errOuts[i].Reset()
				<-start
				codes[i] = root.Run(factories[i], []string{"sjekkliste", "gjort", ids[i]})
			}()
		}
		close(start)
		wg.Wait()
		for i, code := range codes {
			if code != 0 {
				t.Fatalf("round %d: «gjort %s» exit %d: %s", round, ids[i], code, errOuts[i])
			}
		}
		done := readState(t, dir).Done
		for _, id := range ids {
			if _, ok := done[id]; !ok {
				t.Fatalf("round %d: the tick on %s was lost; saved ticks: %v", round, id, keys(done))
			}
		}
	}
}

func keys(m map[string]any) string {
	var b bytes.Buffer
	for k := range m {
		fmt.Fprintf(&b, "%s ", k)
	}
	return b.String()
}
