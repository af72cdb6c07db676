package interview

import (
	"reflect"
	"testing"
)

func TestEnvGivesEveryIDATypedValue(t *testing.T) {
	s := loadFixture(t)
	env := Answers{
		"employees":      int64(3),        // from a YAML or JSON decoder
		"funding":        []any{"grants"}, // idem
		"revenue":        float64(45000),  // JSON number
		"volunteers":     "ja",            // wrong type: treated as unanswered
		"stage":          "retired",       // right type, stale option: kept
		"not_a_question": "ignored",
	}.Env(s)
	if len(env) != len(s.Keys())+1 {
		t.Errorf("env has %d names, want %d and «answered»", len(env), len(s.Keys()))
	}
	// A wrong type counts as no answer; a stale option is an answer.
	if got, want := env[Answered], []string{"stage", "revenue", "employees", "funding"}; !sameSet(got.([]string), want) {
		t.Errorf("answered = %v, want %v", got, want)
	}
	checks := map[string]any{
		"employees":  3,
		"funding":    []string{"grants"},
		"revenue":    45000,
		"volunteers": false,
		"stage":      "retired",
		"form":       "",
		"customers":  []string{},
		"kommune":    "",
	}
	for key, want := range checks {
		if got := env[key]; !reflect.DeepEqual(got, want) {
			t.Errorf("env[%s] = %#v, want %#v", key, got, want)
		}
	}
	if _, ok := env["not_a_question"]; ok {
		t.Error("env should only hold question ids")
	}
}

func TestVisible(t *testing.T) {
	s := loadFixture(t)
	profitUse := s.Question("profit_use")
	tests := []struct {
		name    string
		answers Answers
		want    bool
	}{
		{"no answers: form is empty, not undecided", Answers{}, false},
		{"undecided", Answers{"form": "undecided"}, true},
		{"chosen", Answers{"form": "AS"}, false},
	}
	for _, tt := range tests {
		if got := s.Visible(profitUse, tt.answers); got != tt.want {
			t.Errorf("%s: Visible = %v, want %v", tt.name, got, tt.want)
		}
	}
	if !s.Visible(s.Question("stage"), Answers{}) {
		t.Error("a question without when is always visible")
	}
}

func TestMissing(t *testing.T) {
	s := loadFixture(t)
	tests := []struct {
		name    string
		answers Answers
		want    []string
	}{
		{"nothing answered", Answers{}, []string{"stage", "form"}},
		{"undecided form asks profit_use", Answers{"stage": "idea", "form": "undecided"}, []string{"profit_use"}},
		{"chosen form hides profit_use", Answers{"stage": "idea", "form": "AS"}, nil},
		{"empty string is unanswered", Answers{"stage": "", "form": "AS"}, []string{"stage"}},
		{"all answered", Answers{"stage": "idea", "form": "undecided", "profit_use": "owners"}, nil},
	}
	for _, tt := range tests {
		if got := s.Missing(tt.answers); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Missing = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	s := loadFixture(t)
	tests := []struct {
		id      string
		in      any
		want    any
		wantErr string
	}{
		{"stage", "idea", "idea", ""},
		{"stage", "idee", nil, "«idee» er ikke et gyldig valg (mente du «idea»?). Gyldige verdier: idea, starting, running"},
		{"stage", 3, nil, "«3» er ikke tekst"},
		{"founders", int64(2), 2, ""},
		{"founders", 0, nil, "0 er for lite. Skriv 1 eller mer"},
		{"founders", 101, nil, "101 er for stort. Skriv høyst 100"},
		{"employees", -1, nil, "-1 er negativt. Skriv 0 eller mer"},
		{"employees", 2.5, nil, "«2.5» er ikke et heltall"},
		{"customers", []any{"businesses"}, []string{"businesses"}, ""},
		{"customers", []string{"businesses", "businesses"}, nil, "«businesses» står to ganger. Gyldige verdier: public_sector, businesses, consumers"},
		{"customers", "businesses", nil, "«businesses» er ikke en liste med tekster, for eksempel [public_sector, businesses]"},
		{"premises", true, true, ""},
		{"premises", "yes", nil, "«yes» er ikke ja eller nei: skriv true eller false"},
		{"kommune", "Oslo", "Oslo", ""},
	}
	for _, tt := range tests {
		got, err := s.Question(tt.id).Normalize(tt.in)
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if gotErr != tt.wantErr || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Normalize(%s, %#v) = %#v, %q; want %#v, %q", tt.id, tt.in, got, gotErr, tt.want, tt.wantErr)
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]bool{}
	for _, x := range a {
		seen[x] = true
	}
	for _, x := range b {
		if !seen[x] {
			return false
		}
	}
	return true
}
