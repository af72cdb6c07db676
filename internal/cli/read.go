package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/fuzzy"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/prompt"
	"github.com/sosabc/sosabc/internal/render"
	"github.com/sosabc/sosabc/internal/search"
)

type readOptions struct {
	Topic string
	display
}

func newReadCmd(f *Factory) *cobra.Command {
	opts := &readOptions{}
	cmd := &cobra.Command{
		Use:     "read [EMNE]",
		Aliases: []string{"les"},
		Short:   "Les et emne i håndboken",
		Long: `Les et emne i håndboken. Uten EMNE får du en liste du kan filtrere og velge fra.

Siden vises med farger i terminalen, og som ren tekst når du sender den
videre til en fil eller et annet program, eller når NO_COLOR er satt.
Lange sider vises en skjerm om gangen: bla med piltastene, avslutt med q.`,
		Example: "  sosabc les as\n  sosabc les frivillighetsregisteret --width 60\n  sosabc les as > as.txt",
		Args:    maxArgs(1, "Skriv bare ett emne, for eksempel «sosabc les as»."),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Topic = args[0]
			}
			return runRead(f, opts)
		},
		ValidArgsFunction: topicCompletion(f),
	}
	opts.addFlags(cmd, true)
	return cmd
}

func runRead(f *Factory, opts *readOptions) error {
	o, err := opts.options(f)
	if err != nil {
		return err
	}
	id := opts.Topic
	if id != "" {
		// The fast path: parse only this page and the pages it links to.
		h, err := f.TopicPage(strings.ToLower(id))
		if err == nil {
			return opts.show(f, render.TopicMarkdown(h, h.Topic(strings.ToLower(id))), o)
		}
		if !errors.Is(err, handbook.ErrNoSuchTopic) {
			return err
		}
	}
	h, err := f.Handbook()
	if err != nil {
		return err
	}
	if id == "" {
		if !f.IO.InTTY || !f.IO.OutTTY {
			return usageErrorf("Skriv hvilket emne du vil lese, for eksempel «sosabc les as». Se alle emnene med «sosabc emner».")
		}
		id, err = pickTopic(f, h)
		if err != nil {
			return err
		}
	}
	t := findTopic(h, id)
	if t == nil {
		return unknownTopic(h, id)
	}
	return opts.show(f, render.TopicMarkdown(h, t), o)
}

func pickTopic(f *Factory, h *handbook.Handbook) (string, error) {
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
	id, err := prompt.Pick(f.IO.In, f.IO.Out, "Hvilket emne vil du lese? Skriv / for å filtrere.", choices, f.IO.Height())
	if errors.Is(err, prompt.ErrAborted) {
		return "", &AbortError{Msg: "Avbrutt."}
	}
	return id, err
}

// askTopic is the picker for screen readers: a search word, then a short
// numbered list of hits.
func askTopic(f *Factory, h *handbook.Handbook) (string, error) {
	lines := prompt.NewLines(f.IO.In, f.IO.ErrOut, false)
	for {
		word, err := lines.Ask("Hvilket emne vil du lese? Skriv et ord, så søker vi")
		if err != nil {
			return "", &AbortError{Msg: "Avbrutt."}
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
			return "", &AbortError{Msg: "Avbrutt."}
		}
		return hits[i].ID, nil
	}
}

// findTopic accepts an id, or a title typed with or without æøå.
func findTopic(h *handbook.Handbook, name string) *handbook.Topic {
	if t := h.Topic(strings.ToLower(name)); t != nil {
		return t
	}
	folded := locale.Fold(name)
	for _, t := range h.Topics {
		if locale.Fold(t.Title) == folded || locale.Fold(t.ID) == folded {
			return t
		}
	}
	return nil
}

func unknownTopic(h *handbook.Handbook, name string) error {
	msg := fmt.Sprintf("Fant ikke emnet «%s».", name)
	if s := closestTopics(h, name, 3); len(s) > 0 {
		msg += "\nMente du:"
		for _, t := range s {
			msg += fmt.Sprintf("\n  %-26s %s", t.ID, t.Title)
		}
	}
	return usageErrorf("%s\nSe alle emnene med «sosabc emner», eller søk med «sosabc søk %s».", msg, name)
}

// closestTopics combines spelling distance on ids with full-text search, so
// both «aksjeselkap» and «aksjer» lead somewhere useful.
func closestTopics(h *handbook.Handbook, name string, n int) []*handbook.Topic {
	var out []*handbook.Topic
	seen := map[string]bool{}
	add := func(t *handbook.Topic) {
		if t != nil && !seen[t.ID] && len(out) < n {
			seen[t.ID] = true
			out = append(out, t)
		}
	}
	folded := locale.Fold(name)
	best, bestDist := []*handbook.Topic{}, 1+len(folded)/3
	for _, t := range h.Topics {
		d := fuzzy.Distance(folded, locale.Fold(t.ID))
		names := append([]string{t.Title, titleWithoutParens(t.Title)}, t.Keywords...)
		for _, n := range names {
			d = min(d, fuzzy.Distance(folded, locale.Fold(n)))
		}
		switch {
		case d < bestDist:
			best, bestDist = []*handbook.Topic{t}, d
		case d == bestDist:
			best = append(best, t)
		}
	}
	for _, t := range best {
		add(t)
	}
	for _, r := range search.New(h).Search(name) {
		add(h.Topic(r.ID))
	}
	return out
}

// titleWithoutParens turns «Aksjeselskap (AS)» into «Aksjeselskap».
func titleWithoutParens(title string) string {
	if i := strings.Index(title, " ("); i > 0 {
		return title[:i]
	}
	return title
}

func maxArgs(n int, msg string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) > n {
			return usageErrorf("%s", msg)
		}
		return nil
	}
}

func exactArgs(n int, msg string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErrorf("%s", msg)
		}
		return nil
	}
}

func topicCompletion(f *Factory) cobra.CompletionFunc {
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
