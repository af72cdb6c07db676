package interview

import "testing"

func TestFormatAnswer(t *testing.T) {
	s := loadFixture(t)
	tests := []struct {
		id    string
		value any
		want  string
	}{
		{"revenue", 45000, "45 000"},
		{"revenue", int64(1234567), "1 234 567"},
		{"employees", 0, "0"},
		{"premises", true, "ja"},
		{"premises", false, "nei"},
		{"stage", "idea", "Jeg har en idé"},
		{"stage", "gone", "gone"},
		{"customers", []string{"public_sector"}, "offentlig sektor"},
		{"customers", []string{"public_sector", "businesses"}, "offentlig sektor og bedrifter"},
		{"customers", []any{"public_sector", "businesses", "consumers"}, "offentlig sektor, bedrifter og privatpersoner"},
		{"customers", []string{}, "ingen"},
		{"kommune", "Bodø", "Bodø"},
		{"kommune", "", "ikke besvart"},
		{"kommune", nil, "ikke besvart"},
		{"unknown", 12000, "12 000"},
	}
	for _, tt := range tests {
		if got := s.FormatAnswer(tt.id, tt.value); got != tt.want {
			t.Errorf("FormatAnswer(%s, %#v) = %q, want %q", tt.id, tt.value, got, tt.want)
		}
	}
}
