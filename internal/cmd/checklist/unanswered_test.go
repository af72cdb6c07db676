package checklist_test

import (
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
)

// An answers file may leave out numbers. A number not answered is not
// zero: the plan never says «du oppgir 0 kroner» or «du har lite
// startkapital» about an answer the founder never gave.
func TestUnansweredNumbersAreNotZero(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ answers, never string }{
		{"version: 2\nstage: idea\nform: AS\n", "oppgir 0 kroner"},
		{"version: 2\nstage: idea\nform: stiftelse\n", "oppgir 0 kroner"},
		{"version: 2\nstage: idea\nform: undecided\nfounders: 2\n", "lite startkapital"},
		{"version: 2\nstage: idea\nform: ENK\n", "selge for 0 kroner"},
		{"version: 2\nstage: idea\nform: forening\nemployees: 2\n", "og et lite salg"},
	} {
		file := cmdtest.WriteFile(t, dir, "svar.yaml", tc.answers)
		r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", file)
		if r.Code != 0 {
			t.Fatalf("%q: exit %d %s", tc.answers, r.Code, r.Err)
		}
		if strings.Contains(r.Out, tc.never) {
			t.Errorf("%q: the plan says %q", tc.answers, tc.never)
		}
	}
	// Answered as 0, it counts.
	file := cmdtest.WriteFile(t, dir, "svar.yaml", "version: 2\nstage: idea\nform: AS\nstart_capital: 0\n")
	if r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", file); !strings.Contains(r.Out, "oppgir 0 kroner") {
		t.Error("start_capital: 0 does not count as an answer")
	}
}
