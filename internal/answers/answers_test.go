package answers

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/interview"
)

func loadSchema(t testing.TB) *interview.Schema {
	t.Helper()
	s, err := interview.LoadSchema(os.DirFS("testdata"), "questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestParseValid(t *testing.T) {
	s := loadSchema(t)
	data := `version: 1
stage: starting
form: ideelt-AS
founders: 2
start_capital: 30_000
employees: 0
volunteers: true
target_groups: [work_inclusion, mental_health]
customers:
  - public_sector
sells: []
revenue:
kommune: 0301
`
	f, err := Parse("svar.yaml", []byte(data), s)
	if err != nil {
		t.Fatal(err)
	}
	got := f.Answers
	want := interview.Answers{
		"stage": "starting", "form": "ideelt-AS", "founders": 2, "start_capital": 30000, "employees": 0,
		"volunteers": true, "target_groups": []string{"work_inclusion", "mental_health"},
		"customers": []string{"public_sector"}, "sells": []string{}, "kommune": "0301",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse =\n%#v\nwant\n%#v", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	s := loadSchema(t)
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "svar.yaml:1: filen er tom"},
		{"not a map", "- stage\n", "svar.yaml:1: svarfilen skal være nøkler og verdier, for eksempel «version: 1» og «stage: idea» på hver sin linje"},
		{"missing version", "stage: idea\n", "svar.yaml:1: mangler «version: 2»: skriv det på første linje"},
		{"bad version", "version: en\n", "svar.yaml:1: version: «en» er ikke et gyldig format: skriv «version: 2»"},
		{"newer version wins over everything else", "stage: x\nversion: 3\nnew_key: 1\n",
			"svar.yaml:2: svarfilen er laget av en nyere versjon av sosabc (format 3). Denne versjonen kan bare lese format 2. Oppdater sosabc for å bruke filen."},
		{"typo in key", "version: 1\nemployes: 3\n", "svar.yaml:2: ukjent nøkkel «employes»: mente du «employees»?"},
		{"unknown key", "version: 1\ncolour: blue\n",
			"svar.yaml:2: ukjent nøkkel «colour». Gyldige nøkler: version, client, stage, form, founders, profit_use, start_capital, employees, volunteers, target_groups, customers, sells, revenue, funding, ip, premises, personal_data, vulnerable_users, kommune"},
		{"duplicate key", "version: 1\nstage: idea\nstage: running\n", "svar.yaml:3: «stage» står to ganger (første gang på linje 2)"},
		{"not an option", "version: 1\nstage: ide\n", "svar.yaml:2: stage: «ide» er ikke et gyldig valg (mente du «idea»?). Gyldige verdier: idea, starting, running"},
		{"an option in Norwegian spelling", "version: 2\nstage: Idé\n", "svar.yaml:2: stage: «Idé» er ikke et gyldig valg (mente du «idea»?). Gyldige verdier: idea, starting, running"},
		{"list for a select", "version: 1\nform: [AS]\n",
			"svar.yaml:2: form: skal være én verdi, ikke en liste eller flere nøkler (gyldige verdier: undecided, AS, ideelt-AS, ENK, SA, forening, stiftelse, ANS, DA)"},
		{"negative number", "version: 1\nemployees: -2\n", "svar.yaml:2: employees: -2 er negativt. Skriv 0 eller mer"},
		{"below min", "version: 1\nfounders: 0\n", "svar.yaml:2: founders: 0 er for lite. Skriv 1 eller mer"},
		{"above max", "version: 1\nfounders: 101\n", "svar.yaml:2: founders: 101 er for stort. Skriv høyst 100"},
		{"number with space", "version: 1\nrevenue: 45 000\n",
			"svar.yaml:2: revenue: «45 000» er ikke et heltall. Skriv sifrene uten mellomrom, for eksempel 45000 (tillatt: 0 eller mer)"},
		{"decimal number", "version: 1\nrevenue: 1.5\n",
			"svar.yaml:2: revenue: «1.5» er ikke et heltall. Skriv sifrene uten mellomrom, for eksempel 45000 (tillatt: 0 eller mer)"},
		{"maybe instead of yes or no", "version: 1\npremises: kanskje\n", "svar.yaml:2: premises: «kanskje» er ikke ja eller nei. Skriv ja eller nei (eller true eller false)"},
		{"leading zero is not octal", "version: 1\nfounders: 010\n", "svar.yaml:2: founders: «010» har 0 foran. Skriv 10 (tillatt: fra 1 til 100)"},
		{"leading zeros in a large number", "version: 1\nrevenue: 045_000\n", "svar.yaml:2: revenue: «045_000» har 0 foran. Skriv 45000 (tillatt: 0 eller mer)"},
		{"hexadecimal", "version: 1\nrevenue: 0x10\n", "svar.yaml:2: revenue: «0x10» er ikke et heltall. Skriv sifrene uten mellomrom, for eksempel 45000 (tillatt: 0 eller mer)"},
		{"a word for a count", "version: 1\nfounders: mange\n", "svar.yaml:2: founders: «mange» er ikke et heltall. Skriv sifrene uten mellomrom, for eksempel 2 (tillatt: fra 1 til 100)"},
		{"client is text", "version: 2\nclient: [a]\n", "svar.yaml:2: client: skriv navnet på kunden som tekst, for eksempel «client: Amina Hansen»"},
		{"scalar for a list", "version: 1\nfunding: grants\n",
			"svar.yaml:2: funding: skal være en liste, for eksempel [own_money]. Gyldige verdier: own_money, grants, loans, investors, crowdfunding, sales"},
		{"bad list items, each with its line", "version: 1\nfunding:\n  - grants\n  - gifts\n  - grants\n",
			"svar.yaml:4: funding: «gifts» er ikke et gyldig valg. Gyldige verdier: own_money, grants, loans, investors, crowdfunding, sales\n" +
				"svar.yaml:5: funding: «grants» står to ganger i listen"},
		{"all errors, not only the first", "version: 1\nstage: ide\nemployees: -1\nvolunteers: kanskje\n",
			"svar.yaml:2: stage: «ide» er ikke et gyldig valg (mente du «idea»?). Gyldige verdier: idea, starting, running\n" +
				"svar.yaml:3: employees: -1 er negativt. Skriv 0 eller mer\n" +
				"svar.yaml:4: volunteers: «kanskje» er ikke ja eller nei. Skriv ja eller nei (eller true eller false)"},
		{"yaml syntax", "version: 1\nstage: idea\n  form: AS\n", "svar.yaml:3: et kolon står der det ikke kan stå. Sjekk innrykket, eller sett anførselstegn rundt teksten"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("svar.yaml", []byte(tt.data), s)
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
		})
	}
}

func TestParseNewerVersionIsTyped(t *testing.T) {
	_, err := Parse("svar.yaml", []byte("version: 3\n"), loadSchema(t))
	var newer *NewerVersionError
	if !errors.As(err, &newer) || newer.Version != 3 {
		t.Errorf("got %v, want a NewerVersionError for version 3", err)
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	s := loadSchema(t)
	tests := []interview.Answers{
		{},
		{"stage": "idea"},
		{
			"kommune": "0301", "stage": "running", "form": "undecided", "profit_use": "reinvest", "founders": 3,
			"start_capital": 100000, "employees": 4, "volunteers": false, "target_groups": []string{"elderly"},
			"customers": []string{"public_sector", "consumers"}, "sells": []string{}, "revenue": 1250000,
			"funding": []string{"grants", "loans"}, "ip": []string{"name"}, "premises": true,
			"personal_data": true, "vulnerable_users": false,
		},
		{"kommune": "true"},
		{"kommune": "Nes: Akershus # ikke en kommentar"},
		{"kommune": ""},
	}
	for _, a := range tests {
		data, err := Marshal(a, s)
		if err != nil {
			t.Fatalf("Marshal(%v): %v", a, err)
		}
		if !strings.HasPrefix(stripComments(string(data)), "version: 2\n") {
			t.Errorf("version must come first:\n%s", data)
		}
		f, err := Parse("lagret.yaml", data, s)
		if err != nil {
			t.Fatalf("Parse(Marshal(%v)): %v\n%s", a, err, data)
		}
		if got := f.Answers; !reflect.DeepEqual(got, a) {
			t.Errorf("round trip\n got %#v\nwant %#v\nfile:\n%s", got, a, data)
		}
	}
}

func TestMarshalSchemaOrderAndLooseTypes(t *testing.T) {
	s := loadSchema(t)
	data, err := Marshal(interview.Answers{"kommune": "Bodø", "funding": []any{"grants"}, "employees": float64(2), "stage": "idea"}, s)
	if err != nil {
		t.Fatal(err)
	}
	want := "version: 2\nstage: idea\nemployees: 2\nfunding: [grants]\nkommune: Bodø\n"
	if got := stripComments(string(data)); got != want {
		t.Errorf("Marshal =\n%s\nwant\n%s", got, want)
	}
}

func TestMarshalRejectsInvalidAnswers(t *testing.T) {
	s := loadSchema(t)
	tests := []struct {
		answers interview.Answers
		want    string
	}{
		{interview.Answers{"colour": "blue"}, "kan ikke lagre svarene: ukjente nøkler [colour]"},
		{interview.Answers{"stage": "ide"}, "kan ikke lagre svaret på «stage»: «ide» er ikke et gyldig valg (mente du «idea»?). Gyldige verdier: idea, starting, running"},
		{interview.Answers{"employees": -1}, "kan ikke lagre svaret på «employees»: -1 er negativt. Skriv 0 eller mer"},
	}
	for _, tt := range tests {
		_, err := Marshal(tt.answers, s)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Marshal(%v) error = %v, want %q", tt.answers, err, tt.want)
		}
	}
}

func TestDocText(t *testing.T) {
	s := loadSchema(t)
	doc := DocText(s)
	for _, key := range append(s.Keys(), "version: 2", "version: 1", "client") {
		if !strings.Contains(doc, key) {
			t.Errorf("DocText does not mention %q", key)
		}
	}
	for _, q := range s.Questions() {
		for _, o := range q.Options {
			if !strings.Contains(doc, "- "+o.Value+": "+o.Label) {
				t.Errorf("DocText does not list option %s of %s", o.Value, q.ID)
			}
		}
	}
	if strings.Contains(doc, "\n# ") || strings.Contains(doc, "|---") {
		t.Error("DocText must use ## headings and no tables")
	}
	// The example in the text must itself be a valid answers file.
	start := strings.Index(doc, "```yaml\n") + len("```yaml\n")
	end := strings.Index(doc[start:], "```")
	if _, err := Parse("eksempel", []byte(doc[start:start+end]), s); err != nil {
		t.Errorf("the example is not valid: %v\n%s", err, doc[start:start+end])
	}
}
