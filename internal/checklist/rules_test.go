package checklist

import (
	"slices"
	"testing"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/checklist/checklisttest"
	"github.com/sosabc/sosabc/internal/interview"
)

func realRules(t testing.TB) *Rules {
	t.Helper()
	fsys := content.FS()
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Load(fsys, schema, Refs{Topic: checklisttest.TopicsIn(t, fsys), Uncertain: checklisttest.UncertainIn(t, fsys)})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// base is a founder with no employees, sales or special duties.
func base(changes interview.Answers) interview.Answers {
	a := interview.Answers{"stage": "starting", "form": "AS", "founders": 1, "profit_use": "owners",
		"start_capital": 30000, "employees": 0, "volunteers": false, "target_groups": []string{"other"},
		"customers": []string{"businesses"}, "sells": []string{"services"}, "revenue": 0, "funding": []string{"own_money"},
		"ip": []string{}, "premises": false, "personal_data": false, "vulnerable_users": false, "kommune": "Skien"}
	for k, v := range changes {
		a[k] = v
	}
	return a
}

// The Norwegian rules the checklist must get right. Each case names items
// that must be on the list and items that must not.
func TestNorwegianRules(t *testing.T) {
	r := realRules(t)
	tests := []struct {
		name      string
		answers   interview.Answers
		want, not []string
	}{
		{"employees bring insurance, pension, contracts and a-melding",
			base(interview.Answers{"employees": 2}),
			[]string{"tegn-yrkesskadeforsikring", "ordne-otp", "skriv-arbeidsavtaler", "registrer-arbeidsgiver", "lever-a-melding", "ordne-hms-og-verneombud"}, nil},
		{"no employees: none of that",
			base(nil), nil,
			[]string{"tegn-yrkesskadeforsikring", "ordne-otp", "skriv-arbeidsavtaler", "lever-a-melding"}},
		{"VAT registration above 50 000 kroner",
			base(interview.Answers{"revenue": 60000}), []string{"registrer-mva", "lever-mva-melding"}, nil},
		{"no VAT registration below the threshold",
			base(interview.Answers{"revenue": 40000}), nil, []string{"registrer-mva", "lever-mva-melding"}},
		{"no VAT registration when only VAT-exempt services are sold",
			base(interview.Answers{"revenue": 900000, "sells": []string{"health_social_services"}}),
			[]string{"sjekk-mva-unntak"}, []string{"registrer-mva"}},
		{"the 140 000 kroner threshold for non-profits",
			base(interview.Answers{"form": "forening", "revenue": 100000}), nil, []string{"registrer-mva"}},
		{"AS: share capital and Foretaksregisteret",
			base(nil), []string{"innbetal-aksjekapital", "registrer-foretaksregisteret", "registrer-reelle-rettighetshavere"}, []string{"registrer-frivillighetsregisteret"}},
		{"ideelt AS: Frivillighetsregisteret and no-dividend articles",
			base(interview.Answers{"form": "ideelt-AS"}), []string{"registrer-frivillighetsregisteret", "skriv-vedtekter-ideelt-as"}, nil},
		{"forening: Frivillighetsregisteret, no share capital",
			base(interview.Answers{"form": "forening"}), []string{"registrer-frivillighetsregisteret"}, []string{"innbetal-aksjekapital"}},
		{"stiftelse: Stiftelsesregisteret and base capital",
			base(interview.Answers{"form": "stiftelse"}), []string{"registrer-stiftelsesregisteret", "sett-inn-grunnkapital", "registrer-frivillighetsregisteret"}, nil},
		{"SA is never in Frivillighetsregisteret",
			base(interview.Answers{"form": "SA", "founders": 3}), nil, []string{"registrer-frivillighetsregisteret"}},
		{"children or vulnerable users: politiattest",
			base(interview.Answers{"vulnerable_users": true}), []string{"sjekk-politiattest"}, nil},
		{"public customers: procurement rules and an agreement",
			base(interview.Answers{"customers": []string{"public_sector"}}), []string{"laer-anskaffelsesreglene", "lag-samarbeidsavtale"}, nil},
		{"work inclusion: NAV's measures",
			base(interview.Answers{"target_groups": []string{"work_inclusion"}}), []string{"snakk-med-nav-om-tiltak"}, nil},
		{"undecided form: choose a form first",
			base(interview.Answers{"form": "undecided"}), []string{"velg-selskapsform"}, []string{"innbetal-aksjekapital"}},
		{"ENK owner is not an employee",
			base(interview.Answers{"form": "ENK"}), []string{"vurder-trygd-som-enk-eier"}, []string{"tegn-yrkesskadeforsikring"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(Evaluate(r, tt.answers).Items)
			for _, id := range tt.want {
				if r.Rule(id) == nil {
					t.Fatalf("no item %q in the content", id)
				}
				if !slices.Contains(got, id) {
					t.Errorf("%s is missing", id)
				}
			}
			for _, id := range tt.not {
				if r.Rule(id) == nil {
					t.Fatalf("no item %q in the content", id)
				}
				if slices.Contains(got, id) {
					t.Errorf("%s should not be on the list", id)
				}
			}
		})
	}
}

// The recommendation ranks every form and explains itself.
func TestRecommendation(t *testing.T) {
	r := realRules(t)
	recs := Recommend(r, base(interview.Answers{"form": "undecided", "profit_use": "reinvest", "founders": 1, "funding": []string{"grants"}, "start_capital": 5000}))
	if len(recs) != len(r.Forms) {
		t.Fatalf("%d forms ranked, want all %d", len(recs), len(r.Forms))
	}
	if recs[0].Form == "AS" || recs[0].Form == "ANS" || recs[0].Form == "DA" {
		t.Errorf("a lone founder who wants grants and has 5 000 kroner got %s first", recs[0].Form)
	}
	if len(recs[0].ReasonsFor) == 0 {
		t.Error("the top form has no reasons for it")
	}
}

// Evaluating 1 000 answer sets against every real rule: the speed target
// is well under a second (README, «Ytelse»).
func BenchmarkEvaluate1000RealContent(b *testing.B) {
	r := realRules(b)
	sets := randomAnswerSets(r.Schema, 1000)
	b.ResetTimer()
	for b.Loop() {
		for _, a := range sets {
			Evaluate(r, a)
		}
	}
}

func BenchmarkLoadRealContent(b *testing.B) {
	fsys := content.FS()
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		b.Fatal(err)
	}
	topics := checklisttest.TopicsIn(b, fsys)
	for b.Loop() {
		if _, err := Load(fsys, schema, Refs{Topic: topics}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadAndPlanRealContent is what «sosabc sjekkliste» pays for
// the rules in a fresh process: load them from the cache, with the
// conditions compiled in it, and make one plan with the form undecided.
// BenchmarkLoadAndPlanCompiling is the same when the cache's programs
// cannot be used and every condition a plan needs is compiled.
func BenchmarkLoadAndPlanRealContent(b *testing.B) { benchmarkLoadAndPlan(b, true) }

func BenchmarkLoadAndPlanCompiling(b *testing.B) { benchmarkLoadAndPlan(b, false) }

func benchmarkLoadAndPlan(b *testing.B, programs bool) {
	fsys := content.FS()
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		b.Fatal(err)
	}
	refs := Refs{Topic: checklisttest.TopicsIn(b, fsys), Uncertain: checklisttest.UncertainIn(b, fsys)}
	if programs {
		fsys = withCache(b, fsys, schema, refs)
	} else {
		// Another Var than the cache was made with: another key.
		refs.Vars = []Var{{Name: "kommunenummer", Zero: ""}}
	}
	a := base(interview.Answers{"form": "undecided", "employees": 2, "revenue": 60000})
	for b.Loop() {
		r, err := Load(fsys, schema, refs)
		if err != nil {
			b.Fatal(err)
		}
		Plan(r, a)
		Recommend(r, a)
	}
}
