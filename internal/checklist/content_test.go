package checklist

import (
	"testing"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/checklist/checklisttest"
	"github.com/sosabc/sosabc/internal/checklist/ruleset"
	"github.com/sosabc/sosabc/internal/interview"
)

// TestRealContent validates the embedded checklist and forms and runs the
// generated answer sets through them.
func TestRealContent(t *testing.T) {
	fsys := content.FS()
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		t.Fatalf("content/interview/questions.yaml:\n%v", err)
	}
	// From the YAML, not the cache, so every check runs.
	s, err := ruleset.LoadYAML(fsys, schema, Refs{Topic: checklisttest.TopicsIn(t, fsys), Uncertain: checklisttest.UncertainIn(t, fsys)})
	if err != nil {
		t.Fatalf("the embedded content does not validate:\n%v", err)
	}
	checkProperties(t, newRules(s), 1000)
}
