package doc

import (
	"fmt"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/report"
)

// ChangesHeading is the section that tells what changed in the plan since
// the founder last saw it.
const ChangesHeading = "Endret siden sist"

// listedChanges is how many added or removed items the section names;
// the rest are counted.
const listedChanges = 10

// numbers gives every item on the plan the number the plan shows: phase by
// phase, in list order.
func numbers(in report.Input) map[string]int {
	out := make(map[string]int, len(in.Checklist.Items))
	n := 0
	for _, ph := range in.Rules.Phases {
		for _, it := range in.Checklist.Items {
			if it.Phase == ph.ID {
				n++
				out[it.ID] = n
			}
		}
	}
	return out
}

func (b *checklistBuilder) numberItems() { b.number = numbers(b.in) }

// changes is the section «Endret siden sist»: items added and removed, and
// what happened to the ticks. It is made of plain blocks, so every format
// shows it without knowing about it.
func (b *checklistBuilder) changes() {
	c := b.in.Changes
	if c.Empty() {
		return
	}
	d := b.d
	d.add(Heading{Level: 1, Text: ChangesHeading})
	d.add(Paragraph{Text: "Listen er endret siden du så den sist. Det skjer når du endrer svarene, eller når en ny versjon av sosabc har nye regler."})
	if len(c.Added) > 0 {
		lead := "**Nye punkter**, merket «ny» i listen:"
		if len(c.Added) == 1 {
			lead = "**Nytt punkt**, merket «ny» i listen:"
		}
		var lines []string
		for _, a := range c.Added {
			line := fmt.Sprintf("%d. %s", b.number[a.ID], a.Title)
			if a.Done {
				line += " (krysset av fra før)"
			}
			lines = append(lines, line)
		}
		d.add(Paragraph{Text: lead}, List{Items: cut(lines)})
	}
	if len(c.Removed) > 0 {
		var lines []string
		for _, r := range c.Removed {
			line := r.Title
			if line == "" {
				line = "«" + r.ID + "» (finnes ikke lenger i sosabc)"
			}
			if r.Done {
				line += " (krysset av)"
			}
			lines = append(lines, line)
		}
		d.add(Paragraph{Text: "**Ikke lenger på listen:**"}, List{Items: cut(lines)})
	}
	if text := ticks(c); text != "" {
		d.add(Paragraph{Text: text})
	}
}

// cut keeps the first listedChanges lines and counts the rest.
func cut(lines []string) []string {
	if len(lines) <= listedChanges {
		return lines
	}
	rest := len(lines) - listedChanges
	return append(lines[:listedChanges:listedChanges], fmt.Sprintf("og %d til", rest))
}

// ticks says that no tick was lost: how many items on the list are ticked,
// and that ticks on items that left are kept for when they come back.
func ticks(c *checklist.Changes) string {
	var s string
	switch {
	case c.Kept == 1:
		s = "Avkryssingene dine er beholdt. Du har krysset av 1 punkt på listen."
	case c.Kept > 1:
		s = fmt.Sprintf("Avkryssingene dine er beholdt. Du har krysset av %d punkter på listen.", c.Kept)
	case c.Stored > 0:
		s = "Avkryssingene dine er beholdt."
	}
	also := ""
	if c.Kept > 0 {
		also = "også "
	}
	switch {
	case c.Stored == 1:
		s += fmt.Sprintf(" Du har %s1 avkryssing på et punkt som ikke er på listen nå. Den er lagret, og kommer tilbake hvis punktet kommer tilbake.", also)
	case c.Stored > 1:
		s += fmt.Sprintf(" Du har %s%d avkryssinger på punkter som ikke er på listen nå. De er lagret, og kommer tilbake hvis punktene kommer tilbake.", also, c.Stored)
	}
	return s
}
