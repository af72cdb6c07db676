package markdown

import "testing"

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
