package checklist

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/internal/checklist/checklisttest"
	"github.com/sosabc/sosabc/internal/interview"
)

// A newer sosabc: «frivillige» is renamed «frivillige-rutiner», and a new
// item that every plan gets is added.
func updatedContent(t *testing.T) *Rules {
	t.Helper()
	fsys := checklisttest.FixtureFS(t)
	drift := string(fsys["checklist/items/b-drift.yaml"].Data)
	drift = strings.Replace(drift, "id: frivillige\n", "id: frivillige-rutiner\n", 1)
	drift += `  - id: forsikring
    title: Vurder forsikringer
    phase: drift
    priority: bør
    why:
      - text: Alle virksomheter bør se på forsikringer.
    do: Snakk med et forsikringsselskap.
    topic: skatt
    sources:
      - title: "Finans Norge: Forsikring"
        url: https://www.finansnorge.no/
        read: 2026-11-22
`
	fsys["checklist/items/b-drift.yaml"] = &fstest.MapFile{Data: []byte(drift)}
	r, err := loadWith(t, fsys)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCompare(t *testing.T) {
	old := loadFixture(t)
	updated := updatedContent(t)
	volunteers := interview.Answers{"form": "undecided", "volunteers": true}
	as := interview.Answers{"form": "AS", "founders": 2, "volunteers": true}
	seenWith := func(r *Rules, a interview.Answers) []string { return ids(Plan(r, a).Items) }
	tests := []struct {
		name    string
		rules   *Rules // the content now
		seen    []string
		answers interview.Answers // the answers now
		done    map[string]bool
		want    *Changes
	}{
		{
			name: "first run: nothing to compare", rules: old, seen: nil, answers: volunteers,
			done: map[string]bool{"skatt": true}, want: nil,
		},
		{
			name: "nothing changed", rules: old, seen: seenWith(old, volunteers), answers: volunteers,
			done: map[string]bool{"skatt": true}, want: &Changes{Kept: 1},
		},
		{
			// AS brings the founding steps; «velg-form» leaves, and its
			// tick is stored.
			name: "answers edited", rules: old, seen: seenWith(old, volunteers), answers: as,
			done: map[string]bool{"velg-form": true, "skatt": true, "frivillige": true},
			want: &Changes{
				Added: []Change{
					{ID: "stiftelsesdokument", Title: "Skriv stiftelsesdokument"},
					{ID: "registrer", Title: "Registrer selskapet i Foretaksregisteret"},
				},
				Removed: []Change{{ID: "velg-form", Title: "Velg selskapsform", Done: true}},
				Kept:    2, Stored: 1,
			},
		},
		{
			// Back to undecided: «velg-form» returns with its tick.
			name: "item removed, then restored", rules: old, seen: seenWith(old, as), answers: volunteers,
			done: map[string]bool{"velg-form": true, "skatt": true, "registrer": true},
			want: &Changes{
				Added: []Change{{ID: "velg-form", Title: "Velg selskapsform", Done: true}},
				Removed: []Change{
					{ID: "stiftelsesdokument", Title: "Skriv stiftelsesdokument"},
					{ID: "registrer", Title: "Registrer selskapet i Foretaksregisteret", Done: true},
				},
				Kept: 2, Stored: 1,
			},
		},
		{
			// Same answers, newer content: the renamed item has no title
			// any more, its tick waits under the old id.
			name: "content updated", rules: updated, seen: seenWith(old, volunteers), answers: volunteers,
			done: map[string]bool{"frivillige": true},
			want: &Changes{
				Added: []Change{
					{ID: "forsikring", Title: "Vurder forsikringer"},
					{ID: "frivillige-rutiner", Title: "Lag rutiner for frivillige"},
				},
				Removed: []Change{{ID: "frivillige", Done: true}},
				Stored:  1,
			},
		},
		{
			name: "seen twice, not an id, unticked ticks ignored", rules: old, seen: []string{"gone", "\x1b]0;tittel\x07", "gone", "skatt", "Skatt"}, answers: interview.Answers{},
			done: map[string]bool{"gone": false},
			want: &Changes{Added: []Change{{ID: "velg-form", Title: "Velg selskapsform"}}, Removed: []Change{{ID: "gone"}}},
		},
	}
	for _, tt := range tests {
		got := Compare(tt.rules, tt.seen, Plan(tt.rules, tt.answers).Items, tt.done)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
	}
}

func TestChangesEmptyAndNew(t *testing.T) {
	var none *Changes
	if !none.Empty() || none.IsNew("x") {
		t.Error("nil changes must be empty and mark nothing new")
	}
	c := &Changes{Kept: 3}
	if !c.Empty() {
		t.Error("changes with only kept ticks are empty: the list is the same")
	}
	c = &Changes{Removed: []Change{{ID: "a"}}, Added: []Change{{ID: "b"}}}
	if c.Empty() || !c.IsNew("b") || c.IsNew("a") {
		t.Errorf("Empty %v, IsNew(b) %v, IsNew(a) %v", c.Empty(), c.IsNew("b"), c.IsNew("a"))
	}
}
