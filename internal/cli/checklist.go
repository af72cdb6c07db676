package cli

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/fuzzy"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/report"
)

type checklistOptions struct {
	Answers string
	Persona string
	Format  string
	display
}

func newChecklistCmd(f *Factory) *cobra.Command {
	opts := &checklistOptions{}
	cmd := &cobra.Command{
		Use:     "checklist",
		Aliases: []string{"sjekkliste"},
		Short:   "Vis sjekklisten din, og kryss av det du har gjort",
		Long: `Vis den lagrede sjekklisten din med fremdrift (x av y gjort).

Med --answers FIL lager du en sjekkliste rett fra en svarfil, uten spørsmål.
Med --persona NAVN ser du sjekklisten til en oppdiktet gründer.
Formatet velger du med --format: terminal (standard), md eller json.`,
		Example: "  sosabc sjekkliste\n  sosabc sjekkliste done registrer-foretaksregisteret\n  sosabc sjekkliste hvorfor yrkesskadeforsikring\n  sosabc sjekkliste --answers svar.yaml --format md > plan.md\n  sosabc sjekkliste --persona kafe-inkludering --format json",
		Args:    noArgs,
		RunE:    func(*cobra.Command, []string) error { return runChecklist(f, opts) },
	}
	cmd.Flags().StringVar(&opts.Answers, "answers", "", "lag sjekklisten fra en svarfil, - for standard inn")
	cmd.Flags().StringVar(&opts.Persona, "persona", "", "bruk svarene til en oppdiktet gründer")
	cmd.Flags().StringVar(&opts.Format, "format", "terminal", "terminal, md eller json")
	opts.addFlags(cmd, true)
	cmd.AddCommand(newMarkCmd(f, true), newMarkCmd(f, false), newExplainCmd(f), newPersonasCmd(f))
	return cmd
}

func runChecklist(f *Factory, opts *checklistOptions) error {
	switch opts.Format {
	case "terminal", "md", "json":
	default:
		return usageErrorf("Ukjent format «%s». Velg terminal, md eller json.", opts.Format)
	}
	o, err := opts.options(f)
	if err != nil {
		return err
	}
	eng, err := f.Engine()
	if err != nil {
		return err
	}
	a, personaName, err := answersFrom(f, eng, opts.Answers, opts.Persona)
	if err != nil {
		return err
	}
	done := map[string]bool{}
	if a == nil {
		st, _, err := loadState(f)
		if err != nil {
			return err
		}
		if len(st.Answers) == 0 || len(eng.schema.Missing(st.Answers)) > 0 {
			return usageErrorf("Du har ingen lagret sjekkliste ennå. Lag en med «sosabc start», eller bruk «sosabc sjekkliste --answers svar.yaml».")
		}
		a, done = st.Answers, doneSet(st)
	}
	in := report.Build(eng.rules, a, done, f.Now())
	in.Persona = personaName
	switch opts.Format {
	case "json":
		return writeJSON(f.IO.Out, report.JSON(in))
	case "md":
		_, err := fmt.Fprint(f.IO.Out, report.Markdown(in))
		return err
	}
	return opts.show(f, report.Markdown(in), o)
}

// newMarkCmd builds «done» (tick items off) and «undo».
func newMarkCmd(f *Factory, done bool) *cobra.Command {
	use, alias, short := "done ID …", "gjort", "Kryss av punkter du har gjort"
	if !done {
		use, alias, short = "undo ID …", "angre", "Fjern krysset fra punkter"
	}
	return &cobra.Command{
		Use:     use,
		Aliases: []string{alias},
		Short:   short,
		Args:    minArgs("Skriv ID-en til minst ett punkt. Du finner ID-ene nederst i hvert punkt på sjekklisten."),
		RunE: func(_ *cobra.Command, ids []string) error {
			return runMark(f, ids, done)
		},
		ValidArgsFunction: itemCompletion(f),
	}
}

func runMark(f *Factory, ids []string, done bool) error {
	eng, err := f.Engine()
	if err != nil {
		return err
	}
	st, dir, err := loadState(f)
	if err != nil {
		return err
	}
	if len(st.Answers) == 0 {
		return usageErrorf("Du har ingen lagret sjekkliste ennå. Lag en med «sosabc start».")
	}
	items := checklist.Evaluate(eng.rules, st.Answers).Items
	onList := map[string]bool{}
	for _, it := range items {
		onList[it.ID] = true
	}
	for _, id := range ids {
		if !onList[id] {
			return usageErrorf("«%s» er ikke på sjekklisten din.%s", id, closestItems(items, id))
		}
	}
	for _, id := range ids {
		if done {
			st.MarkDone(id, f.Now())
		} else {
			st.Unmark(id)
		}
	}
	if err := saveState(f, dir, st, eng.schema); err != nil {
		return err
	}
	n := 0
	for _, it := range items {
		if st.IsDone(it.ID) {
			n++
		}
	}
	verb := "Krysset av"
	if !done {
		verb = "Fjernet krysset fra"
	}
	fmt.Fprintf(f.IO.ErrOut, "%s %s. Nå er %d av %d punkter gjort.\n", verb, strings.Join(ids, ", "), n, len(items))
	return nil
}

func closestItems(items []checklist.Item, id string) string {
	type scored struct {
		id string
		d  int
	}
	var all []scored
	for _, it := range items {
		all = append(all, scored{it.ID, fuzzy.Distance(id, it.ID)})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].d < all[j].d })
	if len(all) == 0 || all[0].d > len(id)/2+2 {
		return " Se ID-ene med «sosabc sjekkliste»."
	}
	return fmt.Sprintf(" Mente du «%s»?", all[0].id)
}

func newExplainCmd(f *Factory) *cobra.Command {
	var answersFile, personaID string
	cmd := &cobra.Command{
		Use:     "explain ID",
		Aliases: []string{"hvorfor"},
		Short:   "Se hvorfor et punkt er på listen: regelen, svarene og kilden",
		Args:    exactArgs(1, "Skriv ID-en til ett punkt, for eksempel «sosabc sjekkliste hvorfor yrkesskadeforsikring»."),
		RunE: func(_ *cobra.Command, args []string) error {
			return runExplain(f, args[0], answersFile, personaID)
		},
		ValidArgsFunction: itemCompletion(f),
	}
	cmd.Flags().StringVar(&answersFile, "answers", "", "bruk svarene i en svarfil")
	cmd.Flags().StringVar(&personaID, "persona", "", "bruk svarene til en oppdiktet gründer")
	return cmd
}

func runExplain(f *Factory, id, answersFile, personaID string) error {
	eng, err := f.Engine()
	if err != nil {
		return err
	}
	a, _, err := answersFrom(f, eng, answersFile, personaID)
	if err != nil {
		return err
	}
	if a == nil {
		st, _, err := loadState(f)
		if err != nil {
			return err
		}
		a = st.Answers
	}
	if eng.rules.Rule(id) == nil {
		return usageErrorf("Fant ikke punktet «%s».%s", id, closestRules(eng.rules, id))
	}
	ex, err := checklist.Explain(eng.rules, a, id)
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s)\n\n", ex.Title, ex.ID)
	if ex.Included {
		b.WriteString("Punktet er på listen din.\n")
		for _, w := range ex.Why {
			fmt.Fprintf(&b, "  %s\n", w)
		}
	} else {
		b.WriteString("Punktet er ikke på listen din med disse svarene.\n")
	}
	b.WriteString("\nRegelen: ")
	if ex.Rule == "" || ex.Rule == "true" {
		b.WriteString("gjelder alle.\n")
	} else {
		fmt.Fprintf(&b, "%s\n", ex.Rule)
	}
	if len(ex.Derived) > 0 {
		b.WriteString("\nRegelen bruker disse vurderingene:\n")
		for _, d := range ex.Derived {
			fmt.Fprintf(&b, "  %s = %s: %s\n", d.ID, yesNo(d.Value), d.Description)
		}
	}
	if len(ex.Answers) > 0 {
		b.WriteString("\nSvarene som avgjør:\n")
		for _, av := range ex.Answers {
			fmt.Fprintf(&b, "  %s (%s): %s\n", av.Question, av.Key, av.Value)
		}
	}
	if len(ex.Sources) > 0 {
		b.WriteString("\nKilder:\n")
		for _, s := range ex.Sources {
			fmt.Fprintf(&b, "  %s\n  %s (%s)\n", s.Label(), s.URL, s.ReadOn())
		}
	}
	_, err = fmt.Fprint(f.IO.Out, b.String())
	return err
}

func yesNo(b bool) string {
	if b {
		return "ja"
	}
	return "nei"
}

func closestRules(r *checklist.Rules, id string) string {
	items := make([]checklist.Item, len(r.Items))
	for i, rule := range r.Items {
		items[i] = checklist.Item{ID: rule.ID}
	}
	return closestItems(items, id)
}

func newPersonasCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:     "personas",
		Aliases: []string{"personer"},
		Short:   "List de oppdiktede gründerne du kan bruke med --persona",
		Args:    noArgs,
		RunE: func(*cobra.Command, []string) error {
			eng, err := f.Engine()
			if err != nil {
				return err
			}
			all, err := f.Personas()
			if err != nil {
				return err
			}
			var b strings.Builder
			for _, p := range all {
				form := eng.schema.FormatAnswer("form", p.Answers["form"])
				fmt.Fprintf(&b, "%s\n  %s %s Selskapsform: %s.\n\n", p.ID, p.Name+":", p.Summary, form)
			}
			b.WriteString("Prøv: sosabc sjekkliste --persona " + all[0].ID + "\n")
			_, err = fmt.Fprint(f.IO.Out, b.String())
			return err
		},
	}
}

func itemCompletion(f *Factory) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
		eng, err := f.Engine()
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		st, _, err := loadState(f)
		a := interview.Answers{}
		if err == nil {
			a = st.Answers
		}
		var out []string
		for _, it := range checklist.Evaluate(eng.rules, a).Items {
			out = append(out, it.ID+"\t"+it.Title)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
