package prompt

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/sosabc/sosabc/internal/interview"
)

// Terminal describes the screen the TUI runs on.
type Terminal struct {
	In     io.Reader
	Out    io.Writer
	Width  int
	Height int
	Color  bool
}

// Result is what an interview run gives back. On ErrAborted, Answers holds
// what the user had confirmed before stopping, and Position the question
// they were on.
type Result struct {
	Answers  interview.Answers
	Position string
}

// binding holds the live value of one question while huh edits it.
type binding struct {
	q    *interview.Question
	text string // select, text and number (as typed)
	list []string
	yes  bool
}

func (b *binding) value() (any, bool) {
	switch b.q.Type {
	case interview.TypeMultiselect:
		return append([]string{}, b.list...), true
	case interview.TypeConfirm:
		return b.yes, true
	case interview.TypeNumber:
		n, err := ParseNumber(b.text)
		return n, err == nil
	}
	return b.text, true
}

func newBinding(q *interview.Question, current any) *binding {
	b := &binding{q: q}
	v := current
	if v == nil {
		v = q.Default
	}
	switch x := v.(type) {
	case string:
		b.text = x
	case []string:
		b.list = append([]string{}, x...)
	case bool:
		b.yes = x
	case int:
		b.text = strconv.Itoa(x)
	}
	if q.Type == interview.TypeSelect && b.text == "" && len(q.Options) > 0 {
		b.text = q.Options[0].Value
	}
	return b
}

// ParseNumber reads a whole number as people type it: «45 000», «45000».
func ParseNumber(s string) (int, error) {
	clean := strings.NewReplacer(" ", "", "\u00a0", "", ".", "", "kr", "").Replace(strings.TrimSpace(s))
	if clean == "" {
		return 0, errors.New("skriv et tall")
	}
	n, err := strconv.Atoi(clean)
	if err != nil {
		return 0, fmt.Errorf("«%s» er ikke et helt tall", s)
	}
	return n, nil
}

// RunInterview asks every visible question in the order of the schema, one
// page per question, with progress, help on «?», and shift+tab to go back.
// Questions in skip are not asked (they were answered in an earlier run).
func RunInterview(t Terminal, s *interview.Schema, start interview.Answers, skip map[string]bool) (Result, error) {
	bindings := map[string]*binding{}
	current := func() interview.Answers {
		a := interview.Answers{}
		for k, v := range start {
			a[k] = v
		}
		for id, b := range bindings {
			if v, ok := b.value(); ok {
				a[id] = v
			}
		}
		return a
	}
	showHelp := false
	var groups []*huh.Group
	for _, q := range s.Questions() {
		q := q
		if skip[q.ID] {
			continue
		}
		// huh draws the first group once before it skips a hidden one; a
		// question that is hidden before anything is asked stays hidden.
		if len(groups) == 0 && !s.Visible(q, start) {
			continue
		}
		b := newBinding(q, start[q.ID])
		bindings[q.ID] = b
		desc := func() string {
			steps := s.Steps(current())
			head := ""
			for _, st := range steps {
				if st.Question.ID == q.ID {
					head = fmt.Sprintf("Steg %d av %d: %s", st.Number, st.Total, st.Section.Title)
				}
			}
			switch {
			case q.Type == interview.TypeText:
				// «?» is a character one may type here, so the help is always shown.
				return head + "\n\n" + q.Help
			case showHelp && q.Help != "":
				return head + "\n\n" + q.Help + "\n(? skjuler forklaringen)"
			}
			return head + "\n(? viser hvorfor vi spør)"
		}
		field := fieldFor(q, b, desc, &showHelp)
		groups = append(groups, huh.NewGroup(field).WithHideFunc(func() bool {
			return !s.Visible(q, current())
		}))
	}
	if len(groups) == 0 {
		return Result{Answers: current()}, nil
	}
	var form *huh.Form
	// WithProgramOptions replaces huh's program options, so it must come
	// before WithInput and WithOutput, which add to them.
	form = huh.NewForm(groups...).
		WithProgramOptions(tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
			if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "?" {
				if q := s.Question(form.GetFocusedField().GetKey()); q != nil && q.Type != interview.TypeText {
					showHelp = !showHelp
					return helpToggled{}
				}
			}
			return msg
		})).
		WithInput(t.In).WithOutput(t.Out).
		WithKeyMap(norwegianKeys()).
		WithShowHelp(true).
		WithTheme(theme(t.Color))
	if t.Width > 0 {
		form = form.WithWidth(min(t.Width, 100))
	}
	err := form.Run()
	if errors.Is(err, huh.ErrUserAborted) {
		pos := ""
		if f := form.GetFocusedField(); f != nil {
			pos = f.GetKey()
		}
		return Result{Answers: answeredBefore(s, start, current(), pos, bindings), Position: pos}, ErrAborted
	}
	if err != nil {
		return Result{}, err
	}
	return Result{Answers: s.Prune(current())}, nil
}

type helpToggled struct{}

// answeredBefore keeps the answers the user moved past before Ctrl-C, and
// earlier runs' answers; a default they never saw is not an answer.
func answeredBefore(s *interview.Schema, start, all interview.Answers, pos string, bindings map[string]*binding) interview.Answers {
	out := interview.Answers{}
	for k, v := range start {
		out[k] = v
	}
	for _, st := range s.Steps(all) {
		id := st.Question.ID
		if id == pos {
			break
		}
		if _, asked := bindings[id]; asked {
			out[id] = all[id]
		}
	}
	return out
}

func fieldFor(q *interview.Question, b *binding, desc func() string, showHelp *bool) huh.Field {
	switch q.Type {
	case interview.TypeSelect:
		opts := make([]huh.Option[string], len(q.Options))
		for i, o := range q.Options {
			opts[i] = huh.NewOption(o.Label, o.Value)
		}
		return huh.NewSelect[string]().Key(q.ID).Title(q.Title).DescriptionFunc(desc, showHelp).Options(opts...).Value(&b.text).
			Height(listHeight(q))
	case interview.TypeMultiselect:
		opts := make([]huh.Option[string], len(q.Options))
		for i, o := range q.Options {
			opts[i] = huh.NewOption(o.Label, o.Value).Selected(contains(b.list, o.Value))
		}
		return huh.NewMultiSelect[string]().Key(q.ID).Title(q.Title).DescriptionFunc(desc, showHelp).Options(opts...).Value(&b.list).
			Filterable(false).Height(listHeight(q))
	case interview.TypeConfirm:
		return huh.NewConfirm().Key(q.ID).Title(q.Title).DescriptionFunc(desc, showHelp).Affirmative("Ja").Negative("Nei").Value(&b.yes)
	case interview.TypeNumber:
		return huh.NewInput().Key(q.ID).Title(q.Title).DescriptionFunc(desc, showHelp).Value(&b.text).Validate(func(s string) error {
			n, err := ParseNumber(s)
			if err != nil {
				return err
			}
			return q.Validate(n)
		})
	}
	return huh.NewInput().Key(q.ID).Title(q.Title).DescriptionFunc(desc, showHelp).Value(&b.text).CharLimit(200)
}

// listHeight makes room for every option plus the title and a help text of
// a few lines, so no option hides below the fold on a normal terminal.
func listHeight(q *interview.Question) int {
	return len(q.Options) + 7
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func theme(color bool) huh.Theme {
	if color {
		return huh.ThemeFunc(huh.ThemeCharm)
	}
	return huh.ThemeFunc(huh.ThemeBase)
}
