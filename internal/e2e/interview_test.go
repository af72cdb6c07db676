package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const keyBackspace = "\x7f"

// answer waits for a question and sends the keys that answer it.
func (s *session) answer(question string, keys ...string) {
	s.t.Helper()
	s.waitFor(question)
	s.send(keys...)
	s.waitGone(question)
}

// The whole interview with arrow keys, space and enter; one step back with
// shift+tab; an answer changed on the review screen; then the checklist.
func TestInterviewInTerminal(t *testing.T) {
	stateDir := t.TempDir()
	s := start(t, 100, 40, []string{"SOSABC_STATE_DIR=" + stateDir}, "start")

	s.waitFor("Steg 1 av 6: Ideen din")
	s.waitFor("Hvor langt har du kommet?")
	s.send("?")
	s.waitFor("Svaret avgjør hvilke steg")
	s.answer("Hvor langt har du kommet?", keyDown, keyEnter) // starting
	s.answer("Hvem vil du hjelpe?", keySpace, keyEnter)      // work_inclusion
	s.waitFor("Steg 2 av 6: Kunder og salg")
	s.answer("Hvem skal betale for det du tilbyr?", keySpace, keyEnter) // public_sector
	s.answer("Hva skal du selge?", keyDown, keySpace, keyEnter)         // services
	// Help, turned on at the first question, stays on; «?» toggles it on a
	// number question too.
	const revenueHelp = "Vi bruker beløpet til å se om du må registrere deg for mva."
	s.waitFor(revenueHelp)
	s.send("?")
	s.waitGone(revenueHelp)
	s.send("?")
	s.waitFor(revenueHelp)
	s.answer("Hvor mye regner du med å selge", keyBackspace, "200 000", keyEnter)

	// Go back one question, and forward again.
	s.waitFor("Hvilken selskapsform har du valgt?")
	s.send(keyShiftTab)
	s.waitFor("Hvor mye regner du med å selge")
	s.send(keyEnter)
	s.answer("Hvilken selskapsform har du valgt?", keyDown, keyEnter) // AS
	s.answer("Hvor mange er dere som starter?", keyBackspace, "2", keyEnter)
	s.answer("Hva skal skje med overskuddet?", keyEnter)
	s.answer("Hvor mye penger har dere til å starte med?", keyBackspace, "50000", keyEnter)
	s.answer("Hvor skal pengene komme fra?", keySpace, keyEnter) // own_money
	s.answer("Hvor mange regner du med å ansette", keyBackspace, "2", keyEnter)
	s.answer("Skal frivillige jobbe hos dere?", keyEnter)
	s.answer("Skal dere jobbe med barn eller sårbare voksne?", keyEnter)
	s.answer("Skal dere samle inn sensitive opplysninger", keyEnter)
	s.answer("Hva vil du beskytte?", keyEnter)
	s.answer("Skal dere leie eller eie egne lokaler?", keyEnter)
	s.answer("Hvilken kommune holder du til i?", "Skien", keyEnter)

	// Review: change the number of employees from 2 to 3.
	s.waitFor("Se over svarene dine")
	s.waitFor("Endre: Hvor mange regner du med å ansette det første året? 2")
	s.send("/", "ansette")
	s.waitFor("ansette")
	s.send(keyEnter)
	s.waitGone("Se over svarene dine")
	s.waitFor("Steg 5 av 6: Ansatte og frivillige") // only the question page shows this
	s.answer("Hvor mange regner du med å ansette", keyBackspace, "3", keyEnter)
	s.waitFor("Endre: Hvor mange regner du med å ansette det første året? 3")
	s.send(keyEnter) // «Ferdig: lag sjekklisten» is first
	s.waitFor("Svarene og sjekklisten er lagret")
	if code := s.exit(); code != 0 {
		t.Fatalf("exit code %d. Screen:\n%s", code, s.screen())
	}
	if !strings.Contains(s.screen(), "Slik bruker du listen") {
		t.Errorf("the end of the checklist is not on the screen:\n%s", s.screen())
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
	want := map[string]any{"stage": "starting", "form": "AS", "founders": 2.0, "employees": 3.0, "revenue": 200000.0, "start_capital": 50000.0, "kommune": "Skien"}
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
	s.answer("Hvor langt har du kommet?", keyDown, keyDown, keyEnter) // running
	s.answer("Hvem vil du hjelpe?", keyDown, keySpace, keyEnter)      // children_youth
	s.waitFor("Hvem skal betale for det du tilbyr?")
	s.send(keyCtrlC)
	if code := s.exit(); code != 130 {
		t.Fatalf("exit code %d, want 130", code)
	}
	s.waitFor("Avbrutt. De 2 svarene dine er lagret. Skriv «sosabc start» for å fortsette der du slapp.")

	s = start(t, 100, 40, env, "start")
	s.waitFor("Du har svart på noen spørsmål før. Hva vil du gjøre?")
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
