package checklist_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/webtest"
)

type savedState struct {
	Answers map[string]any
	Done    map[string]any
}

func readState(t *testing.T, dir string) savedState {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	var st savedState
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatal(err)
	}
	return st
}

const validAnswers = `version: 2
stage: starting
form: AS
founders: 2
employees: 2
customers: [public_sector]
sells: [services]
revenue: 300000
target_groups: [work_inclusion]
vulnerable_users: true
`

func TestDoneUndoAndExplain(t *testing.T) {
	dir := t.TempDir()
	file := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", validAnswers)
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file); r.Code != 0 {
		t.Fatal(r.Err)
	}
	r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "done", "tegn-yrkesskadeforsikring", "skriv-arbeidsavtaler")
	if r.Code != 0 || r.Err != "Krysset av «25. Kjøp yrkesskadeforsikring» og «26. Skriv arbeidsavtale med alle ansatte».\nNå er 2 av 63 punkter gjort.\n" {
		t.Fatalf("done: exit %d, %q", r.Code, r.Err)
	}
	r = cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "--format", "json")
	var doc struct {
		Progress struct{ Done, Total int }
		Items    []struct {
			ID   string
			Done bool
		}
	}
	if err := json.Unmarshal([]byte(r.Out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Progress.Done != 2 {
		t.Errorf("progress %+v, want 2 done", doc.Progress)
	}
	r = cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "undo", "skriv-arbeidsavtaler")
	if r.Code != 0 || r.Err != "Fjernet krysset fra «26. Skriv arbeidsavtale med alle ansatte».\nNå er 1 av 63 punkter gjort.\n" {
		t.Errorf("undo: exit %d, %q", r.Code, r.Err)
	}
	r = cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "done", "tegn-yrkesskadeforsikrng")
	if r.Code != 2 || r.Err != "«tegn-yrkesskadeforsikrng» er ikke på sjekklisten din. Mente du «tegn-yrkesskadeforsikring»?\n" {
		t.Errorf("unknown id: exit %d, %q", r.Code, r.Err)
	}
	r = cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "hvorfor", "tegn-yrkesskadeforsikring")
	for _, want := range []string{"Punktet er på listen din.", "Regelen: ", "Svarene som avgjør:", "employees", "Kilder:"} {
		if !strings.Contains(r.Out, want) {
			t.Errorf("explain lacks %q:\n%s", want, r.Out)
		}
	}
	// Ticking by the number the checklist shows, twice: the second time
	// says it was already done.
	r = cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "gjort", "1")
	if r.Code != 0 || !strings.HasPrefix(r.Err, "Krysset av ") {
		t.Errorf("done by number: exit %d, %q", r.Code, r.Err)
	}
	first := strings.TrimSuffix(strings.TrimPrefix(strings.Split(r.Err, "\n")[0], "Krysset av "), ".")
	r = cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "gjort", "1")
	if r.Code != 0 || !strings.HasPrefix(r.Err, first+" var allerede krysset av.\n") {
		t.Errorf("done twice: exit %d, %q", r.Code, r.Err)
	}
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "gjort", "999"); r.Code != 2 || !strings.Contains(r.Err, "ikke 999") {
		t.Errorf("number out of range: exit %d, %q", r.Code, r.Err)
	}
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "gjort", "skaff-organisasjonsnummer"); r.Code != 2 || !strings.Contains(r.Err, "finnes, men er ikke på sjekklisten din") {
		t.Errorf("item not on the list: exit %d, %q", r.Code, r.Err)
	}
	// New answers keep every tick: an item that leaves the list keeps its
	// tick in the state, and shows it again when it comes back.
	cmdtest.WriteFile(t, filepath.Dir(file), "svar.yaml", strings.Replace(validAnswers, "employees: 2", "employees: 0", 1))
	cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file)
	if st := readState(t, dir); st.Done["tegn-yrkesskadeforsikring"] == nil {
		t.Errorf("the tick of an item that left the list was lost: %v", st.Done)
	}
	cmdtest.WriteFile(t, filepath.Dir(file), "svar.yaml", validAnswers)
	cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file)
	r = cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "--format", "json")
	if err := json.Unmarshal([]byte(r.Out), &doc); err != nil {
		t.Fatal(err)
	}
	for _, it := range doc.Items {
		if it.ID == "tegn-yrkesskadeforsikring" && !it.Done {
			t.Error("the tick did not come back with the item")
		}
	}
}

func TestChecklistWithoutSavedAnswers(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{StateDir: t.TempDir()}, "sjekkliste")
	if r.Code != 2 || !strings.HasPrefix(r.Err, "Du har ingen lagret sjekkliste ennå.") {
		t.Errorf("exit %d, %q", r.Code, r.Err)
	}
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: t.TempDir()}, "sjekkliste", "--format", "docx"); r.Code != 2 || r.Err != "Ukjent format «docx». Velg terminal, md, html, pdf, json eller ics.\n" {
		t.Errorf("bad format: exit %d, %q", r.Code, r.Err)
	}
}

// Every persona's checklist is a golden file twice: as the founder sees it
// in the terminal (plain, 80 columns) and as the handout an adviser prints
// (Markdown). The personas are the fixtures that show what the rules give
// a real founder.
func TestPersonaChecklistsGolden(t *testing.T) {
	list := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "personas")
	if list.Code != 0 {
		t.Fatal(list.Err)
	}
	var ids []string
	for _, line := range strings.Split(list.Out, "\n") {
		if line != "" && !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "Prøv") {
			ids = append(ids, line)
		}
	}
	if len(ids) < 6 {
		t.Fatalf("%d personas, want at least 6", len(ids))
	}
	for _, id := range ids {
		r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--persona", id, "--width", "80")
		if r.Code != 0 {
			t.Fatalf("%s: %s", id, r.Err)
		}
		cmdtest.Golden(t, "personas/"+id+".txt", r.Out)
		r = cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--persona", id, "--format", "md")
		if r.Code != 0 {
			t.Fatalf("%s: %s", id, r.Err)
		}
		cmdtest.Golden(t, "handouts/"+id+".md", r.Out)
		// A handout is for the client, who may never run sosabc: it names
		// no command (issue 11), only the program in its closing words.
		if i := strings.Index(r.Out, "`sosabc "); i >= 0 {
			t.Errorf("%s: the handout names a command: %q", id, r.Out[max(0, i-60):min(len(r.Out), i+60)])
		}
	}
}

func TestChecklistJSONContract(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--persona", "tilgjengelig-app", "--format", "json")
	var doc map[string]any
	if err := json.Unmarshal([]byte(r.Out), &doc); err != nil {
		t.Fatal(err)
	}
	items := doc["items"].([]any)
	for _, key := range []string{"id", "title", "phase", "priority", "why", "topic", "done"} {
		if _, ok := items[0].(map[string]any)[key]; !ok {
			t.Errorf("item JSON lacks %q", key)
		}
	}
	rec, ok := doc["recommendation"].([]any)
	if !ok || len(rec) < 2 {
		t.Fatalf("undecided form: want a ranked recommendation, got %v", doc["recommendation"])
	}
	for _, key := range []string{"form", "reasons_for", "reasons_against"} {
		if _, ok := rec[0].(map[string]any)[key]; !ok {
			t.Errorf("recommendation JSON lacks %q", key)
		}
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--persona", "kafe-inkludering", "--format", "json")
	if strings.Contains(r.Out, `"recommendation"`) {
		t.Error("a chosen form should get no recommendation")
	}
	var top map[string]any
	if err := json.Unmarshal([]byte(r.Out), &top); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"client", "adviser", "note"} {
		if _, ok := top[key]; ok {
			t.Errorf("a plan with no sheet details has %q", key)
		}
	}

	// An adviser's plan as data says whose it is, as the sheet does.
	file := cmdtest.WriteFile(t, t.TempDir(), "amina.yaml", "version: 2\nclient: Amina Hansen\nstage: idea\nform: AS\n")
	r = cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", file, "--format", "json", "--adviser", "Kari Nordmann", "--note", "Vi møtes 15. januar.")
	var sheet struct{ Client, Adviser, Note string }
	if err := json.Unmarshal([]byte(r.Out), &sheet); err != nil {
		t.Fatal(err)
	}
	if sheet.Client != "Amina Hansen" || sheet.Adviser != "Kari Nordmann" || sheet.Note != "Vi møtes 15. januar." {
		t.Errorf("client, adviser, note = %+v", sheet)
	}
	out := filepath.Join(t.TempDir(), "planer")
	if r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", file, "--answers", file, "--format", "json", "--output-dir", out); r.Code != 0 {
		t.Fatal(r.Err)
	}
	data, err := os.ReadFile(filepath.Join(out, "amina-hansen-2.json"))
	if err != nil || !strings.Contains(string(data), "\n  \"client\": \"Amina Hansen\",\n") {
		t.Errorf("a batch's JSON lacks the client: %v\n%.300s", err, data)
	}
}

func BenchmarkChecklistMarkdown(b *testing.B) {
	file := filepath.Join(b.TempDir(), "svar.yaml")
	if err := os.WriteFile(file, []byte(validAnswers), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if r := cmdtest.Run(b, cmdtest.Env{}, "sjekkliste", "--answers", file, "--format", "md"); r.Code != 0 {
			b.Fatal(r.Err)
		}
	}
}

func BenchmarkChecklistTerminal(b *testing.B) {
	for b.Loop() {
		if r := cmdtest.Run(b, cmdtest.Env{TTY: true, Width: 100}, "sjekkliste", "--persona", "kafe-inkludering", "--no-pager"); r.Code != 0 {
			b.Fatal(r.Err)
		}
	}
}

// An adviser's handouts: formats, files, refusal to overwrite, and a PDF
// never reaches a terminal.
func TestChecklistFormatsAndFiles(t *testing.T) {
	dir := t.TempDir()
	answers := cmdtest.WriteFile(t, dir, "amina.yaml", "version: 2\nclient: Amina Hansen\nstage: idea\nform: AS\nemployees: 2\n")
	out := filepath.Join(dir, "ut", "plan.md")
	r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", answers, "--format", "md", "--output", out, "--adviser", "Etablerertjenesten")
	if r.Code != 0 || r.Err != "Skrev "+out+".\n" {
		t.Fatalf("md to a file: exit %d, %q", r.Code, r.Err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	md := string(data)
	for _, want := range []string{"# Plan for oppstart: Amina Hansen", "- Kunde: Amina Hansen", "- Rådgiver: Etablerertjenesten", "## Svarene planen bygger på", "## Kilder", "- Kilder: [1]"} {
		if !strings.Contains(md, want) {
			t.Errorf("the handout lacks %q", want)
		}
	}
	for _, never := range []string{"sosabc sjekkliste", "ID: `", "sosabc les"} {
		if strings.Contains(md, never) {
			t.Errorf("the handout has a terminal hint %q", never)
		}
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", answers, "--format", "md", "--output", out)
	if r.Code != 2 || !strings.Contains(r.Err, "finnes fra før. Velg et annet navn, eller bruk --force") {
		t.Errorf("overwrite without --force: exit %d, %q", r.Code, r.Err)
	}
	if r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", answers, "--format", "md", "--output", out, "--force"); r.Code != 0 {
		t.Errorf("--force: exit %d, %q", r.Code, r.Err)
	}
	r = cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 80}, "sjekkliste", "--answers", answers, "--format", "ics")
	if r.Code != 0 || !strings.HasPrefix(r.Out, "BEGIN:VCALENDAR\r\n") || !strings.Contains(r.Out, "SUMMARY:") {
		t.Errorf("ics: exit %d, %q", r.Code, r.Out[:min(200, len(r.Out))])
	}
}

// --short is the one-page overview: the «må» items with their deadlines,
// numbered as in the whole plan, without answers, reasons or sources.
func TestChecklistShortGolden(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--persona", "kafe-inkludering", "--short", "--format", "md", "--client", "Amina Hansen")
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Err)
	}
	cmdtest.Golden(t, "handouts/kafe-inkludering-kort.md", r.Out)
	for _, never := range []string{"Dette bør gjøres", "Dette kan gjøres", "Fordi ", "## Kilder", "Svarene planen bygger på"} {
		if strings.Contains(r.Out, never) {
			t.Errorf("the short plan has %q", never)
		}
	}
}

// A batch: one file per client, named from «client» or the file; a bad
// file is reported and the rest are written; exit code 1 at the end.
func TestChecklistBatch(t *testing.T) {
	in := t.TempDir()
	cmdtest.WriteFile(t, in, "a.yaml", "version: 2\nclient: Amina Hansen\nstage: idea\nform: AS\n")
	cmdtest.WriteFile(t, in, "b.yaml", "version: 1\nstage: starting\nform: forening\npersonal_data: true\n")
	cmdtest.WriteFile(t, in, "c.yaml", "version: 2\nstage: kanskje\n")
	cmdtest.WriteFile(t, in, "notater.txt", "ikke en svarfil")
	out := filepath.Join(t.TempDir(), "planer")
	r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers-dir", in, "--format", "md", "--output-dir", out)
	if r.Code != 1 {
		t.Fatalf("exit %d, want 1 because one file failed:\n%s", r.Code, r.Err)
	}
	if !strings.HasPrefix(r.Err, "Skrev 2 av 3 planer til "+out+":\n- amina-hansen.md, fra "+filepath.Join(in, "a.yaml")+"\n- b.md, fra "+filepath.Join(in, "b.yaml")+"\n1 feilet:\n- "+filepath.Join(in, "c.yaml")+": Svarfilen har feil.") {
		t.Errorf("summary:\n%s", r.Err)
	}
	// Again: the plans are there, and the adviser is told once what to do.
	r = cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", filepath.Join(in, "a.yaml"), "--answers", filepath.Join(in, "b.yaml"), "--format", "md", "--output-dir", out)
	if want := "Skrev 0 av 2 planer til " + out + ".\n2 feilet:\n- " + filepath.Join(in, "a.yaml") + ": amina-hansen.md finnes fra før.\n- " + filepath.Join(in, "b.yaml") + ": b.md finnes fra før.\nBruk --force for å skrive over planene som finnes, eller velg en annen mappe med --output-dir.\n"; r.Code != 1 || r.Err != want {
		t.Errorf("exit %d, summary:\n%s\nwant:\n%s", r.Code, r.Err, want)
	}
	for _, name := range []string{"amina-hansen.md", "b.md"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("missing %s: %v", name, err)
		}
	}
	old, _ := os.ReadFile(filepath.Join(out, "b.md"))
	if !strings.Contains(string(old), "Svarfilen er laget for en eldre versjon av sosabc") {
		t.Errorf("a format-1 file's plan does not say what it assumed")
	}
	if r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers-dir", in, "--format", "md"); r.Code != 2 || !strings.Contains(r.Err, "--output-dir") {
		t.Errorf("batch without --output-dir: exit %d, %q", r.Code, r.Err)
	}
	// A folder that is not there, or a file, says which (it said «sjekk
	// navnet og at du har tilgang» for both).
	missing := filepath.Join(t.TempDir(), "kunder")
	file := filepath.Join(in, "a.yaml")
	for dir, want := range map[string]string{
		missing: "Fant ikke mappen «" + missing + "». Sjekk navnet, og at du står i riktig mappe.\n",
		file:    "«" + file + "» er en fil, ikke en mappe. Skriv «--answers " + file + "» for én svarfil.\n",
	} {
		if r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers-dir", dir, "--format", "md", "--output-dir", t.TempDir()); r.Code != 2 || r.Err != want {
			t.Errorf("--answers-dir %s: exit %d %q; want 2 %q", dir, r.Code, r.Err, want)
		}
	}
}

// The handouts in Markdown pass markdownlint-cli2: the golden files are
// exactly what --format md writes.
func TestHandoutsPassMarkdownlint(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "handouts", "*.md"))
	if err != nil || len(files) < 12 {
		t.Fatalf("found %d handouts (%v)", len(files), err)
	}
	webtest.Markdownlint(t, files...)
}

// A kommune under its former name in an answers file becomes today's
// kommune, and the plan says so, in every format.
func TestFormerKommuneInAnswersFile(t *testing.T) {
	file := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", "version: 2\nstage: idea\nform: AS\nkommune: re\n")
	const note = "Re ble en del av Tønsberg i 2020."
	r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", file)
	if r.Code != 0 || !strings.Contains(r.Out, "\n"+note+"\n") || !strings.Contains(r.Out, "Fordi du skal starte i Tønsberg i Vestfold.") {
		t.Errorf("plain text: exit %d\n%s%s", r.Code, r.Out, r.Err)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", file, "--format", "json")
	if r.Code != 0 || !strings.Contains(r.Out, `"notes": [`+"\n    \""+note+`"`) {
		t.Errorf("json: exit %d\n%s", r.Code, r.Out)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", file, "--format", "md")
	if r.Code != 0 || !strings.Contains(r.Out, note) {
		t.Errorf("markdown: exit %d\n%s", r.Code, r.Out)
	}
}

// Numbers as people write them (found in QA): «3.» as the list shows it,
// «#3», «3,4», and a range «3-5». Each gave «er ikke på sjekklisten din».
// A list with no item in it («,») is a usage error, not a silent exit 0.
func TestTickNumbersAsWritten(t *testing.T) {
	dir := t.TempDir()
	file := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", validAnswers)
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file); r.Code != 0 {
		t.Fatal(r.Err)
	}
	ticked := func() int { return len(readState(t, dir).Done) }
	for _, tc := range []struct {
		args []string
		want int // ticks after
	}{
		{[]string{"gjort", "3."}, 1},
		{[]string{"gjort", "#4"}, 2},
		{[]string{"angre", "3,4"}, 0},
		{[]string{"gjort", "3-5"}, 3},
		{[]string{"angre", "3 - 4", "5"}, 0},
	} {
		if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, append([]string{"sjekkliste"}, tc.args...)...); r.Code != 0 || ticked() != tc.want {
			t.Errorf("sjekkliste %v: exit %d %q, %d ticks; want %d", tc.args, r.Code, r.Err, ticked(), tc.want)
		}
	}
	r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "gjort", ",")
	if want := "Skriv nummeret eller ID-en til minst ett punkt. Du ser numrene på sjekklisten.\n"; r.Code != 2 || r.Err != want {
		t.Errorf("«,»: exit %d %q, want 2 %q", r.Code, r.Err, want)
	}
	// A range past the end changes nothing.
	r = cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "gjort", "1-999")
	if r.Code != 2 || !strings.HasSuffix(r.Err, ", ikke 1-999.\n") || ticked() != 0 {
		t.Errorf("«1-999»: exit %d %q, %d ticks", r.Code, r.Err, ticked())
	}
}

// With ACCESSIBLE=1 the plan is spoken text: no «[ ]» and no rule lines
// for a screen reader to read aloud.
func TestChecklistForAScreenReader(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{Vars: map[string]string{"ACCESSIBLE": "1"}}, "sjekkliste", "--persona", "digital-eldre")
	if r.Code != 0 || !strings.Contains(r.Out, "\nIkke gjort: 1. Beskriv ideen din\n\n") {
		t.Fatalf("exit %d %s\n%.600s", r.Code, r.Err, r.Out)
	}
	for _, mark := range []string{"[ ]", "[x]", "====", "····"} {
		if strings.Contains(r.Out, mark) {
			t.Errorf("the plan for a screen reader holds %q", mark)
		}
	}
}
