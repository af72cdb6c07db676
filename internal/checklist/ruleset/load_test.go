package ruleset

import (
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/internal/checklist/checklisttest"
)

// item is a valid item with one field replaced by the test case.
const validItem = `items:
  - id: ny
    title: Nytt punkt
    phase: drift
    priority: må
    when: employees > 0
    why:
      - text: Fordi du skal ansette.
    do: Gjør det.
    topic: skatt
    sources:
      - title: "Skatteetaten: Noe"
        url: https://www.skatteetaten.no/
        read: 2026-11-22
`

func TestLoadErrors(t *testing.T) {
	const items = "checklist/items/c-test.yaml"
	tests := []struct {
		name, file, data, want string
		// appendData adds data to the fixture file instead of replacing it.
		appendData bool
	}{
		{"missing forms.yaml", "forms.yaml", "", "content/forms.yaml: filen mangler", false},
		{"missing phases.yaml", "checklist/phases.yaml", "", "content/checklist/phases.yaml: filen mangler", false},
		{"duplicate phase", "checklist/phases.yaml", "  - {id: drift, title: Igjen}\n",
			"content/checklist/phases.yaml:11: fasen «drift» står to ganger", true},
		{"derived with misspelled answer id", "checklist/derived.yaml", "  - id: ansatte\n    description: Har ansatte.\n    when: employes > 0\n",
			"content/checklist/derived.yaml:13: betingelsen «employes > 0» virker ikke: ukjent navn «employes»: mente du employees?", true},
		{"derived uses a later derived id", "checklist/derived.yaml", "  - id: a\n    description: A.\n    when: b\n  - id: b\n    description: B.\n    when: volunteers\n",
			"content/checklist/derived.yaml:13: betingelsen «b» virker ikke: ukjent navn «b»", true},
		{"derived named like an answer", "checklist/derived.yaml", "  - id: employees\n    description: A.\n    when: volunteers\n",
			"content/checklist/derived.yaml:11: «employees» er allerede en svar-id: gi den avledede betingelsen et annet navn", true},
		{"derived without when", "checklist/derived.yaml", "  - id: tom\n    description: A.\n",
			"content/checklist/derived.yaml:11: «tom» mangler when", true},
		{"unknown field", items, validItem + "    kost: 100 kroner\n", "content/checklist/items/c-test.yaml:15: ukjent felt «kost»: mente du «cost»?", false},
		{"duplicate id across files", items, replace(validItem, "id: ny", "id: skatt"),
			"content/checklist/items/c-test.yaml:2: sjekkpunktet «skatt» finnes allerede i content/checklist/items/b-drift.yaml:32", false},
		{"bad id", items, replace(validItem, "id: ny", "id: Ny_Punkt"),
			"content/checklist/items/c-test.yaml:2: id «Ny_Punkt» kan bare ha små bokstaver a–z, tall og bindestrek", false},
		{"unknown phase", items, replace(validItem, "phase: drift", "phase: vekst"),
			"content/checklist/items/c-test.yaml:4: ukjent fase «vekst»: bruk forberede, etablere eller drift", false},
		{"unknown priority", items, replace(validItem, "priority: må", "priority: skal"),
			"content/checklist/items/c-test.yaml:5: ukjent prioritet «skal»: bruk må, bør eller kan", false},
		{"when with misspelled answer id", items, replace(validItem, "when: employees > 0", "when: employes > 0"),
			"content/checklist/items/c-test.yaml:6: betingelsen «employes > 0» virker ikke: ukjent navn «employes»: mente du employees?", false},
		{"when that is not a boolean", items, replace(validItem, "when: employees > 0", "when: employees"),
			"content/checklist/items/c-test.yaml:6: betingelsen «employees» virker ikke: uttrykket må gi sant eller usant (bool), men gir int", false},
		{"why if with unknown name", items, replace(validItem, "      - text: Fordi du skal ansette.\n", "      - if: ansatte\n        text: Fordi du skal ansette.\n"),
			"content/checklist/items/c-test.yaml:8: betingelsen «ansatte» virker ikke: ukjent navn «ansatte»", false},
		{"why text with unknown placeholder", items, replace(validItem, "Fordi du skal ansette.", "Fordi du skal ansette {ansatte} personer."),
			"content/checklist/items/c-test.yaml:8: ukjent navn «{ansatte}» i teksten: bruk en svar-id eller en avledet betingelse", false},
		{"no why", items, replace(validItem, "    why:\n      - text: Fordi du skal ansette.\n", ""),
			"content/checklist/items/c-test.yaml:2: sjekkpunktet «ny» mangler «why»: skriv minst én begrunnelse", false},
		{"missing do", items, replace(validItem, "    do: Gjør det.\n", ""),
			"content/checklist/items/c-test.yaml:2: sjekkpunktet «ny» mangler feltet «do»", false},
		{"unknown topic", items, replace(validItem, "topic: skatt", "topic: skat"),
			"content/checklist/items/c-test.yaml:10: emnet «skat» finnes ikke i håndboken: skriv id-en til en side som finnes (se «sosabc emner»), eller lag siden topics/kommune/skat.md", false},
		{"no sources", items, validItem[:len(validItem)-len("    sources:\n      - title: \"Skatteetaten: Noe\"\n        url: https://www.skatteetaten.no/\n        read: 2026-11-22\n")],
			"content/checklist/items/c-test.yaml:2: sjekkpunktet «ny» mangler kilder: skriv minst én under «sources» med title, url og read", false},
		{"relative source url", items, replace(validItem, "https://www.skatteetaten.no/", "www.skatteetaten.no"),
			"content/checklist/items/c-test.yaml:13: ugyldig nettadresse «www.skatteetaten.no»: skriv en full adresse som starter med https://", false},
		{"source date in the wrong format", items, replace(validItem, "read: 2026-11-22", "read: 22.11.2026"),
			"content/checklist/items/c-test.yaml:14: ugyldig dato «22.11.2026» i «read»: skriv ÅÅÅÅ-MM-DD", false},
		{"source date that does not exist", items, replace(validItem, "read: 2026-11-22", "read: 2026-02-30"),
			"content/checklist/items/c-test.yaml:14: datoen «2026-02-30» i «read» finnes ikke", false},
		{"source without title and date", items, replace(validItem, "      - title: \"Skatteetaten: Noe\"\n        url: https://www.skatteetaten.no/\n        read: 2026-11-22\n", "      - url: https://www.skatteetaten.no/\n"),
			"content/checklist/items/c-test.yaml:12: kilden mangler title\ncontent/checklist/items/c-test.yaml:12: kilden «» mangler read (datoen vi leste siden, ÅÅÅÅ-MM-DD)", false},
		{"deadline_short that is empty", items, validItem + "    deadline: Innen sju dager.\n    deadline_short: \"\"\n",
			"content/checklist/items/c-test.yaml:16: «deadline_short» er tom: skriv fristen kort, eller ta bort feltet", false},
		{"deadline_short without deadline", items, validItem + "    deadline_short: Innen sju dager.\n",
			"content/checklist/items/c-test.yaml:15: sjekkpunktet «ny» har «deadline_short», men ingen «deadline»: skriv hele fristen under «deadline»", false},
		{"deadline_short longer than deadline", items, validItem + "    deadline: Straks.\n    deadline_short: Med en gang.\n",
			"content/checklist/items/c-test.yaml:16: «deadline_short» (12 tegn) er lengre enn «deadline» (7 tegn): den korte fristen kan ikke være lengre enn hele fristen", false},
		{"deadline_short misspelled", items, validItem + "    deadline: Innen sju dager.\n    deadline_kort: Sju dager.\n",
			"content/checklist/items/c-test.yaml:16: ukjent felt «deadline_kort»: mente du «deadline_short»?", false},
		{"link without title", items, validItem + "    link:\n      url: https://www.altinn.no/\n",
			"content/checklist/items/c-test.yaml:16: lenken mangler title", false},
		{"after an unknown item", items, validItem + "    after: [finnes-ikke]\n",
			"content/checklist/items/c-test.yaml:15: «after» peker på «finnes-ikke», som ikke finnes", false},
		{"after an item in a later phase", items, replace(validItem, "phase: drift", "phase: forberede") + "    after: [skatt]\n",
			"content/checklist/items/c-test.yaml:15: «ny» er i fasen forberede og kan ikke komme etter «skatt», som er i den senere fasen drift", false},
		{"after in a circle", items, validItem + "    after: [to]\n" + replace(replace(validItem, "items:\n", ""), "id: ny", "id: to") + "    after: [ny]\n",
			"content/checklist/items/c-test.yaml:15: «after» går i ring: ny → to → ny", false},
		{"after itself", items, validItem + "    after: [ny]\n",
			"content/checklist/items/c-test.yaml:15: «after» går i ring: ny → ny", false},
		{"form that is not a form answer", "forms.yaml", "points:\n  - {id: suits, title: Passer for}\nforms:\n  - id: undecided\n    name: Vet ikke\n    topic: as\n    points: {suits: Alle.}\n",
			"content/forms.yaml:4: «undecided» er ikke et svar på spørsmålet «form»: bruk AS, ideelt-AS, ENK, SA, forening, stiftelse, ANS eller DA", false},
		{"form without a point", "forms.yaml", "points:\n  - {id: suits, title: Passer for}\n  - {id: cost, title: Kostnad}\nforms:\n  - id: AS\n    name: AS\n    topic: as\n    points:\n      suits: Mange.\n",
			"content/forms.yaml:8: «AS» mangler punktet «cost» under «points»", false},
		{"form with an unknown point", "forms.yaml", "points:\n  - {id: suits, title: Passer for}\nforms:\n  - id: AS\n    name: AS\n    topic: as\n    points:\n      suits: Mange.\n      cost: Lite.\n",
			"content/forms.yaml:9: ukjent punkt «cost»: punktene står øverst i filen under «points»", false},
		{"reason weights outside 1-3", "forms.yaml", "points:\n  - {id: suits, title: Passer for}\nforms:\n  - id: AS\n    name: AS\n    topic: as\n    points: {suits: Mange.}\n    for:\n      - {when: volunteers, text: Frivillige., weight: 4}\n    against:\n      - {when: volunteers, text: Frivillige.}\n",
			"content/forms.yaml:9: vekten (weight) må være 1, 2 eller 3, ikke 4\ncontent/forms.yaml:11: vekten (weight) må være 1, 2 eller 3, ikke 0", false},
		{"reason with misspelled answer id", "forms.yaml", "points:\n  - {id: suits, title: Passer for}\nforms:\n  - id: AS\n    name: AS\n    topic: as\n    points: {suits: Mange.}\n    against:\n      - when: start_kapital < 30000\n        text: For lite kapital.\n        weight: 3\n",
			"content/forms.yaml:9: betingelsen «start_kapital < 30000» virker ikke: ukjent navn «start_kapital»: mente du start_capital?", false},
		{"reason with unknown topic", "forms.yaml", "points:\n  - {id: suits, title: Passer for}\nforms:\n  - id: AS\n    name: AS\n    topic: aksjeselskap\n    points: {suits: Mange.}\n",
			"content/forms.yaml:6: emnet «aksjeselskap» finnes ikke i håndboken: skriv id-en til en side som finnes (se «sosabc emner»), eller lag siden topics/kommune/aksjeselskap.md", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := checklisttest.FixtureFS(t)
			switch {
			case tt.data == "":
				delete(fsys, tt.file)
			case tt.appendData:
				fsys[tt.file].Data = append(fsys[tt.file].Data, tt.data...)
			default:
				fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			}
			_, err := loadWith(t, fsys)
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
		})
	}
}

func TestLoadDeadlineShort(t *testing.T) {
	fsys := checklisttest.FixtureFS(t)
	fsys["checklist/items/c-test.yaml"] = &fstest.MapFile{Data: []byte(validItem +
		"    deadline: \"Senest sju dager etter start. Kortere jobber: med en gang.\"\n" +
		"    deadline_short: Sju dager, eller med en gang.\n")}
	set, err := loadWith(t, fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range set.Items {
		if r.ID == "ny" {
			if want := "Sju dager, eller med en gang."; r.DeadlineShort != want {
				t.Errorf("DeadlineShort = %q, want %q", r.DeadlineShort, want)
			}
			return
		}
	}
	t.Fatal("item «ny» not loaded")
}

func TestLoadNoItems(t *testing.T) {
	fsys := checklisttest.FixtureFS(t)
	delete(fsys, "checklist/items/a-start.yaml")
	delete(fsys, "checklist/items/b-drift.yaml")
	_, err := loadWith(t, fsys)
	want := "content/checklist/items: fant ingen sjekkpunkter: legg filer med navn som slutter på .yaml her"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
}

func TestLoadWithoutDerivedFile(t *testing.T) {
	fsys := checklisttest.FixtureFS(t)
	delete(fsys, "checklist/derived.yaml")
	fsys["checklist/items/b-drift.yaml"] = &fstest.MapFile{Data: []byte(validItem)}
	if _, err := loadWith(t, fsys); err != nil {
		t.Errorf("derived.yaml is optional: %v", err)
	}
}

func replace(s, old, new string) string {
	out := ""
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	return out + s
}
