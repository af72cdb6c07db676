// Package contentcheck measures the content against its quality bars:
// readability (LIX), how long ago each topic was checked, and sources that
// open the page that states the fact (Sources collects every reference in
// the content; CheckSources holds them to the front-page rule).
package contentcheck

import (
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/lix"
)

// The bars. A topic above MaxLIX is an error; so is a median above MaxMedianLIX.
const (
	MaxLIX       = 50
	MaxMedianLIX = 40
	StaleAfter   = 365 * 24 * time.Hour
)

// TopicReport is one row of the report.
type TopicReport struct {
	ID      string  `json:"id"`
	File    string  `json:"file"`
	Words   int     `json:"words"`
	LIX     float64 `json:"lix"`
	Sources int     `json:"sources"`
	Checked string  `json:"checked"`
	Stale   bool    `json:"stale"`
}

// Report is the whole check.
type Report struct {
	Topics    []TopicReport `json:"topics"`
	MedianLIX float64       `json:"median_lix"`
	Sources   *SourceReport `json:"sources,omitempty"` // set by AddSources
	Errors    []string      `json:"errors"`
	Warnings  []string      `json:"warnings"`
}

// AddSources checks refs (from Sources) and adds the result to r. report
// says which references r may blame (nil: all); see CheckSources.
func (r *Report) AddSources(refs []Ref, report func(Ref) bool) {
	s, errs, warns := CheckSources(refs, report)
	r.Sources = &s
	r.Errors = append(r.Errors, errs...)
	r.Warnings = append(r.Warnings, warns...)
}

// Check reports on the topics that only reports on topics accepted by include.
func Check(h *handbook.Handbook, now time.Time, include func(*handbook.Topic) bool) Report {
	r := Report{Errors: []string{}, Warnings: []string{}}
	var scores []float64
	for _, t := range h.Topics {
		if include != nil && !include(t) {
			continue
		}
		res := lix.Markdown(t.Body)
		score := math.Round(res.Score()*10) / 10
		row := TopicReport{ID: t.ID, File: t.File, Words: res.Words, LIX: score, Sources: len(t.Sources), Checked: t.Checked}
		if checked, err := time.Parse(time.DateOnly, t.Checked); err == nil && now.Sub(checked) > StaleAfter {
			row.Stale = true
			r.Warnings = append(r.Warnings, fmt.Sprintf("%s: sist kontrollert %s, for over 12 måneder siden. Sjekk fakta og kilder på nytt.", t.File, t.Checked))
		}
		if score > MaxLIX {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: LIX %.1f er over %d. Skriv kortere setninger og kortere ord.", t.File, score, MaxLIX))
		}
		scores = append(scores, score)
		r.Topics = append(r.Topics, row)
	}
	r.MedianLIX = median(scores)
	if r.MedianLIX > MaxMedianLIX {
		r.Errors = append(r.Errors, fmt.Sprintf("median-LIX er %.1f, over målet på %d.", r.MedianLIX, MaxMedianLIX))
	}
	return r
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	m := s[len(s)/2]
	if len(s)%2 == 0 {
		m = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return math.Round(m*10) / 10
}
