package interview

import (
	"os"
	"reflect"
	"testing"
	"testing/fstest"
)

func loadFixture(t testing.TB) *Schema {
	t.Helper()
	s, err := LoadSchema(os.DirFS("testdata"), "questions.yaml")
	if err != nil {
		t.Fatalf("LoadSchema: %v", err)
	}
	return s
}

func TestLoadSchemaFixture(t *testing.T) {
	s := loadFixture(t)
	want := []string{"stage", "form", "founders", "profit_use", "start_capital", "employees", "volunteers",
		"target_groups", "customers", "sells", "revenue", "funding", "ip", "premises", "personal_data",
		"vulnerable_users", "kommune"}
	if got := s.Keys(); !reflect.DeepEqual(got, want) {
		t.Errorf("Keys() = %v, want %v", got, want)
	}
	if got := s.Question("founders").Default; got != 1 {
		t.Errorf("founders default = %#v, want int 1", got)
	}
	if got := s.Question("stage").Default; got != "idea" {
		t.Errorf("stage default = %#v, want \"idea\"", got)
	}
	if s.Question("profit_use").Condition() == nil || s.Question("stage").Condition() != nil {
		t.Error("only profit_use should have a compiled condition")
	}
	if s.Question("nope") != nil {
		t.Error("unknown id should give nil")
	}
}

func TestLoadSchemaMissingFile(t *testing.T) {
	_, err := LoadSchema(fstest.MapFS{}, "interview/questions.yaml")
	if err == nil || err.Error() != "content/interview/questions.yaml: filen mangler" {
		t.Errorf("got %v", err)
	}
}

// head is a valid start; each case appends one broken question at line 5.
const head = "version: 1\nsections:\n  - id: ide\n    title: Ideen\n    questions:\n"

func TestParseSchemaErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"empty file", "", "q.yaml:1: filen er tom"},
		{"missing version", "sections:\n  - id: a\n    title: A\n    questions:\n      - {id: x, type: text, title: X}\n",
			"q.yaml:1: mangler «version: 1» øverst i filen"},
		{"newer version", "version: 2\nsections:\n  - id: a\n    title: A\n    questions:\n      - {id: x, type: text, title: X}\n",
			"q.yaml:1: version 2 er ikke støttet: denne versjonen av sosabc leser version 1"},
		{"no sections", "version: 1\n", "q.yaml:1: mangler «sections»: skriv minst én del med spørsmål"},
		{"unknown key", head + "      - id: x\n        type: text\n        title: X\n        hepl: Hjelp\n",
			"q.yaml:9: ukjent felt «hepl»: mente du «help»?"},
		{"unknown type", head + "      - id: x\n        type: radio\n        title: X\n",
			"q.yaml:7: ukjent spørsmålstype «radio»: bruk select, multiselect, number, text eller confirm"},
		{"bad id", head + "      - id: Antall-ansatte\n        type: number\n        title: X\n",
			"q.yaml:6: spørsmåls-id «Antall-ansatte» kan bare ha små bokstaver a–z, tall og _, og må starte med en bokstav"},
		{"reserved id", head + "      - id: version\n        type: number\n        title: X\n",
			"q.yaml:6: «version» kan ikke være spørsmåls-id: navnet er reservert i svarfilen"},
		{"duplicate id", head + "      - {id: x, type: text, title: X}\n      - {id: x, type: text, title: Y}\n",
			"q.yaml:7: spørsmålet «x» finnes allerede på linje 6"},
		{"missing title", head + "      - {id: x, type: text}\n", "q.yaml:6: spørsmålet «x» mangler title"},
		{"select without options", head + "      - id: x\n        type: select\n        title: X\n",
			"q.yaml:7: spørsmålet «x» av typen select må ha svaralternativer under «options»"},
		{"options on number", head + "      - id: x\n        type: number\n        title: X\n        options:\n          - {value: a, label: A}\n",
			"q.yaml:9: «options» passer bare for select og multiselect, ikke for number"},
		{"duplicate option", head + "      - id: x\n        type: select\n        title: X\n        options:\n          - {value: a, label: A}\n          - {value: a, label: B}\n",
			"q.yaml:11: svaralternativet «a» står to ganger"},
		{"option without label", head + "      - id: x\n        type: select\n        title: X\n        options:\n          - {value: a}\n",
			"q.yaml:10: svaralternativet «a» mangler label"},
		{"min on text", head + "      - id: x\n        type: text\n        title: X\n        min: 1\n",
			"q.yaml:9: «min» passer bare for number, ikke for text"},
		{"min above max", head + "      - id: x\n        type: number\n        title: X\n        min: 5\n        max: 2\n",
			"q.yaml:10: max (2) er mindre enn min (5)"},
		{"default not an option", head + "      - id: x\n        type: select\n        title: X\n        options:\n          - {value: a, label: A}\n          - {value: b, label: B}\n        default: c\n",
			"q.yaml:12: ugyldig standardsvar (default): «c» er ikke et gyldig valg. Gyldige verdier: a, b"},
		{"default wrong type", head + "      - id: x\n        type: number\n        title: X\n        default: mange\n",
			"q.yaml:9: ugyldig standardsvar (default): «mange» er ikke et heltall"},
		{"default below min", head + "      - id: x\n        type: number\n        title: X\n        min: 1\n        default: 0\n",
			"q.yaml:10: ugyldig standardsvar (default): 0 er for lite. Skriv 1 eller mer"},
		{"default not bool", head + "      - id: x\n        type: confirm\n        title: X\n        default: ja\n",
			"q.yaml:9: ugyldig standardsvar (default): «ja» er ikke ja eller nei: skriv true eller false"},
		{"default multiselect", head + "      - id: x\n        type: multiselect\n        title: X\n        options:\n          - {value: a, label: A}\n        default: [a, z]\n",
			"q.yaml:11: ugyldig standardsvar (default): «z» er ikke et gyldig valg. Gyldige verdier: a"},
		{"when unknown name", head + "      - {id: x, type: number, title: X}\n      - id: y\n        type: text\n        title: Y\n        when: z > 0\n",
			"q.yaml:10: betingelsen «z > 0» virker ikke: ukjent navn «z»"},
		{"when not bool", head + "      - {id: x, type: number, title: X}\n      - id: y\n        type: text\n        title: Y\n        when: x + 1\n",
			"q.yaml:10: betingelsen «x + 1» virker ikke: uttrykket må gi sant eller usant (bool), men gir int"},
		{"when type mismatch", head + "      - {id: x, type: number, title: X}\n      - id: y\n        type: text\n        title: Y\n        when: x == \"mange\"\n",
			"q.yaml:10: betingelsen «x == \"mange\"» virker ikke: kan ikke bruke == mellom int og string: sammenlign tall med tall uten anførselstegn, og tekst med tekst i anførselstegn"},
		{"several problems at once", head + "      - {id: x, type: radio, title: X}\n      - {id: x, type: text}\n",
			"q.yaml:6: ukjent spørsmålstype «radio»: bruk select, multiselect, number, text eller confirm\n" +
				"q.yaml:7: spørsmålet «x» finnes allerede på linje 6\n" +
				"q.yaml:7: spørsmålet «x» mangler title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseSchema("q.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
		})
	}
}
