// Package sheetfit checks that every handout with frames to write in
// («lines») fits on one A4 page, as the PDF renderer lays it out. It sits
// beside the workshop engine, not in it: the document model and the
// renderer import workshop, so workshop cannot import them.
package sheetfit

import (
	"fmt"

	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/render/pdf"
	"github.com/sosabc/sosabc/internal/workshop"
)

// Problem is a handout with frames that takes more than one page.
type Problem struct {
	File    string // the module's file, as the loader names it
	Handout workshop.Handout
	Pages   int // how many pages its sheet takes in the PDF
}

// Error says where the handout is, how many pages it takes, and what to
// do about it.
func (p Problem) Error() string {
	return fmt.Sprintf("%s:%d: arket «%s» tar %d sider i PDF-en, men et ark med rammer må få plass på én side: gi rammene færre linjer (nå %d i «lines»), skriv kortere tekst eller del arket i to",
		p.File, p.Handout.Line, p.Handout.ID, p.Pages, p.Handout.Lines)
}

// Check lays out w's handouts with lines as «sosabc verksted utdeling ID
// --format pdf» does, and returns each one whose sheet takes more than
// one page. A handout without lines may run over a page.
func Check(w *workshop.Workshop) ([]Problem, error) {
	var out []Problem
	for _, h := range w.Handouts {
		if h.Lines <= 0 {
			continue
		}
		n, err := Pages(w, h)
		if err != nil {
			return nil, err
		}
		if n > 1 {
			out = append(out, Problem{File: w.File, Handout: h, Pages: n})
		}
	}
	return out, nil
}

// Pages is how many pages h's sheet takes in the PDF of w's handouts. A
// sheet starts on a page of its own, and what comes before or after it
// does not change how it is laid out: so h is laid out alone, without the
// cost of the other sheets, the exercises and the quiz.
func Pages(w *workshop.Workshop, h workshop.Handout) (int, error) {
	one := *w
	one.Handouts, one.Exercises, one.Quiz = []workshop.Handout{h}, nil, nil
	pages, err := pdf.SheetPages(doc.Handouts(&one))
	if err != nil {
		return 0, err
	}
	return pages[0], nil
}
