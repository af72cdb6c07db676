package workshop

import (
	"testing"
	"unicode"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/lix"
	"github.com/sosabc/sosabc/internal/persona"
)

// realSet loads the embedded modules, with links checked against the real
// handbook and personas.
func realSet(t *testing.T) *Set {
	t.Helper()
	fsys := content.FS()
	h, err := handbook.Load(handbook.Layer{FS: fsys, Name: "innebygd innhold"})
	if err != nil {
		t.Fatal(err)
	}
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	people, err := persona.LoadAll(fsys, schema)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Load(fsys, Refs{
		Topic: func(id string) bool { return h.Topic(id) != nil },
		Persona: func(id string) bool {
			_, ok := persona.Find(people, id)
			return ok
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The modules the handbook promises, with their audience.
var wantModules = map[string]Audience{
	"utvikling-av-konsept":     Founders,
	"trippel-bunnlinje":        Founders,
	"systemforstaelse":         Founders,
	"nettverksbygging":         Founders,
	"investor-og-kundekontakt": Founders,
	"finansiering":             Founders,
	"sosialt-lerret":           Founders,
	"introduksjon-vgs":         School,
	"innovasjonscamp-vgs":      School,
	"sokerkonferanse-kommune":  Kommune,
}

func TestRealContent(t *testing.T) {
	s := realSet(t)
	for id, audience := range wantModules {
		w := s.Workshop(id)
		if w == nil {
			t.Errorf("module %s is missing", id)
			continue
		}
		if w.Audience != audience {
			t.Errorf("%s: audience %s, want %s", w.File, w.Audience, audience)
		}
	}
	for _, w := range s.Workshops {
		if n := len(w.Quiz); n < 4 || n > 8 {
			t.Errorf("%s: %d quiz questions, want 4 to 8", w.File, n)
		}
		// A comma in a flow list ([a, b]) splits an option or a material
		// in two; the second half then starts with a small letter.
		for _, q := range w.Quiz {
			for _, o := range q.Options {
				if !startsUpper(o) {
					t.Errorf("%s: option «%s» of «%s» starts with a small letter: quote options that have commas", w.File, o, q.Question)
				}
			}
		}
		for _, m := range w.Materials {
			if !startsUpper(m) {
				t.Errorf("%s: material «%s» starts with a small letter: quote materials that have commas", w.File, m)
			}
		}
		if len(w.Topics) == 0 {
			t.Errorf("%s: links no handbook topic", w.File)
		}
		// Realistic timings: a start-up programme module is 90 to 180
		// minutes; a school module is one lesson (45) or a double lesson
		// (90) with a break in it.
		switch w.Audience {
		case Founders:
			if w.Minutes < 90 || w.Minutes > 180 {
				t.Errorf("%s: %d minutes, want 90 to 180 for grundere", w.File, w.Minutes)
			}
		case School:
			if w.Minutes != 45 && w.Minutes != 90 {
				t.Errorf("%s: %d minutes, want 45 or 90 for a school lesson", w.File, w.Minutes)
			}
			if w.Minutes == 90 && !hasBreak(w) {
				t.Errorf("%s: a double lesson needs a break", w.File)
			}
		}
		if w.Minutes > 60 && !hasBreak(w) {
			t.Errorf("%s: %d minutes without a break", w.File, w.Minutes)
		}
		// The quiz's right answers are spread over A, B and C, and every
		// activity but a break has text for the projector.
		for _, a := range w.Advice() {
			t.Errorf("%s: %s", w.File, a)
		}
		// Participants read the handouts, tasks and quiz: plain language.
		score := lix.Markdown(w.ParticipantText()).Score()
		t.Logf("%s: %s, %d minutter, LIX %.1f for deltakerne", w.ID, w.Audience, w.Minutes, score)
		if score > 40 {
			t.Errorf("%s: participant text has LIX %.1f, want 40 or lower", w.File, score)
		}
	}
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

func hasBreak(w *Workshop) bool {
	for _, a := range w.Agenda {
		if a.Kind == Break {
			return true
		}
	}
	return false
}
