package workshop

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// goodAims is a valid list of competence aims; the code is made up.
const goodAims = `aims:
  - code: KM9001
    subject: Testfag 1
    text: Utvikle en idé.
    sources:
      - title: "Udir: Læreplan i testfag"
        url: https://www.udir.no/lk20/tst01-01/kompetansemaal-og-vurdering/kv1
        read: 2026-12-01
`

// goodModule is a valid module. The line numbers in the table below
// depend on it: add lines only at the end.
const goodModule = `id: proeve
title: Prøveøkt
audience: vgs
minutes: 45
group: {min: 10, max: 30}
summary: En kort økt.
goals:
  - text: Du kan lage en idé.
    aims: [KM9001]
materials: [Tusjer]
preparation: Skriv ut arket.
agenda:
  - title: Start
    minutes: 10
    kind: innlegg
    instructions: Si hei.
  - title: Arbeid
    minutes: 30
    kind: oppgave
    instructions: Lag en idé.
  - title: Slutt
    minutes: 5
    kind: samtale
    instructions: Oppsummer.
notes: Hold tiden.
handouts:
  - id: ark-proeve
    title: Arket
    body: Fyll ut.
exercises:
  - id: oppgave-proeve
    title: Oppgaven
    task: Lag en idé.
    answer: En god idé.
quiz:
  - question: Hva er to pluss to?
    options: [Tre, Fire]
    correct: 2
    explanation: To og to er fire.
topics: [trippel-bunnlinje]
personas: [kafe-inkludering]
sources:
  - title: "DFØ: Tilskudd eller anskaffelse?"
    url: https://dfo.no/fagomrader/tilskuddsforvaltning/tilskudd-eller-anskaffelse
    read: 2026-12-01
`

var testRefs = Refs{
	Topic:   func(id string) bool { return id == "trippel-bunnlinje" },
	Persona: func(id string) bool { return id == "kafe-inkludering" },
}

func load(t *testing.T, files map[string]string) (*Set, error) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return Load(fsys, testRefs)
}

func TestLoadValid(t *testing.T) {
	s, err := load(t, map[string]string{AimsFile: goodAims, "workshops/proeve.yaml": goodModule})
	if err != nil {
		t.Fatal(err)
	}
	w := s.Workshop("proeve")
	if w == nil || w.Minutes != 45 || len(w.Agenda) != 3 || w.File != "content/workshops/proeve.yaml" {
		t.Fatalf("workshop = %+v", w)
	}
	if got := w.Quiz[0].CorrectOption(); got != "Fire" {
		t.Errorf("CorrectOption() = %q, want Fire", got)
	}
	if a, ok := s.Aim("KM9001"); !ok || a.Subject != "Testfag 1" {
		t.Errorf("Aim(KM9001) = %+v, %v", a, ok)
	}
	if _, ok := w.Handout("ark-proeve"); !ok {
		t.Error("Handout(ark-proeve) not found")
	}
	if _, ok := w.Exercise("oppgave-proeve"); !ok {
		t.Error("Exercise(oppgave-proeve) not found")
	}
	if got := w.AimCodes(); len(got) != 1 || got[0] != "KM9001" {
		t.Errorf("AimCodes() = %v", got)
	}
	if got := s.ByAudience(School); len(got) != 1 {
		t.Errorf("ByAudience(vgs) = %d modules, want 1", len(got))
	}
	if text := w.ParticipantText(); !strings.Contains(text, "Fyll ut.") || strings.Contains(text, "En god idé.") || strings.Contains(text, "Si hei.") {
		t.Errorf("ParticipantText() must hold handouts, tasks and quiz, not answers or instructions:\n%s", text)
	}
}

func TestLoadWithoutFolder(t *testing.T) {
	s, err := Load(fstest.MapFS{}, Refs{})
	if err != nil || len(s.Workshops) != 0 {
		t.Fatalf("Load(empty) = %v, %v", s, err)
	}
}

// Each broken module gives exactly this error, with file and line.
func TestLoadErrors(t *testing.T) {
	const f = "content/workshops/proeve.yaml"
	tests := []struct {
		name string
		edit func(string) string
		want string
	}{
		{"minutes too few", sub("minutes: 45", "minutes: 40"),
			f + ":4: agendaen er 45 minutter til sammen, men «minutes» er 40: 5 minutter for mye i agendaen"},
		{"minutes too many", sub("minutes: 45", "minutes: 46"),
			f + ":4: agendaen er 45 minutter til sammen, men «minutes» er 46: 1 minutt for lite i agendaen"},
		{"unknown kind", sub("kind: oppgave", "kind: gruppearbeid"),
			f + ":19: ukjent type «gruppearbeid» i aktiviteten «Arbeid»: skriv innlegg, oppgave, samtale eller pause"},
		{"zero minutes", sub("    minutes: 5\n", "    minutes: 0\n"),
			f + ":4: agendaen er 40 minutter til sammen, men «minutes» er 45: 5 minutter for lite i agendaen\n" +
				f + ":22: aktiviteten «Slutt» skal vare minst ett minutt"},
		{"no instructions", sub("    instructions: Lag en idé.\n", ""),
			f + ":17: aktiviteten «Arbeid» mangler «instructions»: skriv hva som skjer, og hva du sier og gjør"},
		{"unknown audience", sub("audience: vgs", "audience: elever"),
			f + ":3: ukjent målgruppe «elever» i «audience»: skriv vgs, grundere eller kommune\n" +
				f + ":9: bare moduler for vgs kan vise til kompetansemål, men denne er for «elever»"},
		{"aims outside vgs", sub("audience: vgs", "audience: grundere"),
			f + ":9: bare moduler for vgs kan vise til kompetansemål, men denne er for «grundere»"},
		{"unknown aim", sub("aims: [KM9001]", "aims: [KM9002]"),
			f + ":9: ukjent kompetansemål «KM9002» i «aims»: sosabc kjenner KM9001. Skriv en av dem, eller ta koden bort"},
		{"one option", sub("options: [Tre, Fire]\n    correct: 2", "options: [Fire]\n    correct: 1"),
			f + ":37: spørsmålet «Hva er to pluss to?» trenger minst to svaralternativer under «options»"},
		{"correct out of range", sub("correct: 2", "correct: 3"),
			f + ":38: «correct» er 3, men spørsmålet «Hva er to pluss to?» har 2 svaralternativer: skriv et tall fra 1 til 2"},
		{"correct zero", sub("correct: 2", "correct: 0"),
			f + ":38: «correct» er 0, men spørsmålet «Hva er to pluss to?» har 2 svaralternativer: skriv et tall fra 1 til 2"},
		{"same option twice", sub("[Tre, Fire]", "[Fire, fire]"),
			f + ":37: spørsmålet «Hva er to pluss to?» har svaralternativet «fire» to ganger"},
		{"no explanation", sub("    explanation: To og to er fire.\n", ""),
			f + ":36: spørsmålet «Hva er to pluss to?» mangler «explanation»: si kort hvorfor svaret er riktig"},
		{"handout and exercise share an id", sub("id: oppgave-proeve", "id: ark-proeve"),
			f + ":31: id «ark-proeve» finnes også i " + f + ":27"},
		{"no handouts", sub("handouts:\n  - id: ark-proeve\n    title: Arket\n    body: Fyll ut.\n", "handouts: []\n"),
			f + ":26: mangler utdelingsark: skriv minst ett under «handouts»"},
		{"no exercises", sub("exercises:\n  - id: oppgave-proeve\n    title: Oppgaven\n    task: Lag en idé.\n    answer: En god idé.\n", "exercises: []\n"),
			f + ":30: mangler oppgaver: skriv minst én under «exercises»"},
		{"no answer", sub("    answer: En god idé.\n", ""),
			f + ":31: oppgaven «oppgave-proeve» mangler et løsningsforslag i «answer»"},
		{"empty handout", sub("    body: Fyll ut.\n", "    body: \"  \"\n"),
			f + ":27: arket «ark-proeve» mangler innhold i «body»"},
		{"too many lines", sub("    title: Arket\n", "    title: Arket\n    lines: 13\n"),
			f + ":29: «lines» i arket «ark-proeve» er 13: skriv et tall fra 0 til 12"},
		{"negative lines", sub("    title: Arket\n", "    title: Arket\n    lines: -1\n"),
			f + ":29: «lines» i arket «ark-proeve» er -1: skriv et tall fra 0 til 12"},
		{"bad handout id", sub("id: ark-proeve", "id: Ark_Proeve"),
			f + ":27: ark-id «Ark_Proeve» kan bare ha små bokstaver a–z, tall og bindestrek"},
		{"unknown topic", sub("topics: [trippel-bunnlinje]", "topics: [trippel]"),
			f + ":40: «topics» viser til emnet «trippel», som ikke finnes"},
		{"unknown persona", sub("personas: [kafe-inkludering]", "personas: [kafe]"),
			f + ":41: «personas» viser til personen «kafe», som ikke finnes"},
		{"no sources", func(s string) string { return strings.Split(s, "sources:")[0] },
			f + ":1: mangler kilder: skriv minst én under «sources» med title, url og read"},
		{"front page", sub("https://dfo.no/fagomrader/tilskuddsforvaltning/tilskudd-eller-anskaffelse", "https://dfo.no/"),
			f + ":44: «https://dfo.no/» er forsiden til et nettsted: lenk til siden som sier det du bruker, eller forklar i «front_page» hvorfor forsiden er riktig"},
		{"source without read", sub("    read: 2026-12-01\n", ""),
			f + ":43: kilden «DFØ: Tilskudd eller anskaffelse?» mangler read (datoen vi leste siden, ÅÅÅÅ-MM-DD)"},
		{"bad group", sub("{min: 10, max: 30}", "{min: 10, max: 5}"),
			f + ":5: «group» skal ha «min» på minst 1 og «max» som er minst like stor som «min» (nå 10 og 5)"},
		{"missing summary", sub("summary: En kort økt.\n", ""),
			f + ":1: mangler feltet «summary»"},
		{"id differs from file", sub("id: proeve", "id: prove"),
			f + ":1: id «prove» skal være lik filnavnet «proeve»"},
		{"unknown key", func(s string) string { return s + "colour: red\n" },
			f + ":46: ukjent felt «colour»"},
		{"wrong type", sub("minutes: 45", "minutes: lenge"),
			f + ":4: «lenge» er tekst, men her skal det stå et heltall"},
		{"no quiz", func(s string) string {
			return strings.Replace(s, "quiz:\n  - question: Hva er to pluss to?\n    options: [Tre, Fire]\n    correct: 2\n    explanation: To og to er fire.\n", "quiz: []\n", 1)
		}, f + ":35: mangler quiz: skriv minst ett spørsmål under «quiz»"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, map[string]string{AimsFile: goodAims, "workshops/proeve.yaml": tt.edit(goodModule)})
			if err == nil {
				t.Fatalf("Load() succeeded, want error\n%s", tt.want)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// sub returns an edit that replaces old with new once; the test fails
// loudly if old is not in the module, so a changed fixture is noticed.
func sub(old, new string) func(string) string {
	return func(s string) string {
		if !strings.Contains(s, old) {
			panic("fixture lacks " + old)
		}
		return strings.Replace(s, old, new, 1)
	}
}

func TestLoadAimErrors(t *testing.T) {
	const f = "content/workshops/kompetansemal.yaml"
	tests := []struct {
		name string
		aims string
		want string
	}{
		{"bad code", strings.Replace(goodAims, "KM9001", "K9001", 1),
			f + ":2: ugyldig kode «K9001»: en kode for et kompetansemål ser slik ut: KM1234"},
		{"not on udir", strings.Replace(goodAims, "https://www.udir.no/lk20/tst01-01/kompetansemaal-og-vurdering/kv1", "https://ndla.no/fag/1", 1),
			f + ":7: kilden til «KM9001» skal være læreplanen på udir.no (www.udir.no/lk20/… eller data.udir.no), ikke «https://ndla.no/fag/1»"},
		{"whole aim copied", strings.Replace(goodAims, "Utvikle en idé.", strings.Repeat("utforske og vurdere ", 5), 1),
			f + ":4: teksten til «KM9001» har 99 tegn: skriv en kort omskrivning med egne ord, høyst 90 tegn, ikke hele målet"},
		{"twice", goodAims + strings.TrimPrefix(goodAims, "aims:\n"),
			f + ":9: kompetansemålet «KM9001» står to ganger"},
		{"no subject", strings.Replace(goodAims, "    subject: Testfag 1\n", "", 1),
			f + ":2: kompetansemålet «KM9001» mangler «subject» (faget)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, map[string]string{AimsFile: tt.aims})
			if err == nil {
				t.Fatalf("Load() succeeded, want error\n%s", tt.want)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestSchedule(t *testing.T) {
	s, err := load(t, map[string]string{AimsFile: goodAims, "workshops/proeve.yaml": goodModule})
	if err != nil {
		t.Fatal(err)
	}
	w := s.Workshop("proeve")
	start := time.Date(2026, 12, 1, 8, 30, 0, 0, time.UTC)
	slots := w.Schedule(start)
	want := []struct{ start, end string }{{"08:30", "08:40"}, {"08:40", "09:10"}, {"09:10", "09:15"}}
	if len(slots) != len(want) {
		t.Fatalf("got %d slots, want %d", len(slots), len(want))
	}
	for i, s := range slots {
		if got := s.Start.Format("15:04") + "–" + s.End.Format("15:04"); got != want[i].start+"–"+want[i].end {
			t.Errorf("slot %d (%s): %s, want %s–%s", i+1, s.Activity.Title, got, want[i].start, want[i].end)
		}
		if s.Number != i+1 || s.Activity.Title != w.Agenda[i].Title {
			t.Errorf("slot %d = %+v", i+1, s)
		}
	}
	if got := w.End(start); !got.Equal(slots[len(slots)-1].End) {
		t.Errorf("End() = %v, want the end of the last slot %v", got, slots[len(slots)-1].End)
	}
	if got := slots[1].Duration(); got != 30*time.Minute {
		t.Errorf("Duration() = %v, want 30m", got)
	}
	for _, tt := range []struct {
		at   string
		want int
	}{{"08:29", -1}, {"08:30", 0}, {"08:39", 0}, {"08:40", 1}, {"09:14", 2}, {"09:15", 3}, {"10:00", 3}} {
		at, _ := time.Parse("15:04", tt.at)
		at = time.Date(2026, 12, 1, at.Hour(), at.Minute(), 0, 0, time.UTC)
		if got := At(slots, at); got != tt.want {
			t.Errorf("At(%s) = %d, want %d", tt.at, got, tt.want)
		}
	}
	if got := At(nil, start); got != -1 {
		t.Errorf("At(no slots) = %d, want -1", got)
	}
	// A session across midnight keeps counting on the next day.
	late := w.Schedule(time.Date(2026, 12, 1, 23, 50, 0, 0, time.UTC))
	if got := late[2].End.Format("2006-01-02 15:04"); got != "2026-12-02 00:35" {
		t.Errorf("late end = %s, want 2026-12-02 00:35", got)
	}
}

func TestLabels(t *testing.T) {
	if got := Task.Label(); got != "Oppgave" {
		t.Errorf("Task.Label() = %q", got)
	}
	if got := School.Label(); got != "elever i videregående skole" {
		t.Errorf("School.Label() = %q", got)
	}
}

func TestAdvice(t *testing.T) {
	q := func(correct int) Question {
		return Question{Question: "?", Options: []string{"En", "To", "Tre"}, Correct: correct, Explanation: "."}
	}
	w := &Workshop{
		Agenda: []Activity{{Title: "Start", Kind: Talk}, {Title: "Pause", Kind: Break}, {Title: "Jobb", Kind: Task, Participants: "Jobb."}},
		Quiz:   []Question{q(2), q(2), q(1), q(2)},
	}
	want := []string{
		"det riktige svaret i quizen er aldri C: bytt rekkefølge på svarene, så elevene ikke lærer å gjette",
		"det riktige svaret i quizen er B i 3 av 4 spørsmål: bytt rekkefølge på svarene",
		"aktiviteten «Start» har ikke tekst for klassen i «participants»",
	}
	if got := w.Advice(); !reflect.DeepEqual(got, want) {
		t.Errorf("Advice():\n got %q\nwant %q", got, want)
	}
	w.Quiz = []Question{q(2), q(3), q(1), q(3)}
	w.Agenda[0].Participants = "Hei."
	if got := w.Advice(); len(got) != 0 {
		t.Errorf("Advice() of a good module: %q", got)
	}
}
