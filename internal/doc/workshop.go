package doc

import (
	"fmt"
	"strings"
	"time"

	"github.com/sosabc/sosabc/internal/workshop"
)

// WorkshopOptions decide what a module document shows.
type WorkshopOptions struct {
	// Facilitator adds the notes and the suggested answers.
	Facilitator bool
	// Start places the agenda on the clock; zero shows minutes from start.
	Start time.Time
	// Topics and Personas give titles for the linked handbook pages and
	// cases; missing ones show the id.
	Topics   func(id string) string
	Personas func(id string) string
	Aims     func(code string) (workshop.Aim, bool)
}

// Workshop builds the document that shows a module to its facilitator:
// goals, plan with timings, materials, preparation, the activities, and
// (with Facilitator) notes, exercises with suggested answers and the quiz
// key.
func Workshop(w *workshop.Workshop, o WorkshopOptions) *Document {
	d := &Document{Lang: "nb", Title: w.Title}
	d.Meta = []Fact{
		{Label: "For", Value: w.Audience.Label()},
		{Label: "Tid", Value: fmt.Sprintf("%d minutter", w.Minutes)},
		{Label: "Gruppe", Value: fmt.Sprintf("%d til %d deltakere", w.Group.Min, w.Group.Max)},
	}
	d.add(Paragraph{Text: w.Summary})
	var goals []string
	for _, g := range w.Goals {
		line := g.Text
		for _, c := range g.Aims {
			if o.Aims != nil {
				if a, ok := o.Aims(c); ok {
					line += fmt.Sprintf(" (%s, %s: %s)", c, a.Subject, a.Text)
					continue
				}
			}
			line += " (" + c + ")"
		}
		goals = append(goals, line)
	}
	d.add(Heading{Level: 1, Text: "Mål"}, List{Items: goals})
	d.add(Heading{Level: 1, Text: "Plan"}, List{Items: plan(w, o.Start)})
	if len(w.Materials) > 0 {
		d.add(Heading{Level: 1, Text: "Dette trenger du"}, List{Items: w.Materials})
	}
	if strings.TrimSpace(w.Preparation) != "" {
		d.add(Heading{Level: 1, Text: "Forberedelser"}, Markdown{Text: w.Preparation, Shift: 1})
	}
	d.add(Heading{Level: 1, Text: "Aktivitetene"})
	for i, a := range w.Agenda {
		d.add(Heading{Level: 2, Text: fmt.Sprintf("%d. %s (%s, %d min)", i+1, a.Title, strings.ToLower(a.Kind.Label()), a.Minutes)}, Markdown{Text: a.Instructions, Shift: 2})
	}
	if o.Facilitator && strings.TrimSpace(w.Notes) != "" {
		d.add(Heading{Level: 1, Text: "Notater for deg som leder"}, Markdown{Text: w.Notes, Shift: 1})
	}
	if len(w.Exercises) > 0 {
		d.add(Heading{Level: 1, Text: "Oppgaver"})
		for _, e := range w.Exercises {
			d.add(Heading{Level: 2, Text: e.Title}, Markdown{Text: e.Task, Shift: 2})
			if o.Facilitator {
				d.add(Paragraph{Text: "**Forslag til svar:**"}, Markdown{Text: e.Answer, Shift: 2})
			}
		}
	}
	var handouts []string
	for _, h := range w.Handouts {
		handouts = append(handouts, h.Title)
	}
	d.add(Heading{Level: 1, Text: "Utdelingsark"}, List{Items: handouts})
	if o.Facilitator {
		d.add(Heading{Level: 1, Text: "Fasit til quizen"})
		var key []string
		for i, q := range w.Quiz {
			key = append(key, fmt.Sprintf("%s Svar: %s. %s", q.Question, q.CorrectOption(), q.Explanation))
			_ = i
		}
		d.add(List{Ordered: true, Items: key})
	}
	if len(w.Topics)+len(w.Personas) > 0 {
		var links []string
		for _, id := range w.Topics {
			links = append(links, "Håndboken: "+name(o.Topics, id))
		}
		for _, id := range w.Personas {
			links = append(links, "Case: "+name(o.Personas, id))
		}
		d.add(Heading{Level: 1, Text: "Les mer"}, List{Items: links})
	}
	if len(w.Sources) > 0 {
		var src Sources
		for _, s := range w.Sources {
			src.Items = append(src.Items, Source{Label: s.Label(), URL: s.URL, Read: s.ReadOn()})
		}
		d.add(Heading{Level: 1, Text: "Kilder"}, src)
	}
	return d
}

// Handouts builds what participants get on paper: every handout, the
// exercises without the suggested answers, and the quiz without the key.
func Handouts(w *workshop.Workshop) *Document {
	d := &Document{Lang: "nb", Title: w.Title + ": utdelingsark"}
	for _, h := range w.Handouts {
		d.add(Heading{Level: 1, Text: h.Title}, Markdown{Text: h.Body, Shift: 1})
	}
	if len(w.Exercises) > 0 {
		d.add(Heading{Level: 1, Text: "Oppgaver"})
		for _, e := range w.Exercises {
			d.add(Heading{Level: 2, Text: e.Title}, Markdown{Text: e.Task, Shift: 2})
		}
	}
	if len(w.Quiz) > 0 {
		d.add(Heading{Level: 1, Text: "Quiz"})
		for i, q := range w.Quiz {
			d.add(Paragraph{Text: fmt.Sprintf("**%d. %s**", i+1, q.Question)})
			var opts []string
			for j, o := range q.Options {
				opts = append(opts, fmt.Sprintf("%c) %s", 'A'+j, o))
			}
			d.add(List{Items: opts})
		}
	}
	return d
}

func plan(w *workshop.Workshop, start time.Time) []string {
	var out []string
	if start.IsZero() {
		at := 0
		for _, a := range w.Agenda {
			out = append(out, fmt.Sprintf("%d–%d min: %s (%s)", at, at+a.Minutes, a.Title, strings.ToLower(a.Kind.Label())))
			at += a.Minutes
		}
		return out
	}
	for i, s := range w.Schedule(start) {
		a := w.Agenda[i]
		out = append(out, fmt.Sprintf("%s–%s: %s (%s)", s.Start.Format("15.04"), s.End.Format("15.04"), a.Title, strings.ToLower(a.Kind.Label())))
	}
	return out
}

func name(f func(string) string, id string) string {
	if f != nil {
		if n := f(id); n != "" {
			return n
		}
	}
	return id
}
