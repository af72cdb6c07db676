package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
)

// step is one question of a scripted interview: wait for the question,
// send the keys that answer it.
type step struct {
	question string
	keys     []string
}

// answer waits for each question in turn and answers it. It waits for the
// next screen's own text, never for the old one to vanish: the review
// screen lists every question again, so «gone» is not a safe signal.
func (s *session) answer(next string, steps ...step) {
	s.t.Helper()
	for i, st := range steps {
		s.waitFor(st.question)
		s.send(st.keys...)
		want := next
		if i+1 < len(steps) {
			want = steps[i+1].question
		}
		s.waitFor(want)
	}
}

// skipIntro passes the intro screen of a first interview.
func (s *session) skipIntro() {
	s.t.Helper()
	s.waitFor("Velkommen til sosabc")
	s.send(keyEnter)
}

// The whole interview with arrow keys, space and enter; one step back with
// shift+tab; an answer changed on the review screen; then the checklist.
func TestInterviewInTerminal(t *testing.T) {
	stateDir := t.TempDir()
	s := start(t, 100, 40, []string{"SOSABC_STATE_DIR=" + stateDir}, "start")

	// The intro: what this is, how long it takes, where the answers go.
	s.waitFor("Velkommen til sosabc")
	s.waitFor("Det er 19 eller 20 spørsmål. Det tar omtrent 6 minutter.")
	s.waitFor(stateDir)
	s.send(keyEnter)
	s.waitFor("Steg 1 av 6: Ideen din")
	s.waitFor("Hvor langt har du kommet?")
	s.send("?")
	s.waitFor("Svaret avgjør hvilke steg")
	s.answer("Steg 2 av 6: Kunder og salg",
		step{"Hvor langt har du kommet?", []string{keyDown, keyEnter}}, // starting
		step{"Hvem vil du hjelpe?", []string{keySpace, keyEnter}},      // work_inclusion
	)
	s.answer("Hvor mye regner du med å selge",
		step{"Hvem skal betale for det du tilbyr?", []string{keySpace, keyEnter}},    // public_sector
		step{"Hva skal du selge?", []string{keyDown, keySpace, keyEnter}},            // services
		step{"Gjelder noe av dette for virksomheten?", []string{keySpace, keyEnter}}, // food
	)
	// Help, turned on at the first question, stays on; «?» toggles it on a
	// number question too.
	const revenueHelp = "Vi bruker beløpet til å se om du må registrere deg for mva."
	s.waitFor(revenueHelp)
	s.send("?")
	s.waitGone(revenueHelp)
	s.send("?")
	s.waitFor(revenueHelp)
	// A number field starts empty: what you type is the answer.
	s.answer("Hvilken selskapsform har du valgt?", step{"Hvor mye regner du med å selge", []string{"200 000", keyEnter}})

	// Go back one question, and forward again: the answer is kept.
	s.send(keyShiftTab)
	s.waitFor("Hvor mye regner du med å selge")
	s.send(keyEnter)
	s.answer("Se over svarene dine",
		step{"Hvilken selskapsform har du valgt?", []string{keyDown, keyEnter}}, // AS
		step{"Hvor mange er dere som starter?", []string{"2", keyEnter}},
		step{"Er noen av dere som starter, under 18 år?", []string{keyEnter}},
		step{"Hva skal skje med overskuddet?", []string{keyEnter}},
		step{"Hvor mye penger har dere til å starte med?", []string{"50000", keyEnter}},
		step{"Hvor skal pengene komme fra?", []string{keySpace, keyEnter}}, // own_money
		step{"Hvor mange regner du med å ansette", []string{"2", keyEnter}},
		step{"Skal frivillige jobbe hos dere?", []string{keyEnter}},
		step{"Skal dere jobbe med barn eller sårbare voksne?", []string{keyEnter}},
		step{"Skal dere lagre opplysninger om brukere eller kunder?", []string{keyEnter}},
		step{"Hva vil du beskytte?", []string{keyEnter}},
		step{"Skal dere leie eller eie egne lokaler?", []string{keyEnter}},
		step{"Hvilken kommune holder du til i?", []string{"Skien", keyEnter}},
	)

	// Review: change the number of employees from 2 to 3.
	s.waitFor("Se over svarene dine")
	s.waitFor("Endre: Hvor mange regner du med å ansette det første året? 2")
	s.send("/", "ansette")
	s.waitFor("ansette")
	s.send(keyEnter)
	s.waitGone("Se over svarene dine")
	s.waitFor("Steg 5 av 6: Ansatte og frivillige") // only the question page shows this
	s.answer("Endre: Hvor mange regner du med å ansette det første året? 3",
		step{"Hvor mange regner du med å ansette", []string{"3", keyEnter}})
	s.send(keyEnter) // «Ferdig: lag sjekklisten» is first

	// The plan opens in the pager, the summary on its first screen; the
	// first plan ever has nothing to compare with.
	s.waitFor("q avslutter")
	s.waitFor("Sjekklisten din er klar")
	s.waitFor("Må gjøres først")
	if strings.Contains(s.screen(), "Endret siden sist") {
		t.Errorf("the first plan tells of changes:\n%s", s.screen())
	}
	s.send(keySpace)
	s.waitGone("Linje 1–")
	s.send("q")
	s.waitFor("Svarene og sjekklisten er lagret")
	if code := s.exit(); code != 0 {
		t.Fatalf("exit code %d. Screen:\n%s", code, s.screen())
	}
	// When the pager closes, the summary stays on the screen.
	for _, want := range []string{"Sjekklisten din er klar", "Punkter per fase:", "sosabc sjekkliste gjort NUMMER"} {
		if !strings.Contains(s.screen(), want) {
			t.Errorf("%q is not on the screen after the pager:\n%s", want, s.screen())
		}
	}

	// What was saved is what was typed, and the checklist follows from it.
	cmd := exec.Command(binary, "sjekkliste", "--format", "json")
	cmd.Env = append(os.Environ(), "SOSABC_STATE_DIR="+stateDir)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("sjekkliste: %v", err)
	}
	var doc struct {
		Answers map[string]any
		Items   []struct{ ID string }
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"stage": "starting", "form": "AS", "founders": 2.0, "employees": 3.0, "revenue": 200000.0, "start_capital": 50000.0, "kommune": "Skien", "founder_minor": false}
	for k, v := range want {
		if doc.Answers[k] != v {
			t.Errorf("saved %s = %v, want %v", k, doc.Answers[k], v)
		}
	}
	if len(doc.Items) < 10 {
		t.Errorf("only %d checklist items", len(doc.Items))
	}
	if _, err := os.Stat(filepath.Join(stateDir, "state.json")); err != nil {
		t.Error(err)
	}
}

// Ctrl-C halfway saves the answers and exits 130; starting again offers to
// go on, and goes on from the next question.
func TestInterruptAndResume(t *testing.T) {
	stateDir := t.TempDir()
	env := []string{"SOSABC_STATE_DIR=" + stateDir}
	s := start(t, 100, 40, env, "start")
	s.skipIntro()
	s.answer("Hvem skal betale for det du tilbyr?",
		step{"Hvor langt har du kommet?", []string{keyDown, keyDown, keyEnter}}, // running
		step{"Hvem vil du hjelpe?", []string{keyDown, keySpace, keyEnter}},      // children_youth
	)
	s.send(keyCtrlC)
	if code := s.exit(); code != 130 {
		t.Fatalf("exit code %d, want 130", code)
	}
	s.waitFor("Avbrutt. De 2 svarene dine er lagret. Skriv «sosabc start» for å fortsette der du slapp.")

	s = start(t, 100, 40, env, "start")
	s.waitFor("Du har svart på noen av spørsmålene før. Hva vil du gjøre?")
	s.send(keyEnter) // Fortsette der jeg slapp
	s.waitFor("Hvem skal betale for det du tilbyr?")
	if strings.Contains(s.screen(), "Hvor langt har du kommet?") {
		t.Error("resumed at the first question, want the third")
	}
	s.send(keyCtrlC)
	if code := s.exit(); code != 130 {
		t.Fatalf("exit code %d, want 130", code)
	}
	data, err := os.ReadFile(filepath.Join(stateDir, "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"running"`) || !strings.Contains(string(data), `"children_youth"`) {
		t.Errorf("state lost the answers:\n%s", data)
	}
}

// In the line-by-line interview Ctrl-C is a signal, not a key: it too saves
// the answers and exits 130.
func TestAccessibleInterrupt(t *testing.T) {
	stateDir := t.TempDir()
	s := start(t, 80, 24, []string{"SOSABC_STATE_DIR=" + stateDir, "ACCESSIBLE=1"}, "start")
	s.waitFor("Hvor langt har du kommet?")
	s.send("2\r")
	s.waitFor("Hvem vil du hjelpe?")
	s.send(keyCtrlC)
	if code := s.exit(); code != 130 {
		t.Fatalf("exit code %d, want 130. Screen:\n%s", code, s.screen())
	}
	s.waitFor("Avbrutt. Svaret ditt er lagret.")
	data, err := os.ReadFile(filepath.Join(stateDir, "state.json"))
	if err != nil || !strings.Contains(string(data), `"starting"`) {
		t.Fatalf("the answer was not saved: %v\n%s", err, data)
	}
}

// SIGTERM in the middle of the full-screen interview stops it like Ctrl-C:
// the answers given so far are saved, nothing else, and the exit code says
// a signal ended it (143). It must never submit the form with defaults.
func TestTerminateMidInterview(t *testing.T) {
	stateDir := t.TempDir()
	s := start(t, 100, 40, []string{"SOSABC_STATE_DIR=" + stateDir}, "start")
	s.skipIntro()
	s.answer("Hvem skal betale for det du tilbyr?",
		step{"Hvor langt har du kommet?", []string{keyDown, keyEnter}}, // starting
		step{"Hvem vil du hjelpe?", []string{keyEnter}},                // none
	)
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := s.exit(); code != 143 {
		t.Fatalf("exit code %d, want 143. Screen:\n%s", code, s.screen())
	}
	s.waitFor("Avbrutt. De 2 svarene dine er lagret.")
	var st struct{ Answers map[string]any }
	data, err := os.ReadFile(filepath.Join(stateDir, "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Answers) != 2 || st.Answers["stage"] != "starting" {
		t.Errorf("saved %v, want exactly the two answers given", st.Answers)
	}
}

// resumeAccessible answers the first question of the line-by-line
// interview («3»: running), pauses with Ctrl-C at the second, and starts
// again with «Fortsette der jeg slapp». It returns the new run, at
// «Hvem vil du hjelpe?».
func resumeAccessible(t *testing.T, stateDir string) *session {
	t.Helper()
	env := []string{"SOSABC_STATE_DIR=" + stateDir, "ACCESSIBLE=1"}
	s := start(t, 80, 24, env, "start")
	s.waitFor("Hvor langt har du kommet?")
	s.send("3\r") // running
	s.waitFor("Hvem vil du hjelpe?")
	s.send(keyCtrlC)
	if code := s.exit(); code != 130 {
		t.Fatalf("exit code %d, want 130", code)
	}
	s = start(t, 80, 24, env, "start")
	s.waitFor("Fortsette der jeg slapp")
	s.send("1\r")
	s.waitFor("Hvem vil du hjelpe?")
	return s
}

// Aborting a resumed line-by-line interview keeps the answers from before.
func TestAccessibleAbortAfterResume(t *testing.T) {
	stateDir := t.TempDir()
	s := resumeAccessible(t, stateDir)
	s.send(keyCtrlC)
	if code := s.exit(); code != 130 {
		t.Fatalf("exit code %d, want 130. Screen:\n%s", code, s.screen())
	}
	s.waitFor("Avbrutt. Svaret ditt er lagret.")
	data, err := os.ReadFile(filepath.Join(stateDir, "state.json"))
	if err != nil || !strings.Contains(string(data), `"running"`) {
		t.Fatalf("the earlier answer was lost: %v\n%s", err, data)
	}
}

// With NO_COLOR the chosen Ja/Nei button is in brackets: colour was the
// only sign of it (ux-review M8). «j» answers ja.
func TestNoColorConfirmShowsChoice(t *testing.T) {
	s := start(t, 80, 24, []string{"SOSABC_STATE_DIR=" + t.TempDir(), "NO_COLOR=1"}, "start")
	s.skipIntro()
	s.answer("Er noen av dere som starter, under 18 år?",
		step{"Hvor langt har du kommet?", []string{keyEnter}},
		step{"Hvem vil du hjelpe?", []string{keyEnter}},
		step{"Hvem skal betale for det du tilbyr?", []string{keyEnter}},
		step{"Hva skal du selge?", []string{keyEnter}},
		step{"Gjelder noe av dette for virksomheten?", []string{keyEnter}},
		step{"Hvor mye regner du med å selge", []string{keyEnter}},
		step{"Hvilken selskapsform har du valgt?", []string{keyEnter}},
		step{"Hvor mange er dere som starter?", []string{keyEnter}},
	)
	s.waitFor("[Nei]")
	s.mu.Lock()
	raw := s.raw.String()
	s.mu.Unlock()
	if strings.Contains(s.screen(), "[Ja]") || strings.Contains(raw, "\x1b[7m") {
		t.Errorf("Nei is the default; the screen marks Ja, or uses reverse video with NO_COLOR:\n%s", s.screen())
	}
	s.send(keyLeft)
	s.waitFor("[Ja]")
	if strings.Contains(s.screen(), "[Nei]") {
		t.Errorf("both answers are marked:\n%s", s.screen())
	}
	s.send(keyRight)
	s.waitFor("[Nei]")
	s.send("j")
	s.waitFor("Hva skal skje med overskuddet?")
	s.send(keyShiftTab)
	s.waitFor("[Ja]")
}

// After a resume, shift+tab goes back to the questions answered before, and
// the key line says so (ux-review m3).
func TestResumeThenGoBack(t *testing.T) {
	env := []string{"SOSABC_STATE_DIR=" + t.TempDir()}
	s := start(t, 100, 40, env, "start")
	s.skipIntro()
	s.answer("Hvem skal betale for det du tilbyr?",
		step{"Hvor langt har du kommet?", []string{keyDown, keyEnter}}, // starting
		step{"Hvem vil du hjelpe?", []string{keyDown, keySpace, keyEnter}},
	)
	s.send(keyCtrlC)
	if code := s.exit(); code != 130 {
		t.Fatalf("exit code %d, want 130", code)
	}
	s = start(t, 100, 40, env, "start")
	s.waitFor("Fortsette der jeg slapp")
	if strings.Contains(s.screen(), "Velkommen til sosabc") {
		t.Error("the intro came again on resume")
	}
	s.send(keyEnter)
	s.waitFor("Hvem skal betale for det du tilbyr?")
	s.waitFor("shift+tab tilbake")
	s.send(keyShiftTab)
	s.waitFor("Hvem vil du hjelpe?")
	s.waitFor("[x] Barn og unge") // the earlier answer
	s.send(keyShiftTab)
	s.waitFor("Hvor langt har du kommet?")
	s.waitFor("> Jeg er i gang med å starte")
	if strings.Contains(s.screen(), "shift+tab tilbake") {
		t.Errorf("the first question offers to go back:\n%s", s.screen())
	}
}

// Editing one answer keeps the ticks, and the plan opens with what changed.
func TestEditAnswerShowsChanges(t *testing.T) {
	stateDir := t.TempDir()
	env := []string{"SOSABC_STATE_DIR=" + stateDir}
	for _, args := range [][]string{{"start", "--persona", "arbeid-etter-rus"}, {"sjekkliste", "gjort", "1", "tegn-yrkesskadeforsikring"}} {
		cmd := exec.Command(binary, args...)
		cmd.Env = append(os.Environ(), env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}

	s := start(t, 100, 40, env, "start")
	s.waitFor("Du har svart på alle spørsmålene før. Hva vil du gjøre?")
	s.send(keyEnter) // Se over og endre svarene
	s.waitFor("Se over svarene dine")
	s.send("/", "ansette")
	s.waitFor("ansette")
	s.send(keyEnter)
	s.waitFor("Steg 5 av 6: Ansatte og frivillige")
	s.send("\x7f", "\x7f", "\x7f", "0", keyEnter) // backspace the old answer away
	s.waitFor("Endre: Hvor mange regner du med å ansette det første året? 0")
	s.send(keyEnter) // Ferdig
	s.waitFor("q avslutter")
	s.waitFor("Endret siden sist: ")
	s.waitFor("Avkryssingene dine er beholdt.")
	// The section itself is under the summary.
	s.pageUntil("Ikke lenger på listen:")
	s.pageUntil("Kjøp yrkesskadeforsikring (krysset av)")
	s.send("q")
	s.waitFor("Svarene og sjekklisten er lagret")
	if code := s.exit(); code != 0 {
		t.Fatalf("exit code %d. Screen:\n%s", code, s.screen())
	}

	// Seen once: the saved plan has no changes left, and both ticks are
	// still in the state.
	cmd := exec.Command(binary, "sjekkliste", "--format", "json")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Changes  any
		Progress struct{ Done int }
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Changes != nil || doc.Progress.Done != 1 {
		t.Errorf("changes %v, %d done on the list; want none and 1", doc.Changes, doc.Progress.Done)
	}
	data, err := os.ReadFile(filepath.Join(stateDir, "state.json"))
	if err != nil || !strings.Contains(string(data), `"tegn-yrkesskadeforsikring"`) {
		t.Errorf("the tick of the item that left was lost: %v\n%s", err, data)
	}
}

// pageUntil pages down in the pager until the screen shows text.
func (s *session) pageUntil(text string) {
	s.t.Helper()
	for i := 0; i < 10 && !strings.Contains(s.screen(), text); i++ {
		// «Linje 1–39» of «Linje 1–39 av 182»: the count grows while the
		// rest of the page is rendered, so only the lines shown tell that
		// the page has moved.
		shown := ""
		for _, line := range strings.Split(s.screen(), "\n") {
			if strings.HasPrefix(line, "Linje ") {
				shown, _, _ = strings.Cut(line, " av ")
			}
		}
		if shown == "" {
			s.t.Fatalf("not in the pager. Screen:\n%s", s.screen())
		}
		s.send(keySpace)
		s.waitGone(shown + " av ")
	}
	s.waitFor(text)
}

// savedAnswers reads the answers in the state file.
func savedAnswers(t *testing.T, stateDir string) map[string]any {
	t.Helper()
	var st struct{ Answers map[string]any }
	data, err := os.ReadFile(filepath.Join(stateDir, "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatal(err)
	}
	return st.Answers
}

// D3 after a resume: SIGTERM keeps the earlier answers and the one given
// now, never fills in the questions not reached, and exits 143.
func TestTerminateAfterResume(t *testing.T) {
	stateDir := t.TempDir()
	env := []string{"SOSABC_STATE_DIR=" + stateDir}
	s := start(t, 100, 40, env, "start")
	s.skipIntro()
	s.answer("Hvem skal betale for det du tilbyr?",
		step{"Hvor langt har du kommet?", []string{keyDown, keyEnter}}, // starting
		step{"Hvem vil du hjelpe?", []string{keySpace, keyEnter}},      // work_inclusion
	)
	s.send(keyCtrlC)
	if code := s.exit(); code != 130 {
		t.Fatalf("exit code %d, want 130", code)
	}

	s = start(t, 100, 40, env, "start")
	s.waitFor("Fortsette der jeg slapp")
	s.send(keyEnter)
	s.answer("Hva skal du selge?", step{"Hvem skal betale for det du tilbyr?", []string{keySpace, keyEnter}}) // public_sector
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := s.exit(); code != 143 {
		t.Fatalf("exit code %d, want 143. Screen:\n%s", code, s.screen())
	}
	s.waitFor("Avbrutt. De 3 svarene dine er lagret.")
	want := map[string]any{"stage": "starting", "target_groups": []any{"work_inclusion"}, "customers": []any{"public_sector"}}
	if got := savedAnswers(t, stateDir); !reflect.DeepEqual(got, want) {
		t.Errorf("saved %v, want exactly %v", got, want)
	}
}

// D3 as the review found it: a signal on the review screen is not
// «Ferdig». The saved answers stay as they were, and nothing says the
// plan was saved.
func TestTerminateOnReview(t *testing.T) {
	stateDir := t.TempDir()
	env := []string{"SOSABC_STATE_DIR=" + stateDir}
	setup := exec.Command(binary, "start", "--persona", "kafe-inkludering")
	setup.Env = append(os.Environ(), env...)
	if out, err := setup.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	before := savedAnswers(t, stateDir)
	s := start(t, 100, 40, env, "start")
	s.waitFor("Se over og endre svarene")
	s.send(keyEnter)
	s.waitFor("Se over svarene dine")
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := s.exit(); code != 143 {
		t.Fatalf("exit code %d, want 143. Screen:\n%s", code, s.screen())
	}
	if strings.Contains(s.screen(), "Svarene og sjekklisten er lagret") {
		t.Errorf("the review was taken as done:\n%s", s.screen())
	}
	if got := savedAnswers(t, stateDir); !reflect.DeepEqual(got, before) {
		t.Errorf("answers changed:\n got %v\nwant %v", got, before)
	}
}

// The line-by-line interview stops the same way on SIGTERM: the answer
// given is saved, the question it waited on is not, exit 143.
func TestAccessibleTerminate(t *testing.T) {
	stateDir := t.TempDir()
	s := start(t, 80, 24, []string{"SOSABC_STATE_DIR=" + stateDir, "ACCESSIBLE=1"}, "start")
	s.waitFor("Hvor langt har du kommet?")
	s.send("2\r")
	s.waitFor("Hvem vil du hjelpe?")
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := s.exit(); code != 143 {
		t.Fatalf("exit code %d, want 143. Screen:\n%s", code, s.screen())
	}
	s.waitFor("Avbrutt. Svaret ditt er lagret.")
	if got, want := savedAnswers(t, stateDir), map[string]any{"stage": "starting"}; !reflect.DeepEqual(got, want) {
		t.Errorf("saved %v, want %v", got, want)
	}
}

// SIGHUP (the terminal closed) after a resume in the line-by-line
// interview: the earlier answers and the new one stay, exit 129.
func TestAccessibleHangupAfterResume(t *testing.T) {
	stateDir := t.TempDir()
	s := resumeAccessible(t, stateDir)
	s.send("3\r") // elderly
	s.waitFor("Hvem skal betale for det du tilbyr?")
	if err := s.cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	if code := s.exit(); code != 129 {
		t.Fatalf("exit code %d, want 129. Screen:\n%s", code, s.screen())
	}
	want := map[string]any{"stage": "running", "target_groups": []any{"elderly"}}
	if got := savedAnswers(t, stateDir); !reflect.DeepEqual(got, want) {
		t.Errorf("saved %v, want %v", got, want)
	}
}
