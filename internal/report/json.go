package report

import (
	"time"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/interview"
)

// Document is the JSON form of a checklist: a stable contract for advisers'
// scripts. Field names are English and never change within format 1.
type Document struct {
	Format         int              `json:"format"`
	Generated      string           `json:"generated"`
	Persona        string           `json:"persona,omitempty"`
	Answers        map[string]any   `json:"answers"`
	Progress       Progress         `json:"progress"`
	Items          []ItemJSON       `json:"items"`
	Recommendation []Recommendation `json:"recommendation,omitempty"`
	// Assumed lists questions an older answers file did not ask, and how
	// they count.
	Assumed []interview.Assumption `json:"assumed,omitempty"`
	// Local is the founder's kommune, fylke, employer tax zone and contacts.
	Local *Local `json:"local,omitempty"`
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
		})
	}
	doc.Assumed = in.Assumed
	doc.Local = in.Local
	for _, r := range in.Recommendation {
		doc.Recommendation = append(doc.Recommendation, Recommendation{r.Form, r.Name, r.Score, orEmpty(r.ReasonsFor), orEmpty(r.ReasonsAgainst)})
	}
	return doc
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
