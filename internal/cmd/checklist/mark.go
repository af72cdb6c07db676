package checklist

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	rules "github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/progress"
	"github.com/sosabc/sosabc/internal/sanitize"
	"github.com/sosabc/sosabc/internal/state"
)

// MarkOptions is «sosabc sjekkliste gjort» and «angre».
type MarkOptions struct {
	Factory *cmdutil.Factory

	Refs []string // item ids or the numbers the checklist shows
	Done bool     // true ticks off, false removes the tick
}

// NewCmdMark builds «gjort» (done) or «angre» (undo).
func NewCmdMark(f *cmdutil.Factory, done bool, runF func(*MarkOptions) error) *cobra.Command {
	opts := &MarkOptions{Factory: f, Done: done}
	use, aliases, short := "done NUMMER|ID …", []string{"gjort", "ferdig"}, "Kryss av punkter du har gjort"
	if !done {
		use, aliases, short = "undo NUMMER|ID …", []string{"angre"}, "Fjern krysset fra punkter"
	}
	return &cobra.Command{
		Use:     use,
		Aliases: aliases,
		Short:   short,
		Example: "  sosabc sjekkliste gjort 3\n  sosabc sjekkliste gjort 1-3 5\n  sosabc sjekkliste gjort beskriv-ideen lag-budsjett\n  sosabc sjekkliste angre 3",
		Args:    cmdutil.MinArgs("Skriv nummeret eller ID-en til minst ett punkt, for eksempel «sosabc sjekkliste gjort 3». Du ser numrene på sjekklisten."),
		RunE: func(_ *cobra.Command, refs []string) error {
			opts.Refs = refs
			if runF != nil {
				return runF(opts)
			}
			return markRun(opts)
		},
		ValidArgsFunction: itemCompletion(f),
	}
}

func markRun(opts *MarkOptions) error {
	f := opts.Factory
	eng, err := f.Engine()
	if err != nil {
		return err
	}
	store, err := f.Store()
	if err != nil {
		return err
	}
	var m progress.Marked
	var items []rules.Item
	err = store.Update(func(st *state.State) error {
		if len(st.Answers) == 0 {
			return apperr.Usagef("Du har ingen lagret sjekkliste ennå. Lag en med «sosabc start».")
		}
		items = rules.Plan(eng.Rules, st.Answers).Items
		m, err = progress.Mark(st, items, eng.Rules, opts.Refs, opts.Done, f.Now())
		return err
	})
	if err != nil {
		return err
	}
	verb, already := "Krysset av", "var allerede krysset av"
	if !opts.Done {
		verb, already = "Fjernet krysset fra", "var ikke krysset av"
	}
	if len(m.Changed) > 0 {
		fmt.Fprintf(f.IO.ErrOut, "%s %s.\n", verb, sanitize.Strip(named(items, m.Changed)))
	}
	if len(m.Already) > 0 {
		fmt.Fprintf(f.IO.ErrOut, "%s %s.\n", sanitize.Strip(named(items, m.Already)), already)
	}
	fmt.Fprintf(f.IO.ErrOut, "Nå er %d av %d punkter gjort.\n", m.Done, m.Total)
	return nil
}

// named gives items as the checklist shows them, number and title in
// quotes: «13. Sett opp bokføringen».
func named(items []rules.Item, ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = "«" + id + "»"
		for n, it := range items {
			if it.ID == id {
				names[i] = fmt.Sprintf("«%d. %s»", n+1, it.Title)
				break
			}
		}
	}
	return locale.JoinAnd(names)
}

func itemCompletion(f *cmdutil.Factory) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
		eng, err := f.Engine()
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		a := interview.Answers{}
		if store, err := f.Store(); err == nil {
			if st, err := store.Load(); err == nil {
				a = st.Answers
			}
		}
		var out []string
		for _, it := range rules.Plan(eng.Rules, a).Items {
			out = append(out, it.ID+"\t"+it.Title)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
