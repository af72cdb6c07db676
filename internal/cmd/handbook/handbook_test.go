package handbook_test

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/cmdtest"
	hb "github.com/sosabc/sosabc/internal/handbook"
)

// Rendered pages, width 80 and 60, plain (the notty style): what a reader
// gets when they pipe a page to a file.
func TestReadGolden(t *testing.T) {
	for _, tc := range []struct {
		topic string
		width string
	}{{"as", "80"}, {"frivillighetsregisteret", "80"}, {"mva-registrering", "60"}} {
		r := cmdtest.Run(t, cmdtest.Env{}, "read", tc.topic, "--width", tc.width)
		if r.Code != 0 || r.Err != "" {
			t.Fatalf("read %s: code %d, stderr %q", tc.topic, r.Code, r.Err)
		}
		cmdtest.Golden(t, "read/"+tc.topic+"-"+tc.width+".txt", r.Out)
	}
}

func TestReadPlainWhenPipedOrNoColor(t *testing.T) {
	for _, te := range []cmdtest.Env{{}, {TTY: true, Width: 80, Vars: map[string]string{"NO_COLOR": "1"}}, {TTY: true, Width: 80, Vars: map[string]string{"TERM": "dumb"}}} {
		r := cmdtest.Run(t, te, "les", "as", "--no-pager")
		if r.Code != 0 {
			t.Fatalf("code %d: %s", r.Code, r.Err)
		}
		if strings.Contains(r.Out, "\x1b") {
			t.Errorf("env %v: output has escape sequences", te.Vars)
		}
	}
}

func TestReadStyledOnTerminal(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 80}, "les", "as", "--no-pager")
	if r.Code != 0 || !strings.Contains(r.Out, "\x1b[") {
		t.Fatalf("code %d, want styled output on a terminal; got %q", r.Code, r.Out[:min(80, len(r.Out))])
	}
}

func TestReadEndsWithSourcesAndCheckedDate(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "les", "frivillighetsregisteret")
	if !strings.Contains(r.Out, "Kilder") || !strings.Contains(r.Out, "Siden ble sist kontrollert") {
		t.Fatalf("page lacks sources or checked date:\n%s", r.Out)
	}
}

func TestReadAcceptsTitleWithoutNorwegianLetters(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "les", "Frivillighetsregisteret")
	if r.Code != 0 {
		t.Fatalf("code %d: %s", r.Code, r.Err)
	}
}

func TestReadNarrowLinesFit(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "les", "as", "--width", "60")
	for i, line := range strings.Split(r.Out, "\n") {
		if n := len([]rune(line)); n > 60 && !strings.Contains(line, "http") {
			t.Errorf("line %d is %d columns wide: %q", i+1, n, line)
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		te   cmdtest.Env
		args []string
		code int
		err  string
	}{
		{"unknown topic", cmdtest.Env{}, []string{"les", "aksjeselkap"}, 2, "Fant ikke emnet «aksjeselkap».\nMente du:\n"},
		{"no topic on a pipe", cmdtest.Env{}, []string{"les"}, 2, "Skriv hvilket emne du vil lese, for eksempel «sosabc les as». Se alle emnene med «sosabc emner».\n"},
		{"two topics", cmdtest.Env{}, []string{"les", "as", "enk"}, 2, "Skriv bare ett emne, for eksempel «sosabc les as».\n"},
		{"bad style", cmdtest.Env{}, []string{"les", "as", "--style", "pink"}, 2, "Ukjent stil «pink». Velg standard, dark, light eller notty.\n"},
		{"bad style env", cmdtest.Env{TTY: true, Width: 80, Vars: map[string]string{"SOSABC_STYLE": "blå"}}, []string{"les", "as"}, 2, "Ukjent stil «blå» i SOSABC_STYLE. Velg standard, dark, light eller notty.\n"},
		{"narrow width", cmdtest.Env{}, []string{"les", "as", "--width", "5"}, 2, "Bredden må være minst 20 tegn, ikke 5.\n"},
		{"width not a number", cmdtest.Env{}, []string{"les", "as", "--width", "bred"}, 2, "Ugyldig verdi «bred» for «--width». Skriv «sosabc les --help» for å se hvilke valg som finnes.\n"},
		{"unknown flag", cmdtest.Env{}, []string{"les", "as", "--farge"}, 2, "Ukjent valg «--farge». Skriv «sosabc les --help» for å se hvilke valg som finnes.\n"},
		{"unknown command", cmdtest.Env{}, []string{"lese"}, 2, "Ukjent kommando «lese». Mente du «les»? Skriv «sosabc --help» for å se alle kommandoene.\n"},
		{"missing content dir", cmdtest.Env{}, []string{"les", "as", "--content-dir", "/finnes/ikke"}, 2, "Fant ikke innholdsmappen «/finnes/ikke». Sjekk --content-dir eller SOSABC_CONTENT_DIR.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := cmdtest.Run(t, tt.te, tt.args...)
			if r.Code != tt.code {
				t.Errorf("exit code %d, want %d", r.Code, tt.code)
			}
			if !strings.HasPrefix(r.Err, tt.err) {
				t.Errorf("stderr =\n%s\nwant prefix\n%s", r.Err, tt.err)
			}
			if r.Out != "" {
				t.Errorf("stdout should be empty on error, got %q", r.Out)
			}
		})
	}
}

func TestTopicsJSON(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "emner", "--json")
	var topics []map[string]any
	if err := json.Unmarshal([]byte(r.Out), &topics); err != nil {
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
	r := cmdtest.Run(t, cmdtest.Env{}, "topics")
	f, _, _ := cmdtest.Factory(t, cmdtest.Env{})
	h, err := f.Handbook()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range h.Areas {
		head := fmt.Sprintf("%s (%d)\n", a.Title, len(h.TopicsIn(a.ID)))
		if len(h.TopicsIn(a.ID)) == 0 || !strings.Contains(r.Out, head) {
			t.Errorf("topics output lacks the area heading %q, or the area is empty", head)
		}
	}
	if r := cmdtest.Run(t, cmdtest.Env{}, "topics", "--area", "fisk"); r.Code != 2 || !strings.HasPrefix(r.Err, "Ukjent område «fisk». Områdene er: om, selskapsform") {
		t.Errorf("unknown area: code %d, %q", r.Code, r.Err)
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
		r := cmdtest.Run(t, cmdtest.Env{}, "søk", tt.query, "--json", "--limit", "50")
		var hits []struct{ ID string }
		if err := json.Unmarshal([]byte(r.Out), &hits); err != nil {
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
		a, b := cmdtest.Run(t, cmdtest.Env{}, "søk", pair[0], "--json", "--limit", "100"), cmdtest.Run(t, cmdtest.Env{}, "søk", pair[1], "--json", "--limit", "100")
		if a.Out != b.Out {
			t.Errorf("%q and %q give different results", pair[0], pair[1])
		}
	}
}

func TestSearchNoHits(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "søk", "xyzzy")
	if r.Code != 0 || r.Out != "" || r.Err != "Ingen treff på «xyzzy». Prøv et annet ord, eller se alle emnene med «sosabc emner».\n" {
		t.Errorf("got code %d out %q err %q", r.Code, r.Out, r.Err)
	}
}

// «sosabc les forsikring» opens the overview of the area: every topic in
// it, with its summary and the command that opens it (ux-review m8).
func TestReadArea(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "les", "forsikring", "--width", "80")
	if r.Code != 0 || r.Err != "" {
		t.Fatalf("code %d: %s", r.Code, r.Err)
	}
	cmdtest.Golden(t, "read/area-forsikring-80.txt", r.Out)

	h := handbookFor(t)
	for _, a := range h.Areas {
		// By title always; by id unless a topic has the same id (then the
		// topic, the area's own overview page, wins).
		names := []string{a.Title}
		if h.Topic(a.ID) == nil {
			names = append(names, a.ID)
		}
		for _, name := range names {
			r := cmdtest.Run(t, cmdtest.Env{}, "les", name, "--width", "500")
			if r.Code != 0 {
				t.Errorf("les %q: code %d: %s", name, r.Code, r.Err)
				continue
			}
			if !strings.HasPrefix(r.Out, a.Title+"\n") || !strings.Contains(r.Out, "Område i håndboken · "+a.Description) {
				t.Errorf("les %q is not the overview of %s:\n%.200s", name, a.ID, r.Out)
			}
			for _, tp := range h.TopicsIn(a.ID) {
				if !strings.Contains(r.Out, tp.Summary) || !strings.Contains(r.Out, "«sosabc les "+tp.ID+"»") {
					t.Errorf("les %q lacks %s or how to open it", name, tp.ID)
				}
			}
		}
	}
	// A name near an area suggests the area.
	r = cmdtest.Run(t, cmdtest.Env{}, "les", "forsikringer")
	if r.Code != 2 || !strings.Contains(r.Err, "Mente du:\n  forsikring             Forsikring (område)\n") {
		t.Errorf("les forsikringer: %d\n%s", r.Code, r.Err)
	}
}

func handbookFor(t *testing.T) *hb.Handbook {
	t.Helper()
	h, err := hb.Load(hb.Layer{FS: content.FS(), Name: "innebygd"})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestSearchOnlySmallWords(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "søk", "hvordan")
	if r.Code != 0 || r.Out != "" || r.Err != "«hvordan» er for vanlige ord til å søke på. Skriv det du lurer på, for eksempel «sosabc søk lønn» eller «sosabc søk forsikring for frivillige».\n" {
		t.Errorf("got code %d out %q err %q", r.Code, r.Out, r.Err)
	}
}

// The three searches from ux-review M12, as a person types them.
func TestSearchPlainQuestionsCommand(t *testing.T) {
	for q, want := range map[string]string{"hvordan få penger": "1. Sett sammen finansieringen (lappeteppe)", "lønn": "(a-melding)", "forsikring for frivillige": "1. Forsikring for frivillige (forsikring-frivillige)"} {
		r := cmdtest.Run(t, cmdtest.Env{}, append([]string{"søk"}, strings.Fields(q)...)...)
		top := strings.Join(strings.SplitN(r.Out, "\n\n", 4)[:3], "\n")
		if r.Code != 0 || !strings.Contains(top, want) {
			t.Errorf("søk %s: the first three hits lack %q:\n%s", q, want, top)
		}
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
	r := cmdtest.Run(t, cmdtest.Env{}, "ordliste", "aksjekapital")
	if r.Code != 0 || !strings.HasPrefix(r.Out, "Aksjekapital\n  ") || !strings.Contains(r.Out, "Les mer: sosabc les") {
		t.Errorf("got %q", r.Out)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "ordliste", "--json")
	var terms []map[string]any
	if err := json.Unmarshal([]byte(r.Out), &terms); err != nil || len(terms) < 60 {
		t.Fatalf("glossary JSON: %d terms, err %v", len(terms), err)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "ordliste", "blomkål")
	if r.Code != 2 || r.Err != "Fant ikke «blomkål» i ordlisten. Se hele listen med «sosabc ordliste», eller søk med «sosabc søk blomkål».\n" {
		t.Errorf("unknown term: code %d err %q", r.Code, r.Err)
	}
}

func TestSources(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "kilder")
	if r.Code != 0 || !strings.Contains(r.Out, "Lest ") {
		t.Errorf("got code %d:\n%s", r.Code, r.Out[:min(300, len(r.Out))])
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "kilder", "--json")
	var srcs []map[string]any
	if err := json.Unmarshal([]byte(r.Out), &srcs); err != nil || len(srcs) == 0 {
		t.Fatalf("sources JSON: %v", err)
	}
	for _, key := range []string{"title", "url", "read", "topics"} {
		if _, ok := srcs[0][key]; !ok {
			t.Errorf("source JSON lacks %q", key)
		}
	}
}

// With ACCESSIBLE=1 the picker is a search word and a numbered list.
func TestReadPickerAccessible(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 80, Vars: map[string]string{"ACCESSIBLE": "1"}, Stdin: "styreansvar\n1\n"}, "les", "--no-pager")
	if r.Code != 0 || !strings.Contains(r.Err, "Hvilket emne vil du lese? Skriv et ord, så søker vi: Treff:\n  1) Styreansvarsforsikring") {
		t.Fatalf("exit %d, stderr:\n%s", r.Code, r.Err)
	}
	if !strings.Contains(r.Out, "Styreansvarsforsikring") {
		t.Errorf("the page was not shown:\n%.200s", r.Out)
	}
}

// With ACCESSIBLE=1 a page is plain text, written at once: no pager for a
// screen reader to get stuck in.
func TestReadAccessibleIsPlain(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 80, Height: 20, Vars: map[string]string{"ACCESSIBLE": "1"}}, "les", "as")
	if r.Code != 0 || strings.Contains(r.Out, "\x1b") || !strings.Contains(r.Out, "Aksjeselskap (AS)") {
		t.Fatalf("exit %d, %d bytes, escape codes: %v", r.Code, len(r.Out), strings.Contains(r.Out, "\x1b"))
	}
}

func TestHandbookCounts(t *testing.T) {
	want := map[string]int{"selskapsform": 8, "registrering": 7, "finansiering": 15, "bank": 4, "forsikring": 8, "avtaler": 7, "ipr": 6, "skatt-og-regnskap": 9, "ansatte": 9, "offentlig-samarbeid": 5, "effekt": 3, "kommune": 11, "videre-lesning": 1, "om": 5}
	r := cmdtest.Run(t, cmdtest.Env{}, "emner", "--json")
	var topics []struct{ Area string }
	if err := json.Unmarshal([]byte(r.Out), &topics); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, tp := range topics {
		got[tp.Area]++
	}
	for area, n := range want {
		if got[area] < n {
			t.Errorf("area %s has %d topics, want at least %d", area, got[area], n)
		}
	}
	var terms []any
	if err := json.Unmarshal([]byte(cmdtest.Run(t, cmdtest.Env{}, "ordliste", "--json").Out), &terms); err != nil || len(terms) < 60 {
		t.Errorf("glossary: %d terms, want at least 60", len(terms))
	}
}

// Whole commands, in process: what a user waits for, minus process start.
// The README's «Ytelse» table has the numbers for the built binary.
func BenchmarkReadTopic(b *testing.B) {
	for b.Loop() {
		if r := cmdtest.Run(b, cmdtest.Env{}, "les", "as"); r.Code != 0 {
			b.Fatal(r.Err)
		}
	}
}

func BenchmarkSearchCommand(b *testing.B) {
	for b.Loop() {
		if r := cmdtest.Run(b, cmdtest.Env{}, "søk", "forsikring"); r.Code != 0 {
			b.Fatal(r.Err)
		}
	}
}

// Golden screens: one page as a colour terminal shows it in each style, and
// with NO_COLOR (ux-review M3, M8). Read them with `cat` in a terminal.
func TestReadScreensGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		vars map[string]string
		args []string
	}{
		{"standard", nil, nil},
		{"dark", nil, []string{"--style", "dark"}},
		{"light", nil, []string{"--style", "light"}},
		{"no-color", map[string]string{"NO_COLOR": "1"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 80, Vars: tc.vars}, append([]string{"les", "as", "--no-pager"}, tc.args...)...)
			if r.Code != 0 || r.Err != "" {
				t.Fatalf("code %d, stderr %q", r.Code, r.Err)
			}
			cmdtest.Golden(t, "screens/as-"+tc.name+".ans", r.Out)
		})
	}
}

// The standard style leaves running text in the terminal's own colour and
// uses only colours that keep a contrast of at least 4.3:1 against both a
// black and a white background (ux-review M3: grey 252 body text was
// 1.5:1 on white).
func TestStandardStyleReadsOnLightAndDark(t *testing.T) {
	for _, args := range [][]string{{"les", "as"}, {"les", "forsikring-frivillige"}, {"sjekkliste", "--persona", "kafe-inkludering"}} {
		r := cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 80}, append(args, "--no-pager")...)
		if r.Code != 0 {
			t.Fatalf("%v: code %d: %s", args, r.Code, r.Err)
		}
		fg := map[int]bool{}
		for _, m := range sgrColour.FindAllStringSubmatch(r.Out, -1) {
			n := 0
			fmt.Sscan(m[2], &n)
			if m[1] == "48" {
				if n != 63 {
					t.Errorf("%v: background colour %d; only the title may have one", args, n)
				}
				continue
			}
			fg[n] = true
		}
		for n := range fg {
			if n == 231 { // white, only on the title's own background
				continue
			}
			onBlack, onWhite := contrast(n)
			if onBlack < 4.3 || onWhite < 4.3 {
				t.Errorf("%v: colour %d has contrast %.1f on black and %.1f on white", args, n, onBlack, onWhite)
			}
		}
		if len(fg) == 0 {
			t.Errorf("%v: no colour at all: is this the styled output?", args)
		}
		// Body text: a plain paragraph line carries no colour code.
		for _, line := range strings.Split(r.Out, "\n") {
			if strings.Contains(line, "er den vanligste formen") && strings.Contains(line, "\x1b[38") {
				t.Errorf("body text is coloured: %q", line)
			}
		}
	}
}

var sgrColour = regexp.MustCompile(`\x1b\[(?:[0-9;]*;)?(38|48);5;(\d+)m`)

// contrast is the WCAG contrast of xterm-256 colour n against black and white.
func contrast(n int) (onBlack, onWhite float64) {
	var r, g, b float64
	switch {
	case n >= 232:
		v := float64(8 + 10*(n-232))
		r, g, b = v, v, v
	case n >= 16:
		c := func(v int) float64 {
			if v == 0 {
				return 0
			}
			return float64(55 + 40*v)
		}
		n -= 16
		r, g, b = c(n/36), c(n/6%6), c(n%6)
	default:
		return 0, 0 // the 16 ANSI colours depend on the terminal's palette
	}
	lin := func(v float64) float64 {
		v /= 255
		if v <= 0.03928 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	l := 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
	return (l + 0.05) / 0.05, 1.05 / (l + 0.05)
}

// A word of the glossary opens the page the glossary points to (found in
// QA: «sosabc les mva» said «Fant ikke emnet «mva»», though «sosabc
// ordliste mva» knows it). A word that is neither says so, as before.
func TestReadGlossaryWord(t *testing.T) {
	for word, title := range map[string]string{
		"mva":          "Registrering for merverdiavgift (mva)",
		"moms":         "Registrering for merverdiavgift (mva)",
		"grunnbeløpet": "Obligatorisk tjenestepensjon (OTP)",
	} {
		r := cmdtest.Run(t, cmdtest.Env{}, "les", word)
		if r.Code != 0 || !strings.HasPrefix(r.Out, title+"\n") {
			t.Errorf("les %s: exit %d %q, stdout %.80q; want the page «%s»", word, r.Code, r.Err, r.Out, title)
		}
	}
	if r := cmdtest.Run(t, cmdtest.Env{}, "les", "xyzzy"); r.Code != 2 || !strings.HasPrefix(r.Err, "Fant ikke emnet «xyzzy».") {
		t.Errorf("les xyzzy: exit %d %q", r.Code, r.Err)
	}
}
