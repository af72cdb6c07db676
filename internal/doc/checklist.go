package doc

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/report"
)

// ChecklistOptions decide whom a checklist document is for.
type ChecklistOptions struct {
	// Print makes a handout for the client: no commands and no item ids,
	// the answers it was made from at the top, sources as numbered notes.
	Print bool
	// Short is a one-page overview: the «må» items with their deadlines,
	// without the answers, the reasons and the sources.
	Short bool
	// On the sheet, when given.
	Client, Adviser, Note, Version string
	// From is where the answers came from, for the commands a plan on the
	// screen suggests.
	From From
}

// From is where a plan's answers came from: the founder's saved plan
// (both empty), an answers file, or a fictional founder. A plan made from
// a file cannot be ticked off, so the commands it suggests differ.
type From struct {
	AnswersFile string // as given to --answers or --save-answers
	Persona     string // the id given to --persona
}

// useHints are the commands that work for this plan.
func (f From) useHints() []string {
	switch {
	case f.AnswersFile != "":
		file := shellArg(f.AnswersFile)
		if f.AnswersFile == "-" {
			file = "FIL" // standard in: the file is not known
		}
		return []string{
			"Lag planen til utskrift: `sosabc sjekkliste --answers " + file + " --format pdf --output plan.pdf`",
			"Se hvorfor et punkt er med: `sosabc sjekkliste hvorfor NUMMER --answers " + file + "`",
			"Endre svarene: `sosabc start --save-answers " + file + "`",
		}
	case f.Persona != "":
		return []string{
			"Se hvorfor et punkt er med: `sosabc sjekkliste hvorfor NUMMER --persona " + shellArg(f.Persona) + "`",
			"Lag din egen plan: `sosabc start`",
		}
	}
	return []string{
		"Kryss av et punkt: `sosabc sjekkliste gjort NUMMER`, for eksempel `sosabc sjekkliste gjort 3`",
		"Fjern et kryss: `sosabc sjekkliste angre NUMMER`",
		"Se hvorfor et punkt er med: `sosabc sjekkliste hvorfor NUMMER`",
		"Endre svarene: `sosabc start`",
	}
}

// shellArg quotes a file name a shell would split or change.
func shellArg(s string) string {
	if s == "" || strings.ContainsAny(s, " \t'\"$&;|<>()*?[]#~`\\!{}") {
		return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
	}
	return s
}

// shownForms is how many recommended forms a plan shows: the rest are one
// command (or one page of the handbook) away.
const shownForms = 3

// shortEnd closes the one-page overview: what the full plan has, and how
// to get it, in words (a printed sheet cannot run a command).
const shortEnd = "Få den fulle planen av rådgiveren din, eller lag den selv i sosabc, en håndbok for sosiale entreprenører."

const disclaimer = "sosabc gir råd, men det er myndighetene som bestemmer. Sjekk alltid hos dem før du bestemmer deg."

// Checklist builds the checklist document from an evaluated plan.
func Checklist(in report.Input, o ChecklistOptions) *Document {
	d := &Document{Lang: "nb", Title: "Sjekklisten din"}
	b := &checklistBuilder{in: in, o: o, d: d, notes: map[string]int{}}
	done, total := in.Progress()
	date := locale.Date(in.Generated.Format(time.DateOnly))
	who := "svarene dine"
	if in.Persona != "" {
		who = "svarene til " + in.Persona
	}
	if o.Print {
		d.Title = "Plan for oppstart"
		if o.Short {
			d.Title = "Kort plan for oppstart"
		}
		if o.Client != "" {
			d.Title += ": " + o.Client
		}
		d.Meta = append(d.Meta, Fact{Label: "Laget", Value: date})
		if o.Client != "" {
			d.Meta = append(d.Meta, Fact{Label: "Kunde", Value: o.Client})
		}
		if o.Adviser != "" {
			d.Meta = append(d.Meta, Fact{Label: "Rådgiver", Value: o.Adviser})
		}
		if o.Version != "" {
			d.Meta = append(d.Meta, Fact{Label: "Håndboken", Value: "sosabc " + o.Version})
		}
		d.add(Notice{Text: disclaimer})
		switch {
		case o.Note != "" && o.Short:
			d.add(Paragraph{Text: "**Notat fra rådgiveren:** " + o.Note})
		case o.Note != "":
			d.add(Heading{Level: 1, Text: "Notat fra rådgiveren"}, Paragraph{Text: o.Note})
		}
		if !o.Short {
			b.answers()
		}
	} else {
		d.add(Paragraph{Text: fmt.Sprintf("Laget %s ut fra %s. %d av %d punkter er gjort.", date, who, done, total)})
		d.add(Paragraph{Text: disclaimer})
	}
	if o.Short {
		if !o.Print {
			d.Title += " i kort form"
		}
		d.Compact = true
		d.add(Paragraph{Text: "Her er bare det du må gjøre, med fristen. Den fulle planen har også det du bør og kan gjøre, og hvorfor."})
	}
	if len(in.Assumed) > 0 {
		var parts []string
		for _, a := range in.Assumed {
			parts = append(parts, fmt.Sprintf("«%s» er regnet som %s", a.Question, a.Counted))
		}
		d.add(Notice{Text: "Svarfilen er laget for en eldre versjon av sosabc og svarer ikke på alle spørsmålene. Vi har regnet dem slik: " + strings.Join(parts, "; ") + ". Svar på dem med «sosabc start», så blir planen riktigere."})
	}
	for _, n := range in.Notes {
		d.add(Notice{Text: n})
	}
	b.numberItems()
	b.changes()
	if len(in.Recommendation) > 0 {
		b.recommendation()
	}
	b.phases()
	switch {
	case o.Short && o.Print:
		d.add(Paragraph{Text: shortEnd})
	case o.Print:
		d.add(Heading{Level: 1, Text: "Bruk planen i sosabc"})
		d.add(Paragraph{Text: "Planen er laget med sosabc, en håndbok for sosiale entreprenører. Der kan du krysse av punktene, lese mer om hvert tema og endre svarene."})
	default:
		d.add(Heading{Level: 1, Text: "Slik bruker du listen"})
		d.add(Hint{Items: o.From.useHints()})
	}
	b.events()
	return d
}

type checklistBuilder struct {
	in     report.Input
	o      ChecklistOptions
	d      *Document
	notes  map[string]int // source URL and title → note number
	number map[string]int // item id → the number the plan shows
}

func (d *Document) add(blocks ...Block) { d.Blocks = append(d.Blocks, blocks...) }

// answers summarises what the plan is built on, for the client's sheet.
func (b *checklistBuilder) answers() {
	s := b.in.Rules.Schema
	var lines []string
	for _, st := range s.Steps(b.in.Answers) {
		q := st.Question
		if _, ok := b.in.Answers[q.ID]; !ok {
			continue
		}
		lines = append(lines, q.Title+" "+s.FormatAnswer(q.ID, b.in.Answers[q.ID]))
	}
	b.d.add(Heading{Level: 1, Text: "Svarene planen bygger på"}, List{Items: lines})
}

func (b *checklistBuilder) recommendation() {
	d := b.d
	d.add(Heading{Level: 1, Text: "Forslag til selskapsform"})
	shown := b.in.Recommendation[:min(len(b.in.Recommendation), shownForms)]
	if b.o.Short {
		var names []string
		for _, rec := range shown {
			names = append(names, rec.Name)
		}
		text := fmt.Sprintf("Du har ikke valgt selskapsform ennå. Ut fra svarene dine passer %s best.", locale.JoinOr(names))
		if form := conditionalForm(b.in.Checklist.Items); form != "" {
			text += fmt.Sprintf(" Punktene merket «bare for %s» gjelder bare hvis du velger %s.", shortForm(form), form)
		}
		d.add(Paragraph{Text: text})
		return
	}
	d.add(Paragraph{Text: "Du har ikke valgt selskapsform ennå. Ut fra svarene dine passer disse best, i denne rekkefølgen. Dette er et forslag, ikke en fasit."})
	var r Ranking
	for _, rec := range shown {
		r.Items = append(r.Items, Ranked{Name: rec.Name, For: rec.ReasonsFor, Against: rec.ReasonsAgainst})
	}
	d.add(r)
	if b.o.Print {
		d.add(Paragraph{Text: "Her er de tre formene som passer best. Les om alle formene i sosabc-håndboken, under «Velge selskapsform»."})
		return
	}
	d.add(Paragraph{Text: "Her er de tre formene som passer best. Se alle formene side om side med `sosabc former sammenlign`, og les mer med `sosabc les velge-selskapsform`."})
}

func (b *checklistBuilder) phases() {
	number := 0
	for pi, ph := range b.in.Rules.Phases {
		var items []checklist.Item
		for _, it := range b.in.Checklist.Items {
			if it.Phase == ph.ID {
				items = append(items, it)
			}
		}
		heading := fmt.Sprintf("Fase %d: %s", pi+1, ph.Title)
		if b.o.Short {
			b.shortPhase(heading, items, &number)
			continue
		}
		b.d.add(Heading{Level: 1, Text: heading})
		if ph.Description != "" {
			b.d.add(Paragraph{Text: strings.TrimSpace(ph.Description)})
		}
		if len(items) == 0 {
			b.d.add(Paragraph{Text: "Ut fra svarene dine har du ingen punkter i denne fasen nå. Endrer du svarene, kan det komme punkter her."})
			continue
		}
		if form := conditionalForm(items); form != "" {
			how := "Når du har valgt form, kan du endre svaret med «sosabc start». Da får du stegene for den formen du velger."
			if b.o.Print {
				how = "Når formen er valgt, kan du få en ny plan med stegene for den."
			}
			b.d.add(Paragraph{Text: fmt.Sprintf("Du har ikke valgt selskapsform ennå. Punktene som begynner med «Hvis du velger %s», gjelder den formen, som passer best ut fra svarene dine. %s", form, how)})
		}
		for _, it := range items {
			number++
			b.d.add(b.task(it, number))
		}
	}
}

// shortPhase is a phase of the one-page overview: its «må» items, a row
// each with its short deadline (deadline_short in the content), or else
// the first sentence of its deadline. The numbers are those of
// the whole plan, so the overview and the plan point to the same items.
// A phase with nothing the reader must do is left out.
func (b *checklistBuilder) shortPhase(heading string, items []checklist.Item, number *int) {
	l := TaskList{Heading: heading}
	for _, it := range items {
		*number++
		if it.Priority != "må" {
			continue
		}
		r := TaskRow{Number: *number, Title: it.Title, Done: b.in.Done[it.ID], Deadline: it.DeadlineShort}
		if r.Deadline == "" { // the loader holds a written deadline_short to non-empty
			r.Deadline = FirstSentence(it.Deadline)
		}
		if it.IfForm != nil {
			r.Condition = "bare for " + shortForm(it.IfForm.Name)
		}
		l.Rows = append(l.Rows, r)
	}
	if len(l.Rows) > 0 {
		b.d.add(l)
	}
}

// FirstSentence is the first sentence of s: up to a full stop, question
// mark or exclamation mark followed by a space and a capital letter. A
// full stop after a number («15. mars», «Den 5. i måneden») is followed
// by a small letter, so it does not end the sentence.
func FirstSentence(s string) string {
	s = strings.TrimSpace(s)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '?', '!':
		default:
			continue
		}
		rest := s[i+1:]
		if !strings.HasPrefix(rest, " ") {
			continue
		}
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
		if unicode.IsUpper(next) {
			return s[:i+1]
		}
	}
	return s
}

func (b *checklistBuilder) task(it checklist.Item, number int) Task {
	t := Task{Number: number, ID: it.ID, Title: it.Title, Done: b.in.Done[it.ID], New: b.in.Changes.IsNew(it.ID), Priority: it.Priority, Why: it.Why, Do: strings.TrimSpace(it.Do)}
	if it.IfForm != nil {
		t.Condition = "Hvis du velger " + it.IfForm.Name
	}
	if it.Cost != "" {
		t.Facts = append(t.Facts, Fact{Label: "Kostnad", Value: it.Cost})
	}
	if it.Deadline != "" {
		t.Facts = append(t.Facts, Fact{Label: "Frist", Value: it.Deadline})
	}
	if it.Agency != "" {
		t.Facts = append(t.Facts, Fact{Label: "Hvem bestemmer", Value: it.Agency})
	}
	if it.Link != nil {
		t.Facts = append(t.Facts, Fact{Label: "Her gjør du det", Value: it.Link.Title, URL: it.Link.URL})
	}
	for _, u := range it.Uncertain {
		t.Uncertain = append(t.Uncertain, u.Text())
	}
	b.local(&t, it)
	if it.LocalFile {
		t.Facts = append(t.Facts, Fact{Label: "Lokalt", Value: "Punktet kommer fra lokalt innhold, ikke fra sosabc."})
	}
	if it.Topic != "" && !b.o.Print {
		t.Topic = &Link{ID: it.Topic}
	}
	if b.o.Print {
		t.ID = ""
	}
	for _, s := range it.Sources {
		src := Source{Label: s.Label(), URL: s.URL, Read: s.ReadOn()}
		if b.o.Print {
			t.Notes = append(t.Notes, b.note(src))
			continue
		}
		t.Sources = append(t.Sources, src)
	}
	return t
}

// local adds what the item asks to know about the founder's kommune.
func (b *checklistBuilder) local(t *Task, it checklist.Item) {
	l := b.in.Local
	if l == nil {
		return
	}
	for _, want := range it.Local {
		switch want {
		case "employer_tax":
			if l.Zone == "" {
				continue
			}
			value := fmt.Sprintf("%s er i sone %s. Satsen er %s.", l.Kommune, l.Zone, l.Rate)
			if l.SplitNote != "" {
				value += " " + l.SplitNote
			}
			t.Facts = append(t.Facts, Fact{Label: "Arbeidsgiveravgift", Value: value})
			note := strings.TrimSpace(l.ZoneNote + " " + l.UncertainNote)
			switch {
			case l.Uncertain && hasUncertain(it, l.UncertainID):
				// The item's own entry says that zones and rates are not
				// confirmed, and where to check: once is enough.
			case l.Uncertain:
				t.Uncertain = append(t.Uncertain, note)
			case note != "":
				t.Facts = append(t.Facts, Fact{Label: "Merk", Value: note})
			}
		case "contacts":
			for _, c := range l.Contacts {
				label := "Hjelp i " + l.Fylke
				switch c.Area {
				case "kommune":
					label = "Hjelp i " + l.Kommune
				case "landet":
					label = "Hjelp i hele Norge"
				}
				t.Facts = append(t.Facts, Fact{Label: label, Value: c.Name + ". " + strings.TrimSuffix(c.Note, "."), URL: c.URL})
			}
		}
	}
}

func hasUncertain(it checklist.Item, id string) bool {
	for _, u := range it.Uncertain {
		if id != "" && u.ID == id {
			return true
		}
	}
	return false
}

// shortForm is the short name of a company form in a row of the short
// plan: the abbreviation in brackets («Aksjeselskap (AS)» gives «AS»),
// else the whole name.
func shortForm(name string) string {
	open, end := strings.LastIndex(name, " ("), len(name)-1
	if open < 0 || !strings.HasSuffix(name, ")") {
		return name
	}
	abbr := name[open+2 : end]
	if strings.ToLower(abbr) == abbr {
		return name // a gloss, not an abbreviation
	}
	return abbr
}

// conditionalForm is the form that the items of a phase depend on, if any.
func conditionalForm(items []checklist.Item) string {
	for _, it := range items {
		if it.IfForm != nil {
			return it.IfForm.Name
		}
	}
	return ""
}

// note numbers a source for a printed document, once per source.
func (b *checklistBuilder) note(s Source) int {
	key := s.Label + "\x00" + s.URL
	if n, ok := b.notes[key]; ok {
		return n
	}
	n := len(b.d.Notes) + 1
	b.notes[key] = n
	b.d.Notes = append(b.d.Notes, Note{Number: n, Source: s})
	return n
}

// events are the dated duties on the plan, for calendars.
func (b *checklistBuilder) events() {
	for _, it := range b.in.Checklist.Items {
		for _, due := range it.Due {
			e := Event{ID: it.ID, Title: it.Title, Every: due.Every, Dates: due.Dates, Day: due.Day}
			desc := []string{}
			if it.Deadline != "" {
				desc = append(desc, "Frist: "+it.Deadline)
			}
			desc = append(desc, strings.TrimSpace(it.Do))
			if it.Link != nil {
				e.URL = it.Link.URL
				desc = append(desc, "Her gjør du det: "+it.Link.URL)
			}
			for _, s := range it.Sources {
				desc = append(desc, "Kilde: "+s.Label()+", "+s.URL)
			}
			e.Description = strings.Join(desc, "\n")
			b.d.Events = append(b.d.Events, e)
		}
	}
}
