package search

import (
	"slices"
	"testing"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/handbook"
)

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"forsikringer": "forsikring", "forsikringene": "forsikring", "forsikringen": "forsikring",
		"aksjeselskapet": "aksjeselskap", "styreansvar": "styreansvar", "as": "as",
	} {
		if got := Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTokensFoldNorwegianLetters(t *testing.T) {
	a, b := Tokens("Årsregnskap og støtte"), Tokens("aarsregnskap stoette")
	if len(a) != 2 || a[0] != b[0] || a[1] != b[1] {
		t.Errorf("%v and %v should be the same terms", a, b)
	}
}

func BenchmarkSearch(b *testing.B) {
	h, err := handbook.Load(handbook.Layer{FS: content.FS(), Name: "innebygd"})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		New(h).Search("forsikring for frivillige")
	}
}

// Plain questions a founder would type, and a page that must be among the
// first three hits (ux-review M12). The content is the real handbook.
func TestPlainQuestions(t *testing.T) {
	h, err := handbook.Load(handbook.Layer{FS: content.FS(), Name: "innebygd"})
	if err != nil {
		t.Fatal(err)
	}
	ix := New(h)
	for _, tc := range []struct{ query, want string }{
		{"hvordan få penger", "lappeteppe"},
		{"lønn", "a-melding"},
		{"forsikring for frivillige", "forsikring-frivillige"},
		{"hvordan starter jeg et AS", "as"},
		{"må jeg registrere meg for mva", "mva-registrering"},
		{"jeg vil selge mat", "mattilsynet"},
		{"hvilken selskapsform skal jeg velge", "velge-selskapsform"},
		{"trenger jeg revisor", "revisjon"},
		{"hvordan søker jeg tilskudd fra kommunen", "kommunale-tilskudd"},
		{"hva er sosialt entreprenørskap", "hva-er-sosialt-entreprenorskap"},
		{"hva koster det å ansette noen", "arbeidsgiveravgift"},
		{"kan frivillige få betalt", "frivillige"},
		{"når må jeg levere skattemelding", "skattemelding"},
		{"hvordan måler jeg effekt", "indikatorer"},
		{"lån til oppstart", "banklan"},
		{"moms på mat", "mva-mat-og-servering"},
		{"jeg er under 18 år", "under-18"},
		{"hvordan lager jeg en personvernerklæring", "personvernerklaering"},
		{"må jeg ha forsikring når jeg ansetter", "yrkesskadeforsikring"},
		{"hvordan registrere en forening", "forening"},
		{"penger fra investorer", "sosiale-investorer"},
	} {
		got := ix.Search(tc.query)
		var top []string
		for i := 0; i < len(got) && i < 3; i++ {
			top = append(top, got[i].ID)
		}
		if !slices.Contains(top, tc.want) {
			t.Errorf("%q: top three %v, want %s among them", tc.query, top, tc.want)
		}
	}
}

// A query of only stop words finds nothing, rather than whatever page
// says «hvordan» most often.
func TestOnlyStopWords(t *testing.T) {
	h, err := handbook.Load(handbook.Layer{FS: content.FS(), Name: "innebygd"})
	if err != nil {
		t.Fatal(err)
	}
	if got := New(h).Search("hvordan kan jeg"); len(got) != 0 {
		t.Errorf("%d hits, first %s", len(got), got[0].ID)
	}
}

// A snippet is one sentence of a paragraph or one list item: a heading
// glued to the next paragraph («… i eget AS Tar du ut lønn …») and list
// items glued with « - » were shown in QA. A number with a full stop
// («5.», «15. januar») does not end a sentence.
func TestSnippet(t *testing.T) {
	body := "Innledning om noe annet.\n\n## Du som eier og tar lønn i eget AS\n\nTar du ut lønn fra ditt eget AS, er du ansatt. Da må selskapet ha forsikring.\n\n" +
		"Typiske databehandlere:\n\n- lønnssystem og regnskapsfører\n- e-post og lagring i skyen\n\n## Hver måned\n\n- 5.: a-melding for skatt du trakk\n- 1\\. termin: **frist** for mva 10. april. Husk `kvittering`!\n"
	for q, want := range map[string]string{
		"lønn":        "Tar du ut lønn fra ditt eget AS, er du ansatt.",
		"forsikring":  "Da må selskapet ha forsikring.",
		"skyen":       "e-post og lagring i skyen",
		"skatt":       "5.: a-melding for skatt du trakk",
		"mva":         "1. termin: frist for mva 10. april.",
		"kvittering":  "Husk kvittering!",
		"finnesikke":  "Innledning om noe annet.",
		"databehandl": "Typiske databehandlere:",
	} {
		if got := snippet(body, Tokens(q)); got != want {
			t.Errorf("snippet for %q = %q, want %q", q, got, want)
		}
	}
	if got := snippet("## Bare en overskrift\n", Tokens("overskrift")); got != "" {
		t.Errorf("a page of only a heading gave %q", got)
	}
}
