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

func TestFormatNumber(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1 000", 30000: "30 000", 100000: "100 000", 1000000: "1 000 000", -45000: "-45 000"} {
		if got := FormatNumber(n); got != want {
			t.Errorf("FormatNumber(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestJoinAnd(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		want string
	}{{nil, ""}, {[]string{"a"}, "a"}, {[]string{"a", "b"}, "a og b"}, {[]string{"a", "b", "c"}, "a, b og c"}} {
		if got := JoinAnd(tt.in); got != tt.want {
			t.Errorf("JoinAnd(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLabel(t *testing.T) {
	s := loadFixture(t)
	if got := s.Label("form", "AS"); got != "Aksjeselskap (AS)" {
		t.Errorf("Label = %q", got)
	}
	if got := s.Label("nope", "x"); got != "x" {
		t.Errorf("Label for unknown question = %q, want the value", got)
	}
}
