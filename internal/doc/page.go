package doc

import (
	"fmt"
	"strings"

	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/locale"
)

// PageOptions decide whom a handbook page is for.
type PageOptions struct {
	// Print leaves out sosabc commands: related pages are named, not run.
	Print bool
}

// Page builds the document for one handbook topic: title, summary, body,
// the uncertain figures, related pages and the sources.
func Page(h *handbook.Handbook, t *handbook.Topic, o PageOptions) *Document {
	d := &Document{Lang: "nb", Title: t.Title}
	if a := h.Area(t.Area); a != nil {
		d.add(Paragraph{Text: a.Title + " · " + t.Summary})
	} else {
		d.add(Paragraph{Text: t.Summary})
	}
	d.add(Markdown{Text: strings.TrimSpace(t.Body)})
	if len(t.Uncertain) > 0 {
		var items []string
		for _, u := range t.Uncertain {
			items = append(items, u.Text())
		}
		d.add(Heading{Level: 1, Text: "Dette bør du sjekke selv"}, Paragraph{Text: "Vi er ikke sikre på at dette stemmer i dag:"}, List{Items: items})
	}
	if len(t.Related) > 0 {
		var items []string
		for _, id := range t.Related {
			if r := h.Topic(id); r != nil {
				if o.Print {
					items = append(items, r.Title)
				} else {
					items = append(items, fmt.Sprintf("%s: `sosabc les %s`", r.Title, r.ID))
				}
			}
		}
		d.add(Heading{Level: 1, Text: "Les også"}, List{Items: items})
	}
	var src Sources
	for _, s := range t.Sources {
		src.Items = append(src.Items, Source{Label: s.Label(), URL: s.URL, Read: s.ReadOn()})
	}
	d.add(Heading{Level: 1, Text: "Kilder"}, src)
	end := fmt.Sprintf("Siden ble sist kontrollert %s.", locale.Date(t.Checked))
	if t.Local {
		end += " Siden kommer fra lokalt innhold, ikke fra sosabc."
	}
	d.add(Paragraph{Text: end})
	return d
}
