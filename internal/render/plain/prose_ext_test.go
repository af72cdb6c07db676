package plain_test

import (
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/render/plain"
)

// TestBuiltinTasksAreProse: what the built-in checklist items say to do
// takes the fast way, and it writes what goldmark's way writes.
func TestBuiltinTasksAreProse(t *testing.T) {
	tasks, prose := 0, 0
	for _, id := range []string{"arbeid-etter-rus", "kafe-inkludering"} {
		d := doc.Checklist(cmdtest.PersonaPlan(t, id, nil), doc.ChecklistOptions{})
		for _, b := range d.Blocks {
			task, ok := b.(doc.Task)
			if !ok || task.Do == "" {
				continue
			}
			tasks++
			if plain.IsProse(task.Do) {
				prose++
			}
			if fast, parsed := plain.BothWays(task.Do, 80); fast != parsed {
				t.Errorf("%s:\nfast   %q\nparsed %q", task.ID, fast, parsed)
			}
		}
	}
	if tasks == 0 || prose < tasks*9/10 {
		t.Errorf("%d of %d tasks are prose; the fast way is for nearly all", prose, tasks)
	}
}
