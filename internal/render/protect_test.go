package render

import (
	"strings"
	"testing"
)

// protectURLs hides every address, «(lest …)» and date behind a token of
// its width, and restoreURLs gives them back, whatever their order.
func TestProtectAndRestore(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string // what is hidden, in the order tokens are numbered
	}{
		{"Se https://www.brreg.no/a-b. Ferdig.", []string{"https://www.brreg.no/a-b"}},
		{"Fra 11.06.2019 og 1.7.2024 gjelder det.", []string{"11.06.2019", "1.7.2024"}},
		{"Kilde: <https://lovdata.no/LTI/forskrift/2019-06-11-1>, (lest 1. desember 2026)\n- 30.06.2026: frist",
			[]string{"https://lovdata.no/LTI/forskrift/2019-06-11-1", "(lest 1. desember 2026)", "30.06.2026"}},
		{"Adressen https://example.org/rapport-11.06.2019.pdf har en dato i seg.", []string{"https://example.org/rapport-11.06.2019.pdf"}},
		{"Versjon 2.1 og kapittel 3.4 er ingen datoer.", nil},
	} {
		protected, urls := protectURLs(c.in, 80)
		if strings.Join(urls, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: hidden %q, want %q", c.in, urls, c.want)
		}
		for _, u := range urls {
			if strings.Contains(protected, u) {
				t.Errorf("%q: %q is still in %q", c.in, u, protected)
			}
		}
		if got := restoreURLs(protected, urls); got != c.in {
			t.Errorf("restored %q, want %q", got, c.in)
		}
	}
}
