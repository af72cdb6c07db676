package resolve

import (
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/kommune/kommunetest"
)

// real is the register of the repository's content.
func real(t testing.TB) *kommune.Register { return kommunetest.Real(t) }

func TestResolve(t *testing.T) {
	r := real(t)
	for _, tt := range []struct {
		in    string
		match Match
		want  string   // today's number when one kommune fits
		cands []string // candidate numbers, in order
		note  string   // a part of the note
	}{
		// Exact names, case and æøå.
		{in: "Drammen", match: Exact, want: "3301"},
		{in: "bærum", match: Exact, want: "3201"},
		{in: "baerum", match: Exact, want: "3201"},
		{in: "BÆRUM", match: Exact, want: "3201"},
		{in: "Baerum", match: Exact, want: "3201"},
		{in: "tromso", match: Exact, want: "5501"},
		{in: "  ålesund ", match: Exact, want: "1508"},
		{in: "Aurskog Høland", match: Exact, want: "3226"},
		{in: "Drammen kommune", match: Exact, want: "3301"},
		// Numbers.
		{in: "0301", match: Exact, want: "0301"},
		{in: "301", match: Exact, want: "0301"},
		{in: "4003", match: Exact, want: "4003"},
		// Sami and Kven names, and the full official name.
		{in: "Guovdageaidnu", match: Exact, want: "5612"},
		{in: "Kautokeino", match: Exact, want: "5612"},
		{in: "Guovdageaidnu - Kautokeino", match: Exact, want: "5612"},
		{in: "Kárášjohka", match: Exact, want: "5610"},
		{in: "karasjohka", match: Exact, want: "5610"},
		{in: "Porsáŋgu", match: Exact, want: "5622"},
		{in: "Porsanki", match: Exact, want: "5622"},
		{in: "Deatnu", match: Exact, want: "5628"},
		{in: "Unjárga", match: Exact, want: "5636"},
		{in: "Snåase", match: Exact, want: "5041"},
		{in: "Raarvihke", match: Exact, want: "5043"},
		{in: "Aarborte", match: Exact, want: "1826"},
		{in: "Loabák", match: Exact, want: "5518"},
		{in: "Omasvuotna", match: Exact, want: "5538"},
		{in: "Kaivuono", match: Exact, want: "5540"},
		{in: "Hábmer", match: Exact, want: "1875"},
		{in: "Tråante", match: Exact, want: "5001"},
		{in: "Oslove", match: Exact, want: "0301"}, // added after the snapshot
		// Name with fylke.
		{in: "Skien, Telemark", match: Exact, want: "4003"},
		{in: "Våler i Østfold", match: Exact, want: "3114"},
		{in: "Våler i Innlandet", match: Exact, want: "3419"},
		{in: "Våler (Innlandet)", match: Exact, want: "3419"},
		{in: "Herøy i Nordland", match: Exact, want: "1818"},
		{in: "herøy, møre og romsdal", match: Exact, want: "1515"},
		{in: "Våler i Hedmark", match: Exact, want: "3419"},             // a former fylke
		{in: "Skien, Vestfold og Telemark", match: Exact, want: "4003"}, // 2020–2023
		{in: "Tromsø, Romsa", match: Exact, want: "5501"},               // the fylke's Sami name
		// Ambiguous today.
		{in: "Våler", match: Ambiguous, cands: []string{"3114", "3419"}, note: "Våler i Østfold eller Våler i Innlandet"},
		{in: "Herøy", match: Ambiguous, cands: []string{"1515", "1818"}, note: "Skriv fylket også"},
		{in: "Bø", match: Ambiguous, cands: []string{"1867", "4020"}, note: "Bø i Telemark ble en del av Midt-Telemark i 2020."},
		{in: "Sande", match: Ambiguous, cands: []string{"1514", "3903"}, note: "Sande i Vestfold ble en del av Holmestrand i 2020."},
		{in: "Nes", match: Ambiguous, cands: []string{"3228", "3322"}, note: "Nes i Buskerud fikk navnet Nesbyen i 2020."},
		{in: "Os", match: Ambiguous, cands: []string{"3430", "4624"}},
		// Former names, 2017–2020 mergers and splits.
		{in: "Bø i Telemark", match: Former, want: "4020", note: "Bø i Telemark ble en del av Midt-Telemark i 2020."},
		{in: "Sauherad", match: Former, want: "4020", note: "Sauherad ble en del av Midt-Telemark i 2020."},
		{in: "Stokke", match: Former, want: "3907", note: "Stokke ble en del av Sandefjord i 2017."},
		{in: "Andebu", match: Former, want: "3907", note: "i 2017."},
		{in: "Nøtterøy", match: Former, want: "3911", note: "Nøtterøy ble en del av Færder i 2018."},
		{in: "Tjøme", match: Former, want: "3911"},
		{in: "Hof", match: Former, want: "3903"},
		{in: "Lardal", match: Former, want: "3909"},
		{in: "Rygge", match: Former, want: "3103"},
		{in: "Søgne", match: Former, want: "4204"},
		{in: "Nes i Buskerud", match: Former, want: "3322", note: "fikk navnet Nesbyen i 2020."},
		{in: "Tysfjord", match: Former, cands: []string{"1806", "1875"}, note: "Tysfjord ble delt mellom Narvik og Hamarøy i 2020."},
		{in: "Divtasvuodna", match: Former, cands: []string{"1806", "1875"}},
		{in: "Snillfjord", match: Former, cands: []string{"5055", "5056", "5059"}},
		{in: "Ørskog", match: Former, cands: []string{"1508", "1580"}, note: "Ålesund ble delt i Ålesund og Haram i 2024."},
		// Former numbers.
		{in: "0821", match: Former, want: "4020", note: "Kommunenummer 0821 gjaldt Bø i Telemark fram til 2019."},
		{in: "3817", match: Former, want: "4020", note: "Nå har Midt-Telemark nummer 4020."},
		{in: "3807", match: Former, want: "4003", note: "Kommunenummer 3807 gjaldt Skien fram til 2023."},
		{in: "3803", match: Former, want: "3905"},
		{in: "3005", match: Former, want: "3301"},
		{in: "3024", match: Former, want: "3201"},
		{in: "0219", match: Former, want: "3201"},
		{in: "5401", match: Former, want: "5501"},
		{in: "5430", match: Former, want: "5612"},
		{in: "1601", match: Former, want: "5001"},
		{in: "1534", match: Former, want: "1580", note: "I 2024 ble Haram en egen kommune igjen."},
		{in: "1507", match: Former, cands: []string{"1508", "1580"}, note: "Ålesund ble delt i Ålesund og Haram i 2024."},
		{in: "1850", match: Former, cands: []string{"1806", "1875"}},
		// Typos: suggestions, never a guess.
		{in: "Dramen", match: Suggestion, cands: []string{"3301"}, note: "Mente du Drammen?"},
		{in: "Kristiansnd", match: Suggestion, cands: []string{"4204", "1505"}, note: "Mente du Kristiansand eller Kristiansund?"},
		{in: "Trondhjem", match: Suggestion, cands: []string{"5001"}},
		{in: "Våler i Vestfold", match: Suggestion, cands: []string{"3114", "3419"}, note: "Fant ingen kommune som heter «Våler» i Vestfold. Mente du Våler i Østfold eller Våler i Innlandet?"},
		{in: "Drammen, Telemark", match: Suggestion, cands: []string{"3301"}, note: "Mente du Drammen i Buskerud?"},
		// Rubbish.
		{in: "", match: NoMatch, note: "Skriv navnet"},
		{in: "xyzzy", match: NoMatch, note: "Fant ingen kommune som heter «xyzzy»."},
		// A fylke, today's or one from before 2024, is not a kommune.
		{in: "Telemark", match: NoMatch, note: "«Telemark» er navnet på et fylke, ikke på en kommune. Skriv navnet eller det firesifrede nummeret til kommunen."},
		{in: "viken", match: NoMatch, note: "«viken» er navnet på et fylke, ikke på en kommune."},
		{in: "Oslo", match: Exact, want: "0301"},
		{in: "9999", match: NoMatch, note: "Fant ingen kommune med nummer 9999."},
		{in: "12345", match: NoMatch},
		{in: "Atlantis, Telemark", match: NoMatch},
		{in: "Skien, Narnia", match: NoMatch},
	} {
		res := Kommune(r, tt.in)
		if res.Match != tt.match {
			t.Errorf("Kommune(%q).Match = %d, want %d (note %q)", tt.in, res.Match, tt.match, res.Note)
			continue
		}
		got := ""
		if res.Kommune != nil {
			got = res.Kommune.Number
		}
		if got != tt.want {
			t.Errorf("Kommune(%q).Kommune = %q, want %q", tt.in, got, tt.want)
		}
		if tt.cands != nil {
			var nrs []string
			for _, k := range res.Candidates {
				nrs = append(nrs, k.Number)
			}
			if strings.Join(nrs, ",") != strings.Join(tt.cands, ",") {
				t.Errorf("Kommune(%q).Candidates = %v, want %v", tt.in, nrs, tt.cands)
			}
		}
		if !strings.Contains(res.Note, tt.note) {
			t.Errorf("Kommune(%q).Note = %q, want it to contain %q", tt.in, res.Note, tt.note)
		}
		if res.Match != Exact && res.Note == "" {
			t.Errorf("Kommune(%q): a %d result needs a note", tt.in, res.Match)
		}
		if (res.Match == Ambiguous || res.Match == Suggestion) && res.Kommune != nil {
			t.Errorf("Kommune(%q) guessed %s", tt.in, res.Kommune)
		}
	}
}

// Every number in use 2020–2023 leads to today's kommune(s).
func TestNumbers2020To2023(t *testing.T) {
	r := real(t)
	n := 0
	for _, c := range r.Changes() {
		if c.Year != 2024 {
			continue
		}
		n++
		res := Kommune(r, c.From)
		if res.Match != Former || len(res.Candidates) == 0 {
			t.Errorf("Kommune(%s) = %+v", c.From, res)
		}
	}
	// 51 in Viken, 23 in Vestfold og Telemark, 39 in Troms og Finnmark, and
	// Ålesund twice: 114 kommuner, as KS counted.
	if n != 51+23+39+2 {
		t.Errorf("%d change lines for 2024, want 115", n)
	}
	for _, old := range []string{"3801", "3802", "3803", "3804", "3805", "3806", "3807", "3808", "3811", "3812",
		"3813", "3814", "3815", "3816", "3817", "3818", "3819", "3820", "3821", "3822", "3823", "3824", "3825"} {
		res := Kommune(r, old)
		if res.Kommune == nil || (res.Kommune.Fylke.Number != "39" && res.Kommune.Fylke.Number != "40") {
			t.Errorf("Kommune(%s) = %+v, want a kommune in Vestfold or Telemark", old, res)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	r := real(b)
	inputs := []string{"Drammen", "baerum", "Guovdageaidnu", "3807", "Våler", "Skien, Telemark", "Dramen", "Bø i Telemark"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Kommune(r, inputs[i%len(inputs)])
	}
}

// Kommune answers today's name without the former names only when they
// would change nothing: byName, which asks them, gives the same for every
// name of today's kommuner, and something else for the names an old
// kommune of another outcome also had.
func TestLivesOnAgreesWithByName(t *testing.T) {
	r := real(t)
	other := 0
	for _, key := range r.Keys() {
		now := r.KommunerByKey(key)
		if len(now) != 1 {
			continue
		}
		res, ok := byName(r, key, nil, key)
		exact := ok && res.Match == Exact && res.Kommune == now[0] && res.Note == ""
		if r.LivesOn(key) != exact {
			t.Errorf("%q: LivesOn = %v, but byName gives %+v", key, r.LivesOn(key), res)
		}
		if !exact {
			other++
		}
	}
	if other == 0 {
		t.Error("no name of today's kommuner has a former kommune that went elsewhere; Bø had one")
	}
}

// BenchmarkLoadAndResolve is what a command that reads a saved answer
// pays: the register from the content's cache, then today's name.
func BenchmarkLoadAndResolve(b *testing.B) {
	fsys := kommunetest.Content()
	for b.Loop() {
		r, err := kommune.Load(fsys)
		if err != nil {
			b.Fatal(err)
		}
		if res := Kommune(r, "Notodden"); res.Match != Exact {
			b.Fatal(res)
		}
	}
}
