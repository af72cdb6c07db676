package checklist

import (
	"reflect"
	"testing"

	"github.com/sosabc/sosabc/internal/interview"
)

func ids(items []Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.ID
	}
	return out
}

func TestEvaluateOrder(t *testing.T) {
	r := loadFixture(t)
	tests := []struct {
		name    string
		answers interview.Answers
		want    []string
	}{
		{"nothing answered", interview.Answers{}, []string{"velg-form", "skatt"}},
		// etablere: stiftelsesdokument (bør) → bedriftskonto (kan) → registrer (må) by `after`,
		// drift: må, bør, kan although the file says må, kan, bør.
		{"after beats priority", interview.Answers{"form": "AS", "founders": 2, "start_capital": 30000, "employees": 1, "volunteers": true},
			[]string{"stiftelsesdokument", "bedriftskonto", "registrer", "arbeidsgiver", "skatt", "frivillige"}},
		// bedriftskonto is left out; registrer still comes after stiftelsesdokument through it.
		{"after through a left-out item", interview.Answers{"form": "AS", "founders": 2},
			[]string{"stiftelsesdokument", "registrer", "skatt"}},
		{"only one founder", interview.Answers{"form": "ideelt-AS", "founders": 1, "start_capital": 30000},
			[]string{"bedriftskonto", "registrer", "skatt"}},
		{"undecided", interview.Answers{"form": "undecided", "volunteers": true},
			[]string{"velg-form", "skatt", "frivillige"}},
	}
	for _, tt := range tests {
		if got := ids(Evaluate(r, tt.answers).Items); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestEvaluateWhyAndTriggered(t *testing.T) {
	r := loadFixture(t)
	c := Evaluate(r, interview.Answers{"form": "ideelt-AS", "founders": 3, "employees": 12000, "volunteers": true, "funding": []string{"grants"}})
	byID := map[string]Item{}
	for _, it := range c.Items {
		byID[it.ID] = it
	}
	tests := []struct {
		id        string
		why       []string
		triggered []string
	}{
		{"registrer", []string{"Fordi du har valgt ideelt aksjeselskap."}, []string{"form"}},
		{"stiftelsesdokument", []string{"Fordi dere er 3 som starter."}, []string{"form", "founders"}},
		{"arbeidsgiver", []string{"Fordi du regner med 12 000 ansatte.", "Ideelle virksomheter har de samme pliktene som andre arbeidsgivere."},
			[]string{"form", "employees"}},
		{"frivillige", []string{"Fordi du skal ha frivillige.", "Mange tilskudd spør etter frivillig innsats."}, []string{"volunteers", "funding"}},
		{"skatt", []string{"Alle virksomheter må levere skattemelding."}, nil},
	}
	for _, tt := range tests {
		it, ok := byID[tt.id]
		if !ok {
			t.Errorf("%s is missing from %v", tt.id, ids(c.Items))
			continue
		}
		if !reflect.DeepEqual(it.Why, tt.why) {
			t.Errorf("%s: Why = %q, want %q", tt.id, it.Why, tt.why)
		}
		if !reflect.DeepEqual(it.Triggered, tt.triggered) {
			t.Errorf("%s: Triggered = %v, want %v", tt.id, it.Triggered, tt.triggered)
		}
	}
	reg := byID["registrer"]
	if reg.Cost == "" || reg.Deadline == "" || reg.Agency == "" || reg.Link == nil || len(reg.Uncertain) != 1 ||
		len(reg.Sources) != 1 || reg.Topic != "as" || reg.Phase != "etablere" || reg.Priority != "må" || !reflect.DeepEqual(reg.After, []string{"bedriftskonto"}) {
		t.Errorf("registrer does not carry all its content: %+v", reg)
	}
	if want := map[string]bool{"ideell": true, "har_ansatte": true, "ideell_arbeidsgiver": true}; !reflect.DeepEqual(c.Derived, want) {
		t.Errorf("Derived = %v, want %v", c.Derived, want)
	}
}

func TestRecommend(t *testing.T) {
	r := loadFixture(t)
	type ranked struct {
		form  string
		score int
	}
	tests := []struct {
		name    string
		answers interview.Answers
		want    []ranked
	}{
		{"nothing answered: ties keep file order after the penalties", interview.Answers{},
			[]ranked{{"forening", 0}, {"AS", -3}, {"ideelt-AS", -3}}},
		{"reinvest with capital", interview.Answers{"profit_use": "reinvest", "start_capital": 50000},
			[]ranked{{"ideelt-AS", 3}, {"AS", 0}, {"forening", 0}}},
		{"owners, volunteers", interview.Answers{"profit_use": "owners", "start_capital": 30000, "volunteers": true},
			[]ranked{{"AS", 2}, {"forening", 2}, {"ideelt-AS", 0}}},
	}
	for _, tt := range tests {
		var got []ranked
		for _, rec := range Recommend(r, tt.answers) {
			got = append(got, ranked{rec.Form, rec.Score})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}

	recs := Recommend(r, interview.Answers{"profit_use": "owners", "start_capital": 10000})
	as := recs[1]
	if as.Form != "AS" || as.Name != "Aksjeselskap (AS)" || as.Topic != "as" ||
		!reflect.DeepEqual(as.ReasonsFor, []string{"Du vil at eierne skal kunne få utbytte."}) ||
		!reflect.DeepEqual(as.ReasonsAgainst, []string{"Du har 10 000 kroner, og et AS krever minst 30 000 kroner."}) {
		t.Errorf("AS recommendation = %+v", as)
	}
}

func TestExplain(t *testing.T) {
	r := loadFixture(t)
	answers := interview.Answers{"form": "ideelt-AS", "employees": 2}
	ex, err := Explain(r, answers, "arbeidsgiver")
	if err != nil {
		t.Fatal(err)
	}
	want := &Explanation{
		ID: "arbeidsgiver", Title: "Meld deg som arbeidsgiver", Included: true, Rule: "har_ansatte",
		Derived: []DerivedValue{
			{ID: "har_ansatte", Description: "Virksomheten skal ha ansatte.", When: "employees > 0", Value: true},
			{ID: "ideell_arbeidsgiver", Description: "En ideell virksomhet med ansatte.", When: "ideell and har_ansatte", Value: true},
		},
		Answers: []AnswerValue{
			{Key: "form", Question: "Hvilken selskapsform har du valgt?", Value: "Ideelt aksjeselskap"},
			{Key: "employees", Question: "Hvor mange ansatte regner du med det første året?", Value: "2"},
		},
		Why:     []string{"Fordi du regner med 2 ansatte.", "Ideelle virksomheter har de samme pliktene som andre arbeidsgivere."},
		Sources: []Source{{Title: "NAV: Aa-registeret", URL: "https://www.nav.no/aa-registeret", Read: "2026-11-22", Where: "content/checklist/items/b-drift.yaml:15"}},
	}
	if !reflect.DeepEqual(ex, want) {
		t.Errorf("Explain =\n%+v\nwant\n%+v", ex, want)
	}

	ex, err = Explain(r, interview.Answers{}, "registrer")
	if err != nil {
		t.Fatal(err)
	}
	if ex.Included || ex.Why != nil || ex.Rule != `form in ["AS", "ideelt-AS"]` ||
		!reflect.DeepEqual(ex.Answers, []AnswerValue{{Key: "form", Question: "Hvilken selskapsform har du valgt?", Value: "ikke besvart"}}) {
		t.Errorf("Explain for a left-out item = %+v", ex)
	}

	// No form chosen: the plan holds the steps of the best-fitting form,
	// and the explanation says so instead of «not on your list».
	undecided := interview.Answers{"form": "undecided", "profit_use": "owners", "start_capital": 50000}
	ex, err = Explain(r, undecided, "registrer")
	if err != nil {
		t.Fatal(err)
	}
	if !ex.Included || ex.IfForm == nil || ex.IfForm.Form != Recommend(r, undecided)[0].Form || ex.IfForm.Form != "AS" ||
		!reflect.DeepEqual(ex.Why, []string{"Fordi det hører med når du velger aksjeselskap (AS)."}) {
		t.Errorf("Explain for an item of the best-fitting form = %+v", ex)
	}
	if _, err := Explain(r, answers, "finnes-ikke"); err == nil || err.Error() != "fant ikke sjekkpunktet «finnes-ikke»" {
		t.Errorf("unknown id: %v", err)
	}
}

// TestEvaluateProperties checks, for many generated answer sets, that
// Evaluate never panics and never shows an item without a reason.
func TestEvaluateProperties(t *testing.T) {
	r := loadFixture(t)
	checkProperties(t, r, 1000)
}

func checkProperties(t *testing.T, r *Rules, n int) {
	t.Helper()
	reported := map[string]bool{}
	for i, a := range randomAnswerSets(r.Schema, n) {
		c := Evaluate(r, a)
		lastPhase := -1
		for _, it := range c.Items {
			if len(it.Why) == 0 && !reported[it.ID] {
				reported[it.ID] = true
				t.Errorf("%s (%s:%d) has no true why for answer set %d: %v", it.ID, r.Rule(it.ID).File, r.Rule(it.ID).Line, i, a)
			}
			p := r.phaseIndex[it.Phase]
			if p < lastPhase {
				t.Fatalf("answer set %d: items out of phase order: %v", i, ids(c.Items))
			}
			lastPhase = p
		}
		pos := map[string]int{}
		for k, it := range c.Items {
			pos[it.ID] = k
		}
		for _, it := range c.Items {
			for _, j := range r.before[r.byID[it.ID]] {
				if k, ok := pos[r.Items[j].ID]; ok && k > pos[it.ID] {
					t.Fatalf("answer set %d: %s comes before %s, which it is after", i, it.ID, r.Items[j].ID)
				}
			}
		}
		Recommend(r, a)
	}
}

func BenchmarkEvaluate1000(b *testing.B) {
	r := loadFixture(b)
	sets := randomAnswerSets(r.Schema, 1000)
	b.ResetTimer()
	for b.Loop() {
		for _, a := range sets {
			Evaluate(r, a)
		}
	}
}
