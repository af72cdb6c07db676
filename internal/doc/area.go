package doc

import (
	"fmt"

	"github.com/sosabc/sosabc/internal/handbook"
)

// Area builds the overview of one area of the handbook: what it covers,
// and each topic with its one-line summary and how to open it.
func Area(h *handbook.Handbook, a *handbook.Area, o PageOptions) *Document {
	d := &Document{Lang: "nb", Title: a.Title}
	topics := h.TopicsIn(a.ID)
	count := fmt.Sprintf("Her er de %d emnene.", len(topics))
	if len(topics) == 1 {
		count = "Her er emnet."
	}
	d.add(Paragraph{Text: "Område i håndboken · " + a.Description + " " + count})
	for _, t := range topics {
		d.add(Heading{Level: 1, Text: t.Title})
		if o.Print {
			d.add(Paragraph{Text: t.Summary})
			continue
		}
		d.add(Paragraph{Text: t.Summary}, Paragraph{Text: fmt.Sprintf("Les: `sosabc les %s`", t.ID)})
	}
	if !o.Print {
		d.add(Hint{Text: "Se alle områdene og emnene med:", Items: []string{"sosabc emner"}})
	}
	return d
}
