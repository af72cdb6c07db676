package local_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
)

// A founder in Drammen, one in Hammerfest and one in Kautokeino (asked by
// its Sami name) each get their own zone, fylke and contacts.
func TestLocalGolden(t *testing.T) {
	for _, k := range []string{"Drammen", "Hammerfest", "Guovdageaidnu"} {
		r := cmdtest.Run(t, cmdtest.Env{}, "lokalt", k)
		if r.Code != 0 {
			t.Fatalf("%s: exit %d %s", k, r.Code, r.Err)
		}
		cmdtest.Golden(t, "lokalt-"+strings.ToLower(k)+".txt", r.Out)
	}
}

func TestLocalResolution(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		code     int
	}{
		{"baerum", "Bærum i Akershus", 0},
		{"BÆRUM", "Bærum i Akershus", 0},
		{"Skien, Telemark", "Skien i Telemark", 0},
		{"3805", "Kommunenummer 3805 gjaldt Larvik fram til 2023.", 0},
		{"Sauherad", "Midt-Telemark", 0},
		{"skein", "Fant ingen kommune som heter «skein». Mente du Skien?", 2},
		{"Våler", "Skriv fylket også", 2},
		{"Atlantis", "Fant ingen kommune som heter «Atlantis».", 2},
	} {
		r := cmdtest.Run(t, cmdtest.Env{}, "lokalt", tt.in)
		if r.Code != tt.code || !strings.Contains(r.Out+r.Err, tt.want) {
			t.Errorf("lokalt %q: exit %d\n%s%s\nwant %q", tt.in, r.Code, r.Out, r.Err, tt.want)
		}
	}
	r := cmdtest.Run(t, cmdtest.Env{}, "lokalt", "Tromsø", "--json")
	var doc map[string]any
	if err := json.Unmarshal([]byte(r.Out), &doc); err != nil || doc["kommune"] != "Tromsø" || doc["fylke"] != "Troms" || doc["employer_tax_zone"] != "4a" {
		t.Errorf("json: %v %v", doc, err)
	}
	if r := cmdtest.Run(t, cmdtest.Env{}, "lokalt"); r.Code != 2 || r.Err != "Du har ikke lagret en kommune ennå. Skriv hvilken kommune du vil se, for eksempel «sosabc lokalt Drammen», eller svar på spørsmålene med «sosabc start».\n" {
		t.Errorf("no argument, nothing saved: exit %d %q", r.Code, r.Err)
	}
}

// The kommune in an answers file is checked: a typo is an error with the
// line and a suggestion; an old name becomes today's kommune.
func TestKommuneInAnswersFile(t *testing.T) {
	dir := t.TempDir()
	bad := cmdtest.WriteFile(t, dir, "svar.yaml", "version: 2\nstage: idea\nform: AS\nkommune: Drammn\n")
	r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", bad, "--format", "json")
	if r.Code != 2 || !strings.Contains(r.Err, "svar.yaml:4: kommune: Fant ingen kommune som heter «Drammn». Mente du Drammen?") {
		t.Errorf("typo: exit %d %q", r.Code, r.Err)
	}
	old := cmdtest.WriteFile(t, dir, "gammel.yaml", "version: 2\nstage: idea\nform: AS\nemployees: 2\nkommune: Sande (Vestfold)\n")
	r = cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", old, "--format", "json")
	var doc struct {
		Answers map[string]any
		Local   struct{ Kommune, Fylke string }
	}
	if err := json.Unmarshal([]byte(r.Out), &doc); err != nil {
		t.Fatalf("exit %d %s", r.Code, r.Err)
	}
	if doc.Answers["kommune"] != "Holmestrand" || doc.Local.Fylke != "Vestfold" {
		t.Errorf("old name: answers %v local %+v", doc.Answers["kommune"], doc.Local)
	}
}
