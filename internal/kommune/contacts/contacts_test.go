package contacts

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/kommune/kommunetest"
)

// real is the register of the repository's content.
func real(t testing.TB) *kommune.Register { return kommunetest.Real(t) }

func builtIn() Layer {
	return Layer{FS: kommunetest.Content(), Name: "content"}
}

func mapLayer(name string, local bool, text string) Layer {
	return Layer{FS: fstest.MapFS{File: &fstest.MapFile{Data: []byte(text)}}, Name: name, Local: local}
}

// The real file loads, and every contact in it is complete.
func TestFileLoads(t *testing.T) {
	r := real(t)
	cs, err := Load(r, builtIn())
	if err != nil {
		t.Fatal(err)
	}
	if len(cs.All()) < 15 {
		t.Errorf("only %d contacts", len(cs.All()))
	}
	for _, c := range cs.All() {
		if c.Local || c.Read != "2026-12-01" || c.Where == "" {
			t.Errorf("%s: %+v", c.Name, c)
		}
	}
}

// Every kommune reaches Innovasjon Norge, NAV's service for employers and
// Siva's næringshager, at least through a national contact. (A regional
// office or a fylkeskommune service is listed only where it has a page
// of its own that we could read.)
func TestEveryKommuneHasTheBasics(t *testing.T) {
	r := real(t)
	cs, err := Load(r, builtIn())
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range r.Kommuner() {
		have := map[Kind]bool{}
		for _, c := range cs.For(k) {
			have[c.Kind] = true
		}
		for _, kind := range []Kind{KindInnovasjonNorge, KindNAVArbeidsgiver, KindNaeringshage} {
			if !have[kind] {
				t.Errorf("%s: no %s contact", k, kind)
			}
		}
	}
}

const contactsBase = `contacts:
  - national: true
    kind: nav-arbeidsgiver
    name: NAV Arbeidsgivertjenesten
    note: NAV hjelper deg med å finne folk.
    url: https://www.nav.no/arbeidsgiver/kontakt
    read: 2026-12-01
  - fylke: "40"
    kind: inkubator
    name: Inkubator i Telemark
    note: Inkubatoren hjelper deg med å vokse.
    url: https://example.no/om-oss
    read: 2026-12-01
  - fylke: ["39", "40"]
    kind: innovasjon-norge
    name: Innovasjon Norge Vestfold og Telemark
    note: Innovasjon Norge gir råd og penger til gründere.
    url: https://www.innovasjonnorge.no/kontor/vestfold-og-telemark
    read: 2026-12-01
    date: "2025"
  - kommune: ["4001", "4003"]
    kind: etablerertjeneste
    name: Etablererkontoret i Grenland
    note: Kontoret gir gratis veiledning til deg som vil starte for deg selv.
    url: https://example.no/etablerer
    read: 2026-12-01
`

func names(cs []Contact) string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Name
	}
	return strings.Join(out, " | ")
}

func TestContactsFor(t *testing.T) {
	r := real(t)
	cs, err := Load(r, mapLayer("content", false, contactsBase))
	if err != nil {
		t.Fatal(err)
	}
	skien, _ := r.Kommune("4003")
	want := "Etablererkontoret i Grenland | Innovasjon Norge Vestfold og Telemark | Inkubator i Telemark | NAV Arbeidsgivertjenesten"
	if got := names(cs.For(skien)); got != want {
		t.Errorf("ContactsFor(Skien) = %s\nwant %s", got, want)
	}
	first := cs.For(skien)[0]
	if first.Scope != ScopeKommune || first.Kind != KindEtablerertjeneste || strings.Join(first.Kommuner, ",") != "4001,4003" {
		t.Errorf("first contact = %+v", first)
	}
	if first.Where != "content/kommuner/kontakter.yaml:23" {
		t.Errorf("Where = %q", first.Where)
	}
	inn := cs.For(skien)[1]
	if s := inn.Source(); s.Label() != "Innovasjon Norge Vestfold og Telemark (2025)" || s.ReadOn() != "lest 1. desember 2026" {
		t.Errorf("source = %q, %q", s.Label(), s.ReadOn())
	}
	tonsberg, _ := r.Kommune("3905")
	if got := names(cs.For(tonsberg)); got != "Innovasjon Norge Vestfold og Telemark | NAV Arbeidsgivertjenesten" {
		t.Errorf("ContactsFor(Tønsberg) = %s", got)
	}
	oslo, _ := r.Kommune("0301")
	if got := names(cs.For(oslo)); got != "NAV Arbeidsgivertjenesten" {
		t.Errorf("ContactsFor(Oslo) = %s", got)
	}
	if cs.For(nil) != nil {
		t.Error("ContactsFor(nil) should be empty")
	}
	if KindNaeringshage.Label() != "Næringshage" || KindNAVArbeidsgiver.Label() != "NAV for arbeidsgivere" {
		t.Error("kind labels")
	}
}

// A local content folder adds contacts after the built-in ones.
func TestLocalContacts(t *testing.T) {
	r := real(t)
	local := `contacts:
  - kommune: "4003"
    kind: etablerertjeneste
    name: Gründerhjelpa i Skien
    note: Skien kommune gir deg en første samtale om ideen din.
    url: https://www.skien.kommune.no/naring/grunder
    read: 2026-12-01
`
	cs, err := Load(r, mapLayer("content", false, contactsBase), mapLayer("/home/ada/innhold", true, local))
	if err != nil {
		t.Fatal(err)
	}
	all := cs.All()
	last := all[len(all)-1]
	if last.Name != "Gründerhjelpa i Skien" || !last.Local || last.Where != "/home/ada/innhold/kommuner/kontakter.yaml:4" {
		t.Errorf("last contact = %+v", last)
	}
	skien, _ := r.Kommune("4003")
	want := "Etablererkontoret i Grenland | Gründerhjelpa i Skien | Innovasjon Norge Vestfold og Telemark | Inkubator i Telemark | NAV Arbeidsgivertjenesten"
	if got := names(cs.For(skien)); got != want {
		t.Errorf("ContactsFor(Skien) = %s\nwant %s", got, want)
	}
	porsgrunn, _ := r.Kommune("4001")
	if strings.Contains(names(cs.For(porsgrunn)), "Gründerhjelpa") {
		t.Error("Porsgrunn got Skien's local contact")
	}

	// A local folder without the file is fine; the built-in tree must have it.
	if _, err := Load(r, builtIn(), Layer{FS: fstest.MapFS{}, Name: "lokalt", Local: true}); err != nil {
		t.Errorf("local folder without the file: %v", err)
	}
	if _, err := Load(r, Layer{FS: fstest.MapFS{}, Name: "content"}); err == nil ||
		!strings.HasPrefix(err.Error(), "content/kommuner/kontakter.yaml: kunne ikke lese fila:") {
		t.Errorf("built-in tree without the file: %v", err)
	}

	// The same contact twice is an error, also across layers.
	_, err = Load(r, mapLayer("content", false, contactsBase), mapLayer("lokalt", true, contactsBase[:strings.Index(contactsBase, "  - fylke")]))
	want = `lokalt/kommuner/kontakter.yaml:4: kontakten «NAV Arbeidsgivertjenesten» (nav-arbeidsgiver) står allerede i content/kommuner/kontakter.yaml:4 for samme område`
	if err == nil || err.Error() != want {
		t.Errorf("duplicate: %v\nwant %s", err, want)
	}
}

// Broken contacts are reported in Norwegian with the file and line, and
// say what to write instead.
func TestContactErrors(t *testing.T) {
	r := real(t)
	const file = "content/kommuner/kontakter.yaml"
	for _, tt := range []struct {
		name, old, new, want string
	}{
		{"unknown fylke", `fylke: "40"`, `fylke: "41"`,
			file + `:8: fylke 41 finnes ikke: nærmeste fylkesnummer er "40" (Telemark) eller "42" (Agder)`},
		{"former fylke", `fylke: "40"`, `fylke: "38"`,
			file + `:8: fylke 38 fantes før 2024: skriv "39" (Vestfold) eller "40" (Telemark)`},
		{"fylke by name", `fylke: "40"`, `fylke: Telemark`,
			file + `:8: fylke skal være et nummer, ikke et navn: skriv "40" (Telemark)`},
		{"fylke without quotes", `fylke: ["39", "40"]`, `fylke: [3, "40"]`,
			file + `:14: fylkesnummeret «3» skal ha to sifre i anførselstegn: skriv "03"`},
		{"unknown kommune", `kommune: ["4001", "4003"]`, `kommune: ["4001", "4099"]`,
			file + `:21: kommune 4099 finnes ikke: nærmeste kommunenummer er "4032" (Fyresdal i Telemark), "4034" (Tokke i Telemark) eller "4036" (Vinje i Telemark)`},
		{"former kommune", `kommune: ["4001", "4003"]`, `kommune: ["4001", "3807"]`,
			file + `:21: kommune 3807 fantes før, men har et nytt nummer nå: skriv "4003" (Skien i Telemark)`},
		{"kommune by name", `kommune: ["4001", "4003"]`, `kommune: ["4001", "Skien"]`,
			file + `:21: kommune skal være et nummer, ikke et navn: skriv "4003" (Skien i Telemark)`},
		{"kommune by shared name", `kommune: ["4001", "4003"]`, `kommune: Våler`,
			file + `:21: kommune skal være et nummer, ikke et navn: skriv "3114" (Våler i Østfold) eller "3419" (Våler i Innlandet)`},
		{"two areas", "  - fylke: \"40\"\n", "  - fylke: \"40\"\n    national: true\n",
			file + `:8: kontakten «Inkubator i Telemark» har mer enn ett av fylke, kommune og national: velg ett`},
		{"missing area", "  - fylke: \"40\"\n    kind: inkubator", "  - kind: inkubator",
			file + `:8: kontakten «Inkubator i Telemark» mangler fylke, kommune eller national: skriv for eksempel fylke: "40" eller kommune: "4001"`},
		{"unknown kind", "kind: inkubator", "kind: inkubatorer",
			file + `:9: ukjent kind «inkubatorer» (mente du inkubator?): bruk innovasjon-norge, nav-arbeidsgiver, fylkeskommune, etablerertjeneste, naeringshage eller inkubator`},
		{"kind with æ", "kind: inkubator", "kind: næringshage",
			file + `:9: ukjent kind «næringshage» (mente du naeringshage?): bruk innovasjon-norge, nav-arbeidsgiver, fylkeskommune, etablerertjeneste, naeringshage eller inkubator`},
		{"missing kind", "    kind: inkubator\n", "",
			file + `:8: kontakten «Inkubator i Telemark» mangler kind: bruk innovasjon-norge, nav-arbeidsgiver, fylkeskommune, etablerertjeneste, naeringshage eller inkubator`},
		{"missing name", "    name: Inkubator i Telemark\n", "",
			file + `:8: kontakten nummer 2 i lista mangler name`},
		{"missing note", "    note: Inkubatoren hjelper deg med å vokse.\n", "",
			file + `:8: kontakten «Inkubator i Telemark» mangler note (én kort setning om hva de hjelper med)`},
		{"two sentences", "note: Inkubatoren hjelper deg med å vokse.", "note: Inkubatoren hjelper deg. Den er god.",
			file + `:11: note for «Inkubator i Telemark» skal være én setning, ikke flere`},
		{"no full stop", "note: Inkubatoren hjelper deg med å vokse.", "note: Inkubatoren hjelper deg med å vokse",
			file + `:11: note for «Inkubator i Telemark» skal være én hel setning som slutter med punktum`},
		{"long note", "note: Inkubatoren hjelper deg med å vokse.", "note: " + strings.Repeat("ord ", 26) + "slutt.",
			file + `:11: note for «Inkubator i Telemark» har 27 ord: skriv høyst 25`},
		{"missing url", "    url: https://example.no/om-oss\n", "",
			file + `:8: kontakten «Inkubator i Telemark» mangler url (siden om kontoret eller tjenesten)`},
		{"http", "url: https://example.no/om-oss", "url: http://example.no/om-oss",
			file + `:12: nettadressen «http://example.no/om-oss» må starte med https://`},
		{"front page", "url: https://example.no/om-oss", "url: https://example.no/",
			file + `:12: «https://example.no/» er forsiden til nettstedet: lenk til siden om kontoret eller tjenesten`},
		{"not a url", "url: https://example.no/om-oss", "url: example.no/om-oss",
			file + `:12: ugyldig nettadresse «example.no/om-oss»: skriv en full adresse som starter med https://`},
		{"missing read", "    read: 2026-12-01\n  - fylke: [", "  - fylke: [",
			file + `:8: kontakten «Inkubator i Telemark» mangler read (datoen vi leste siden, ÅÅÅÅ-MM-DD)`},
		{"bad read", "    read: 2026-12-01\n  - fylke: [", "    read: 1. desember 2026\n  - fylke: [",
			file + `:13: ugyldig dato «1. desember 2026» i «read»: skriv ÅÅÅÅ-MM-DD`},
		{"bad date", `date: "2025"`, `date: "2025-13"`,
			file + `:20: datoen «2025-13» i «date» finnes ikke`},
		{"unknown key", "    read: 2026-12-01\n  - fylke: [", "    read: 2026-12-01\n    adresse: Skien\n  - fylke: [",
			file + `:14: ukjent felt «adresse»`},
		{"wrong type", `national: true`, `national: ja`,
			file + `:2: «ja» er tekst, men her skal det stå ja/nei (true/false)`},
	} {
		if !strings.Contains(contactsBase, tt.old) {
			t.Fatalf("%s: %q is not in the base file", tt.name, tt.old)
		}
		text := strings.Replace(contactsBase, tt.old, tt.new, 1)
		_, err := Load(r, mapLayer("content", false, text))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s:\n got %v\nwant %s", tt.name, err, tt.want)
		}
	}
	if _, err := Load(r, mapLayer("content", false, "kontakter: []\n")); err == nil || err.Error() != file+":1: ukjent felt «kontakter»" {
		t.Errorf("wrong top key: %v", err)
	}
	if _, err := Load(r, mapLayer("content", false, "contacts:\n")); err == nil || err.Error() != file+":1: fila mangler contacts (lista over kontakter)" {
		t.Errorf("empty list: %v", err)
	}
}

// The built-in contacts come from the cache, which gives what the YAML
// gives; a cache made from another file, another layer name or another
// register is not used.
func TestCacheIsTheYAML(t *testing.T) {
	r := real(t)
	data, err := fs.ReadFile(kommunetest.Content(), File)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := fromCache(r, builtIn(), data); !ok {
		t.Fatalf("content/%s is not made from %s and the register as they are now: run go generate ./content", CacheFile, File)
	}
	fast, err := Load(r, builtIn())
	if err != nil {
		t.Fatal(err)
	}
	slow, err := load(r, false, builtIn())
	if err != nil {
		t.Fatal(err)
	}
	if len(fast.All()) == 0 || !reflect.DeepEqual(fast, slow) {
		t.Error("the contacts from the cache differ from those from the YAML")
	}
	cached, _ := fs.ReadFile(kommunetest.Content(), CacheFile)
	edited := fstest.MapFS{
		File:      &fstest.MapFile{Data: []byte(strings.Replace(string(data), "name: ", "name: Ny ", 1))},
		CacheFile: &fstest.MapFile{Data: cached},
	}
	cs, err := Load(r, Layer{FS: edited, Name: "content"})
	if err != nil || !strings.HasPrefix(cs.All()[0].Name, "Ny ") {
		t.Errorf("an edited file: the stale cache was used (%v)", err)
	}
	if _, ok := fromCache(r, Layer{FS: kommunetest.Content(), Name: "annet"}, data); ok {
		t.Error("the cache was used for a layer of another name")
	}
	other := fstest.MapFS{}
	for _, f := range []string{kommune.FylkerFile, kommune.KommunerFile, kommune.AGAFile} {
		d, _ := fs.ReadFile(kommunetest.Content(), f)
		other[f] = &fstest.MapFile{Data: append(d, "\n# endret\n"...)}
	}
	r2, err := kommune.Load(other)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := fromCache(r2, builtIn(), data); ok {
		t.Error("the cache was used with a register read from other files")
	}
}

// BenchmarkLoad is the built-in contacts as every plan with a kommune
// loads them: from the cache.
func BenchmarkLoad(b *testing.B) {
	r := real(b)
	for b.Loop() {
		if _, err := Load(r, builtIn()); err != nil {
			b.Fatal(err)
		}
	}
}
