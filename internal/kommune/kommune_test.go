package kommune

import (
	"io/fs"
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

var (
	regOnce sync.Once
	reg     *Register
	regErr  error
)

// real loads the embedded content tree from the repository.
func real(t testing.TB) *Register {
	t.Helper()
	regOnce.Do(func() { reg, regErr = Load(os.DirFS("../../content")) })
	if regErr != nil {
		t.Fatal(regErr)
	}
	return reg
}

func TestSnapshotCounts(t *testing.T) {
	r := real(t)
	if got := len(r.Kommuner()); got != 357 {
		t.Errorf("the snapshot has %d kommuner, want 357", got)
	}
	if got := len(r.Fylker()); got != 15 {
		t.Errorf("the snapshot has %d fylker, want 15", got)
	}
	if r.Snapshot != "2024-01-01" {
		t.Errorf("snapshot = %q, want 2024-01-01", r.Snapshot)
	}
	if !strings.Contains(r.Licence, "NLOD") {
		t.Errorf("licence = %q, want NLOD 2.0", r.Licence)
	}
	// Kommuner per fylke, as counted in SSB's list.
	want := map[string]int{"03": 1, "11": 23, "15": 27, "18": 41, "31": 12, "32": 21, "33": 18, "34": 46,
		"39": 6, "40": 17, "42": 25, "46": 43, "50": 38, "55": 21, "56": 18}
	got := map[string]int{}
	for _, k := range r.Kommuner() {
		got[k.Fylke.Number]++
	}
	for nr, n := range want {
		if got[nr] != n {
			t.Errorf("fylke %s has %d kommuner, want %d", nr, got[nr], n)
		}
	}
}

func TestNamesAndFylker(t *testing.T) {
	r := real(t)
	for _, tt := range []struct {
		nr, name, official, fylke string
		sami, kven                []string
	}{
		{"0301", "Oslo", "Oslo", "Oslo", nil, nil},
		{"5612", "Kautokeino", "Guovdageaidnu - Kautokeino", "Finnmark", []string{"Guovdageaidnu"}, nil},
		{"5610", "Karasjok", "Kárášjohka - Karasjok", "Finnmark", []string{"Kárášjohka"}, nil},
		{"5622", "Porsanger", "Porsanger - Porsáŋgu - Porsanki", "Finnmark", []string{"Porsáŋgu"}, []string{"Porsanki"}},
		{"5628", "Tana", "Deatnu - Tana", "Finnmark", []string{"Deatnu"}, nil},
		{"5636", "Nesseby", "Unjárga - Nesseby", "Finnmark", []string{"Unjárga"}, nil},
		{"5041", "Snåsa", "Snåase - Snåsa", "Trøndelag", []string{"Snåase"}, nil},
		{"5043", "Røyrvik", "Raarvihke - Røyrvik", "Trøndelag", []string{"Raarvihke"}, nil},
		{"1826", "Hattfjelldal", "Aarborte - Hattfjelldal", "Nordland", []string{"Aarborte"}, nil},
		{"5518", "Lavangen", "Loabák - Lavangen", "Troms", []string{"Loabák"}, nil},
		{"5538", "Storfjord", "Storfjord - Omasvuotna - Omasvuono", "Troms", []string{"Omasvuotna"}, []string{"Omasvuono"}},
		{"5540", "Kåfjord", "Gáivuotna - Kåfjord - Kaivuono", "Troms", []string{"Gáivuotna"}, []string{"Kaivuono"}},
		{"1875", "Hamarøy", "Hábmer - Hamarøy", "Nordland", []string{"Hábmer"}, nil},
		{"1806", "Narvik", "Narvik", "Nordland", nil, nil},
		{"4020", "Midt-Telemark", "Midt-Telemark", "Telemark", nil, nil},
		{"1580", "Haram", "Haram", "Møre og Romsdal", nil, nil},
	} {
		k, ok := r.Kommune(tt.nr)
		if !ok {
			t.Errorf("no kommune %s", tt.nr)
			continue
		}
		if k.Name != tt.name || k.Official != tt.official || k.Fylke.Name != tt.fylke ||
			strings.Join(k.Sami, ",") != strings.Join(tt.sami, ",") || strings.Join(k.Kven, ",") != strings.Join(tt.kven, ",") {
			t.Errorf("%s = %q %q %q sami %q kven %q, want %q %q %q sami %q kven %q", tt.nr,
				k.Name, k.Official, k.Fylke.Name, k.Sami, k.Kven, tt.name, tt.official, tt.fylke, tt.sami, tt.kven)
		}
	}
	// Tysfjord no longer exists.
	for _, k := range r.Kommuner() {
		if strings.Contains(k.Official, "Tysfjord") {
			t.Errorf("%s: Tysfjord was split in 2020", k)
		}
	}
	if f, _ := r.Fylke("55"); f.Official != "Troms - Romsa - Tromssa" {
		t.Errorf("fylke 55 = %q", f.Official)
	}
}

// Two different kommuner must never fold to the same key, except the ones
// that share their name (Våler, Herøy): those need the fylke.
func TestFoldedNamesAreUnique(t *testing.T) {
	r := real(t)
	for key, ks := range r.names {
		if len(ks) > 1 && !sameName(ks) {
			t.Errorf("%q folds to several kommuner: %v", key, ks)
		}
		if len(ks) > 1 && ks[0].Name != "Våler" && ks[0].Name != "Herøy" {
			t.Errorf("%q is shared by %v; only Våler and Herøy are shared today", key, ks)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Bærum": "baerum", "BÆRUM": "baerum", "baerum": "baerum", "Tromsø": "tromso", "Tromsoe": "tromso",
		"Porsáŋgu": "porsangu", "Porsángu": "porsangu", "Snåase": "snase", "Snaase": "snase",
		"Aurskog-Høland": "aurskog holand", "  Herøy (Nordland) ": "heroy nordland", "Stïentje": "stientje",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

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
		{in: "9999", match: NoMatch, note: "Fant ingen kommune med nummer 9999."},
		{in: "12345", match: NoMatch},
		{in: "Atlantis, Telemark", match: NoMatch},
		{in: "Skien, Narnia", match: NoMatch},
	} {
		res := r.Resolve(tt.in)
		if res.Match != tt.match {
			t.Errorf("Resolve(%q).Match = %d, want %d (note %q)", tt.in, res.Match, tt.match, res.Note)
			continue
		}
		got := ""
		if res.Kommune != nil {
			got = res.Kommune.Number
		}
		if got != tt.want {
			t.Errorf("Resolve(%q).Kommune = %q, want %q", tt.in, got, tt.want)
		}
		if tt.cands != nil {
			var nrs []string
			for _, k := range res.Candidates {
				nrs = append(nrs, k.Number)
			}
			if strings.Join(nrs, ",") != strings.Join(tt.cands, ",") {
				t.Errorf("Resolve(%q).Candidates = %v, want %v", tt.in, nrs, tt.cands)
			}
		}
		if !strings.Contains(res.Note, tt.note) {
			t.Errorf("Resolve(%q).Note = %q, want it to contain %q", tt.in, res.Note, tt.note)
		}
		if res.Match != Exact && res.Note == "" {
			t.Errorf("Resolve(%q): a %d result needs a note", tt.in, res.Match)
		}
		if (res.Match == Ambiguous || res.Match == Suggestion) && res.Kommune != nil {
			t.Errorf("Resolve(%q) guessed %s", tt.in, res.Kommune)
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
		res := r.Resolve(c.From)
		if res.Match != Former || len(res.Candidates) == 0 {
			t.Errorf("Resolve(%s) = %+v", c.From, res)
		}
	}
	// 51 in Viken, 23 in Vestfold og Telemark, 39 in Troms og Finnmark, and
	// Ålesund twice: 114 kommuner, as KS counted.
	if n != 51+23+39+2 {
		t.Errorf("%d change lines for 2024, want 115", n)
	}
	for _, old := range []string{"3801", "3802", "3803", "3804", "3805", "3806", "3807", "3808", "3811", "3812",
		"3813", "3814", "3815", "3816", "3817", "3818", "3819", "3820", "3821", "3822", "3823", "3824", "3825"} {
		res := r.Resolve(old)
		if res.Kommune == nil || (res.Kommune.Fylke.Number != "39" && res.Kommune.Fylke.Number != "40") {
			t.Errorf("Resolve(%s) = %+v, want a kommune in Vestfold or Telemark", old, res)
		}
	}
}

// copySource is the secondary source of the zone list, as the file writes it.
const copySource = `      - title: "Runeov/react-averdi (GitHub): DifferansiertArbeidsgiveravgift.csv"
        url: https://github.com/Runeov/react-averdi/blob/bd403afe58a14e4c5b9133e12a088c7ac14271e3/src/data/DifferansiertArbeidsgiveravgift.csv
        read: 2026-12-01
`

// Load reports broken files in Norwegian, with the file and line.
func TestLoadErrors(t *testing.T) {
	base := os.DirFS("../../content")
	read := func(name string) string {
		b, err := fs.ReadFile(base, name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	kommuner, fylker, aga := read(KommunerFile), read(FylkerFile), read(AGAFile)
	for _, tt := range []struct {
		name, file, old, new, want string
	}{
		{"unknown key", KommunerFile, "    name: \"Drammen\"\n", "    name: \"Drammen\"\n    navn: Drammen\n", "kommuner/kommuner.yaml:"},
		{"unknown key message", KommunerFile, "    name: \"Drammen\"\n", "    name: \"Drammen\"\n    navn: Drammen\n", "ukjent felt «navn»"},
		{"bad number", KommunerFile, "number: \"3301\"", "number: \"331\"", "skal ha fire sifre"},
		{"wrong fylke", KommunerFile, "    name: \"Drammen\"\n    fylke: \"33\"", "    name: \"Drammen\"\n    fylke: \"32\"", "de to første sifrene"},
		{"unknown fylke", FylkerFile, "number: \"33\"", "number: \"99\"", "fylket «33» finnes ikke"},
		{"bad date", KommunerFile, "snapshot: 2024-01-01", "snapshot: 2024-13-01", "finnes ikke"},
		{"zone twice", AGAFile, "      - \"5501\"  # Tromsø\n", "      - \"5501\"  # Tromsø\n      - \"5603\"\n", "står både i sone 5 og i sone 4a"},
		{"split and zone", AGAFile, "      - \"1804\"  # Bodø\n", "      - \"1804\"  # Bodø\n      - \"1506\"\n", "kommune 1506 står både i sone 4a og i split"},
		{"unknown zone", AGAFile, "zone: \"4a\"\n    note: \"Tromsø.\"", "zone: \"6\"\n    note: \"Tromsø.\"", "ukjent sone «6»"},
		{"unknown kommune", AGAFile, "      - \"1804\"  # Bodø\n", "      - \"1899\"\n", "kommunenummer 1899 finnes ikke"},
		{"not marked uncertain", AGAFile, "uncertain: true", "uncertain: false", "sett uncertain: true"},
		{"group without source", AGAFile, "    note: \"Bodø.\"\n    secondary:\n" + copySource, "    note: \"Bodø.\"\n", "trenger en kilde (sources eller secondary)"},
		{"split with one part", AGAFile, "      - zone: \"1\"\n        area: \"resten av kommunen\"\n  - kommune: \"1508\"", "  - kommune: \"1508\"", "trenger minst to deler"},
		{"split zone twice", AGAFile, "      - zone: \"1\"\n        area: \"resten av kommunen\"\n  - kommune: \"1508\"", "      - zone: \"2\"\n        area: \"resten av kommunen\"\n  - kommune: \"1508\"", "har sone 2 to ganger"},
		{"split part without area", AGAFile, "        area: \"området som før var Hornindal kommune\"", "        area: \"\"", "mangler area"},
		{"default with kommuner", AGAFile, "default:\n  zone: \"1\"\n", "default:\n  zone: \"1\"\n  kommuner: [\"0301\"]\n", "skal ikke ha kommuner"},
		{"default unknown zone", AGAFile, "default:\n  zone: \"1\"\n", "default:\n  zone: \"7\"\n", "ukjent sone «7»"},
		{"free amount without above", AGAFile, "    percent: 5.1\n", "    percent: 5.1\n    free_amount: 100\n", "free_amount (fribeløpet) hører sammen med above"},
	} {
		files := map[string]string{KommunerFile: kommuner, FylkerFile: fylker, AGAFile: aga}
		if !strings.Contains(files[tt.file], tt.old) {
			t.Fatalf("%s: %q is not in %s", tt.name, tt.old, tt.file)
		}
		files[tt.file] = strings.Replace(files[tt.file], tt.old, tt.new, 1)
		fsys := fstest.MapFS{}
		for name, text := range files {
			fsys[name] = &fstest.MapFile{Data: []byte(text)}
		}
		_, err := Load(fsys)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Load error = %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
	if _, err := Load(fstest.MapFS{}); err == nil || !strings.Contains(err.Error(), "kunne ikke lese fila") {
		t.Errorf("Load of an empty tree: %v", err)
	}
}

func BenchmarkResolve(b *testing.B) {
	r := real(b)
	inputs := []string{"Drammen", "baerum", "Guovdageaidnu", "3807", "Våler", "Skien, Telemark", "Dramen", "Bø i Telemark"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Resolve(inputs[i%len(inputs)])
	}
}

func BenchmarkLoad(b *testing.B) {
	fsys := os.DirFS("../../content")
	for i := 0; i < b.N; i++ {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
