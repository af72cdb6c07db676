package content

import (
	"errors"
	"fmt"
	"strings"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/contentcheck"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/kommune/contacts"
	"github.com/sosabc/sosabc/internal/strictyaml"
	"github.com/sosabc/sosabc/internal/workshop"
)

// loaded is everything a content folder holds, loaded the way the other
// commands load it, and every problem found on the way.
type loaded struct {
	rules    *checklist.Rules
	reg      *kommune.Register
	contacts *contacts.Contacts
	ws       *workshop.Set
	problems []string
}

// loadRest loads the checklist, the personas, the contacts and the
// workshops: besides the handbook, what a local folder can add to.
func loadRest(f *cmdutil.Factory) loaded {
	var l loaded
	seen := map[string]bool{}
	add := func(err error) {
		for _, line := range problemLines(err) {
			if !seen[line] {
				seen[line] = true
				l.problems = append(l.problems, line)
			}
		}
	}
	if eng, err := f.Engine(); err != nil {
		add(err)
	} else {
		l.rules = eng.Rules
		if _, err := f.Personas(); err != nil {
			add(err)
		} else if ws, err := f.Workshops(); err != nil {
			add(err)
		} else {
			l.ws = ws
		}
	}
	reg, cs, err := f.Kommuner()
	if err != nil {
		add(err)
	}
	l.reg, l.contacts = reg, cs
	if l.reg == nil {
		l.reg, _ = f.KommuneRegister()
	}
	return l
}

// problemLines splits a loading error into one line per problem
// («fil:linje: melding»), without the sentence that wraps them.
func problemLines(err error) []string {
	var errs strictyaml.Errors
	var one *strictyaml.Error
	switch {
	case errors.As(err, &errs):
		out := make([]string, len(errs))
		for i, e := range errs {
			out[i] = e.Error()
		}
		return out
	case errors.As(err, &one):
		return []string{one.Error()}
	}
	return []string{err.Error()}
}

// localReport says what the folder added, and warns about files in it
// that nothing reads.
func localReport(f *cmdutil.Factory, h *handbook.Handbook, l loaded) (contentcheck.LocalReport, []string) {
	dir := f.LocalContentDir()
	rep := contentcheck.Local(dir, h, l.rules, l.reg, l.contacts, l.ws)
	var warnings []string
	if layers, err := f.Layers(); err == nil && len(layers) > 1 {
		warnings = contentcheck.Unread(layers[1].FS, dir)
	}
	return rep, warnings
}

// writeLocal is the summary of a local folder, for the text report.
func writeLocal(b *strings.Builder, rep contentcheck.LocalReport) {
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	fmt.Fprintf(b, "Lokalt innhold i %s:\n", rep.Dir)
	count := func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	line := func(list []string, one, many string) {
		if list == nil {
			fmt.Fprintf(b, "  %s: har feil, se under\n", many)
			return
		}
		fmt.Fprintf(b, "  %s", count(len(list), one, many))
		if len(list) > 0 {
			fmt.Fprintf(b, ": %s", strings.Join(list, ", "))
		}
		b.WriteString("\n")
	}
	if rep.Topics == nil && rep.Terms == nil {
		// The topics and the glossary are read together: an error in
		// either stops both, so we cannot tell which one has it.
		b.WriteString("  emner og ordliste: har feil, se under\n")
	} else {
		line(rep.Topics, "emne", "emner")
		line(rep.Terms, "ord i ordlisten", "ord i ordlisten")
	}
	if rep.Items == nil {
		b.WriteString("  sjekkpunkter: har feil, se under\n")
	} else {
		fmt.Fprintf(b, "  %s\n", count(len(rep.Items), "sjekkpunkt", "sjekkpunkter"))
	}
	for _, it := range rep.Items {
		who := "alle"
		if it.When != "" {
			who = it.When
		}
		fmt.Fprintf(b, "    %s (%s, %s). Gjelder: %s\n", it.ID, it.Phase, it.Priority, who)
	}
	if rep.Contacts == nil {
		b.WriteString("  kontakter: har feil, se under\n")
	} else {
		fmt.Fprintf(b, "  %s\n", count(len(rep.Contacts), "kontakt", "kontakter"))
	}
	for _, c := range rep.Contacts {
		fmt.Fprintf(b, "    %s (%s). Gjelder: %s\n", c.Name, c.Kind, c.Area)
	}
	if rep.Workshops == nil && rep.Items == nil {
		// Workshops name personas, which need the checklist rules.
		b.WriteString("  verksteder: sjekkes når sjekkpunktene er i orden\n")
	} else {
		line(rep.Workshops, "verksted", "verksteder")
	}
}

func foundErrors(n int) string {
	if n == 1 {
		return "Fant 1 feil"
	}
	return fmt.Sprintf("Fant %d feil", n)
}

func topicCount(n int) string {
	if n == 1 {
		return "1 emne"
	}
	return fmt.Sprintf("%d emner", n)
}
