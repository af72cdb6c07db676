// Package handbook loads and validates the handbook: areas, topics and the
// glossary, from the embedded content and any local overlay directories.
package handbook

import (
	"sort"

	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/source"
)

// Source is the page that states a fact.
type Source = source.Source

// Uncertain marks a figure the reader must re-check before relying on it.
type Uncertain = source.Uncertain

// Area groups topics, in reading order.
type Area struct {
	ID          string `yaml:"id" json:"id"`
	Title       string `yaml:"title" json:"title"`
	Description string `yaml:"description" json:"description"`
}

// Topic is one handbook page.
type Topic struct {
	ID       string   `yaml:"id" json:"id"`
	Title    string   `yaml:"title" json:"title"`
	Area     string   `yaml:"area" json:"area"`
	Summary  string   `yaml:"summary" json:"summary"`
	Keywords []string `yaml:"keywords" json:"keywords"`
	Related  []string `yaml:"related" json:"related"`
	Checked  string   `yaml:"checked" json:"checked"`
	Sources  []Source `yaml:"sources" json:"sources"`
	// UncertainIDs name entries of uncertain.yaml; Uncertain holds them,
	// resolved at load.
	UncertainIDs []string    `yaml:"uncertain" json:"-"`
	Uncertain    []Uncertain `yaml:"-" json:"uncertain,omitempty"`
	// Order places a topic before (negative) or after (positive) the
	// others of its area, which are sorted by title.
	Order int `yaml:"order" json:"-"`

	Body string `yaml:"-" json:"-"`
	// File is where the topic was read from, for messages.
	File string `yaml:"-" json:"-"`
	// Local is true for topics from a local content directory.
	Local bool `yaml:"-" json:"local,omitempty"`
}

// Term is one glossary entry.
type Term struct {
	Term       string   `yaml:"term" json:"term"`
	Definition string   `yaml:"definition" json:"definition"`
	Topic      string   `yaml:"topic" json:"topic,omitempty"`
	Aliases    []string `yaml:"aliases" json:"aliases,omitempty"`
	File       string   `yaml:"-" json:"-"`
}

// Handbook is the validated content.
type Handbook struct {
	Areas    []Area
	Topics   []*Topic // in area order, then title order
	Glossary []Term   // in Norwegian alphabetical order
	// Uncertain is every figure we could not confirm, by id.
	Uncertain source.Registry
	byID      map[string]*Topic
}

// Topic returns the topic with id, or nil.
func (h *Handbook) Topic(id string) *Topic { return h.byID[id] }

// Area returns the area with id, or nil.
func (h *Handbook) Area(id string) *Area {
	for i := range h.Areas {
		if h.Areas[i].ID == id {
			return &h.Areas[i]
		}
	}
	return nil
}

// TopicsIn returns the topics of one area.
func (h *Handbook) TopicsIn(area string) []*Topic {
	var out []*Topic
	for _, t := range h.Topics {
		if t.Area == area {
			out = append(out, t)
		}
	}
	return out
}

// Sources returns every distinct source (by URL and title), sorted by title.
func (h *Handbook) Sources() []SourceUse {
	byKey := map[string]*SourceUse{}
	var keys []string
	for _, t := range h.Topics {
		for _, s := range t.Sources {
			k := s.Title + "\x00" + s.URL
			u, ok := byKey[k]
			if !ok {
				u = &SourceUse{Source: s}
				byKey[k] = u
				keys = append(keys, k)
			}
			if s.Read > u.Read {
				u.Read = s.Read
			}
			u.Topics = append(u.Topics, t.ID)
		}
	}
	out := make([]SourceUse, 0, len(keys))
	for _, k := range keys {
		out = append(out, *byKey[k])
	}
	less := locale.Less()
	sort.SliceStable(out, func(i, j int) bool { return less(out[i].Title, out[j].Title) })
	return out
}

// SourceUse is a source and the topics that cite it.
type SourceUse struct {
	Source
	Topics []string `json:"topics"`
}
