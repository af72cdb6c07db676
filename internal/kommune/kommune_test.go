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

func BenchmarkLoad(b *testing.B) {
	fsys := os.DirFS("../../content")
	for i := 0; i < b.N; i++ {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
