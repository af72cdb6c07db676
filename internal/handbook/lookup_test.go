package handbook

import "testing"

// TopicForTerm opens the page a glossary word points to, and nothing when
// two terms with that word point to different pages or the word has none.
func TestTopicForTerm(t *testing.T) {
	a, b := &Topic{ID: "a"}, &Topic{ID: "b"}
	h := &Handbook{byID: map[string]*Topic{"a": a, "b": b}, Glossary: []Term{
		{Term: "Merverdiavgift (mva)", Topic: "a", Aliases: []string{"moms"}},
		{Term: "Grunnbeløpet (G)", Topic: "b"},
		{Term: "Kapital", Topic: "a"},
		{Term: "Kapital i selskapet", Topic: "b", Aliases: []string{"kapital"}},
		{Term: "Uten side"},
	}}
	for word, want := range map[string]*Topic{
		"mva": a, "MOMS": a, "merverdiavgift": a, "g": b, "Grunnbeløpet": b,
		"kapital": nil, "uten side": nil, "finnes ikke": nil,
	} {
		if got := h.TopicForTerm(word); got != want {
			t.Errorf("TopicForTerm(%q) = %v, want %v", word, got, want)
		}
	}
}
