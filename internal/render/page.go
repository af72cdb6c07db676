package render

import (
	"fmt"
	"strings"

	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/locale"
)

// TopicMarkdown is the full page for a topic: title, summary, body, the
// uncertain figures, related pages, and the sources with checked dates.
func TopicMarkdown(h *handbook.Handbook, t *handbook.Topic) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", t.Title)
	if a := h.Area(t.Area); a != nil {
		fmt.Fprintf(&b, "%s · %s\n\n", a.Title, t.Summary)
	} else {
		fmt.Fprintf(&b, "%s\n\n", t.Summary)
	}
	b.WriteString(strings.TrimSpace(t.Body))
	b.WriteString("\n\n")
	if len(t.Uncertain) > 0 {
		b.WriteString("## Dette bør du sjekke selv\n\n")
		b.WriteString("Vi er ikke sikre på at dette stemmer i dag:\n\n")
		for _, u := range t.Uncertain {
			fmt.Fprintf(&b, "- %s\n", u.Text())
		}
		b.WriteString("\n")
	}
	if len(t.Related) > 0 {
		b.WriteString("## Les også\n\n")
		for _, id := range t.Related {
			if r := h.Topic(id); r != nil {
				fmt.Fprintf(&b, "- %s: `sosabc les %s`\n", r.Title, r.ID)
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("## Kilder\n\n")
	for _, s := range t.Sources {
		fmt.Fprintf(&b, "- %s. %s (%s)\n", s.Label(), s.URL, s.ReadOn())
	}
	fmt.Fprintf(&b, "\nSiden ble sist kontrollert %s.", locale.Date(t.Checked))
	if t.Local {
		b.WriteString(" Siden kommer fra lokalt innhold, ikke fra sosabc.")
	}
	b.WriteString("\n")
	return b.String()
}
