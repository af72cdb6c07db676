package report

import (
	"time"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/interview"
)

// Document is the JSON form of a checklist: a stable contract for advisers'
// scripts. Field names are English and never change within format 1.
type Document struct {
	Format    int    `json:"format"`
	Generated string `json:"generated"`
	Persona   string `json:"persona,omitempty"`
	// Client, Adviser and Note are an adviser's sheet details: --client
	// (else «client» in the answers file), --adviser and --note.
	Client         string           `json:"client,omitempty"`
	Adviser        string           `json:"adviser,omitempty"`
	Note           string           `json:"note,omitempty"`
	Answers        map[string]any   `json:"answers"`
	Progress       Progress         `json:"progress"`
	Items          []ItemJSON       `json:"items"`
	Recommendation []Recommendation `json:"recommendation,omitempty"`
	// Assumed lists questions an older answers file did not ask, and how
	// they count.
	Assumed []interview.Assumption `json:"assumed,omitempty"`
	// Notes say where an answer was read as something else than written.
	Notes []string `json:"notes,omitempty"`
	// Local is the founder's kommune, fylke, employer tax zone and contacts.
	Local *Local `json:"local,omitempty"`
	// Changes says how the founder's saved plan differs from the one they
	// saw last time. It is there only when the list has changed: never
	// for --answers or --persona, never on the first run. Writing JSON
	// does not count as seeing the plan (a program reads it), so the same
	// changes come back until the founder has seen the plan in the
	// terminal, or as md, html or pdf.
	Changes *Changes `json:"changes,omitempty"`
}

// Changes is what changed in the plan since the founder last saw it.
type Changes struct {
	// Added are on the list now but were not last time, in list order.
	Added []ChangedItem `json:"added"`
	// Removed were on the list last time but are not now.
	Removed []ChangedItem `json:"removed"`
	// KeptTicks counts the ticked items on the list now.
	KeptTicks int `json:"kept_ticks"`
	// StoredTicks counts the ticks on items that are not on the list now.
	// They stay saved and count again when the item comes back.
	StoredTicks int `json:"stored_ticks"`
}

// ChangedItem is an item that came or went. Title is missing when the
// content no longer has the item; done is true when it is ticked (an item
// that comes back brings its tick).
type ChangedItem struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	Done  bool   `json:"done"`
}

// Progress is x of y done.
type Progress struct {
	Done  int `json:"done"`
	Total int `json:"total"`
}

// ItemJSON is one checklist item.
type ItemJSON struct {
	ID        string                `json:"id"`
	Title     string                `json:"title"`
	Phase     string                `json:"phase"`
	Priority  string                `json:"priority"`
	Why       []string              `json:"why"`
	Do        string                `json:"do,omitempty"`
	After     []string              `json:"after"`
	Cost      string                `json:"cost,omitempty"`
	Deadline  string                `json:"deadline,omitempty"`
	Agency    string                `json:"agency,omitempty"`
	Link      *checklist.Link       `json:"link,omitempty"`
	Topic     string                `json:"topic"`
	Sources   []checklist.Source    `json:"sources"`
	Uncertain []checklist.Uncertain `json:"uncertain,omitempty"`
	Due       []checklist.Due       `json:"due,omitempty"`
	Triggered []string              `json:"triggered_by"`
	Done      bool                  `json:"done"`
	// New is true when the item was not on the plan the founder saw last
	// time (see Document.Changes).
	New bool `json:"new,omitempty"`
}

// Recommendation is one ranked company form.
type Recommendation struct {
	Form           string   `json:"form"`
	Name           string   `json:"name"`
	Score          int      `json:"score"`
	ReasonsFor     []string `json:"reasons_for"`
	ReasonsAgainst []string `json:"reasons_against"`
}

// JSON builds the JSON document.
func JSON(in Input) Document {
	done, total := in.Progress()
	doc := Document{Format: 1, Generated: in.Generated.Format(time.DateOnly), Persona: in.Persona,
		Answers: map[string]any(in.Answers), Progress: Progress{done, total}, Items: []ItemJSON{}}
	for _, it := range in.Checklist.Items {
		doc.Items = append(doc.Items, ItemJSON{
			ID: it.ID, Title: it.Title, Phase: it.Phase, Priority: it.Priority, Why: orEmpty(it.Why), Do: it.Do,
			After: orEmpty(it.After), Cost: it.Cost, Deadline: it.Deadline, Agency: it.Agency, Link: it.Link,
			Topic: it.Topic, Sources: it.Sources, Uncertain: it.Uncertain, Due: it.Due, Triggered: orEmpty(it.Triggered), Done: in.Done[it.ID],
			New: in.Changes.IsNew(it.ID),
		})
	}
	doc.Assumed = in.Assumed
	doc.Notes = in.Notes
	doc.Local = in.Local
	if c := in.Changes; !c.Empty() {
		doc.Changes = &Changes{Added: changed(c.Added), Removed: changed(c.Removed), KeptTicks: c.Kept, StoredTicks: c.Stored}
	}
	for _, r := range in.Recommendation {
		doc.Recommendation = append(doc.Recommendation, Recommendation{r.Form, r.Name, r.Score, orEmpty(r.ReasonsFor), orEmpty(r.ReasonsAgainst)})
	}
	return doc
}

func changed(list []checklist.Change) []ChangedItem {
	out := []ChangedItem{}
	for _, c := range list {
		out = append(out, ChangedItem{ID: c.ID, Title: c.Title, Done: c.Done})
	}
	return out
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
