package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

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

// The accessible, line-by-line interview with answers piped in: help, a
// wrong answer, going back, ja/nei, and the review at the end.
func TestStartAccessiblePiped(t *testing.T) {
	dir := t.TempDir()
	stdin := strings.Join([]string{
		"?", "2", // stage: help first, then «starting»
		"1,5",      // target groups: work inclusion, disability
		"1",        // customers: public sector
		"2",        // sells: services
		"0",        // activities: none
		"abc", "<", // revenue: a wrong answer, then back to «activities»
		"0",              // activities again
		"200 000",        // revenue
		"2",              // form: AS
		"2",              // founders
		"nei",            // a founder under 18
		"",               // profit use: the default
		"50000",          // start capital
		"1,2",            // funding: own money, grants
		"3",              // employees
		"ja", "nei", "n", // volunteers, volunteers under 18, vulnerable users
		"1",     // user data: none
		"0",     // ip: none
		"j",     // premises
		"Skien", // kommune
		"",      // review: done
	}, "\n") + "\n"
	r := runIn(t, dir, testEnv{stdin: stdin}, "start")
	if r.code != 0 {
		t.Fatalf("exit %d\nstderr:\n%s", r.code, r.err)
	}
	for _, want := range []string{"Steg 1 av 6: Ideen din", "Hvorfor vi spør: Svaret avgjør", "Det forsto vi ikke: «abc» er ikke et helt tall. Prøv igjen.", "Se over svarene dine:", "Svarene og sjekklisten er lagret."} {
		if !strings.Contains(r.err, want) {
			t.Errorf("stderr lacks %q", want)
		}
	}
	if !strings.Contains(r.out, "Sjekklisten din") || !strings.Contains(r.out, "tegn-yrkesskadeforsikring") || strings.Contains(r.out, "\x1b") {
		t.Errorf("stdout is not the plain checklist:\n%.400s", r.out)
	}
	st := readState(t, dir)
	want := map[string]any{"stage": "starting", "form": "AS", "revenue": 200000.0, "employees": 3.0, "volunteers": true, "premises": true, "kommune": "Skien"}
	for k, v := range want {
		if st.Answers[k] != v {
			t.Errorf("saved %s = %v, want %v", k, st.Answers[k], v)
		}
	}
	info, err := os.Stat(filepath.Join(dir, "state.json"))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("state file mode %v, want 0600 (%v)", info.Mode().Perm(), err)
	}
}

func TestStartWithoutTerminalOrAnswers(t *testing.T) {
	r := runIn(t, t.TempDir(), testEnv{}, "start")
	if r.code != 2 || !strings.HasPrefix(r.err, "«sosabc start» trenger en terminal, eller svar på standard inn.") {
		t.Fatalf("exit %d, stderr %q", r.code, r.err)
	}
}

// Input that ends halfway is an abort: what was typed is kept.
func TestStartInputEndsHalfway(t *testing.T) {
	dir := t.TempDir()
	r := runIn(t, dir, testEnv{stdin: "3\n1\n"}, "start")
	if r.code != 130 || !strings.Contains(r.err, "Avbrutt. De 2 svarene dine er lagret.") {
		t.Fatalf("exit %d, stderr %q", r.code, r.err)
	}
	if st := readState(t, dir); st.Answers["stage"] != "running" {
		t.Errorf("answers not kept: %v", st.Answers)
	}
}

const validAnswers = `version: 1
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

func TestStartWithAnswersFile(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, t.TempDir(), "svar.yaml", validAnswers)
	r := runIn(t, dir, testEnv{}, "start", "--answers", file)
	if r.code != 0 || !strings.Contains(r.out, "Sjekklisten din") {
		t.Fatalf("exit %d: %s", r.code, r.err)
	}
	if st := readState(t, dir); st.Answers["form"] != "AS" {
		t.Errorf("answers not saved: %v", st.Answers)
	}
	// --no-save keeps nothing on disk.
	empty := t.TempDir()
	if r := runIn(t, empty, testEnv{}, "start", "--answers", file, "--no-save"); r.code != 0 {
		t.Fatalf("--no-save: exit %d: %s", r.code, r.err)
	}
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Errorf("--no-save wrote %d files", len(entries))
	}
}

func TestAnswersFileErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"missing required", "version: 1\nstage: idea\n", "Svarfilen mangler svar som trengs: form.\n"},
		{"unknown key", "version: 1\nstage: idea\nform: AS\nemployes: 2\n", "svar.yaml:4: ukjent nøkkel «employes»: mente du «employees»?"},
		{"bad value", "version: 1\nstage: kanskje\nform: AS\n", "svar.yaml:2: stage: «kanskje» er ikke et gyldig valg. Gyldige verdier: idea, starting, running"},
		{"negative number", "version: 1\nstage: idea\nform: AS\nemployees: -1\n", "svar.yaml:4: employees: -1 er negativt"},
		{"newer version", "version: 3\nstage: idea\n", "svar.yaml:1: svarfilen er laget av en nyere versjon av sosabc (format 3)."},
		{"not yaml", "version: 1\nstage: [idea\n", "svar.yaml:2: ugyldig YAML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := writeFile(t, t.TempDir(), "svar.yaml", tt.data)
			r := runIn(t, t.TempDir(), testEnv{}, "sjekkliste", "--answers", file)
			if r.code != 2 {
				t.Errorf("exit %d, want 2", r.code)
			}
			if !strings.Contains(r.err, tt.want) {
				t.Errorf("stderr =\n%s\nwant it to contain\n%s", r.err, tt.want)
			}
			if r.out != "" {
				t.Errorf("stdout should be empty, got %d bytes", len(r.out))
			}
		})
	}
	r := runIn(t, t.TempDir(), testEnv{}, "sjekkliste", "--answers", "/finnes/ikke.yaml")
	if r.code != 2 || r.err != "Fant ikke svarfilen «/finnes/ikke.yaml». Sjekk navnet og mappen.\n" {
		t.Errorf("missing file: exit %d, %q", r.code, r.err)
	}
}

func TestCorruptStateIsMovedAside(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "state.json", "{ikke json")
	file := writeFile(t, t.TempDir(), "svar.yaml", validAnswers)
	r := runIn(t, dir, testEnv{}, "start", "--answers", file)
	if r.code != 0 || !strings.Contains(r.err, "Vi har flyttet filen til") {
		t.Fatalf("exit %d, stderr %q", r.code, r.err)
	}
	moved, _ := filepath.Glob(filepath.Join(dir, "state.json.bad-*"))
	if len(moved) != 1 {
		t.Fatalf("the broken file was not kept aside: %v", moved)
	}
	if data, _ := os.ReadFile(moved[0]); string(data) != "{ikke json" {
		t.Errorf("the kept file changed: %q", data)
	}
}

func TestDoneUndoAndExplain(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, t.TempDir(), "svar.yaml", validAnswers)
	if r := runIn(t, dir, testEnv{}, "start", "--answers", file); r.code != 0 {
		t.Fatal(r.err)
	}
	r := runIn(t, dir, testEnv{}, "sjekkliste", "done", "tegn-yrkesskadeforsikring", "skriv-arbeidsavtaler")
	if r.code != 0 || !strings.HasPrefix(r.err, "Krysset av tegn-yrkesskadeforsikring, skriv-arbeidsavtaler. Nå er 2 av ") {
		t.Fatalf("done: exit %d, %q", r.code, r.err)
	}
	r = runIn(t, dir, testEnv{}, "sjekkliste", "--format", "json")
	var doc struct {
		Progress struct{ Done, Total int }
		Items    []struct {
			ID   string
			Done bool
		}
	}
	if err := json.Unmarshal([]byte(r.out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Progress.Done != 2 {
		t.Errorf("progress %+v, want 2 done", doc.Progress)
	}
	r = runIn(t, dir, testEnv{}, "sjekkliste", "undo", "skriv-arbeidsavtaler")
	if r.code != 0 || !strings.HasPrefix(r.err, "Fjernet krysset fra skriv-arbeidsavtaler. Nå er 1 av ") {
		t.Errorf("undo: exit %d, %q", r.code, r.err)
	}
	r = runIn(t, dir, testEnv{}, "sjekkliste", "done", "tegn-yrkesskadeforsikrng")
	if r.code != 2 || r.err != "«tegn-yrkesskadeforsikrng» er ikke på sjekklisten din. Mente du «tegn-yrkesskadeforsikring»?\n" {
		t.Errorf("unknown id: exit %d, %q", r.code, r.err)
	}
	r = runIn(t, dir, testEnv{}, "sjekkliste", "hvorfor", "tegn-yrkesskadeforsikring")
	for _, want := range []string{"Punktet er på listen din.", "Regelen: ", "Svarene som avgjør:", "employees", "Kilder:"} {
		if !strings.Contains(r.out, want) {
			t.Errorf("explain lacks %q:\n%s", want, r.out)
		}
	}
	// New answers make a new plan: old ticks are cleared.
	writeFile(t, filepath.Dir(file), "svar.yaml", strings.Replace(validAnswers, "employees: 2", "employees: 0", 1))
	runIn(t, dir, testEnv{}, "start", "--answers", file)
	if st := readState(t, dir); len(st.Done) != 0 {
		t.Errorf("ticks kept after the answers changed: %v", st.Done)
	}
}

func TestChecklistWithoutSavedAnswers(t *testing.T) {
	r := runIn(t, t.TempDir(), testEnv{}, "sjekkliste")
	if r.code != 2 || !strings.HasPrefix(r.err, "Du har ingen lagret sjekkliste ennå.") {
		t.Errorf("exit %d, %q", r.code, r.err)
	}
	if r := runIn(t, t.TempDir(), testEnv{}, "sjekkliste", "--format", "pdf"); r.code != 2 || r.err != "Ukjent format «pdf». Velg terminal, md eller json.\n" {
		t.Errorf("bad format: exit %d, %q", r.code, r.err)
	}
}

// Every persona's checklist is a golden file: the personas are the
// fixtures that show what the rules give a real founder.
func TestPersonaChecklistsGolden(t *testing.T) {
	list := run(t, testEnv{}, "sjekkliste", "personas")
	if list.code != 0 {
		t.Fatal(list.err)
	}
	var ids []string
	for _, line := range strings.Split(list.out, "\n") {
		if line != "" && !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "Prøv") {
			ids = append(ids, line)
		}
	}
	if len(ids) < 6 {
		t.Fatalf("%d personas, want at least 6", len(ids))
	}
	for _, id := range ids {
		r := run(t, testEnv{}, "sjekkliste", "--persona", id, "--format", "md")
		if r.code != 0 {
			t.Fatalf("%s: %s", id, r.err)
		}
		golden(t, "personas/"+id+".md", r.out)
	}
}

func TestChecklistJSONContract(t *testing.T) {
	r := run(t, testEnv{}, "sjekkliste", "--persona", "tilgjengelig-app", "--format", "json")
	var doc map[string]any
	if err := json.Unmarshal([]byte(r.out), &doc); err != nil {
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
	r = run(t, testEnv{}, "sjekkliste", "--persona", "kafe-inkludering", "--format", "json")
	if strings.Contains(r.out, `"recommendation"`) {
		t.Error("a chosen form should get no recommendation")
	}
}

// A saved interview is a valid answers file.
func TestSavedAnswersAreAnAnswersFile(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, t.TempDir(), "svar.yaml", validAnswers)
	if r := runIn(t, dir, testEnv{}, "start", "--answers", file); r.code != 0 {
		t.Fatal(r.err)
	}
	saved := filepath.Join(dir, "svar.yaml")
	first := runIn(t, t.TempDir(), testEnv{}, "sjekkliste", "--answers", file, "--format", "json")
	again := runIn(t, t.TempDir(), testEnv{}, "sjekkliste", "--answers", saved, "--format", "json")
	if again.code != 0 || first.out != again.out {
		t.Fatalf("the saved file gives another checklist (exit %d): %s", again.code, again.err)
	}
	if info, err := os.Stat(saved); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("svar.yaml mode: %v %v", info, err)
	}
}

// When the state cannot be written, the checklist is still shown, and the
// answers are printed as an answers file so nothing typed is lost.
func TestStartStateNotWritable(t *testing.T) {
	// Nothing can be created under /proc, not even by root; reading finds no
	// saved state, so the interview runs and saving at the end fails.
	if _, err := os.Stat("/proc/self"); err != nil {
		t.Skip("needs Linux /proc")
	}
	r := runIn(t, "/proc/self/sosabc-test", testEnv{stdin: strings.Repeat("\n", 40)}, "start", "--accessible")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\n%s", r.code, r.err)
	}
	if !strings.Contains(r.out, "Sjekklisten din") {
		t.Error("the checklist was not shown")
	}
	for _, want := range []string{"Svarene dine ble ikke lagret. Her er de som en svarfil.", "version: 2", "stage: idea", "Kunne ikke lagre fremdriften i /proc/self/sosabc-test", "Sjekk at du har skrivetilgang"} {
		if !strings.Contains(r.err, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.err)
		}
	}
}
