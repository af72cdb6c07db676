package typeset

import (
	"reflect"
	"strings"
	"testing"
)

func TestURLParts(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want []string
	}{
		{"https://lovdata.no/lov/1997-06-13-44/§7-6", []string{"https://lovdata.no", "/lov", "/1997-06-13-44/§7-6"}},
		{"https://www.brreg.no/", []string{"https://www.brreg.no/"}},
		{"https://www.nav.no", []string{"https://www.nav.no"}},
		{"https://www.skatteetaten.no/bedrift-og-organisasjon/arbeidsgiver/otp---obligatorisk-tjenestepensjon/", []string{"https://www.skatteetaten.no", "/bedrift-og", "-organisasjon", "/arbeidsgiver", "/otp", "---obligatorisk", "-tjenestepensjon/"}},
		{"https://www.ssb.no/ajax/ordforklaring?key=138332&sprak=no", []string{"https://www.ssb.no", "/ajax", "/ordforklaring", "?key", "=138332", "&sprak=no"}},
	} {
		got := urlParts(tc.url)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("urlParts(%s)\n got %q\nwant %q", tc.url, got, tc.want)
		}
		if strings.Join(got, "") != tc.url {
			t.Errorf("urlParts(%s) lost characters", tc.url)
		}
	}
}

func TestNoBreakInsideNumbersDatesAndParagraphSigns(t *testing.T) {
	p, err := Prepare()
	if err != nil {
		t.Fatal(err)
	}
	body := Style{Face: Regular, Size: 11} // a page's body text
	for _, s := range []string{"30 000", "1 500 000", "§ 4-5", "1. desember 2026", "1. desember 2026)", "ideen –"} {
		for _, a := range atoms([]Span{{Text: s, Style: body}}, p) {
			if a.space {
				t.Errorf("%q may break at a space", s)
			}
		}
	}
	for _, s := range []string{"30 kroner", "1 500 kroner 000", "mai og"} {
		breaks := 0
		for _, a := range atoms([]Span{{Text: s, Style: body}}, p) {
			if a.space {
				breaks++
			}
		}
		if breaks == 0 {
			t.Errorf("%q may not break at all", s)
		}
	}
}
