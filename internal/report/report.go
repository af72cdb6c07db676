// Package report turns an evaluated checklist into the documents people
// read or export: Markdown (also the source for the terminal view) and JSON.
package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/locale"
)

// Input is everything a checklist document is made from.
type Input struct {
	Rules          *checklist.Rules
	Answers        interview.Answers
	Checklist      checklist.Checklist
	Recommendation []checklist.Recommendation // empty unless the form is undecided
	Done           map[string]bool
	Generated      time.Time
	Persona        string // the fictional founder's name, when one was used
}

// Build evaluates the rules for answers and fills an Input.
func Build(r *checklist.Rules, a interview.Answers, done map[string]bool, now time.Time) Input {
	in := Input{Rules: r, Answers: a, Checklist: checklist.Evaluate(r, a), Done: done, Generated: now}
	if form, _ := a["form"].(string); form == "" || form == "undecided" {
		in.Recommendation = checklist.Recommend(r, a)
	}
	if in.Done == nil {
		in.Done = map[string]bool{}
	}
	return in
}

// Progress counts the done items on this checklist.
func (in Input) Progress() (done, total int) {
	for _, it := range in.Checklist.Items {
		if in.Done[it.ID] {
			done++
		}
	}
	return done, len(in.Checklist.Items)
}

// Markdown is the checklist as a Markdown document.
func Markdown(in Input) string {
	var b strings.Builder
	done, total := in.Progress()
	b.WriteString("# Sjekklisten din\n\n")
	who := "svarene dine"
	if in.Persona != "" {
		who = "svarene til " + in.Persona
	}
	fmt.Fprintf(&b, "Laget %s ut fra %s. %d av %d punkter er gjort.\n\n", locale.Date(in.Generated.Format(time.DateOnly)), who, done, total)
	b.WriteString("sosabc gir råd, men det er myndighetene som bestemmer. Sjekk alltid hos dem før du bestemmer deg.\n\n")
	if len(in.Recommendation) > 0 {
		writeRecommendation(&b, in.Recommendation)
	}
	number := 0
	for pi, ph := range in.Rules.Phases {
		var items []checklist.Item
		for _, it := range in.Checklist.Items {
			if it.Phase == ph.ID {
				items = append(items, it)
			}
		}
		if len(items) == 0 {
			continue
		}
		fmt.Fprintf(&b, "## Fase %d: %s\n\n", pi+1, ph.Title)
		if ph.Description != "" {
			fmt.Fprintf(&b, "%s\n\n", strings.TrimSpace(ph.Description))
		}
		for _, it := range items {
			number++
			writeItem(&b, in, it, number)
		}
	}
	b.WriteString("## Slik bruker du listen\n\n")
	b.WriteString("- Kryss av et punkt: `sosabc sjekkliste done ID`\n")
	b.WriteString("- Se hvorfor et punkt er med: `sosabc sjekkliste hvorfor ID`\n")
	b.WriteString("- Endre svarene: `sosabc start`\n")
	return b.String()
}

func writeRecommendation(b *strings.Builder, recs []checklist.Recommendation) {
	b.WriteString("## Forslag til selskapsform\n\n")
	b.WriteString("Du har ikke valgt selskapsform ennå. Ut fra svarene dine passer disse best, i denne rekkefølgen. Dette er et forslag, ikke en fasit.\n\n")
	for i, r := range recs {
		fmt.Fprintf(b, "%d. **%s**\n", i+1, r.Name)
		for _, reason := range r.ReasonsFor {
			fmt.Fprintf(b, "   - For: %s\n", reason)
		}
		for _, reason := range r.ReasonsAgainst {
			fmt.Fprintf(b, "   - Mot: %s\n", reason)
		}
		if len(r.ReasonsFor)+len(r.ReasonsAgainst) == 0 {
			b.WriteString("   - Svarene dine sier lite om denne formen.\n")
		}
	}
	b.WriteString("\nSammenlign formene med `sosabc forms compare`, og les mer med `sosabc les velge-selskapsform`.\n\n")
}

func writeItem(b *strings.Builder, in Input, it checklist.Item, number int) {
	box := "[ ]"
	if in.Done[it.ID] {
		box = "[x]"
	}
	fmt.Fprintf(b, "### %s %d. %s\n\n", box, number, it.Title)
	fmt.Fprintf(b, "Dette %s. ", locale.Priority(it.Priority))
	b.WriteString(strings.Join(it.Why, " "))
	b.WriteString("\n\n")
	if it.Do != "" {
		fmt.Fprintf(b, "%s\n\n", strings.TrimSpace(it.Do))
	}
	var facts []string
	if it.Cost != "" {
		facts = append(facts, "Kostnad: "+it.Cost)
	}
	if it.Deadline != "" {
		facts = append(facts, "Frist: "+it.Deadline)
	}
	if it.Agency != "" {
		facts = append(facts, "Hvem bestemmer: "+it.Agency)
	}
	if it.Link != nil {
		facts = append(facts, fmt.Sprintf("Her gjør du det: %s, %s", it.Link.Title, it.Link.URL))
	}
	for _, u := range it.Uncertain {
		facts = append(facts, "Usikkert: "+u.Text())
	}
	if it.Topic != "" {
		facts = append(facts, fmt.Sprintf("Les mer: `sosabc les %s`", it.Topic))
	}
	for _, s := range it.Sources {
		facts = append(facts, fmt.Sprintf("Kilde: %s, %s (%s)", s.Label(), s.URL, s.ReadOn()))
	}
	for _, f := range facts {
		fmt.Fprintf(b, "- %s\n", f)
	}
	fmt.Fprintf(b, "\nID: `%s`\n\n", it.ID)
}
