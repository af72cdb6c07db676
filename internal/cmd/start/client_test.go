package start_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
)

// An adviser goes through the questions with a client: the answers go to
// the client's file, with the client's name, and the adviser's own plan is
// never touched. Stopped halfway, the file keeps what was answered, and
// the next run goes on from it.
func TestSaveAnswersForAClient(t *testing.T) {
	stateDir := t.TempDir()
	file := filepath.Join(t.TempDir(), "amina.yaml")

	// Two answers, then the input ends: stopped halfway.
	r := cmdtest.Run(t, cmdtest.Env{StateDir: stateDir, Stdin: "2\n1\n"}, "start", "--save-answers", file, "--client", "Amina Hansen")
	if r.Code != 130 || !strings.Contains(r.Err, "Avbrutt. Svarene så langt er lagret i "+file+". Fortsett med «sosabc start --save-answers "+file+"».") {
		t.Fatalf("exit %d, stderr:\n%s", r.Code, r.Err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"version: 2\n", "client: Amina Hansen\n", "stage: starting\n", "target_groups: [work_inclusion]\n"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the file lacks %q:\n%s", want, data)
		}
	}

	// The rest, from where it stopped: the resume question first.
	rest := strings.Join([]string{
		"1",       // go on where we stopped
		"1",       // customers: public sector
		"2",       // sells: services
		"0",       // activities: none
		"300000",  // revenue
		"2",       // form: AS
		"2",       // founders
		"nei",     // a founder under 18
		"",        // profit use: the default
		"50000",   // start capital
		"1",       // funding: own money
		"0",       // employees
		"nei",     // volunteers
		"n",       // vulnerable users
		"1",       // user data: none
		"0",       // ip: none
		"n",       // premises
		"Drammen", // kommune
		"",        // review: done
	}, "\n") + "\n"
	r = cmdtest.Run(t, cmdtest.Env{StateDir: stateDir, Stdin: rest}, "start", "--save-answers", file)
	if r.Code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", r.Code, r.Err)
	}
	if !strings.Contains(r.Err, "Svarene er lagret i "+file+". Lag planen til kunden med «sosabc sjekkliste --answers "+file+" --format pdf --output plan.pdf».\n") {
		t.Errorf("stderr:\n%s", r.Err)
	}
	if !strings.Contains(r.Out, "Sjekklisten din") {
		t.Errorf("no plan on stdout:\n%.300s", r.Out)
	}
	// The plan suggests commands for the client's file: the adviser's
	// own plan has nothing to tick off.
	_, use, _ := strings.Cut(r.Out, "Slik bruker du listen\n---------------------\n\n")
	if got, want := strings.Join(strings.Fields(use), " "), "• Lag planen til utskrift: «sosabc sjekkliste --answers "+file+" --format pdf --output plan.pdf» • Se hvorfor et punkt er med: «sosabc sjekkliste hvorfor NUMMER --answers "+file+"» • Endre svarene: «sosabc start --save-answers "+file+"»"; !strings.HasPrefix(got, want) {
		t.Errorf("the plan's commands:\n%s\nwant:\n%s", got, want)
	}
	// The file is an answers file that makes the client's plan.
	out := filepath.Join(t.TempDir(), "plan.md")
	r = cmdtest.Run(t, cmdtest.Env{StateDir: stateDir}, "sjekkliste", "--answers", file, "--format", "md", "--output", out)
	if r.Code != 0 {
		t.Fatalf("the saved file does not make a plan: %s", r.Err)
	}
	if md, _ := os.ReadFile(out); !strings.HasPrefix(string(md), "# Plan for oppstart: Amina Hansen\n") {
		t.Errorf("the plan is not for the client:\n%.200s", md)
	}
	// The adviser's own plan is untouched.
	if entries, _ := os.ReadDir(stateDir); len(entries) != 0 {
		t.Errorf("the state folder has %d files; --save-answers must not touch it", len(entries))
	}
}

func TestSaveAnswersRefusesOtherInput(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"start", "--save-answers", "x.yaml", "--persona", "kafe-inkludering"}, "--save-answers lagrer svarene fra spørsmålene. Bruk det uten --answers og --persona.\n"},
		{[]string{"start", "--save-answers", "x.yaml", "--no-save"}, "--save-answers lagrer svarene i en fil. Bruk det uten --no-save.\n"},
		{[]string{"start", "--client", "Amina"}, "--client er navnet på kunden i svarfilen. Bruk det sammen med --save-answers FIL.\n"},
	} {
		r := cmdtest.Run(t, cmdtest.Env{}, tc.args...)
		if r.Code != 2 || r.Err != tc.want {
			t.Errorf("%v: exit %d %q", tc.args, r.Code, r.Err)
		}
	}
}
