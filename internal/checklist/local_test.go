package checklist

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/internal/checklist/checklisttest"
	"github.com/sosabc/sosabc/internal/interview"
)

// localItem and kommuneVar are the shared local item and the variable
// its rule uses.
const localItem = checklisttest.LocalItem

var kommuneVar = Var{Name: "kommunenummer", Zero: "", From: []string{"kommune"}, Value: checklisttest.KommuneNumber}

// loadLocal loads the fixture with files of a local folder on top.
func loadLocal(t *testing.T, local fstest.MapFS, refs Refs) (*Rules, error) {
	t.Helper()
	fsys, schema, uncertain := checklisttest.Local(t, local)
	refs.Topic, refs.Uncertain = checklisttest.FixtureTopicExists, uncertain
	return Load(fsys, schema, refs)
}

func TestLocalItems(t *testing.T) {
	r, err := loadLocal(t, fstest.MapFS{"checklist/items/0-drammen.yaml": {Data: []byte(localItem)}}, Refs{Vars: []Var{kommuneVar}})
	if err != nil {
		t.Fatal(err)
	}
	// A local file that sorts first still comes after the built-in items.
	if last := r.Items[len(r.Items)-1]; last.ID != "lokalt-kurs" || !last.LocalFile || last.File != "vart/checklist/items/0-drammen.yaml" || last.Line != 2 {
		t.Errorf("last item: %s local=%v at %s:%d", last.ID, last.LocalFile, last.File, last.Line)
	}
	if r.Rule("registrer").LocalFile {
		t.Error("a built-in item is marked local")
	}
	ids := func(c Checklist) []string {
		var out []string
		for _, it := range c.Items {
			out = append(out, it.ID)
		}
		return out
	}
	drammen := Evaluate(r, interview.Answers{"kommune": "Drammen"})
	if !slices.Contains(ids(drammen), "lokalt-kurs") {
		t.Errorf("Drammen does not get the local item: %v", ids(drammen))
	}
	for _, it := range drammen.Items {
		if it.ID == "lokalt-kurs" && (!it.LocalFile || !slices.Equal(it.Triggered, []string{"kommune"}) || it.Why[0] != "Fordi du skal starte i Drammen.") {
			t.Errorf("local item: %+v", it)
		}
	}
	if got := ids(Evaluate(r, interview.Answers{"kommune": "Skien"})); slices.Contains(got, "lokalt-kurs") {
		t.Errorf("Skien gets Drammen's item: %v", got)
	}
	if got := ids(Evaluate(r, interview.Answers{})); slices.Contains(got, "lokalt-kurs") {
		t.Errorf("no kommune gets Drammen's item: %v", got)
	}
	ex, err := Explain(r, interview.Answers{"kommune": "Drammen"}, "lokalt-kurs")
	if err != nil || !ex.Included || len(ex.Answers) != 1 || ex.Answers[0].Key != "kommune" {
		t.Errorf("explain: %+v %v", ex, err)
	}
}
