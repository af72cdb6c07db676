package markdown

import (
	"regexp"
	"slices"
	"testing"
)

func TestAutolink(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Se https://lovdata.no/lov/2005-06-17-62/§1-1.", "Se <https://lovdata.no/lov/2005-06-17-62/§1-1>."},
		{"Kilde: Skatteetaten, https://www.skatteetaten.no/a/ (lest 1. desember 2026)", "Kilde: Skatteetaten, <https://www.skatteetaten.no/a/> (lest 1. desember 2026)"},
		{"[Altinn](https://www.altinn.no/a/) og <https://www.nav.no/b>", "[Altinn](https://www.altinn.no/a/) og <https://www.nav.no/b>"},
		{"Skriv `curl https://example.org/x` i terminalen.", "Skriv `curl https://example.org/x` i terminalen."},
		{"```\nhttps://example.org/kode\n```\nhttps://example.org/tekst", "```\nhttps://example.org/kode\n```\n<https://example.org/tekst>"},
		{"«https://www.brreg.no/x», https://a.no/b; https://c.no/d:", "«<https://www.brreg.no/x>», <https://a.no/b>; <https://c.no/d>:"},
	} {
		if got := autolink(c.in); got != c.want {
			t.Errorf("autolink(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// FuzzBareURLs: bareURLs finds what the expression it was written from
// finds.
func FuzzBareURLs(f *testing.F) {
	re := regexp.MustCompile(`https?://[^\s<>)»]*[^\s<>)».,;:]`)
	for _, s := range []string{
		"Se https://www.altinn.no/skjema/. Og http://x.no, eller <https://a.no> og [b](https://b.no).",
		"«https://lovdata.no/lov/2005-06-17-62/§1-8» (https://e.no)", "https://", "http://.,;:", "httphttps://a",
		"https://a\xc2\xbbb https://\xff\xfe x", "\xe2\x80\xbbhttps://a\u00a0b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want [][2]int
		for _, m := range re.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := bareURLs(s); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	})
}
