package checklist

import (
	"reflect"
	"testing"
)

func TestLoadFixture(t *testing.T) {
	r := loadFixture(t)
	if got := len(r.Items); got != 7 {
		t.Errorf("%d items, want 7", got)
	}
	if got := []string{r.Items[0].ID, r.Items[4].ID}; !reflect.DeepEqual(got, []string{"velg-form", "arbeidsgiver"}) {
		t.Errorf("items must follow file name order, then file order: got %v", got)
	}
	if r.Rule("registrer").File != "content/checklist/items/a-start.yaml" || r.Rule("registrer").Line != 15 {
		t.Errorf("registrer is at %s:%d", r.Rule("registrer").File, r.Rule("registrer").Line)
	}
	if got := r.derivedKeys["ideell_arbeidsgiver"]; !reflect.DeepEqual(got, []string{"form", "employees"}) {
		t.Errorf("derived keys of ideell_arbeidsgiver = %v, want the answers behind both derived ids", got)
	}
	if r.Phase("drift").Title != "Drift" || r.Phase("vekst") != nil {
		t.Error("Phase lookup")
	}
	if len(r.Forms) != 3 || len(r.Points) != 2 {
		t.Errorf("%d forms and %d points, want 3 and 2", len(r.Forms), len(r.Points))
	}
}
