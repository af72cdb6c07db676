package interview

import (
	"testing"

	"github.com/sosabc/sosabc/content"
)

func TestRealQuestions(t *testing.T) {
	s, err := LoadSchema(content.FS(), "interview/questions.yaml")
	if err != nil {
		t.Fatalf("the embedded interview does not validate:\n%v", err)
	}
	// The answers-file contract (docs/content-format.md) names these keys.
	for _, key := range []string{"stage", "form", "founders", "profit_use", "start_capital", "employees", "volunteers",
		"target_groups", "customers", "sells", "revenue", "funding", "ip", "premises", "user_data", "activities", "founder_minor", "volunteer_minors",
		"vulnerable_users", "kommune"} {
		if s.Question(key) == nil {
			t.Errorf("the interview has no question %q, which the answers-file format promises", key)
		}
	}
}
