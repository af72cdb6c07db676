package checklist_test

import (
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
)

// «hvorfor 3» explains the item the plan shows as number 3.
func TestExplainByNumber(t *testing.T) {
	byNumber := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "hvorfor", "3", "--persona", "kafe-inkludering")
	byID := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "hvorfor", "lag-endringsteori", "--persona", "kafe-inkludering")
	if byNumber.Code != 0 || byNumber.Out != byID.Out || !strings.HasPrefix(byNumber.Out, "Lag en endringsteori (lag-endringsteori)\n") {
		t.Errorf("exit %d:\n%s\nwant:\n%s", byNumber.Code, byNumber.Out, byID.Out)
	}
	plan := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--persona", "kafe-inkludering")
	if !strings.Contains(plan.Out, "[ ] 3. Lag en endringsteori\n") {
		t.Error("number 3 on the plan is not «Lag en endringsteori»")
	}
	r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "hvorfor", "300", "--persona", "kafe-inkludering")
	if r.Code != 2 || !strings.HasPrefix(r.Err, "Sjekklisten din har punktene 1 til ") {
		t.Errorf("300: exit %d %q", r.Code, r.Err)
	}
}

// With no form chosen, the plan holds the steps of the form that fits
// best, marked «bare for …». «hvorfor» on one of them says that, instead
// of «not on your list» for an item the plan shows.
func TestExplainStepOfTheBestFittingForm(t *testing.T) {
	plan := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--persona", "tilgjengelig-app")
	if !strings.Contains(plan.Out, "[ ] 13. Skriv og signer stiftelsesdokumentet\n") || !strings.Contains(plan.Out, "Hvis du velger Aksjeselskap (AS), må dette gjøres.") {
		t.Fatalf("the plan lacks the step of the best-fitting form:\n%.500s", plan.Out)
	}
	r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "hvorfor", "13", "--persona", "tilgjengelig-app")
	// Prose wraps at the width (80 here); each value the rule uses comes
	// with when it is ja, so «nei» never reads as a statement.
	for _, want := range []string{
		"Punktet er på listen din hvis du velger Aksjeselskap (AS). Du har ikke valgt\nselskapsform ennå, og denne formen passer best med svarene dine. Regelen og\nvurderingene under gjelder for den formen.\n",
		"Regelen bruker disse vurderingene:\n  aksjeselskap: ja\n    Ja når: Formen er aksjeselskap, vanlig eller ideelt.\n",
		"  Hvilken selskapsform har du valgt? (form): Jeg vet ikke ennå – gi meg en\n    anbefaling\n",
	} {
		if r.Code != 0 || !strings.Contains(r.Out, want) {
			t.Errorf("exit %d:\n%s\nwant:\n%s", r.Code, r.Out, want)
		}
	}
}
