package ruleset

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/internal/checklist/checklisttest"
)

// localItem and kommuneVar are the shared local item and the variable
// its rule uses.
const localItem = checklisttest.LocalItem

var kommuneVar = Var{Name: "kommunenummer", Zero: "", From: []string{"kommune"}, Value: checklisttest.KommuneNumber}

// loadLocal loads the fixture with files of a local folder on top.
func loadLocal(t *testing.T, local fstest.MapFS, refs Refs) (*Set, error) {
	t.Helper()
	fsys, schema, uncertain := checklisttest.Local(t, local)
	refs.Topic, refs.Uncertain = checklisttest.FixtureTopicExists, uncertain
	return Load(fsys, schema, refs)
}

func TestLocalItemErrors(t *testing.T) {
	value := func(name, v string) string {
		if name == "kommunenummer" && v != "3301" {
			return "kommune " + v + " finnes ikke"
		}
		return ""
	}
	tests := []struct {
		name  string
		local fstest.MapFS
		want  string
	}{
		{"same id as a built-in item", fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(replace(localItem, "id: lokalt-kurs", "id: registrer"))}},
			"vart/checklist/items/x.yaml:2: sjekkpunktet «registrer» finnes allerede i det innebygde innholdet (content/checklist/items/a-start.yaml:15). Et lokalt sjekkpunkt kan ikke erstatte et innebygd: gi det en egen id, for eksempel «lokalt-registrer»"},
		{"same file name as a built-in file", fstest.MapFS{"checklist/items/a-start.yaml": {Data: []byte(localItem)}},
			"vart/checklist/items/a-start.yaml: filen har samme navn som den innebygde content/checklist/items/a-start.yaml og ville skjult sjekkpunktene der. Gi filen et annet navn, for eksempel navnet på kommunen: «vart/checklist/items/min-kommune.yaml»"},
		{"own phases", fstest.MapFS{"checklist/phases.yaml": {Data: []byte("phases: []\n")}, "checklist/items/x.yaml": {Data: []byte(localItem)}},
			"vart/checklist/phases.yaml: en lokal mappe kan ikke endre fasene. Slett filen. Sjekkpunktene dine bruker de innebygde fasene."},
		{"own derived conditions", fstest.MapFS{"checklist/derived.yaml": {Data: []byte("derived: []\n")}},
			"vart/checklist/derived.yaml: en lokal mappe kan ikke endre de avledede betingelsene. Slett filen. Skriv betingelsen rett i «when» på sjekkpunktet ditt."},
		{"unknown phase", fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(replace(localItem, "phase: forberede", "phase: oppstart"))}},
			"vart/checklist/items/x.yaml:4: ukjent fase «oppstart»: bruk forberede, etablere eller drift"},
		{"a single =", fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(replace(localItem, `kommunenummer == "3301"`, `kommunenummer = "3301"`))}},
			`vart/checklist/items/x.yaml:6: betingelsen «kommunenummer = "3301"» virker ikke: bruk == for å sammenligne, ikke =: skriv «kommunenummer == "3301"»`},
		{"a value without quotes", fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(replace(localItem, `kommunenummer == "3301"`, `kommune == Drammen`))}},
			`vart/checklist/items/x.yaml:6: betingelsen «kommune == Drammen» virker ikke: ukjent navn «Drammen»: er det en tekst, skriv den i anførselstegn: "Drammen"`},
		{"an unfinished rule", fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(replace(localItem, `kommunenummer == "3301"`, `kommunenummer == "3301" and`))}},
			`vart/checklist/items/x.yaml:6: betingelsen «kommunenummer == "3301" and» virker ikke: uttrykket slutter for tidlig: det mangler noe på slutten`},
		{"a misspelt name", fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(replace(localItem, `kommunenummer == "3301"`, `kommunenumer == "3301"`))}},
			`vart/checklist/items/x.yaml:6: betingelsen «kommunenumer == "3301"» virker ikke: ukjent navn «kommunenumer»: mente du kommunenummer?`},
		{"a kommune that does not exist", fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(replace(localItem, `"3301"`, `"3399"`))}},
			"vart/checklist/items/x.yaml:6: kommune 3399 finnes ikke"},
		{"a value no answer can have", fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(replace(localItem, `kommunenummer == "3301"`, `form in ["AS", "As"] || "tilskudd" in funding`))}},
			"vart/checklist/items/x.yaml:6: «As» er ikke et mulig svar på «form»: skriv «AS» (Aksjeselskap (AS))\n" +
				"vart/checklist/items/x.yaml:6: «tilskudd» er ikke et mulig svar på «funding»: skriv «grants» (tilskudd)"},
		{"a value that is neither", fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(replace(localItem, `kommunenummer == "3301"`, `stage == "start"`))}},
			"vart/checklist/items/x.yaml:6: «start» er ikke et mulig svar på «stage»: bruk idea, starting eller running"},
		{"a number without quotes", fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(replace(localItem, `kommunenummer == "3301"`, `kommunenummer == 3301`))}},
			`vart/checklist/items/x.yaml:6: betingelsen «kommunenummer == 3301» virker ikke: kan ikke bruke == mellom string og int: et nummer som kommunenummer er tekst, så skriv det i anførselstegn: «kommunenummer == "3301"»`},
		{"a misspelt field", fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(replace(localItem, "    agency:", "    agensy:") + "    agensy: Kommunen\n")}},
			"vart/checklist/items/x.yaml:15: ukjent felt «agensy»: mente du «agency»?"},
		{"missing do", fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(replace(localItem, "    do: Meld deg på.\n", ""))}},
			"vart/checklist/items/x.yaml:2: sjekkpunktet «lokalt-kurs» mangler feltet «do»"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadLocal(t, tt.local, Refs{Vars: []Var{kommuneVar}, Value: value})
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
		})
	}
}

// Without the program's values, a rule that names them does not compile:
// the embedded content must not depend on them.
func TestVarsAreOnlyThereWhenGiven(t *testing.T) {
	_, err := loadLocal(t, fstest.MapFS{"checklist/items/x.yaml": {Data: []byte(localItem)}}, Refs{})
	if err == nil || !strings.Contains(err.Error(), "ukjent navn «kommunenummer»") {
		t.Errorf("got %v", err)
	}
}
