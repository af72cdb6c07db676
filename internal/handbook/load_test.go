package handbook

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/locale"
)

const areas = "areas:\n  - id: bank\n    title: Bank\n    description: Om bank.\n"

func topicFile(front, body string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("---\n" + front + "---\n" + body)}
}

const goodFront = `id: konto
title: Bedriftskonto
area: bank
summary: Slik åpner du konto.
keywords: [konto]
related: []
checked: 2026-11-22
sources:
  - title: "Finans Norge: Legitimasjonskrav"
    url: https://www.finansnorge.no/
    read: 2026-11-22
`

func TestLoadValid(t *testing.T) {
	fsys := fstest.MapFS{
		"areas.yaml":           {Data: []byte(areas)},
		"topics/bank/konto.md": topicFile(goodFront, "Du trenger en konto.\n"),
		"glossary.yaml":        {Data: []byte("terms:\n  - term: Konto\n    definition: Der pengene står.\n    topic: konto\n")},
	}
	h, err := Load(Layer{FS: fsys, Name: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if got := h.Topic("konto"); got == nil || got.Body != "Du trenger en konto.\n" || got.Checked != "2026-11-22" {
		t.Fatalf("topic = %+v", got)
	}
	if len(h.Glossary) != 1 || h.Glossary[0].Topic != "konto" {
		t.Fatalf("glossary = %+v", h.Glossary)
	}
}

// Each broken file gives exactly this error, with file and line.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		front string
		body  string
		want  string
	}{
		{"unknown key", goodFront + "colour: red\n", "x", "content/topics/bank/konto.md:13: ukjent felt «colour»"},
		{"misspelled key", strings.Replace(goodFront, "summary:", "sumary:", 1), "x", "content/topics/bank/konto.md:5: ukjent felt «sumary»: mente du «summary»?"},
		{"missing title", strings.Replace(goodFront, "title: Bedriftskonto\n", "", 1), "x", "content/topics/bank/konto.md:2: mangler feltet «title»"},
		{"bad date", strings.Replace(goodFront, "checked: 2026-11-22\nsources", "checked: 22.11.2026\nsources", 1), "x", "content/topics/bank/konto.md:8: ugyldig dato «22.11.2026» i «checked»: skriv ÅÅÅÅ-MM-DD"},
		{"impossible date", strings.Replace(goodFront, "checked: 2026-11-22\nsources", "checked: 2026-02-30\nsources", 1), "x", "content/topics/bank/konto.md:8: datoen «2026-02-30» i «checked» finnes ikke"},
		{"bad url", strings.Replace(goodFront, "https://www.finansnorge.no/", "www.finansnorge.no", 1), "x", "content/topics/bank/konto.md:11: ugyldig nettadresse «www.finansnorge.no»: skriv en full adresse som starter med https://"},
		{"no sources", strings.Split(goodFront, "sources:")[0], "x", "content/topics/bank/konto.md:2: mangler kilder: skriv minst én under «sources» med title, url og read"},
		{"broken related", strings.Replace(goodFront, "related: []", "related: [kontoo]", 1), "x", "content/topics/bank/konto.md: «related» viser til «kontoo», som ikke finnes"},
		{"wrong type", strings.Replace(goodFront, "keywords: [konto]", "keywords: konto", 1), "x", "content/topics/bank/konto.md:6: «konto» er tekst, men her skal det stå en liste"},
		{"id differs from file", strings.Replace(goodFront, "id: konto", "id: kontoen", 1), "x", "content/topics/bank/konto.md:2: id «kontoen» skal være lik filnavnet «konto»"},
		{"unknown area", strings.Replace(goodFront, "area: bank", "area: banker", 1), "x", "content/topics/bank/konto.md: ukjent område «banker»: se areas.yaml"},
		{"h1 in body", goodFront, "# Tittel\nTekst\n", "content/topics/bank/konto.md:14: bruk ## for overskrifter: tittelen kommer fra front matter"},
		{"date starts a bullet", goodFront, "Frister:\n\n- 30. juni: regnskapet\n", "content/topics/bank/konto.md:16: «- 30.» blir en nummerert liste inni punktlisten. Skriv «- 30\\.» med skråstrek foran punktumet"},
		{"broken yaml", goodFront + "keywords: [a\n", "x", "content/topics/bank/konto.md:13: en liste i [ ] er ikke lukket. Sett ] på slutten av listen"},
		{"key twice", goodFront + "summary: igjen\n", "x", "content/topics/bank/konto.md:13: feltet «summary» står to ganger (første gang på linje 5)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"areas.yaml":           {Data: []byte(areas)},
				"topics/bank/konto.md": topicFile(tt.front, tt.body),
			}
			_, err := Load(Layer{FS: fsys, Name: "test"})
			if err == nil {
				t.Fatalf("Load() succeeded, want error %q", tt.want)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// A page without its front matter says what goes there and where to see
// an example (ux-review m15).
func TestMissingFrontMatter(t *testing.T) {
	fsys := fstest.MapFS{"areas.yaml": {Data: []byte(areas)}, "topics/bank/konto.md": {Data: []byte("Bare tekst\n")}}
	_, err := Load(Layer{FS: fsys, Name: "test"})
	if err == nil || err.Error() != "content/topics/bank/konto.md:1: filen skal starte med opplysninger om siden (id, title, area …) mellom to linjer med ---. Se et eksempel med «sosabc help lokalt-innhold»" {
		t.Fatalf("err = %v", err)
	}
}

func TestDuplicateGlossaryTerm(t *testing.T) {
	fsys := fstest.MapFS{
		"areas.yaml":    {Data: []byte(areas)},
		"glossary.yaml": {Data: []byte("terms:\n  - term: Konto\n    definition: A.\n  - term: konto\n    definition: B.\n")},
	}
	_, err := Load(Layer{FS: fsys, Name: "test"})
	if err == nil || err.Error() != "content/glossary.yaml:4: «konto» står to ganger i ordlisten" {
		t.Fatalf("err = %v", err)
	}
}

func TestLocalLayerOverridesAndAdds(t *testing.T) {
	base := fstest.MapFS{
		"areas.yaml":           {Data: []byte(areas)},
		"topics/bank/konto.md": topicFile(goodFront, "Innebygd.\n"),
		"glossary.yaml":        {Data: []byte("terms:\n  - term: Konto\n    definition: Innebygd.\n")},
	}
	local := fstest.MapFS{
		"topics/bank/konto.md": topicFile(goodFront, "Lokal.\n"),
		"topics/bank/lokal.md": topicFile(strings.Replace(goodFront, "id: konto", "id: lokal", 1), "Ny side.\n"),
		"glossary.yaml":        {Data: []byte("terms:\n  - term: konto\n    definition: Lokal.\n")},
	}
	h, err := Load(Layer{FS: base, Name: "innebygd"}, Layer{FS: local, Name: "lokalt", Local: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := h.Topic("konto"); got.Body != "Lokal.\n" || !got.Local {
		t.Errorf("konto = %q local=%v, want the local page", got.Body, got.Local)
	}
	if h.Topic("lokal") == nil || len(h.Topics) != 2 {
		t.Errorf("topics = %d, want the local page added", len(h.Topics))
	}
	if len(h.Glossary) != 1 || h.Glossary[0].Definition != "Lokal." {
		t.Errorf("glossary = %+v, want the local definition", h.Glossary)
	}
}

func TestLocalErrorsNameTheDirectory(t *testing.T) {
	base := fstest.MapFS{"areas.yaml": {Data: []byte(areas)}}
	local := fstest.MapFS{"topics/bank/konto.md": topicFile(goodFront+"x: 1\n", "")}
	_, err := Load(Layer{FS: base, Name: "innebygd"}, Layer{FS: local, Name: "/tmp/lokalt", Local: true})
	if err == nil || err.Error() != "/tmp/lokalt/topics/bank/konto.md:13: ukjent felt «x»" {
		t.Fatalf("err = %v", err)
	}
}

// The embedded handbook must always load: every link resolves.
func TestEmbeddedContentLoads(t *testing.T) {
	// From the files, not the cache, so every check runs.
	h, err := load(false, Layer{FS: content.FS(), Name: "innebygd innhold"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range h.Areas {
		if len(h.TopicsIn(a.ID)) == 0 {
			t.Errorf("area %s has no topics", a.ID)
		}
	}
}

// An area's overview (order: -1) comes first; the rest sort by title,
// Norwegian style.
func TestTopicOrder(t *testing.T) {
	h, err := Load(Layer{FS: content.FS(), Name: "innebygd innhold"})
	if err != nil {
		t.Fatal(err)
	}
	forms := h.TopicsIn("selskapsform")
	if forms[0].ID != "velge-selskapsform" || forms[1].ID != "as" || forms[len(forms)-1].ID != "stiftelse" {
		var ids []string
		for _, f := range forms {
			ids = append(ids, f.ID)
		}
		t.Errorf("selskapsform order: %v", ids)
	}
}

func TestNorwegianOrder(t *testing.T) {
	less := locale.Less()
	for _, pair := range [][2]string{{"Zebra", "Æser"}, {"Æser", "Øl"}, {"Øl", "Å jobbe"}, {"Arbeid", "Å jobbe"}, {"ansatte", "Bank"}} {
		if !less(pair[0], pair[1]) || less(pair[1], pair[0]) {
			t.Errorf("%q should come before %q", pair[0], pair[1])
		}
	}
}
