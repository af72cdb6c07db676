package root_test

import (
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
)

func TestVersionAndHelp(t *testing.T) {
	if r := cmdtest.Run(t, cmdtest.Env{}, "version"); r.Code != 0 || !strings.HasPrefix(r.Out, "sosabc test (go") {
		t.Errorf("version: %q", r.Out)
	}
	r := cmdtest.Run(t, cmdtest.Env{}, "--help")
	if r.Code != 0 || !strings.Contains(r.Out, "Bruk:\n  sosabc [kommando]") || !strings.Contains(r.Out, "-h, --help") || strings.Contains(r.Out, "Usage") {
		t.Errorf("help:\n%s", r.Out)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "help", "les")
	if r.Code != 0 || !strings.Contains(r.Out, "Andre navn:\n  read, les") {
		t.Errorf("help les:\n%s", r.Out)
	}
}

func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		if r := cmdtest.Run(t, cmdtest.Env{}, "completion", shell); r.Code != 0 || len(r.Out) < 100 {
			t.Errorf("%s: code %d, %d bytes", shell, r.Code, len(r.Out))
		}
	}
	if r := cmdtest.Run(t, cmdtest.Env{}, "completion", "tcsh"); r.Code != 2 {
		t.Errorf("tcsh: code %d", r.Code)
	}
}

func TestHelpAnswersFile(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "help", "answers-file")
	for _, key := range []string{"stage", "form", "founders", "profit_use", "start_capital", "employees", "volunteers", "target_groups", "customers", "sells", "revenue", "funding", "ip", "premises", "user_data", "activities", "founder_minor", "volunteer_minors", "vulnerable_users", "kommune"} {
		if !strings.Contains(r.Out, key+": ") {
			t.Errorf("answers-file help does not document %q", key)
		}
	}
}
