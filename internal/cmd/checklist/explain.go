package checklist

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	rules "github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/progress"
)

// ExplainOptions is «sosabc sjekkliste hvorfor».
type ExplainOptions struct {
	Factory *cmdutil.Factory

	ID    string
	Input progress.Input
}

// NewCmdExplain builds «sosabc sjekkliste hvorfor».
func NewCmdExplain(f *cmdutil.Factory, runF func(*ExplainOptions) error) *cobra.Command {
	opts := &ExplainOptions{Factory: f}
	cmd := &cobra.Command{
		Use:     "explain NUMMER|ID",
		Aliases: []string{"hvorfor"},
		Short:   "Se hvorfor et punkt er på listen: regelen, svarene og kilden",
		Example: "  sosabc sjekkliste hvorfor 3\n  sosabc sjekkliste hvorfor tegn-yrkesskadeforsikring\n  sosabc sjekkliste hvorfor registrer-foretaksregisteret --persona kafe-inkludering",
		Args:    cmdutil.ExactArgs(1, "Skriv nummeret eller ID-en til ett punkt, for eksempel «sosabc sjekkliste hvorfor 3»."),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.ID = args[0]
			if runF != nil {
				return runF(opts)
			}
			return explainRun(opts)
		},
		ValidArgsFunction: itemCompletion(f),
	}
	addInputFlags(cmd, &opts.Input)
	return cmd
}

func explainRun(opts *ExplainOptions) error {
	f := opts.Factory
	eng, err := f.Engine()
	if err != nil {
		return err
	}
	given, err := opts.Input.Load(f.IO.In, eng.Schema, f.Personas)
	if err != nil {
		return err
	}
	var a = map[string]any{}
	if given != nil {
		a = given.Answers
	} else {
		store, err := f.Store()
		if err != nil {
			return err
		}
		st, err := store.Load()
		if err != nil {
			return err
		}
		a = st.Answers
	}
	// The number the plan shows, with these answers.
	if opts.ID, err = progress.ByNumber(rules.Plan(eng.Rules, a).Items, opts.ID); err != nil {
		return err
	}
	if eng.Rules.Rule(opts.ID) == nil {
		all := make([]rules.Item, len(eng.Rules.Items))
		for i, r := range eng.Rules.Items {
			all[i] = rules.Item{ID: r.ID}
		}
		return apperr.Usagef("Fant ikke punktet «%s».%s", opts.ID, progress.Closest(all, opts.ID))
	}
	ex, err := rules.Explain(eng.Rules, a, opts.ID)
	if err != nil {
		return err
	}
	var b strings.Builder
	// Prose is wrapped to the terminal, at most 100 columns; a rule and a
	// web address stay on one line each, so they can be copied.
	width := min(f.IO.Width(), 100)
	wrap := func(text, first, rest string) {
		b.WriteString(cmdutil.Wrap(text, width, first, rest) + "\n")
	}
	wrap(fmt.Sprintf("%s (%s)", ex.Title, ex.ID), "", "")
	b.WriteString("\n")
	switch {
	case ex.IfForm != nil:
		wrap(fmt.Sprintf("Punktet er på listen din hvis du velger %s. Du har ikke valgt selskapsform ennå, og denne formen passer best med svarene dine. Regelen og vurderingene under gjelder for den formen.", ex.IfForm.Name), "", "")
		for _, w := range ex.Why {
			wrap(w, "  ", "  ")
		}
	case ex.Included:
		b.WriteString("Punktet er på listen din.\n")
		for _, w := range ex.Why {
			wrap(w, "  ", "  ")
		}
	default:
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
		// The value first, then when it is ja: «har_ansatte = nei: Du
		// regner med minst én ansatt» read as if the founder did.
		for _, d := range ex.Derived {
			fmt.Fprintf(&b, "  %s: %s\n", d.ID, locale.YesNo(d.Value))
			wrap("Ja når: "+d.Description, "    ", "    ")
		}
	}
	if len(ex.Answers) > 0 {
		b.WriteString("\nSvarene som avgjør:\n")
		for _, av := range ex.Answers {
			wrap(fmt.Sprintf("%s (%s): %s", av.Question, av.Key, av.Value), "  ", "    ")
		}
	}
	if len(ex.Sources) > 0 {
		b.WriteString("\nKilder:\n")
		for _, s := range ex.Sources {
			wrap(s.Label(), "  ", "  ")
			fmt.Fprintf(&b, "  %s (%s)\n", s.URL, s.ReadOn())
		}
	}
	return f.Print(b.String())
}
