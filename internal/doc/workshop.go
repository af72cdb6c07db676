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
		if len(g.Aims) > 0 {
			line += " (" + strings.Join(g.Aims, ", ") + ")"
		}
		goals = append(goals, line)
	}
	d.add(Heading{Level: 1, Text: "Mål"}, List{Items: goals})
	if aims := aimList(w, o.Aims); len(aims) > 0 {
		d.add(Heading{Level: 1, Text: "Kompetansemål"},
			Paragraph{Text: "Målene viser til disse kompetansemålene i læreplanen. Teksten er vår korte omskrivning: se læreplanen på udir.no for ordlyden."},
			List{Items: aims})
	}
	d.add(Heading{Level: 1, Text: "Plan"}, List{Items: plan(w, o.Start)})
	run := "sosabc verksted kjør " + w.ID
	if !o.Start.IsZero() {
		run += " --start " + o.Start.Format("15.04")
	}
	d.add(Hint{Text: "Skriv ut arkene, led økten med tidtaker, la deltakerne ta quizen og se resultatene:", Items: []string{
		"sosabc verksted utdeling " + w.ID + " --format pdf --output ark.pdf",
		run,
		"sosabc verksted quiz " + w.ID + " --results resultater.csv",
		"sosabc verksted resultater resultater.csv",
	}})
	if len(w.Materials) > 0 {
		d.add(Heading{Level: 1, Text: "Dette trenger du"}, List{Items: w.Materials})
	}
	if strings.TrimSpace(w.Preparation) != "" {
		d.add(Heading{Level: 1, Text: "Forberedelser"}, Markdown{Text: w.Preparation, Shift: 1})
	}
	d.add(Heading{Level: 1, Text: "Aktivitetene"})
	for i, a := range w.Agenda {
		head := fmt.Sprintf("%d. %s (%s, %d min)", i+1, a.Title, strings.ToLower(a.Kind.Label()), a.Minutes)
		if strings.EqualFold(a.Title, a.Kind.Label()) {
			head = fmt.Sprintf("%d. %s (%d min)", i+1, a.Title, a.Minutes)
		}
		d.add(Heading{Level: 2, Text: head}, Markdown{Text: a.Instructions, Shift: 2})
		if strings.TrimSpace(a.Participants) != "" {
			d.add(Paragraph{Text: "**På skjermen for klassen:**"}, Markdown{Text: a.Participants, Shift: 2})
		}
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
		for _, q := range w.Quiz {
			answer := fmt.Sprintf("%c) %s", 'A'+q.Correct-1, strings.TrimRight(q.CorrectOption(), "."))
			key = append(key, fmt.Sprintf("%s **Svar: %s.** %s", q.Question, answer, q.Explanation))
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

// Handouts builds what participants get on paper: every handout on a
// sheet of its own (with ruled lines to write on where the module asks
// for them), the exercises without the suggested answers, and the quiz
// without the key, with boxes to tick.
func Handouts(w *workshop.Workshop) *Document {
	d := &Document{Lang: "nb", Title: w.Title + ": utdelingsark", Sheets: true}
	for i, h := range w.Handouts {
		if i > 0 {
			d.add(PageBreak{})
		}
		d.add(Heading{Level: 1, Text: h.Title})
		sheet(d, h.Body, h.Lines)
	}
	if len(w.Exercises) > 0 {
		d.add(PageBreak{}, Heading{Level: 1, Text: "Oppgaver"})
		for _, e := range w.Exercises {
			d.add(Heading{Level: 2, Text: e.Title}, Markdown{Text: e.Task, Shift: 2})
		}
	}
	if len(w.Quiz) > 0 {
		d.add(PageBreak{}, Heading{Level: 1, Text: "Quiz"},
			Paragraph{Text: "Sett kryss ved det svaret du mener er riktig. Hvert spørsmål har ett riktig svar."})
		for i, q := range w.Quiz {
			d.add(Choice{Number: i + 1, Question: q.Question, Options: q.Options})
		}
	}
	return d
}

// sheet adds a handout's body, with lines ruled lines to write on after
// each of its sections (##).
func sheet(d *Document, body string, lines int) {
	if lines <= 0 {
		d.add(Markdown{Text: body, Shift: 1})
		return
	}
	for _, s := range sections(body) {
		d.add(Markdown{Text: s.text, Shift: 1})
		if s.heading {
			d.add(WriteSpace{Lines: lines})
		}
	}
}

type section struct {
	text    string
	heading bool // starts with a «##» heading (not the text before the first)
}

// sections cuts Markdown at its «##» headings.
func sections(md string) []section {
	var out []section
	var cur []string
	heading := false
	flush := func() {
		if t := strings.TrimSpace(strings.Join(cur, "\n")); t != "" {
			out = append(out, section{text: t, heading: heading})
		}
		cur = nil
	}
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "## ") {
			flush()
			heading = true
		}
		cur = append(cur, l)
	}
	flush()
	return out
}

// aimList is each competence aim the goals name, once, with its subject
// and our short paraphrase.
func aimList(w *workshop.Workshop, find func(string) (workshop.Aim, bool)) []string {
	var out []string
	for _, c := range w.AimCodes() {
		if find != nil {
			if a, ok := find(c); ok {
				out = append(out, fmt.Sprintf("%s (%s): %s", c, a.Subject, a.Text))
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

func plan(w *workshop.Workshop, start time.Time) []string {
	var out []string
	var slots []workshop.Slot
	if !start.IsZero() {
		slots = w.Schedule(start)
	}
	at := 0
	for i, a := range w.Agenda {
		when := fmt.Sprintf("%d–%d min", at, at+a.Minutes)
		if slots != nil {
			when = slots[i].Start.Format("15.04") + "–" + slots[i].End.Format("15.04")
		}
		at += a.Minutes
		line := when + ": " + a.Title
		if kind := strings.ToLower(a.Kind.Label()); !strings.EqualFold(a.Title, kind) {
			line += " (" + kind + ")"
		}
		out = append(out, line)
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
