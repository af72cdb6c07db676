package handbook

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/docout"
	"github.com/sosabc/sosabc/internal/fuzzy"
	hb "github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/prompt"
	"github.com/sosabc/sosabc/internal/search"
)

// ReadOptions is «sosabc les».
type ReadOptions struct {
	Factory *cmdutil.Factory

	Topic string
	cmdutil.Display
	Output docout.Output
}

// NewCmdRead builds «sosabc les».
func NewCmdRead(f *cmdutil.Factory, runF func(*ReadOptions) error) *cobra.Command {
	opts := &ReadOptions{Factory: f}
	cmd := &cobra.Command{
		Use:     "read [EMNE]",
		Aliases: []string{"les"},
		Short:   "Les et emne i håndboken",
		Long: `Les et emne i håndboken. Uten EMNE får du en liste du kan filtrere og velge fra.

Skriver du navnet på et område, som «forsikring» eller «finansiering», får du en
oversikt over emnene i området, med én linje om hvert.

Siden vises med farger i terminalen, og som ren tekst når du sender den
videre til en fil eller et annet program, eller når NO_COLOR er satt.
Lange sider vises en skjerm om gangen. Bla med piltastene, søk med /, se alle
tastene med ?, og avslutt med q.

Med --format md, html eller pdf får du siden som en fil du kan skrive ut
eller dele.`,
		Example: "  sosabc les as\n  sosabc les forsikring\n  sosabc les frivillighetsregisteret --width 60\n  sosabc les as > as.txt\n  sosabc les as --format pdf --output as.pdf",
		Args:    cmdutil.MaxArgs(1, "Skriv bare ett emne, for eksempel «sosabc les as»."),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Topic = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return readRun(opts)
		},
		ValidArgsFunction: topicCompletion(f),
	}
	cmdutil.AddDisplayFlags(cmd, &opts.Display, true)
	docout.AddOutputFlags(cmd, &opts.Output, "terminal", "md", "html", "pdf")
	return cmd
}

// show writes the page: for the terminal with sosabc's commands, as a
// file without them.
func (opts *ReadOptions) show(h *hb.Handbook, t *hb.Topic) error {
	print := opts.Output.Format != "terminal"
	return docout.Write(opts.Factory, doc.Page(h, t, doc.PageOptions{Print: print}), opts.Output, opts.Display, "sosabc les "+t.ID+" --format pdf --output "+t.ID+".pdf")
}

// showArea writes the overview of an area, like show writes a page.
func (opts *ReadOptions) showArea(h *hb.Handbook, a *hb.Area) error {
	print := opts.Output.Format != "terminal"
	return docout.Write(opts.Factory, doc.Area(h, a, doc.PageOptions{Print: print}), opts.Output, opts.Display, "sosabc les "+a.ID+" --format pdf --output "+a.ID+".pdf")
}

func readRun(opts *ReadOptions) error {
	f := opts.Factory
	if _, err := opts.Render(f); err != nil {
		return err
	}
	if err := opts.Output.Check(f, "sosabc les as --format pdf --output as.pdf"); err != nil {
		return err
	}
	id := strings.ToLower(opts.Topic)
	if id != "" {
		// The fast path: parse only this page and the pages it links to.
		h, err := f.TopicPage(id)
		if err == nil {
			return opts.show(h, h.Topic(id))
		}
		if !errors.Is(err, hb.ErrNoSuchTopic) {
			return err
		}
	}
	h, err := f.Handbook()
	if err != nil {
		return err
	}
	if id == "" {
		if !f.IO.InTTY || !f.IO.OutTTY {
			return apperr.Usagef("Skriv hvilket emne du vil lese, for eksempel «sosabc les as». Se alle emnene med «sosabc emner».")
		}
		if id, err = pickTopic(f, h); err != nil {
			return err
		}
	}
	t := h.FindTopic(id)
	if t == nil {
		// An area («forsikring») opens its overview: the topics in it.
		if a := h.FindArea(opts.Topic); a != nil {
			return opts.showArea(h, a)
		}
		// A word of the glossary («mva», «moms») opens the page it points to.
		if t := h.TopicForTerm(opts.Topic); t != nil {
			return opts.show(h, t)
		}
		return unknownTopic(h, opts.Topic)
	}
	return opts.show(h, t)
}

func pickTopic(f *cmdutil.Factory, h *hb.Handbook) (string, error) {
	if f.IO.Accessible() {
		return askTopic(f, h)
	}
	var choices []prompt.Choice
	for _, t := range h.Topics {
		area := t.Area
		if a := h.Area(t.Area); a != nil {
			area = a.Title
		}
		choices = append(choices, prompt.Choice{Label: fmt.Sprintf("%s · %s", t.Title, area), Value: t.ID})
	}
	// The picker is conversation, not data: it draws on standard error.
	id, err := prompt.Pick(f.IO.In, f.IO.ErrOut, "Hvilket emne vil du lese? Skriv / for å filtrere.", choices, f.IO.Height())
	if errors.Is(err, prompt.ErrAborted) {
		return "", &apperr.AbortError{Msg: "Avbrutt."}
	}
	return id, err
}

// askTopic is the picker for screen readers: a search word, then a short
// numbered list of hits.
func askTopic(f *cmdutil.Factory, h *hb.Handbook) (string, error) {
	lines := prompt.NewLines(f.IO.In, f.IO.ErrOut, false)
	for {
		word, err := lines.AskText("Hvilket emne vil du lese? Skriv et ord, så søker vi")
		if err != nil {
			return "", &apperr.AbortError{Msg: "Avbrutt."}
		}
		hits := search.New(h).Search(word)
		if len(hits) == 0 {
			fmt.Fprintf(f.IO.ErrOut, "Ingen treff på «%s». Prøv et annet ord.\n", word)
			continue
		}
		hits = hits[:min(len(hits), 9)]
		labels := make([]string, len(hits))
		for i, r := range hits {
			labels[i] = r.Title
		}
		i, err := lines.Choose("Treff:", labels)
		if err != nil {
			return "", &apperr.AbortError{Msg: "Avbrutt."}
		}
		return hits[i].ID, nil
	}
}

func unknownTopic(h *hb.Handbook, name string) error {
	msg := fmt.Sprintf("Fant ikke emnet «%s».", name)
	areas, topics := closestAreas(h, name), search.Closest(h, name, 3)
	topics = topics[:min(len(topics), 4-len(areas))]
	if len(areas)+len(topics) > 0 {
		w := 0
		for _, a := range areas {
			w = max(w, len(a.ID))
		}
		for _, t := range topics {
			w = max(w, len(t.ID))
		}
		msg += "\nMente du:"
		for _, a := range areas {
			msg += fmt.Sprintf("\n  %-*s  %s (område)", w, a.ID, a.Title)
		}
		for _, t := range topics {
			msg += fmt.Sprintf("\n  %-*s  %s", w, t.ID, t.Title)
		}
	}
	return apperr.Usagef("%s\nSe alle emnene med «sosabc emner», eller søk med «sosabc søk %s».", msg, name)
}

// closestAreas are the areas whose id or title is within a few letters of
// name, or starts with it: «forsikringer», «finans».
func closestAreas(h *hb.Handbook, name string) []*hb.Area {
	folded := locale.Fold(strings.TrimSpace(name))
	var out []*hb.Area
	for i := range h.Areas {
		a := &h.Areas[i]
		for _, n := range []string{a.ID, a.Title, hb.TitleWithoutParens(a.Title)} {
			n = locale.Fold(n)
			if fuzzy.Distance(folded, n) <= 1+len(folded)/4 || (len(folded) >= 4 && strings.HasPrefix(n, folded)) {
				out = append(out, a)
				break
			}
		}
	}
	return out[:min(len(out), 2)]
}

func topicCompletion(f *cmdutil.Factory) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		h, err := f.Handbook()
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		var out []string
		for _, t := range h.Topics {
			out = append(out, t.ID+"\t"+t.Title)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
