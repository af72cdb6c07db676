package interview_test

import (
	"testing"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/interview"
)

// A list of answers reads as one phrase: only its first label keeps its
// capital letter, abbreviations keep theirs («Kommunen, NAV …» becomes
// «kommunen, NAV …»). The summary on a client's plan showed «Folk som står
// utenfor arbeidslivet og Innvandrere og flyktninger».
func TestFormatAnswerListReadsAsOnePhrase(t *testing.T) {
	s, err := interview.LoadSchema(content.FS(), "interview/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		id    string
		value []string
		want  string
	}{
		{"target_groups", []string{"work_inclusion", "immigrants"}, "Folk som står utenfor arbeidslivet og innvandrere og flyktninger"},
		{"customers", []string{"businesses", "public_sector"}, "Bedrifter og organisasjoner og kommunen, NAV eller andre offentlige"},
	} {
		if got := s.FormatAnswer(tt.id, tt.value); got != tt.want {
			t.Errorf("FormatAnswer(%s, %v) = %q, want %q", tt.id, tt.value, got, tt.want)
		}
	}
}
