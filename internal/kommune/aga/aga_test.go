package aga_test

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/kommune/aga"
	"github.com/sosabc/sosabc/internal/kommune/kommunetest"
)

// real is the register of the repository's content.
func real(t testing.TB) *kommune.Register { return kommunetest.Real(t) }

func TestZones(t *testing.T) {
	r := real(t)
	info := r.AGA().Info()
	// Neither the zone list nor the rates are confirmed for 2026 at a
	// primary source: the rates were last confirmed for 2024.
	if info.Year != 2026 || !info.Uncertain || info.ConfirmedYear != 2024 || info.Note == "" ||
		info.SplitNote == "" || info.SectorNote == "" || info.ExtraNote == "" || info.DefaultZone != aga.Zone1 {
		t.Errorf("Info = %+v: the 2026 figures are not confirmed and must be marked so", info)
	}
	if len(info.Sources) == 0 || len(info.Secondary) == 0 {
		t.Errorf("Info needs primary and secondary sources: %+v", info)
	}
	// Every zone has a rate (Skatteetaten's rates page, as it stood for 2024).
	for z, want := range map[aga.Zone]float64{aga.Zone1: 14.1, aga.Zone1a: 10.6, aga.Zone2: 10.6, aga.Zone3: 6.4, aga.Zone4: 5.1, aga.Zone4a: 7.9, aga.Zone5: 0} {
		rt, ok := r.AGA().Rate(z)
		if !ok || rt.Percent != want {
			t.Errorf("Rate(%s) = %+v, %v, want %v", z, rt, ok, want)
		}
	}
	// Zone 1a: 10,6 prosent until the free amount is used up, then 14,1
	// (SKD-meldingen 2024: fribeløpet 850 000 kroner).
	if rt, _ := r.AGA().Rate(aga.Zone1a); rt.Above != 14.1 || rt.FreeAmount != 850000 || rt.Note == "" {
		t.Errorf("zone 1a needs the rate above the free amount, the free amount and a note: %+v", rt)
	}

	// Every kommune has a zone, and none is split without parts.
	count := map[aga.Zone]int{}
	split := 0
	for _, k := range r.Kommuner() {
		z, ok := r.AGA().ZoneOf(k.Number)
		if !ok || !z.Zone.Valid() || z.Rate.Zone != z.Zone {
			t.Errorf("ZoneOf(%s) = %+v, %v: every kommune needs a zone and its rate", k, z, ok)
			continue
		}
		if !z.Uncertain || len(z.Sources)+len(z.Secondary) == 0 {
			t.Errorf("ZoneOf(%s) = %+v: must be uncertain and name where it comes from", k, z)
		}
		if z.Split() {
			split++
			continue
		}
		count[z.Zone]++
	}
	// The counts in the copy of the zone list (one line per kommune, two or
	// three for a split kommune): 357 kommuner in all.
	want := map[aga.Zone]int{aga.Zone1: 126, aga.Zone1a: 16, aga.Zone2: 77, aga.Zone3: 32, aga.Zone4: 67, aga.Zone4a: 2, aga.Zone5: 25}
	for z, n := range want {
		if count[z] != n {
			t.Errorf("%d kommuner in zone %s, want %d", count[z], z, n)
		}
	}
	if split != 12 {
		t.Errorf("%d split kommuner, want 12", split)
	}

	// A sample per zone, as the copy of the zone list gives it; for Troms
	// and Finnmark also as regjeringen.no's page on Troms and St.prp. nr. 1
	// (1997–98) give it.
	for nr, want := range map[string]aga.Zone{
		"0301": aga.Zone1, "3301": aga.Zone1, "4003": aga.Zone1, "4601": aga.Zone1, "1103": aga.Zone1, // Oslo, Drammen, Skien, Bergen, Stavanger
		"1144": aga.Zone1a, "3441": aga.Zone1a, "5032": aga.Zone1a, // Kvitsøy, Gausdal, Selbu
		"4026": aga.Zone2, "3401": aga.Zone2, "4638": aga.Zone2, // Tinn, Kongsvinger, Høyanger
		"5025": aga.Zone3, "3435": aga.Zone3, "1566": aga.Zone3, // Røros, Vågå, Surnadal
		"5503": aga.Zone4, "1806": aga.Zone4, "1573": aga.Zone4, "5530": aga.Zone4, // Harstad, Narvik, Smøla, Senja
		"5501": aga.Zone4a, "1804": aga.Zone4a, // Tromsø, Bodø
		"5603": aga.Zone5, "5612": aga.Zone5, "5601": aga.Zone5, "5544": aga.Zone5, "5536": aga.Zone5, // Hammerfest, Kautokeino, Alta, Nordreisa, Lyngen
	} {
		z, ok := r.AGA().ZoneOf(nr)
		if !ok || z.Zone != want || z.Split() {
			t.Errorf("ZoneOf(%s) = %+v, %v, want zone %s", nr, z, ok, want)
		}
		if rt, _ := r.AGA().Rate(want); z.Rate != rt {
			t.Errorf("ZoneOf(%s).Rate = %+v, want %+v", nr, z.Rate, rt)
		}
	}
	// Troms and Finnmark are also placed by a primary page, if an old one.
	for _, nr := range []string{"5501", "5503", "5603", "5612", "5546"} {
		if z, _ := r.AGA().ZoneOf(nr); len(z.Sources) == 0 {
			t.Errorf("ZoneOf(%s) has no primary source: %+v", nr, z)
		}
	}
	// Oslo is in zone 1 because no group names it.
	if z, _ := r.AGA().ZoneOf("0301"); !z.Default || z.Note == "" {
		t.Errorf("ZoneOf(0301) = %+v, want the default zone with a note", z)
	}
	if z, _ := r.AGA().ZoneOf("5501"); z.Default {
		t.Errorf("ZoneOf(5501) = %+v: Tromsø is named, not default", z)
	}

	// Split kommuner: the zone is the part with the highest rate, and every
	// part is listed, highest rate first.
	for nr, want := range map[string][]aga.Zone{
		"1506": {aga.Zone1, aga.Zone2},            // Molde: Midsund and Nesset in zone 2
		"4225": {aga.Zone1, aga.Zone1a},           // Lyngdal: Audnedal in zone 1a
		"5059": {aga.Zone1, aga.Zone2, aga.Zone3}, // Orkland: Agdenes 2, Meldal 3
		"5057": {aga.Zone2, aga.Zone3},            // Ørland: Bjugn in zone 3
		"4602": {aga.Zone1a, aga.Zone2},           // Kinn: Flora 1a, Vågsøy 2
		"4647": {aga.Zone1a, aga.Zone2},           // Sunnfjord: Førde 1a
	} {
		z, ok := r.AGA().ZoneOf(nr)
		if !ok || !z.Split() || z.Zone != want[0] {
			t.Errorf("ZoneOf(%s) = %+v, %v, want a split kommune in zone %s", nr, z, ok, want[0])
			continue
		}
		var got []aga.Zone
		for _, p := range z.Parts {
			got = append(got, p.Zone)
			if p.Area == "" || p.Rate.Zone != p.Zone {
				t.Errorf("ZoneOf(%s): part %+v needs an area and its rate", nr, p)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("ZoneOf(%s) parts = %v, want %v", nr, got, want)
		}
	}
	if _, ok := r.AGA().ZoneOf("9999"); ok {
		t.Error("ZoneOf(9999) found a zone")
	}
}

// The order of rates: zone 1 is above 1a (which ends at 14,1), 1a above 2,
// and so on down to 5.
func TestRateOrder(t *testing.T) {
	r := real(t)
	order := []aga.Zone{aga.Zone1, aga.Zone1a, aga.Zone2, aga.Zone4a, aga.Zone3, aga.Zone4, aga.Zone5}
	for i := 0; i+1 < len(order); i++ {
		hi, _ := r.AGA().Rate(order[i])
		lo, _ := r.AGA().Rate(order[i+1])
		if !hi.Higher(lo) || lo.Higher(hi) {
			t.Errorf("want zone %s above zone %s", order[i], order[i+1])
		}
	}
}

// Without a default zone, a kommune no group names has no zone, and ZoneOf
// says so; with one, every kommune has a zone.
func TestDefaultZone(t *testing.T) {
	base := kommunetest.Content()
	files := map[string]string{}
	for _, name := range []string{kommune.KommunerFile, kommune.FylkerFile, aga.File} {
		b, err := fs.ReadFile(base, name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(b)
	}
	load := func(text string) *kommune.Register {
		t.Helper()
		fsys := fstest.MapFS{}
		for name, text := range files {
			fsys[name] = &fstest.MapFile{Data: []byte(text)}
		}
		fsys[aga.File] = &fstest.MapFile{Data: []byte(text)}
		r, err := kommune.Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	start := strings.Index(files[aga.File], "\ndefault:\n")
	end := strings.Index(files[aga.File], "\nzones:\n")
	if start < 0 || end < start {
		t.Fatal("the default block is not where the test expects it")
	}
	without := load(files[aga.File][:start] + files[aga.File][end:])
	if z, ok := without.AGA().ZoneOf("0301"); ok {
		t.Errorf("without a default, ZoneOf(0301) = %+v, want none", z)
	}
	if z, ok := without.AGA().ZoneOf("5501"); !ok || z.Zone != aga.Zone4a {
		t.Errorf("without a default, ZoneOf(5501) = %+v, %v, want 4a", z, ok)
	}
	if without.AGA().Info().DefaultZone != "" {
		t.Errorf("without a default, DefaultZone = %q", without.AGA().Info().DefaultZone)
	}
	with := load(files[aga.File])
	for _, k := range with.Kommuner() {
		if _, ok := with.AGA().ZoneOf(k.Number); !ok {
			t.Errorf("with a default, %s has no zone", k)
		}
	}
}
