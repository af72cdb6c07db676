// Package checklist holds «sosabc sjekkliste» and its subcommands: the
// plan, ticking items off (gjort, angre), why an item is there (hvorfor),
// and the fictional founders (personas).
package checklist

import (
	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/progress"
	"github.com/sosabc/sosabc/internal/render/markdown"
	"github.com/sosabc/sosabc/internal/report"
)

// ListOptions is «sosabc sjekkliste».
type ListOptions struct {
	Factory *cmdutil.Factory

	Input  progress.Input
	Format string
	cmdutil.Display
}

// NewCmdChecklist builds «sosabc sjekkliste» with its subcommands.
func NewCmdChecklist(f *cmdutil.Factory) *cobra.Command {
	opts := &ListOptions{Factory: f}
	cmd := &cobra.Command{
		Use:     "checklist",
		Aliases: []string{"sjekkliste"},
		Short:   "Vis sjekklisten din, og kryss av det du har gjort",
		Long: `Vis den lagrede sjekklisten din med fremdrift (x av y gjort).

Med --answers FIL lager du en sjekkliste rett fra en svarfil, uten spørsmål.
Med --persona NAVN ser du sjekklisten til en oppdiktet gründer.
Formatet velger du med --format: terminal (standard), md eller json.`,
		Example: "  sosabc sjekkliste\n  sosabc sjekkliste gjort 3\n  sosabc sjekkliste gjort beskriv-ideen\n  sosabc sjekkliste hvorfor tegn-yrkesskadeforsikring\n  sosabc sjekkliste --answers svar.yaml --format md > plan.md\n  sosabc sjekkliste --persona kafe-inkludering --format json",
		Args:    cmdutil.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return listRun(opts)
		},
	}
	addInputFlags(cmd, &opts.Input)
	cmdutil.AddFormatFlag(cmd, &opts.Format, "terminal", "md", "json")
	cmdutil.AddDisplayFlags(cmd, &opts.Display, true)
	cmd.AddCommand(NewCmdMark(f, true, nil), NewCmdMark(f, false, nil), NewCmdExplain(f, nil), NewCmdPersonas(f))
	return cmd
}

func addInputFlags(cmd *cobra.Command, in *progress.Input) {
	cmd.Flags().StringVar(&in.File, "answers", "", "lag sjekklisten fra svarfilen `FIL`, - for standard inn")
	cmd.Flags().StringVar(&in.Persona, "persona", "", "bruk svarene til den oppdiktede gründeren `NAVN`")
}

func listRun(opts *ListOptions) error {
	f := opts.Factory
	o, err := opts.Render(f)
	if err != nil {
		return err
	}
	in, err := build(f, opts.Input)
	if err != nil {
		return err
	}
	switch opts.Format {
	case "json":
		return cmdutil.WriteJSON(f.IO.Out, report.JSON(in))
	case "md":
		return f.Print(markdown.Render(doc.Checklist(in, doc.ChecklistOptions{})))
	}
	return f.Show(markdown.Render(doc.Checklist(in, doc.ChecklistOptions{})), o, opts.NoPager)
}

// build makes the checklist from --answers or --persona, else from the
// saved progress.
func build(f *cmdutil.Factory, input progress.Input) (report.Input, error) {
	eng, err := f.Engine()
	if err != nil {
		return report.Input{}, err
	}
	given, err := input.Load(f.IO.In, eng.Schema, f.Personas)
	if err != nil {
		return report.Input{}, err
	}
	if given != nil {
		in := report.Build(eng.Rules, given.Answers, nil, f.Now())
		in.Persona = given.Persona
		return in, nil
	}
	store, err := f.Store()
	if err != nil {
		return report.Input{}, err
	}
	st, err := store.Load()
	if err != nil {
		return report.Input{}, err
	}
	if len(st.Answers) == 0 || len(eng.Schema.Missing(st.Answers)) > 0 {
		return report.Input{}, apperr.Usagef("Du har ingen lagret sjekkliste ennå. Lag en med «sosabc start», eller bruk «sosabc sjekkliste --answers svar.yaml».")
	}
	done := map[string]bool{}
	for id := range st.Done {
		done[id] = true
	}
	return report.Build(eng.Rules, st.Answers, done, f.Now()), nil
}
