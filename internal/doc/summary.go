package doc

import (
	"fmt"

	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/report"
)

// summaryMust is how many «må» items the summary names.
const summaryMust = 5

// Summary is the plan on one screen, for the end of the interview: how big
// it is, what changed, the company form, the first «må» items not done, the
// items per phase, and how to go on. The whole plan follows in the pager.
// from says where the answers came from, for the commands it suggests.
func Summary(in report.Input, from From) *Document {
	d := &Document{Lang: "nb", Title: "Sjekklisten din er klar"}
	done, total := in.Progress()
	number := numbers(in)
	var must []string
	mustTotal, mustOpen := 0, 0
	perPhase := map[string]int{}
	for _, it := range in.Checklist.Items {
		perPhase[it.Phase]++
		if it.Priority == "må" {
			mustTotal++
			if !in.Done[it.ID] {
				mustOpen++
				if len(must) < summaryMust {
					must = append(must, fmt.Sprintf("%d. %s", number[it.ID], it.Title))
				}
			}
		}
	}

	size := fmt.Sprintf("Planen din har %d %s. %d av dem må gjøres, og %d er gjort.", total, plural(total, "punkt", "punkter"), mustTotal, done)
	d.add(Paragraph{Text: size + " " + formLine(in)})
	if c := in.Changes; !c.Empty() {
		var parts []string
		if n := len(c.Added); n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, plural(n, "nytt punkt", "nye punkter")))
		}
		if n := len(c.Removed); n > 0 {
			noun := ""
			if len(parts) == 0 {
				noun = plural(n, " punkt", " punkter")
			}
			parts = append(parts, fmt.Sprintf("%d%s som ikke lenger er med", n, noun))
		}
		text := ChangesHeading + ": " + locale.JoinAnd(parts) + "."
		if c.Kept+c.Stored > 0 {
			text += " Avkryssingene dine er beholdt."
		}
		d.add(Paragraph{Text: text})
	}
	switch {
	case mustOpen == 0 && mustTotal > 0:
		d.add(Paragraph{Text: "Du har gjort alle punktene som må gjøres."})
	case mustOpen > len(must):
		d.add(Paragraph{Text: fmt.Sprintf("**Må gjøres først** (%d av %d):", len(must), mustOpen)}, List{Items: must})
	case mustOpen > 0:
		d.add(Paragraph{Text: "**Må gjøres først:**"}, List{Items: must})
	}
	var phases []string
	for _, ph := range in.Rules.Phases {
		phases = append(phases, fmt.Sprintf("%s %d", ph.Title, perPhase[ph.ID]))
	}
	d.add(Paragraph{Text: "**Punkter per fase:** " + locale.JoinAnd(phases) + "."})
	hints := []string{
		"Se hele planen: `sosabc sjekkliste`",
		"Kryss av et punkt: `sosabc sjekkliste gjort NUMMER`",
	}
	if from != (From{}) {
		hints = from.useHints()
	}
	d.add(Hint{Items: hints})
	return d
}

// formLine names the company form: the founder's choice, or the form that
// fits best when none is chosen.
func formLine(in report.Input) string {
	if len(in.Recommendation) > 0 {
		return fmt.Sprintf("Forslag til selskapsform: %s. Se alle formene med `sosabc former sammenlign`.", in.Recommendation[0].Name)
	}
	form, _ := in.Answers["form"].(string)
	if form == "" {
		return ""
	}
	for _, f := range in.Rules.Forms {
		if f.ID == form {
			return "Selskapsformen du har valgt: " + f.Name + "."
		}
	}
	return "Selskapsformen du har valgt: " + in.Rules.Schema.FormatAnswer("form", form) + "."
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
