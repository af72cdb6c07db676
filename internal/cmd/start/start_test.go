package start_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
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
	r := cmdtest.Run(t, cmdtest.Env{StateDir: dir, Stdin: stdin}, "start")
	if r.Code != 0 {
		t.Fatalf("exit %d\nstderr:\n%s", r.Code, r.Err)
	}
	for _, want := range []string{"Steg 1 av 6: Ideen din", "Hvorfor vi spør: Svaret avgjør", "Det forsto vi ikke: «abc» er ikke et helt tall. Skriv tallet med sifre. Prøv igjen.", "Se over svarene dine:", "Svarene og sjekklisten er lagret."} {
		if !strings.Contains(r.Err, want) {
			t.Errorf("stderr lacks %q", want)
		}
	}
	if !strings.Contains(r.Out, "Sjekklisten din") || !strings.Contains(r.Out, "tegn-yrkesskadeforsikring") || strings.Contains(r.Out, "\x1b") {
		t.Errorf("stdout is not the plain checklist:\n%.400s", r.Out)
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
	r := cmdtest.Run(t, cmdtest.Env{StateDir: t.TempDir()}, "start")
	if r.Code != 2 || !strings.HasPrefix(r.Err, "«sosabc start» trenger en terminal, eller svar på standard inn.") {
		t.Fatalf("exit %d, stderr %q", r.Code, r.Err)
	}
}

// Input that ends halfway is an abort: what was typed is kept.
func TestStartInputEndsHalfway(t *testing.T) {
	dir := t.TempDir()
	r := cmdtest.Run(t, cmdtest.Env{StateDir: dir, Stdin: "3\n1\n"}, "start")
	if r.Code != 130 || !strings.Contains(r.Err, "Avbrutt. De 2 svarene dine er lagret.") {
		t.Fatalf("exit %d, stderr %q", r.Code, r.Err)
	}
	if st := readState(t, dir); st.Answers["stage"] != "running" {
		t.Errorf("answers not kept: %v", st.Answers)
	}
}

func TestStartWithAnswersFile(t *testing.T) {
	dir := t.TempDir()
	file := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", validAnswers)
	r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file)
	if r.Code != 0 || !strings.Contains(r.Out, "Sjekklisten din") {
		t.Fatalf("exit %d: %s", r.Code, r.Err)
	}
	if st := readState(t, dir); st.Answers["form"] != "AS" {
		t.Errorf("answers not saved: %v", st.Answers)
	}
	// --no-save keeps nothing on disk.
	empty := t.TempDir()
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: empty}, "start", "--answers", file, "--no-save"); r.Code != 0 {
		t.Fatalf("--no-save: exit %d: %s", r.Code, r.Err)
	}
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Errorf("--no-save wrote %d files", len(entries))
	}
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

func TestAnswersFileErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"missing required", "version: 1\nstage: idea\n", "Svarfilen mangler svar som trengs: form.\n"},
		{"unknown key", "version: 1\nstage: idea\nform: AS\nemployes: 2\n", "svar.yaml:4: ukjent nøkkel «employes»: mente du «employees»?"},
		{"bad value", "version: 1\nstage: kanskje\nform: AS\n", "svar.yaml:2: stage: «kanskje» er ikke et gyldig valg. Gyldige verdier: idea, starting, running"},
		{"negative number", "version: 1\nstage: idea\nform: AS\nemployees: -1\n", "svar.yaml:4: employees: -1 er negativt"},
		{"newer version", "version: 3\nstage: idea\n", "svar.yaml:1: svarfilen er laget av en nyere versjon av sosabc (format 3)."},
		{"not yaml", "version: 1\nstage: [idea\n", "svar.yaml:2: en liste i [ ] er ikke lukket"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", tt.data)
			r := cmdtest.Run(t, cmdtest.Env{StateDir: t.TempDir()}, "sjekkliste", "--answers", file)
			if r.Code != 2 {
				t.Errorf("exit %d, want 2", r.Code)
			}
			if !strings.Contains(r.Err, tt.want) {
				t.Errorf("stderr =\n%s\nwant it to contain\n%s", r.Err, tt.want)
			}
			if r.Out != "" {
				t.Errorf("stdout should be empty, got %d bytes", len(r.Out))
			}
		})
	}
	r := cmdtest.Run(t, cmdtest.Env{StateDir: t.TempDir()}, "sjekkliste", "--answers", "/finnes/ikke.yaml")
	if r.Code != 2 || r.Err != "Fant ikke svarfilen «/finnes/ikke.yaml». Sjekk navnet og mappen.\n" {
		t.Errorf("missing file: exit %d, %q", r.Code, r.Err)
	}
}

func TestCorruptStateIsMovedAside(t *testing.T) {
	dir := t.TempDir()
	cmdtest.WriteFile(t, dir, "state.json", "{ikke json")
	file := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", validAnswers)
	r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file)
	if r.Code != 0 || !strings.Contains(r.Err, "Vi har flyttet filen til") {
		t.Fatalf("exit %d, stderr %q", r.Code, r.Err)
	}
	moved, _ := filepath.Glob(filepath.Join(dir, "state.json.bad-*"))
	if len(moved) != 1 {
		t.Fatalf("the broken file was not kept aside: %v", moved)
	}
	if data, _ := os.ReadFile(moved[0]); string(data) != "{ikke json" {
		t.Errorf("the kept file changed: %q", data)
	}
}

// A saved interview is a valid answers file.
func TestSavedAnswersAreAnAnswersFile(t *testing.T) {
	dir := t.TempDir()
	file := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", validAnswers)
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file); r.Code != 0 {
		t.Fatal(r.Err)
	}
	saved := filepath.Join(dir, "svar.yaml")
	first := cmdtest.Run(t, cmdtest.Env{StateDir: t.TempDir()}, "sjekkliste", "--answers", file, "--format", "json")
	again := cmdtest.Run(t, cmdtest.Env{StateDir: t.TempDir()}, "sjekkliste", "--answers", saved, "--format", "json")
	if again.Code != 0 || first.Out != again.Out {
		t.Fatalf("the saved file gives another checklist (exit %d): %s", again.Code, again.Err)
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
	r := cmdtest.Run(t, cmdtest.Env{StateDir: "/proc/self/sosabc-test", Stdin: strings.Repeat("\n", 40)}, "start", "--accessible")
	if r.Code != 1 {
		t.Fatalf("exit %d, want 1\n%s", r.Code, r.Err)
	}
	if !strings.Contains(r.Out, "Sjekklisten din") {
		t.Error("the checklist was not shown")
	}
	for _, want := range []string{"Svarene dine ble ikke lagret. Her er de som en svarfil.", "version: 2", "stage: idea", "Kunne ikke lagre fremdriften i /proc/self/sosabc-test", "Sjekk at du har skrivetilgang"} {
		if !strings.Contains(r.Err, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.Err)
		}
	}
}

// A person at a screen reader gets the intro as three lines before the
// first question, the first time only (ux-review m10).
func TestStartIntroLineMode(t *testing.T) {
	dir := t.TempDir()
	env := cmdtest.Env{StateDir: dir, TTY: true, Width: 200, Vars: map[string]string{"ACCESSIBLE": "1"}, Stdin: "2\n"}
	r := cmdtest.Run(t, env, "start")
	want := "Du får 19 eller 20 spørsmål om ideen din, og så en sjekkliste som passer for deg. Det tar omtrent 6 minutter.\n" +
		"Svarene blir på denne maskinen, i mappen " + dir + ". sosabc sender ingenting ut.\n" +
		"Skriv ? for å se hvorfor vi spør, og < for å gå tilbake. Ctrl+C tar en pause, og «sosabc start» fortsetter der du slapp.\n" +
		"\nSteg 1 av 6: Ideen din\n"
	if !strings.HasPrefix(r.Err, want) {
		t.Fatalf("stderr begins\n%.600s\nwant\n%s", r.Err, want)
	}
	// Resumed: no intro.
	r = cmdtest.Run(t, env, "start")
	if strings.Contains(r.Err, "Du får") || !strings.HasPrefix(r.Err, "Du har svart på noen av spørsmålene før.") {
		t.Errorf("the intro came again on resume:\n%.300s", r.Err)
	}
	// --no-save says so.
	r = cmdtest.Run(t, cmdtest.Env{StateDir: t.TempDir(), TTY: true, Width: 80, Vars: map[string]string{"ACCESSIBLE": "1"}}, "start", "--no-save")
	if !strings.Contains(r.Err, "Svarene lagres ikke: du har valgt --no-save.\n") || !strings.Contains(r.Err, "Ctrl+C avbryter.") {
		t.Errorf("--no-save intro:\n%.400s", r.Err)
	}
}

// summaryOf is the summary that a terminal gets before the plan.
func summaryOf(t *testing.T, out string) string {
	t.Helper()
	summary, _, ok := strings.Cut(out, "Sjekklisten din\n===============\n")
	if !ok || !strings.HasPrefix(summary, "Sjekklisten din er klar\n") {
		t.Fatalf("no summary before the plan:\n%.600s", out)
	}
	return summary
}

// After the interview a terminal gets a summary that fits on one screen,
// then the plan. A pipe gets the plan alone, as before.
func TestStartSummary(t *testing.T) {
	dir := t.TempDir()
	tty := cmdtest.Env{StateDir: dir, TTY: true, Width: 80, Vars: map[string]string{"NO_COLOR": "1"}}
	first := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", validAnswers)
	r := cmdtest.Run(t, tty, "start", "--answers", first)
	if r.Code != 0 {
		t.Fatal(r.Err)
	}
	summary := summaryOf(t, r.Out)
	cmdtest.Golden(t, "summary-first.txt", summary)
	if lines := strings.Count(summary, "\n"); lines > 22 {
		t.Errorf("the summary has %d lines: it must fit on a 24-line screen with the prompt", lines)
	}
	if r.Err != "Svarene og sjekklisten er lagret.\nSvarene ligger også i denne filen, som du kan bruke med --answers:\n  "+filepath.Join(dir, "svar.yaml")+"\n" {
		t.Errorf("stderr %q", r.Err)
	}

	// Tick two, then fewer employees: the summary tells what changed.
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "gjort", "tegn-yrkesskadeforsikring", "1"); r.Code != 0 {
		t.Fatal(r.Err)
	}
	edited := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", strings.Replace(validAnswers, "employees: 2", "employees: 0", 1))
	r = cmdtest.Run(t, tty, "start", "--answers", edited)
	cmdtest.Golden(t, "summary-edited.txt", summaryOf(t, r.Out))

	// Undecided: the form that fits best.
	r = cmdtest.Run(t, cmdtest.Env{StateDir: t.TempDir(), TTY: true, Width: 60, Vars: map[string]string{"NO_COLOR": "1"}}, "start", "--persona", "tilgjengelig-app")
	cmdtest.Golden(t, "summary-undecided-60.txt", summaryOf(t, r.Out))

	// Piped: the plan is the data, with no summary.
	r = cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", first)
	if !strings.HasPrefix(r.Out, "Sjekklisten din\n===============\n") {
		t.Errorf("piped output does not start with the plan:\n%.300s", r.Out)
	}
}

// --new starts from scratch: no ticks, and nothing to compare with.
func TestStartNewForgetsTicksAndSeen(t *testing.T) {
	dir := t.TempDir()
	file := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", validAnswers)
	cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file)
	cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "gjort", "1")
	other := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", strings.Replace(validAnswers, "employees: 2", "employees: 0", 1))
	r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--new", "--answers", other)
	if r.Code != 0 || strings.Contains(r.Out, "Endret siden sist") || strings.Contains(r.Out, "(ny)") || !strings.Contains(r.Out, " 0 av ") {
		t.Errorf("a new start tells of changes or keeps ticks (exit %d):\n%.500s", r.Code, r.Out)
	}
	if st := readState(t, dir); len(st.Done) != 0 {
		t.Errorf("ticks after --new: %v", st.Done)
	}
	// --no-save touches nothing.
	before, _ := os.ReadFile(filepath.Join(dir, "state.json"))
	cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file, "--no-save")
	if after, _ := os.ReadFile(filepath.Join(dir, "state.json")); string(after) != string(before) {
		t.Error("--no-save changed the state")
	}
}

// D2: aborting a resumed line-by-line interview keeps the answers from
// before: input that ends right after «Fortsette der jeg slapp», or after
// one more answer, saves the earlier answers and the new one, nothing
// else.
func TestResumeThenInputEndsKeepsEarlierAnswers(t *testing.T) {
	for _, tt := range []struct {
		name, stdin, says string
		want              map[string]any
	}{
		{"nothing more", "1\n", "Avbrutt. De 2 svarene dine er lagret.", map[string]any{"stage": "idea", "form": "AS"}},
		{"one more answer", "1\n3\n", "Avbrutt. De 3 svarene dine er lagret.", map[string]any{"stage": "idea", "form": "AS", "target_groups": []any{"elderly"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			file := cmdtest.WriteFile(t, t.TempDir(), "a.yaml", "version: 2\nstage: idea\nform: AS\n")
			if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file); r.Code != 0 {
				t.Fatal(r.Err)
			}
			r := cmdtest.Run(t, cmdtest.Env{StateDir: dir, Stdin: tt.stdin}, "start", "--accessible")
			if r.Code != 130 || !strings.Contains(r.Err, tt.says) {
				t.Fatalf("exit %d, stderr:\n%s", r.Code, r.Err)
			}
			if got := readState(t, dir).Answers; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("saved %v, want %v", got, tt.want)
			}
		})
	}
}

// «sosabc start --persona …» is in the help for trying sosabc. Found in
// QA: with a plan of your own saved, it put the made-up founder's answers
// in place of yours without a word. Now it stops and says what to do;
// --new replaces them, and the same persona again changes nothing.
func TestPersonaDoesNotReplaceYourAnswers(t *testing.T) {
	dir := t.TempDir()
	file := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", validAnswers)
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file); r.Code != 0 {
		t.Fatal(r.Err)
	}
	cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "gjort", "1")
	before, _ := os.ReadFile(filepath.Join(dir, "state.json"))
	r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--persona", "kafe-inkludering")
	const want = "Du har lagret egne svar fra før. Med --persona blir de byttet ut med svarene til en oppdiktet gründer.\n" +
		"Se planen til den oppdiktede gründeren med «sosabc sjekkliste --persona kafe-inkludering». Vil du begynne på nytt med svarene til den oppdiktede gründeren, skriv «sosabc start --persona kafe-inkludering --new». Da forsvinner svarene og avkryssingene dine.\n"
	if r.Code != 2 || r.Err != want || r.Out != "" {
		t.Errorf("exit %d, stdout %.100q, stderr %q; want 2 and %q", r.Code, r.Out, r.Err, want)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "state.json")); string(after) != string(before) {
		t.Error("the refused persona changed the saved state")
	}
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--persona", "kafe-inkludering", "--new"); r.Code != 0 {
		t.Fatalf("--new: exit %d %s", r.Code, r.Err)
	}
	if st := readState(t, dir); st.Answers["form"] != "ideelt-AS" || len(st.Done) != 0 {
		t.Errorf("after --new: form %v, ticks %v; want the persona's ideelt-AS and no ticks", st.Answers["form"], st.Done)
	}
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--persona", "kafe-inkludering"); r.Code != 0 {
		t.Errorf("the same persona again: exit %d %s", r.Code, r.Err)
	}
}

// Enter on a list question with nothing chosen means none. It is saved as an
// empty list, so the next «sosabc start» resumes from it: a saved «null»
// made the state file «ødelagt» and moved it aside.
func TestEmptyListAnswerResumes(t *testing.T) {
	dir := t.TempDir()
	r := cmdtest.Run(t, cmdtest.Env{StateDir: dir, Stdin: "1\n\n"}, "start")
	if r.Code != 130 {
		t.Fatalf("exit %d, stderr %q", r.Code, r.Err)
	}
	if got, ok := readState(t, dir).Answers["target_groups"].([]any); !ok || len(got) != 0 {
		t.Fatalf("target_groups saved as %#v, want []", readState(t, dir).Answers["target_groups"])
	}
	r = cmdtest.Run(t, cmdtest.Env{StateDir: dir, Stdin: "1\n"}, "start")
	if strings.Contains(r.Err, "ødelagt") || !strings.HasPrefix(r.Err, "Du har svart på noen av spørsmålene før.") {
		t.Errorf("resume:\n%.400s", r.Err)
	}
}

// --accessible is ACCESSIBLE=1 for the whole run: after the questions the
// summary and the plan are plain text on the screen. The pager opened
// instead, and its keys went to the line reader: q and Ctrl-C did nothing
// (without the fix this test hangs until go test times out).
func TestAccessibleFlagShowsPlainPlan(t *testing.T) {
	stdin := strings.Join([]string{"1", "0", "0", "0", "0", "0", "2", "1", "nei", "", "0", "0", "0", "nei", "nei", "1", "0", "nei", "Skien", ""}, "\n") + "\n"
	env := cmdtest.Env{StateDir: t.TempDir(), TTY: true, Width: 60, Height: 24, Stdin: stdin}
	r := cmdtest.Run(t, env, "start", "--accessible")
	if r.Code != 0 {
		t.Fatalf("exit %d\nstderr:\n%s", r.Code, r.Err)
	}
	if strings.Contains(r.Out+r.Err, "\x1b") {
		t.Errorf("escape codes in the output:\n%.600q", r.Out)
	}
	// The plan is spoken text: no rule lines, no «[ ]» (plain.RenderSpoken).
	if summary, _, ok := strings.Cut(r.Out, "Sjekklisten din\n\n"); !ok || !strings.HasPrefix(summary, "Sjekklisten din er klar\n") {
		t.Fatalf("no summary before the plan:\n%.600s", r.Out)
	}
	if !strings.Contains(r.Out, "Slik bruker du listen\n\n") || !strings.Contains(r.Out, "\nIkke gjort: 1. ") || strings.Contains(r.Out, "[ ]") {
		t.Errorf("the whole plan is not on the screen as spoken text:\n%.600s", r.Out)
	}
}

// On a 40-column terminal the message after the plan breaks between words;
// the terminal broke «som d/u kan bruke».
func TestSavedMessageFitsNarrowTerminal(t *testing.T) {
	dir := t.TempDir()
	r := cmdtest.Run(t, cmdtest.Env{StateDir: dir, TTY: true, Width: 40, Vars: map[string]string{"NO_COLOR": "1"}}, "start", "--persona", "kafe-inkludering")
	want := "Svarene og sjekklisten er lagret.\nSvarene ligger også i denne filen, som\ndu kan bruke med --answers:\n  " + filepath.Join(dir, "svar.yaml") + "\n"
	if r.Code != 0 || r.Err != want {
		t.Errorf("exit %d, stderr\n%s\nwant\n%s", r.Code, r.Err, want)
	}
}
