package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// Rendered pages, width 80 and 60, plain (the notty style): what a reader
// gets when they pipe a page to a file.
func TestReadGolden(t *testing.T) {
	for _, tc := range []struct {
		topic string
		width string
	}{{"as", "80"}, {"frivillighetsregisteret", "80"}, {"mva-registrering", "60"}} {
		r := run(t, testEnv{}, "read", tc.topic, "--width", tc.width)
		if r.code != 0 || r.err != "" {
			t.Fatalf("read %s: code %d, stderr %q", tc.topic, r.code, r.err)
		}
		golden(t, "read/"+tc.topic+"-"+tc.width+".txt", r.out)
	}
}

func TestReadPlainWhenPipedOrNoColor(t *testing.T) {
	for _, te := range []testEnv{{}, {tty: true, width: 80, env: map[string]string{"NO_COLOR": "1"}}, {tty: true, width: 80, env: map[string]string{"TERM": "dumb"}}} {
		r := run(t, te, "les", "as", "--no-pager")
		if r.code != 0 {
			t.Fatalf("code %d: %s", r.code, r.err)
		}
		if strings.Contains(r.out, "\x1b") {
			t.Errorf("env %v: output has escape sequences", te.env)
		}
	}
}

func TestReadStyledOnTerminal(t *testing.T) {
	r := run(t, testEnv{tty: true, width: 80}, "les", "as", "--no-pager")
	if r.code != 0 || !strings.Contains(r.out, "\x1b[") {
		t.Fatalf("code %d, want styled output on a terminal; got %q", r.code, r.out[:min(80, len(r.out))])
	}
}

func TestReadEndsWithSourcesAndCheckedDate(t *testing.T) {
	r := run(t, testEnv{}, "les", "frivillighetsregisteret")
	if !strings.Contains(r.out, "Kilder") || !strings.Contains(r.out, "Siden ble sist kontrollert") {
		t.Fatalf("page lacks sources or checked date:\n%s", r.out)
	}
}

func TestReadAcceptsTitleWithoutNorwegianLetters(t *testing.T) {
	r := run(t, testEnv{}, "les", "Frivillighetsregisteret")
	if r.code != 0 {
		t.Fatalf("code %d: %s", r.code, r.err)
	}
}

func TestReadNarrowLinesFit(t *testing.T) {
	r := run(t, testEnv{}, "les", "as", "--width", "60")
	for i, line := range strings.Split(r.out, "\n") {
		if n := len([]rune(line)); n > 60 && !strings.Contains(line, "http") {
			t.Errorf("line %d is %d columns wide: %q", i+1, n, line)
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		te   testEnv
		args []string
		code int
		err  string
	}{
		{"unknown topic", testEnv{}, []string{"les", "aksjeselkap"}, 2, "Fant ikke emnet «aksjeselkap».\nMente du:\n"},
		{"no topic on a pipe", testEnv{}, []string{"les"}, 2, "Skriv hvilket emne du vil lese, for eksempel «sosabc les as». Se alle emnene med «sosabc emner».\n"},
		{"two topics", testEnv{}, []string{"les", "as", "enk"}, 2, "Skriv bare ett emne, for eksempel «sosabc les as».\n"},
		{"bad style", testEnv{}, []string{"les", "as", "--style", "pink"}, 2, "Ukjent stil «pink». Velg dark, light eller notty.\n"},
		{"bad style env", testEnv{tty: true, width: 80, env: map[string]string{"SOSABC_STYLE": "blå"}}, []string{"les", "as"}, 2, "Ukjent stil «blå» i SOSABC_STYLE. Velg dark, light eller notty.\n"},
		{"narrow width", testEnv{}, []string{"les", "as", "--width", "5"}, 2, "Bredden må være minst 20 tegn, ikke 5.\n"},
		{"width not a number", testEnv{}, []string{"les", "as", "--width", "bred"}, 2, "Ugyldig verdi «bred» for «--width». Skriv «--help» for å se hvilke valg som finnes.\n"},
		{"unknown flag", testEnv{}, []string{"les", "as", "--farge"}, 2, "Ukjent valg «--farge». Skriv «--help» for å se hvilke valg som finnes.\n"},
		{"unknown command", testEnv{}, []string{"lese"}, 2, "Ukjent kommando «lese». Mente du «les»? Skriv «sosabc --help» for å se alle kommandoene.\n"},
		{"missing content dir", testEnv{}, []string{"les", "as", "--content-dir", "/finnes/ikke"}, 2, "Fant ikke innholdsmappen «/finnes/ikke». Sjekk --content-dir eller SOSABC_CONTENT_DIR.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, tt.te, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit code %d, want %d", r.code, tt.code)
			}
			if !strings.HasPrefix(r.err, tt.err) {
				t.Errorf("stderr =\n%s\nwant prefix\n%s", r.err, tt.err)
			}
			if r.out != "" {
				t.Errorf("stdout should be empty on error, got %q", r.out)
			}
		})
	}
}

func TestTopicsJSON(t *testing.T) {
	r := run(t, testEnv{}, "emner", "--json")
	var topics []map[string]any
	if err := json.Unmarshal([]byte(r.out), &topics); err != nil {
		t.Fatal(err)
	}
	if len(topics) < 100 {
		t.Fatalf("%d topics, want the whole handbook", len(topics))
	}
	for _, key := range []string{"id", "title", "area", "summary", "checked", "sources"} {
		if _, ok := topics[0][key]; !ok {
			t.Errorf("topic JSON lacks %q", key)
		}
	}
	src := topics[0]["sources"].([]any)[0].(map[string]any)
	for _, key := range []string{"title", "url", "read"} {
		if src[key] == "" || src[key] == nil {
			t.Errorf("source JSON lacks %q", key)
		}
	}
}

func TestTopicsListsEveryArea(t *testing.T) {
	r := run(t, testEnv{}, "topics")
	for _, area := range []string{"Selskapsform (8)", "Finansiering (18)", "Forsikring (9)", "Avtaler (8)", "Navn, merke og idéer (IPR) (7)", "For kommunen (12)"} {
		if !strings.Contains(r.out, area) {
			t.Errorf("topics output lacks %q", area)
		}
	}
	if r := run(t, testEnv{}, "topics", "--area", "fisk"); r.code != 2 || !strings.HasPrefix(r.err, "Ukjent område «fisk». Områdene er: om, selskapsform") {
		t.Errorf("unknown area: code %d, %q", r.code, r.err)
	}
}

func TestSearchRanking(t *testing.T) {
	tests := []struct {
		query string
		top   string // must be the first hit
		also  string // must be among the hits ("" = no check)
	}{
		{"forsikringer", "", "yrkesskadeforsikring"},
		{"styreansvar", "styreansvarsforsikring", ""},
		{"aksjeselskap", "as", ""},
		{"frivillighetsregisteret", "frivillighetsregisteret", ""},
		{"yrkesskade", "yrkesskadeforsikring", ""},
		{"varemerke", "varemerke", ""},
		{"politiattest", "politiattest", ""},
		{"merverdiavgift", "mva-registrering", ""},
		{"forsikring", "", "styreansvarsforsikring"},
		{"stoette", "", ""},
		{"tjenestepensjon", "otp", ""},
	}
	for _, tt := range tests {
		r := run(t, testEnv{}, "søk", tt.query, "--json", "--limit", "50")
		var hits []struct{ ID string }
		if err := json.Unmarshal([]byte(r.out), &hits); err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		if len(hits) == 0 {
			t.Errorf("%q: no hits", tt.query)
			continue
		}
		if tt.top != "" && hits[0].ID != tt.top {
			t.Errorf("%q: first hit %q, want %q", tt.query, hits[0].ID, tt.top)
		}
		if tt.also != "" && !containsID(hits, tt.also) {
			t.Errorf("%q: %q not among the hits", tt.query, tt.also)
		}
	}
}

func TestSearchInflectionAndFolding(t *testing.T) {
	same := [][2]string{{"forsikringer", "forsikring"}, {"stoette", "støtte"}, {"aarsregnskap", "årsregnskap"}}
	for _, pair := range same {
		a, b := run(t, testEnv{}, "søk", pair[0], "--json", "--limit", "100"), run(t, testEnv{}, "søk", pair[1], "--json", "--limit", "100")
		if a.out != b.out {
			t.Errorf("%q and %q give different results", pair[0], pair[1])
		}
	}
}

func TestSearchNoHits(t *testing.T) {
	r := run(t, testEnv{}, "søk", "xyzzy")
	if r.code != 0 || r.out != "" || r.err != "Ingen treff på «xyzzy». Prøv et annet ord, eller se alle emnene med «sosabc emner».\n" {
		t.Errorf("got code %d out %q err %q", r.code, r.out, r.err)
	}
}

func containsID(hits []struct{ ID string }, id string) bool {
	for _, h := range hits {
		if h.ID == id {
			return true
		}
	}
	return false
}

func TestGlossary(t *testing.T) {
	r := run(t, testEnv{}, "ordliste", "aksjekapital")
	if r.code != 0 || !strings.HasPrefix(r.out, "Aksjekapital\n  ") || !strings.Contains(r.out, "Les mer: sosabc les") {
		t.Errorf("got %q", r.out)
	}
	r = run(t, testEnv{}, "ordliste", "--json")
	var terms []map[string]any
	if err := json.Unmarshal([]byte(r.out), &terms); err != nil || len(terms) < 60 {
		t.Fatalf("glossary JSON: %d terms, err %v", len(terms), err)
	}
	r = run(t, testEnv{}, "ordliste", "blomkål")
	if r.code != 2 || r.err != "Fant ikke «blomkål» i ordlisten. Se hele listen med «sosabc ordliste», eller søk med «sosabc søk blomkål».\n" {
		t.Errorf("unknown term: code %d err %q", r.code, r.err)
	}
}

func TestSources(t *testing.T) {
	r := run(t, testEnv{}, "kilder")
	if r.code != 0 || !strings.Contains(r.out, "Lest 22. november 2026") {
		t.Errorf("got code %d:\n%s", r.code, r.out[:min(300, len(r.out))])
	}
	r = run(t, testEnv{}, "kilder", "--json")
	var srcs []map[string]any
	if err := json.Unmarshal([]byte(r.out), &srcs); err != nil || len(srcs) == 0 {
		t.Fatalf("sources JSON: %v", err)
	}
	for _, key := range []string{"title", "url", "read", "topics"} {
		if _, ok := srcs[0][key]; !ok {
			t.Errorf("source JSON lacks %q", key)
		}
	}
}

func TestVersionAndHelp(t *testing.T) {
	if r := run(t, testEnv{}, "version"); r.code != 0 || !strings.HasPrefix(r.out, "sosabc test (go") {
		t.Errorf("version: %q", r.out)
	}
	r := run(t, testEnv{}, "--help")
	if r.code != 0 || !strings.Contains(r.out, "Bruk:\n  sosabc [kommando]") || !strings.Contains(r.out, "-h, --help") || strings.Contains(r.out, "Usage") {
		t.Errorf("help:\n%s", r.out)
	}
	r = run(t, testEnv{}, "help", "les")
	if r.code != 0 || !strings.Contains(r.out, "Andre navn:\n  read, les") {
		t.Errorf("help les:\n%s", r.out)
	}
}

func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		if r := run(t, testEnv{}, "completion", shell); r.code != 0 || len(r.out) < 100 {
			t.Errorf("%s: code %d, %d bytes", shell, r.code, len(r.out))
		}
	}
	if r := run(t, testEnv{}, "completion", "tcsh"); r.code != 2 {
		t.Errorf("tcsh: code %d", r.code)
	}
}

// With ACCESSIBLE=1 the picker is a search word and a numbered list.
func TestReadPickerAccessible(t *testing.T) {
	r := run(t, testEnv{tty: true, width: 80, env: map[string]string{"ACCESSIBLE": "1"}, stdin: "styreansvar\n1\n"}, "les", "--no-pager")
	if r.code != 0 || !strings.Contains(r.err, "Hvilket emne vil du lese? Skriv et ord, så søker vi: Treff:\n  1) Styreansvarsforsikring") {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.err)
	}
	if !strings.Contains(r.out, "Styreansvarsforsikring") {
		t.Errorf("the page was not shown:\n%.200s", r.out)
	}
}

// With ACCESSIBLE=1 a page is plain text, written at once: no pager for a
// screen reader to get stuck in.
func TestReadAccessibleIsPlain(t *testing.T) {
	r := run(t, testEnv{tty: true, width: 80, height: 20, env: map[string]string{"ACCESSIBLE": "1"}}, "les", "as")
	if r.code != 0 || strings.Contains(r.out, "\x1b") || !strings.Contains(r.out, "Aksjeselskap (AS)") {
		t.Fatalf("exit %d, %d bytes, escape codes: %v", r.code, len(r.out), strings.Contains(r.out, "\x1b"))
	}
}
