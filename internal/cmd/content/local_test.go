package content_test

import (
	"encoding/json"
	"io/fs"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/cmdtest"
)

// exampleDir is the example folder in docs/ that the help points to.
var exampleDir = filepath.Join("..", "..", "..", "docs", "eksempel-lokalt-innhold")

// The example folder in docs/ passes the check, and the check says what
// it found: one of each, the item with whom it is for, the contact with
// where.
func TestExampleFolderPasses(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "innhold", "sjekk", exampleDir)
	if r.Code != 0 || r.Err != "Innholdet er i orden.\n" {
		t.Fatalf("exit %d\n%s\n%s", r.Code, r.Out, r.Err)
	}
	want := "Lokalt innhold i " + exampleDir + ":\n" +
		"  1 emne: eksempel-grunderkafe\n" +
		"  1 ord i ordlisten: Gründerkafé\n" +
		"  1 sjekkpunkt\n" +
		"    eksempel-ga-pa-grunderkafe (forberede, kan). Gjelder: kommunenummer == \"3301\" && stage != \"running\"\n" +
		"  1 kontakt\n" +
		"    Etablerertjenesten i kommunen (eksempel) (etablerertjeneste). Gjelder: 3301 Drammen\n" +
		"  0 verksteder\n"
	if !strings.Contains(r.Out, want) || !strings.Contains(r.Out, "\n1 emne. Median-LIX:") {
		t.Errorf("got\n%s\nwant it to hold\n%s", r.Out, want)
	}
	// The folder given with --content-dir, or in SOSABC_CONTENT_DIR, is
	// checked the same way.
	for _, again := range []cmdtest.Result{
		cmdtest.Run(t, cmdtest.Env{}, "--content-dir", exampleDir, "innhold", "sjekk"),
		cmdtest.Run(t, cmdtest.Env{Vars: map[string]string{"SOSABC_CONTENT_DIR": exampleDir}}, "innhold", "sjekk"),
	} {
		if again.Code != 0 || again.Out != r.Out || again.Err != r.Err {
			t.Errorf("exit %d\n%s\n%s\nwant the same as «sosabc innhold sjekk %s»", again.Code, again.Out, again.Err, exampleDir)
		}
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "innhold", "sjekk", exampleDir, "--json")
	var rep struct {
		Errors []string
		Local  struct {
			Items    []struct{ ID, When string }
			Contacts []struct{ Name, Area string }
		}
	}
	if err := json.Unmarshal([]byte(r.Out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Errors) != 0 || len(rep.Local.Items) != 1 || len(rep.Local.Contacts) != 1 || rep.Local.Contacts[0].Area != "3301 Drammen" {
		t.Errorf("json: %+v", rep)
	}
}

// The mistakes a kommune employee makes: each is an error with the file,
// the line and what to write instead, all in one run; a file in the wrong
// place is a warning.
func TestLocalFolderMistakes(t *testing.T) {
	dir := t.TempDir()
	cmdtest.WriteFile(t, dir, "checklist/items/drammen.yaml", `items:
  - id: drammen-kurs
    title: Gå på kurs
    phase: oppstart
    priority: kan
    when: kommunenummer = "3301"
    why:
      - text: Fordi du skal starte i {kommune}.
    topic: as
    sources:
      - title: "Eksempel: Kurs"
        url: https://www.example.org/kurs
        read: 2026-10-01
  - id: drammen-fond
    title: Søk næringsfondet
    phase: forberede
    priority: kan
    when: kommunenummer == "3399" || kommune == "Guovdageaidnu"
    why:
      - text: Fordi du vil søke tilskudd.
    do: Søk.
    topic: as
    sources:
      - title: "Eksempel: Fond"
        url: https://www.example.org/fond
        read: 2026-10-01
`)
	cmdtest.WriteFile(t, dir, "kommuner/kontakter.yaml", `contacts:
  - kommune: "3399"
    kind: etablerertjeneste
    name: Etablerertjenesten
    note: Gir råd.
    url: https://www.example.org/etablerer
    read: 2026-10-01
  - fylke: "38"
    kind: naeringshage
    name: Næringshagen
    note: Gir råd.
    url: https://www.example.org/hage
    read: 2026-10-01
`)
	cmdtest.WriteFile(t, dir, "checklist/items/ekstra.yml", "items: []\n")
	r := cmdtest.Run(t, cmdtest.Env{}, "innhold", "sjekk", dir)
	items, contacts := dir+"/checklist/items/drammen.yaml", dir+"/kommuner/kontakter.yaml"
	for _, want := range []string{
		"Advarsel: " + dir + "/checklist/items/ekstra.yml blir ikke lest: gi filen endelsen .yaml\n",
		"Feil: " + items + ":2: sjekkpunktet «drammen-kurs» mangler feltet «do»\n",
		"Feil: " + items + ":4: ukjent fase «oppstart»: bruk forberede, etablere, for-start, drift eller vekst\n",
		"Feil: " + items + `:6: betingelsen «kommunenummer = "3301"» virker ikke: bruk == for å sammenligne, ikke =: skriv «kommunenummer == "3301"»` + "\n",
		"Feil: " + items + `:18: kommune 3399 finnes ikke: nærmeste kommunenummer er "3334" (Flesberg i Buskerud), "3336" (Rollag i Buskerud) eller "3338" (Nore og Uvdal i Buskerud)` + "\n",
		"Feil: " + items + `:18: svaret «kommune» blir aldri «Guovdageaidnu», men «Kautokeino». Skriv kommune == "Kautokeino", eller heller kommunenummer == "5612"` + "\n",
		"Feil: " + contacts + `:2: kommune 3399 finnes ikke: nærmeste kommunenummer er "3334" (Flesberg i Buskerud), "3336" (Rollag i Buskerud) eller "3338" (Nore og Uvdal i Buskerud)` + "\n",
		"Feil: " + contacts + `:8: fylke 38 fantes før 2024: skriv "39" (Vestfold) eller "40" (Telemark)` + "\n",
		"Fant 7 feil. Rett dem og kjør «sosabc innhold sjekk " + dir + "» igjen.\n",
	} {
		if !strings.Contains(r.Err, want) {
			t.Errorf("stderr lacks\n%s\ngot\n%s", want, r.Err)
		}
	}
	if r.Code != 1 || !strings.Contains(r.Out, "  sjekkpunkter: har feil, se under\n") || !strings.Contains(r.Out, "  kontakter: har feil, se under\n") {
		t.Errorf("exit %d\n%s\n%s", r.Code, r.Out, r.Err)
	}

	// The same folder stops a checklist, with the same lines (exit 2: the
	// user's content, not our bug).
	answers := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", "version: 2\nstage: idea\nkommune: Drammen\n")
	r = cmdtest.Run(t, cmdtest.Env{}, "--content-dir", dir, "sjekkliste", "--answers", answers, "--format", "md")
	if r.Code != 2 || !strings.HasPrefix(r.Err, "Innholdet har feil. Rett dem og prøv igjen:\n"+items+":2: ") {
		t.Errorf("checklist with a broken folder: exit %d\n%s", r.Code, r.Err)
	}
}

// Broken local contacts are reported as contacts, never as a wrong answer
// to the kommune question.
func TestBrokenContactsAreNotABadAnswer(t *testing.T) {
	dir := t.TempDir()
	cmdtest.WriteFile(t, dir, "kommuner/kontakter.yaml", "contacts:\n  - fylke: \"99\"\n    kind: inkubator\n    name: X\n    note: Gir råd.\n    url: https://www.example.org/x\n    read: 2026-10-01\n")
	answers := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", "version: 2\nstage: idea\nkommune: Drammen\n")
	r := cmdtest.Run(t, cmdtest.Env{}, "--content-dir", dir, "sjekkliste", "--answers", answers, "--format", "md")
	want := "Innholdet har feil. Rett dem og prøv igjen:\n" + dir + "/kommuner/kontakter.yaml:2: fylke 99 finnes ikke: nærmeste fylkesnummer er \"56\" (Finnmark)\n"
	if r.Code != 2 || r.Err != want {
		t.Errorf("exit %d\n%q\nwant\n%q", r.Code, r.Err, want)
	}
}

// The examples in «sosabc help lokalt-innhold» are a folder that works:
// a kommune employee who copies them gets no errors, and a founder in
// Drammen gets the item and the contact.
func TestHelpExamplesWork(t *testing.T) {
	data, err := fs.ReadFile(content.FS(), "help/lokalt-innhold.md")
	if err != nil {
		t.Fatal(err)
	}
	dir, answers := t.TempDir(), ""
	files := map[string]string{
		"terms:":     "glossary.yaml",
		"items:":     "checklist/items/drammen.yaml",
		"contacts:":  "kommuner/kontakter.yaml",
		"uncertain:": "uncertain.yaml",
		"---":        "topics/kommune/vart-tilbud.md",
	}
	found := 0
	for _, block := range regexp.MustCompile("(?s)```(?:yaml|markdown)\n(.*?)```").FindAllStringSubmatch(string(data), -1) {
		text := block[1]
		if strings.HasPrefix(text, "version: 2") {
			answers = cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", text)
			continue
		}
		first, _, _ := strings.Cut(text, "\n")
		name, ok := files[first]
		if !ok {
			t.Fatalf("an example that is not a file: %q", first)
		}
		cmdtest.WriteFile(t, dir, name, text)
		found++
	}
	if found != len(files) || answers == "" {
		t.Fatalf("found %d example files and answers %q", found, answers)
	}
	r := cmdtest.Run(t, cmdtest.Env{}, "innhold", "sjekk", dir)
	if r.Code != 0 || !strings.Contains(r.Out, "  1 sjekkpunkt\n    drammen-grunderkafe (forberede, kan).") {
		t.Fatalf("the help's examples do not pass: exit %d\n%s\n%s", r.Code, r.Out, r.Err)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "--content-dir", dir, "sjekkliste", "--answers", answers, "--format", "md")
	if r.Code != 0 || !strings.Contains(r.Out, ". Gå på gründerkafeen hos etablerertjenesten\n") || !strings.Contains(r.Out, "Hjelp i Drammen: Etablerertjenesten i Drammen.") {
		t.Errorf("the help's example on a checklist: exit %d %s", r.Code, r.Err)
	}
}

// A broken topic stops the topics and the glossary together, so the
// summary does not blame the glossary alone.
func TestLocalFolderBrokenTopic(t *testing.T) {
	dir := t.TempDir()
	cmdtest.WriteFile(t, dir, "topics/x.md", "---\nid: x\ntitle: X\n---\nTekst.\n")
	r := cmdtest.Run(t, cmdtest.Env{}, "innhold", "sjekk", dir)
	if r.Code != 1 || !strings.Contains(r.Out, "  emner og ordliste: har feil, se under\n") || strings.Contains(r.Out, "ord i ordlisten") {
		t.Errorf("exit %d\n%s", r.Code, r.Out)
	}
	if !strings.Contains(r.Err, "x.md:2: mangler feltet «area»") {
		t.Errorf("stderr: %s", r.Err)
	}
}
