package forms_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
)

func TestFormsCompare(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "forms", "compare", "--width", "80")
	if r.Code != 0 {
		t.Fatal(r.Err)
	}
	cmdtest.Golden(t, "forms/all-80.txt", r.Out)
	for i, line := range strings.Split(r.Out, "\n") {
		if n := len([]rune(line)); n > 80 {
			t.Errorf("line %d is %d columns: %q", i+1, n, line)
		}
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "former", "sammenlign", "as", "ideelt-as", "--width", "100")
	if r.Code != 0 || !strings.Contains(r.Out, "AKSJESELSKAP (AS)") {
		t.Fatalf("table: %d %s", r.Code, r.Err)
	}
	cmdtest.Golden(t, "forms/as-ideelt-as-100.txt", r.Out)
	r = cmdtest.Run(t, cmdtest.Env{}, "former", "sammenlign", "as", "ideelt-as", "--width", "60")
	if !strings.HasPrefix(r.Out, "PASSER FOR\n") {
		t.Errorf("at 60 columns two forms should be a list, got:\n%.200s", r.Out)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "forms", "compare", "AB")
	if r.Code != 2 || r.Err != "Ukjent selskapsform «AB». Velg blant: AS, ideelt-AS, ENK, SA, forening, stiftelse, ANS, DA.\n" {
		t.Errorf("unknown form: %d %q", r.Code, r.Err)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "forms", "compare", "SA", "--json")
	var doc struct {
		Points []struct{ ID, Title string }
		Forms  []struct {
			ID     string
			Points map[string]string
		}
	}
	if err := json.Unmarshal([]byte(r.Out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Forms) != 1 || len(doc.Forms[0].Points) != len(doc.Points) || len(doc.Points) != 11 {
		t.Errorf("JSON: %d forms, %d points", len(doc.Forms), len(doc.Points))
	}
}
