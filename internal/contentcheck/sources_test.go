package contentcheck_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/contentcheck"
	"github.com/sosabc/sosabc/internal/handbook"
)

const frontPageMsg = "er forsiden til et nettsted. Lenk til siden som sier det du bruker, eller forklar i «front_page» hvorfor forsiden er riktig."

func TestFrontPageRule(t *testing.T) {
	tests := []struct {
		name      string
		url       string
		frontPage string
		want      string // the error, "" for none
		front     bool   // counted as a front page
	}{
		{"front page with slash", "https://www.brreg.no/", "", "content/topics/x.md:9: «https://www.brreg.no/» " + frontPageMsg, true},
		{"front page without path", "https://www.brreg.no", "", "content/topics/x.md:9: «https://www.brreg.no» " + frontPageMsg, true},
		{"front page with a blank reason", "http://lovdata.no/", "  ", "content/topics/x.md:9: «http://lovdata.no/» " + frontPageMsg, true},
		{"front page with a reason", "https://www.brreg.no/", "Kontaktsiden er forsiden.", "", true},
		{"deep link", "https://www.brreg.no/aksjeselskap/", "", "", false},
		{"query", "https://www.brreg.no/?p=36391", "", "", false},
		{"fragment", "https://www.example.org/#kontakt", "", "", false},
	}
	// 19 deep links beside the one tested keep the share at 5 prosent,
	// so the only error can be the rule's.
	var deep []contentcheck.Ref
	for range 19 {
		deep = append(deep, contentcheck.Ref{Kind: contentcheck.KindItemSource, URL: "https://www.skatteetaten.no/satser/", Where: "content/checklist/items/x.yaml:4"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref := contentcheck.Ref{Kind: contentcheck.KindTopic, URL: tt.url, FrontPage: tt.frontPage, Where: "content/topics/x.md:9"}
			rep, errs, warns := contentcheck.CheckSources(append([]contentcheck.Ref{ref}, deep...), func(contentcheck.Ref) bool { return true })
			var want []string
			if tt.want != "" {
				want = []string{tt.want}
			}
			if !slices.Equal(errs, want) {
				t.Errorf("errors:\n got %q\nwant %q", errs, want)
			}
			if len(warns) > 0 {
				t.Errorf("warnings: %q", warns)
			}
			if n := rep.FrontPages; (n == 1) != tt.front || rep.References != 20 {
				t.Errorf("counted %d front pages of %d, want front=%v", n, rep.References, tt.front)
			}
		})
	}
}

func TestFrontPageReasonOnDeepLink(t *testing.T) {
	ref := contentcheck.Ref{URL: "https://www.brreg.no/aksjeselskap/", FrontPage: "Gammel grunn.", Where: "content/x.yaml:3"}
	_, errs, warns := contentcheck.CheckSources([]contentcheck.Ref{ref}, nil)
	want := []string{"content/x.yaml:3: «https://www.brreg.no/aksjeselskap/» er ikke en forside, så «front_page» trengs ikke. Fjern den."}
	if len(errs) != 0 || !slices.Equal(warns, want) {
		t.Errorf("errors %q, warnings %q", errs, warns)
	}
}

// TestBlameOnlyLocal: checking a local folder blames only its own files,
// but the share counts everything the reader sees.
func TestBlameOnlyLocal(t *testing.T) {
	refs := []contentcheck.Ref{
		{URL: "https://www.example.org/", Where: "content/topics/a.md:3"},
		{URL: "https://www.example.org", Where: "lokalt/topics/b.md:4", Local: true},
	}
	rep, errs, _ := contentcheck.CheckSources(refs, func(r contentcheck.Ref) bool { return r.Local })
	if rep.FrontPages != 2 || len(errs) != 2 || !strings.HasPrefix(errs[0], "lokalt/topics/b.md:4: ") || !strings.HasPrefix(errs[1], "2 av 2 kildehenvisninger (100 prosent)") {
		t.Errorf("%d front pages, errors %q", rep.FrontPages, errs)
	}
}

// TestFrontPageShare loads a small content folder through the handbook
// loader: 20 sources, one a front page with a reason, is 5 prosent and
// passes; a second layer adds an uncertain figure whose address is a front
// page (with a reason too), and 2 of 21 is over the bar.
func TestFrontPageShare(t *testing.T) {
	base := handbook.Layer{FS: os.DirFS("testdata/andel"), Name: "innebygd innhold"}
	h, err := handbook.Load(base)
	if err != nil {
		t.Fatal(err)
	}
	rep, errs, warns := contentcheck.CheckSources(contentcheck.Sources(contentcheck.Content{Handbook: h}), nil)
	if rep.References != 20 || rep.FrontPages != 1 || rep.Share != 0.05 || len(errs) != 0 || len(warns) != 0 {
		t.Fatalf("5 prosent: %+v, errors %q, warnings %q", rep, errs, warns)
	}
	if rep.UniqueURLs != 20 || rep.UniqueFrontPages != 1 {
		t.Errorf("%d unique addresses, %d of them front pages", rep.UniqueURLs, rep.UniqueFrontPages)
	}
	if len(rep.Kept) != 1 || rep.Kept[0].Where != "content/topics/proving/kilder.md:10" || rep.Kept[0].FrontPage != "Heftet er trykt og har ingen egen side." {
		t.Errorf("kept front pages: %+v", rep.Kept)
	}
	if want := []contentcheck.KindCount{{Kind: contentcheck.KindTopic, References: 20, FrontPages: 1}}; !slices.Equal(rep.ByKind, want) {
		t.Errorf("by kind: %+v", rep.ByKind)
	}

	more := handbook.Layer{FS: os.DirFS("testdata/andel-mer"), Name: "lokalt", Local: true}
	if h, err = handbook.Load(base, more); err != nil {
		t.Fatal(err)
	}
	refs := contentcheck.Sources(contentcheck.Content{Handbook: h})
	rep, errs, _ = contentcheck.CheckSources(refs, nil)
	want := []string{"2 av 21 kildehenvisninger (9,5 prosent) går til forsiden av et nettsted. Høyst 5 prosent er lov: lenk til sidene som sier det du bruker."}
	// https://www.example.org/ and https://www.example.org are two
	// addresses for the same page, but the count is of addresses as written.
	if rep.FrontPages != 2 || rep.UniqueFrontPages != 2 || !slices.Equal(errs, want) {
		t.Errorf("over the bar: %+v\nerrors %q", rep, errs)
	}
	last := refs[len(refs)-1]
	if last.Kind != contentcheck.KindUncertain || last.Where != "lokalt/uncertain.yaml:5" || !last.Local {
		t.Errorf("the uncertain figure's reference: %+v", last)
	}
}
