// Package workshop holds «sosabc verksted»: ready-to-run workshop modules
// for classes, start-up programmes and kommuner — list, show, print
// handouts, present with a timer, take the quiz, and check a module of
// your own.
package workshop

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
	ws "github.com/sosabc/sosabc/internal/workshop"
)

// NewCmdWorkshop builds «sosabc verksted» and its subcommands.
func NewCmdWorkshop(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "workshop",
		Aliases: []string{"verksted"},
		Short:   "Verksteder for klasser, gründerprogram og kommuner: plan, ark, timer og quiz",
		Long: `Ferdige verksteder med tidsplan, mål, notater, utdelingsark, oppgaver og quiz.

Se alle med «sosabc verksted liste», og ett med «sosabc verksted vis ID».
Skriv ut arkene til klassen med «sosabc verksted utdeling ID --format pdf --output ark.pdf».
Led økten med tidtaker med «sosabc verksted kjør ID».
Elevene tar quizen med «sosabc verksted quiz ID --results resultater.csv»,
og du ser hvordan klassen gjorde det med «sosabc verksted resultater resultater.csv».
Lag et verksted selv (se «sosabc help verkstedfil»), og sjekk det med «sosabc verksted sjekk ./vare-verksteder».`,
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdList(f), NewCmdShow(f), NewCmdHandout(f), NewCmdRun(f), NewCmdQuiz(f), NewCmdResults(f), NewCmdCheck(f))
	return cmd
}

// NewCmdList builds «sosabc verksted liste».
func NewCmdList(f *cmdutil.Factory) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:     "list",
		Aliases: []string{"liste"},
		Short:   "List verkstedene, ordnet etter hvem de er for",
		Args:    cmdutil.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			set, err := f.Workshops()
			if err != nil {
				return err
			}
			if format == "json" {
				return cmdutil.WriteJSON(f.IO.Out, set.Workshops)
			}
			width, _ := cmdutil.WidthFor(f, 0)
			var b strings.Builder
			for i, a := range ws.Audiences {
				list := set.ByAudience(a)
				if len(list) == 0 {
					continue
				}
				if i > 0 && b.Len() > 0 {
					b.WriteString("\n")
				}
				fmt.Fprintf(&b, "For %s\n", a.Label())
				for _, w := range list {
					fmt.Fprintf(&b, "%s\n", cmdutil.Wrap(fmt.Sprintf("%s (%d min): %s", w.Title, w.Minutes, w.Summary), width, "  ", "    "))
					fmt.Fprintf(&b, "    sosabc verksted vis %s\n", w.ID)
				}
			}
			return f.Print(b.String())
		},
	}
	cmdutil.AddFormatFlag(cmd, &format, "text", "json")
	cmdutil.AddJSONFlag(cmd, &format)
	return cmd
}

// find returns the module with id, or a usage error with the ids.
func find(f *cmdutil.Factory, id string) (*ws.Workshop, *ws.Set, error) {
	set, err := f.Workshops()
	if err != nil {
		return nil, nil, err
	}
	if w := set.Workshop(id); w != nil {
		return w, set, nil
	}
	ids := make([]string, len(set.Workshops))
	for i, w := range set.Workshops {
		ids[i] = w.ID
	}
	return nil, nil, apperr.Usagef("Fant ikke verkstedet «%s». Velg blant: %s. Se alle med «sosabc verksted liste».", id, strings.Join(ids, ", "))
}

// titles gives the handbook's and the personas' names to the documents.
func titles(f *cmdutil.Factory, set *ws.Set) doc.WorkshopOptions {
	o := doc.WorkshopOptions{Aims: set.Aim}
	if h, err := f.Handbook(); err == nil {
		o.Topics = func(id string) string {
			if t := h.Topic(id); t != nil {
				return t.Title + " (sosabc les " + id + ")"
			}
			return ""
		}
	}
	if all, err := f.Personas(); err == nil {
		o.Personas = func(id string) string {
			for _, p := range all {
				if p.ID == id {
					return p.Name + ": " + p.Summary + " (sosabc sjekkliste --persona " + id + ")"
				}
			}
			return ""
		}
	}
	return o
}

func workshopIDs(f *cmdutil.Factory) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		set, err := f.Workshops()
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		var out []string
		for _, w := range set.Workshops {
			out = append(out, w.ID+"\t"+w.Title)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
