package workshop_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
)

func TestListAndShow(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "liste")
	for _, want := range []string{"For gründere", "For elever i videregående skole", "For ansatte i kommunen", "sosabc verksted vis innovasjonscamp-vgs"} {
		if r.Code != 0 || !strings.Contains(r.Out, want) {
			t.Errorf("liste lacks %q (exit %d)", want, r.Code)
		}
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "verksted", "vis", "introduksjon-vgs", "--start", "08.15")
	if r.Code != 0 || !strings.Contains(r.Out, "08.15–08.20") || strings.Contains(r.Out, "Fasit til quizen") {
		t.Errorf("vis: exit %d\n%s", r.Code, r.Out)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "verksted", "vis", "introduksjon-vgs", "--fasilitator")
	if !strings.Contains(r.Out, "Fasit til quizen") || !strings.Contains(r.Out, "KM6126") {
		t.Errorf("--fasilitator shows no answers or aims:\n%s", r.Out)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "verksted", "vis", "finnes-ikke")
	if r.Code != 2 || !strings.HasPrefix(r.Err, "Fant ikke verkstedet «finnes-ikke». Velg blant: ") {
		t.Errorf("unknown id: exit %d %q", r.Code, r.Err)
	}
	if r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "vis", "introduksjon-vgs", "--start", "kvart over åtte"); r.Code != 2 {
		t.Errorf("bad start time: exit %d", r.Code)
	}
}

// The handouts for the class: every handout, the tasks without answers,
// the quiz without the key.
func TestHandoutGolden(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "utdeling", "innovasjonscamp-vgs", "--format", "md")
	if r.Code != 0 {
		t.Fatal(r.Err)
	}
	cmdtest.Golden(t, "innovasjonscamp-vgs-utdeling.md", r.Out)
	if strings.Contains(r.Out, "Forslag til svar") || strings.Contains(r.Out, "Fasit") {
		t.Error("the handout gives away the answers")
	}
	r = cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 80}, "verksted", "utdeling", "innovasjonscamp-vgs")
	if r.Code != 2 || !strings.Contains(r.Err, "--output") {
		t.Errorf("a PDF to a terminal: exit %d %q", r.Code, r.Err)
	}
}

// A pupil takes the quiz with answers piped in (accessible mode), gets
// feedback after each question, and the result goes into a CSV file that
// opens in a spreadsheet with æøå.
func TestQuizPipedWithResults(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "resultater.csv")
	// The right answers of introduksjon-vgs are C, A, C, A, B. The pupil
	// answers with letters as on paper, small or capital, or a number;
	// a letter that is not an option is asked again.
	answers := "c\nA\nD\nb\n1\n3\n"
	r := cmdtest.Run(t, cmdtest.Env{Stdin: answers}, "verksted", "quiz", "introduksjon-vgs", "--elev", "Åse 7", "--results", csv)
	if r.Code != 0 {
		t.Fatalf("exit %d\n%s", r.Code, r.Err)
	}
	for _, want := range []string{
		"Quiz: Fra samfunnsproblem til idé. 5 spørsmål. Etter hvert spørsmål ser du om svaret var riktig, og hvorfor.\n",
		"Spørsmål 1 av 5: Hva er målet til en sosial entreprenør?\n  A) ",
		"Skriv bokstaven for svaret ditt (A, B eller C): Riktig! ",
		"Skriv bokstaven for svaret ditt (A, B eller C): Skriv A, B eller C.\n",
		"Ikke riktig. Du svarte B) «",
		"». Riktig svar er C) «",
		"Du fikk 3 av 5 riktige. Se en gang til på spørsmål 3 og 5.\n",
		"Resultatet er lagt til i " + csv,
	} {
		if !strings.Contains(r.Err, want) {
			t.Errorf("quiz output lacks %q:\n%s", want, r.Err)
		}
	}
	answers = strings.Repeat("1\n", 10)
	cmdtest.Run(t, cmdtest.Env{Stdin: answers}, "verksted", "quiz", "introduksjon-vgs", "--results", csv)
	data, err := os.ReadFile(csv)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if !strings.HasPrefix(text, "\ufefftidspunkt;modul;elev;riktige;spørsmål;svar 1;") {
		t.Errorf("header: %q", strings.SplitN(text, "\n", 2)[0])
	}
	if lines := strings.Split(strings.TrimSpace(text), "\n"); len(lines) != 3 || !strings.HasSuffix(lines[1], ";introduksjon-vgs;Åse 7;3;5;C;A;B (feil);A;C (feil)") {
		t.Errorf("want a header and two rows, the first for Åse 7:\n%s", text)
	}
	if r := cmdtest.Run(t, cmdtest.Env{Stdin: answers}, "verksted", "quiz", "innovasjonscamp-vgs", "--results", csv); r.Code != 1 || !strings.Contains(r.Err, "Bruk én fil per modul") {
		t.Errorf("another module's results in the same file: exit %d %q", r.Code, r.Err)
	}
}

// localModule is a teacher's own module whose agenda is 10 minutes short
// of «minutes».
const localModule = `id: var-okt
title: Vår egen økt
audience: grundere
minutes: 60
group: {min: 5, max: 20}
summary: En kort økt.
goals:
  - text: Du kan noe nytt.
materials: [Ark]
preparation: Skriv ut arket.
agenda:
  - title: Start
    minutes: 20
    kind: innlegg
    instructions: Si hei.
  - title: Jobb
    minutes: 30
    kind: oppgave
    instructions: Jobb sammen.
notes: Husk pausen.
handouts:
  - id: vart-ark
    title: Arket
    body: Skriv ned ideen.
exercises:
  - id: var-oppgave
    title: Oppgaven
    task: Skriv tre ideer.
    answer: Alle ideer teller.
quiz:
  - question: Hva teller?
    options: [Alt, Ingenting]
    correct: 1
    explanation: Alle ideer teller.
  - question: Hvor lenge?
    options: [En time, En dag]
    correct: 1
    explanation: Økten er en time.
topics: [trippel-bunnlinje]
personas: []
sources:
  - title: "Eksempel kommune: Vår egen økt"
    url: https://www.example.org/okt
    read: 2026-12-01
`

// A teacher's own module in a local folder is checked like the built-in
// ones; minutes that do not add up are an error with file and line.
func TestCheckLocalModule(t *testing.T) {
	dir := t.TempDir()
	cmdtest.WriteFile(t, dir, "workshops/var-okt.yaml", localModule)
	r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "sjekk", dir)
	want := filepath.Join(dir, "workshops/var-okt.yaml")
	if r.Code != 1 || !strings.Contains(r.Err, want+":") || !strings.Contains(r.Err, "agendaen er 50 minutter til sammen, men «minutes» er 60") {
		t.Errorf("exit %d\n%s", r.Code, r.Err)
	}
	cmdtest.WriteFile(t, dir, "workshops/var-okt.yaml", strings.Replace(localModule, "minutes: 30", "minutes: 40", 1))
	r = cmdtest.Run(t, cmdtest.Env{}, "verksted", "sjekk", dir)
	if r.Code != 0 || !strings.HasPrefix(r.Out, "var-okt                       60 min  LIX ") || strings.Count(r.Out, "\n") != 1 {
		t.Errorf("a good local module, and only it: exit %d\n%s%s", r.Code, r.Out, r.Err)
	}
	// Advice that does not stop the module: the right answer always in
	// the same place, no text for the projector.
	want = "Råd: " + want + ": det riktige svaret i quizen er aldri B: bytt rekkefølge på svarene, så elevene ikke lærer å gjette.\n" +
		"Råd: " + want + ": det riktige svaret i quizen er A i 2 av 2 spørsmål: bytt rekkefølge på svarene.\n" +
		"Råd: " + want + ": ingen aktivitet har tekst for klassen i «participants»: på projektoren ser klassen bare titlene.\n" +
		"Verkstedet er i orden.\n"
	if r.Err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.Err, want)
	}
	empty := t.TempDir()
	cmdtest.WriteFile(t, empty, "topics/README.txt", "Ingen verksteder her.")
	if r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "sjekk", empty); r.Code != 2 || !strings.HasPrefix(r.Err, "Fant ingen verksteder i ") {
		t.Errorf("a folder without modules: exit %d %q", r.Code, r.Err)
	}
	missing := filepath.Join(empty, "finnes-ikke")
	if r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "sjekk", missing); r.Code != 2 || r.Err != "Fant ikke innholdsmappen «"+missing+"». Sjekk --content-dir eller SOSABC_CONTENT_DIR.\n" {
		t.Errorf("a folder that does not exist: exit %d %q", r.Code, r.Err)
	}
}

// The presenter needs a terminal; on a pipe it says where the plan is as
// text. An unknown module is named before that.
func TestRunNeedsTerminal(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "kjør", "introduksjon-vgs")
	want := "«sosabc verksted kjør» trenger en terminal. Vis planen som tekst med «sosabc verksted vis introduksjon-vgs».\n"
	if r.Code != 2 || r.Err != want {
		t.Errorf("exit %d %q", r.Code, r.Err)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "verksted", "kjør", "finnes-ikke")
	if r.Code != 2 || !strings.HasPrefix(r.Err, "Fant ikke verkstedet «finnes-ikke».") {
		t.Errorf("unknown id: exit %d %q", r.Code, r.Err)
	}
}

// The teacher sums up the class: each question with how many were right
// and the most common wrong answer; several pupils' files become one.
func TestResults(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "elev-1.csv"), filepath.Join(dir, "elev-2.csv")
	// Right answers: C, A, C, A, B.
	for file, answers := range map[string]string{a: "c\na\nc\na\nb\n", b: "a\na\nb\na\nb\n"} {
		if r := cmdtest.Run(t, cmdtest.Env{Stdin: answers}, "verksted", "quiz", "introduksjon-vgs", "--results", file); r.Code != 0 {
			t.Fatalf("quiz: exit %d\n%s", r.Code, r.Err)
		}
	}
	all := filepath.Join(dir, "klassen.csv")
	// The pattern as a Windows shell passes it on, unexpanded.
	r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "resultater", filepath.Join(dir, "elev-*.csv"), "--output", all)
	if r.Code != 0 {
		t.Fatalf("exit %d\n%s", r.Code, r.Err)
	}
	want := `Fra samfunnsproblem til idé: 2 elever har tatt quizen.
I snitt 4,0 av 5 riktige.

1. Hva er målet til en sosial entreprenør?
   1 av 2 svarte riktig (C). Vanligste feil: A (1).
2. Hvilket av disse er et sosialt problem?
   2 av 2 svarte riktig (A).
3. Hvem er målgruppen?
   1 av 2 svarte riktig (C). Vanligste feil: B (1).
4. Et tilbud er gratis for unge. Hvem kan betale?
   2 av 2 svarte riktig (A).
5. Hva er en pitch?
   2 av 2 svarte riktig (B).
`
	if r.Out != want {
		t.Errorf("summary:\n%s\nwant:\n%s", r.Out, want)
	}
	if r.Err != "Skrev 2 rader til "+all+".\n" {
		t.Errorf("stderr %q", r.Err)
	}
	data, err := os.ReadFile(all)
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(string(data)), "\n"); len(lines) != 3 || !strings.HasPrefix(lines[0], "\ufefftidspunkt;modul;elev;") || strings.Contains(lines[2], "tidspunkt") {
		t.Errorf("the combined file wants one header and two rows:\n%s", data)
	}

	other := filepath.Join(dir, "camp.csv")
	cmdtest.Run(t, cmdtest.Env{Stdin: strings.Repeat("a\n", 6)}, "verksted", "quiz", "innovasjonscamp-vgs", "--results", other)
	if r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "resultater", a, other); r.Code != 2 || !strings.Contains(r.Err, "Bruk én fil per modul") {
		t.Errorf("two modules: exit %d %q", r.Code, r.Err)
	}
	notes := filepath.Join(dir, "notater.csv")
	cmdtest.WriteFile(t, dir, "notater.csv", "navn;poeng\nÅse;3\n")
	if r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "resultater", notes); r.Code != 2 || r.Err != notes+" er ikke en resultatfil fra «sosabc verksted quiz».\n" {
		t.Errorf("not a results file: exit %d %q", r.Code, r.Err)
	}
	if r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "resultater", filepath.Join(dir, "borte.csv")); r.Code != 2 || !strings.HasPrefix(r.Err, "Fant ikke filen ") {
		t.Errorf("missing file: exit %d %q", r.Code, r.Err)
	}
	if r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "resultater", filepath.Join(dir, "x-*.csv")); r.Code != 2 || !strings.HasPrefix(r.Err, "Fant ingen filer som passer til ") {
		t.Errorf("a pattern without files: exit %d %q", r.Code, r.Err)
	}
}
