package ruleset

import (
	"io/fs"
	"testing"

	"github.com/sosabc/sosabc/internal/checklist/checklisttest"
)

func loadWith(t testing.TB, fsys fs.FS) (*Set, error) {
	t.Helper()
	return Load(fsys, checklisttest.Schema(t, fsys), Refs{Topic: checklisttest.FixtureTopicExists, Uncertain: checklisttest.UncertainIn(t, fsys)})
}
