package prompt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/sanitize"
)

// Terminal describes the screen the full-screen UI runs on.
type Terminal struct {
	In     io.Reader
	Out    io.Writer
	Width  int
	Height int
	Color  bool
	// Stop delivers signals (SIGTERM, SIGHUP, SIGINT from kill) that end
	// the interview like Ctrl-C does; nil when there are none.
	Stop <-chan os.Signal
}

// TUI asks one question per screen with huh: progress, help on «?»,
// shift+tab to go back. It implements interview.Asker; the flow itself is
// interview.Run's.
type TUI struct {
	Terminal
	// NoSave says that nothing is saved: Ctrl-C then ends the interview
	// instead of pausing it.
	NoSave   bool
	showHelp bool
}

// Stopped is returned when the person or a signal stopped the interview.
// Signal is nil for Ctrl-C pressed as a key.
type Stopped struct{ Signal os.Signal }

func (s *Stopped) Error() string { return interview.ErrStopped.Error() }

// Is makes errors.Is(err, interview.ErrStopped) true.
func (s *Stopped) Is(target error) bool { return target == interview.ErrStopped }

// Ask shows one question and waits for an answer or shift+tab.
func (t *TUI) Ask(step interview.Step, value any, first bool) (interview.Reply, error) {
	q := step.Question
	b := newBinding(q, value)
	head := fmt.Sprintf("Steg %d av %d: %s", step.Number, step.Total, step.Section.Title)
	desc := func() string {
		switch {
		case q.Type == interview.TypeText:
			// «?» is a character one may type here, so the help is always shown.
			return head + "\n\n" + q.Help
		case t.showHelp && q.Help != "":
			return head + "\n\n" + q.Help + "\n(? skjuler forklaringen)"
		}
		return head
	}
	back := false
	filter := func(_ tea.Model, msg tea.Msg) tea.Msg {
		k, ok := msg.(tea.KeyPressMsg)
		if !ok {
			return msg
		}
		switch {
		case k.String() == "?" && q.Type != interview.TypeText:
			t.showHelp = !t.showHelp
			return helpToggled{}
		case k.String() == "shift+tab" && !first:
			back = true
			return tea.QuitMsg{}
		}
		return msg
	}
	hints := []string{"shift+tab tilbake"}
	if first {
		hints = nil
	}
	if q.Type != interview.TypeText && q.Help != "" {
		hints = append(hints, "? hvorfor vi spør")
	}
	form := t.form(fieldFor(q, b, desc, &t.showHelp, t.labelWidth()), filter, first, append(hints, t.pauseHint())...)
	state, err := t.run(form)
	switch {
	case err != nil:
		return interview.Reply{}, err
	case back:
		return interview.Reply{Back: true}, nil
	case state != huh.StateCompleted:
		// Only a submitted form is an answer: a form that ended any other
		// way (a signal bubbletea turned into Quit) must not save defaults.
		return interview.Reply{}, &Stopped{}
	}
	v, ok := b.value(q)
	if !ok {
		return interview.Reply{}, fmt.Errorf("ugyldig svar på «%s»", q.Title)
	}
	return interview.Reply{Value: v}, nil
}

type helpToggled struct{}

// form builds a one-field form on a screen of its own. hints are keys of
// our own, shown on a line under huh's key help.
func (t *TUI) form(field huh.Field, filter func(tea.Model, tea.Msg) tea.Msg, first bool, hints ...string) *screen {
	return t.formWithKeys(norwegianKeys(), field, filter, first, hints...)
}

// formWithKeys is form with a key map of the caller's.
func (t *TUI) formWithKeys(keys *huh.KeyMap, field huh.Field, filter func(tea.Model, tea.Msg) tea.Msg, first bool, hints ...string) *screen {
	if first {
		keys.Select.Prev.SetEnabled(false)
		keys.MultiSelect.Prev.SetEnabled(false)
		keys.Input.Prev.SetEnabled(false)
		keys.Confirm.Prev.SetEnabled(false)
	}
	form := huh.NewForm(huh.NewGroup(field)).
		WithKeyMap(keys).
		WithShowHelp(true).
		WithTheme(theme(t.Color))
	if t.Width > 0 {
		form = form.WithWidth(min(t.Width, 100))
	}
	// Keys in bold, as in huh's own key line above.
	bold := lipgloss.NewStyle().Bold(true)
	for i, h := range hints {
		if k, desc, ok := strings.Cut(h, " "); ok {
			hints[i] = bold.Render(k) + " " + desc
		}
	}
	return &screen{form: form, filter: filter, hints: hints, width: t.Width}
}

// screen runs one huh form as our own bubbletea model, so that it can draw
// on the alternate screen and add a line of keys. Drawn inline, one form
// after another, bubbletea left lines of the last question above the next
// one and drew titles twice; a clean screen per question cannot.
type screen struct {
	form   *huh.Form
	filter func(tea.Model, tea.Msg) tea.Msg
	hints  []string // our keys, each «key what it does»
	width  int      // of the terminal; 0 when not known
}

func (s *screen) Init() tea.Cmd { return s.form.Init() }

func (s *screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		s.width = size.Width
	}
	m, cmd := s.form.Update(msg)
	if f, ok := m.(*huh.Form); ok {
		s.form = f
	}
	return s, cmd
}

func (s *screen) View() tea.View {
	content := s.form.View()
	if content != "" && len(s.hints) > 0 {
		content += "\n" + packHints(s.hints, s.width)
	}
	v := tea.NewView(content)
	v.AltScreen = true
	return v
}

// packHints puts the keys on as few lines as fit in width, with « • »
// between them, so that none is cut off on a narrow terminal. A width of
// 0 puts them all on one line.
func packHints(hints []string, width int) string {
	const sep = " • "
	var lines []string
	line := ""
	for _, h := range hints {
		switch {
		case line == "":
			line = h
		case width > 0 && lipgloss.Width(line+sep+h) > width:
			lines = append(lines, line)
			line = h
		default:
			line += sep + h
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// pauseHint says what Ctrl-C does.
func (t *TUI) pauseHint() string {
	if t.NoSave {
		return "ctrl+c avbryt"
	}
	return "ctrl+c pause (svarene lagres)"
}

// Intro shows a screen of text before the first question and waits for
// Enter. title is bold; body may hold paragraphs.
func (t *TUI) Intro(title, body string) error {
	note := huh.NewNote().Title(title).Description(body).Next(true).NextLabel("Start")
	state, err := t.run(t.form(note, nil, true, t.pauseHint()))
	if err != nil {
		return err
	}
	if state != huh.StateCompleted {
		return &Stopped{}
	}
	return nil
}

// run runs a form until it ends: submitted, aborted with Ctrl-C, or
// stopped by a signal on t.Stop. Signals are ours, not bubbletea's:
// bubbletea would turn SIGTERM into a normal quit.
func (t *TUI) run(s *screen) (huh.FormState, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got os.Signal
	done := make(chan struct{})
	if t.Stop != nil {
		go func() {
			select {
			case got = <-t.Stop:
				cancel()
			case <-done:
			}
		}()
	}
	s.form.SubmitCmd = tea.Quit
	s.form.CancelCmd = tea.Interrupt
	opts := []tea.ProgramOption{tea.WithInput(t.In), tea.WithOutput(t.Out), tea.WithContext(ctx), tea.WithoutSignalHandler()}
	if s.filter != nil {
		opts = append(opts, tea.WithFilter(s.filter))
	}
	_, err := tea.NewProgram(s, opts...).Run()
	close(done)
	switch {
	case got != nil:
		return s.form.State, &Stopped{Signal: got}
	case s.form.State == huh.StateAborted, errors.Is(err, tea.ErrInterrupted):
		return s.form.State, &Stopped{}
	case errors.Is(err, tea.ErrProgramKilled):
		return s.form.State, &Stopped{}
	case err != nil:
		return s.form.State, err
	}
	return s.form.State, nil
}

// Review shows every answer and returns the id of one to change, or ""
// when the person wants the checklist.
func (t *TUI) Review(s *interview.Schema, a interview.Answers) (string, error) {
	opts := []huh.Option[string]{huh.NewOption("Ferdig: lag sjekklisten", doneValue)}
	for _, st := range s.Steps(a) {
		label := fmt.Sprintf("Endre: %s %s", st.Question.Title, s.FormatAnswer(st.Question.ID, a[st.Question.ID]))
		opts = append(opts, huh.NewOption(fitLabel(label, t.labelWidth()), st.Question.ID))
	}
	choice := doneValue
	sel := huh.NewSelect[string]().Title("Se over svarene dine").
		Description("Velg et svar du vil endre, eller gå videre til sjekklisten.").
		Options(opts...).Value(&choice)
	if t.Height > 8 {
		sel = sel.Height(t.Height - 6)
	}
	state, err := t.run(t.form(sel, nil, true, t.pauseHint()))
	if err != nil {
		return "", err
	}
	if state != huh.StateCompleted {
		return "", &Stopped{}
	}
	if choice == doneValue {
		return "", nil
	}
	return choice, nil
}

const doneValue = "\x00ferdig"

// Choose asks one question with a few options and returns the index chosen.
func (t *TUI) Choose(title string, options []string) (int, error) {
	opts := make([]huh.Option[int], len(options))
	for i, o := range options {
		opts[i] = huh.NewOption(o, i)
	}
	choice := 0
	state, err := t.run(t.form(huh.NewSelect[int]().Title(title).Options(opts...).Value(&choice), nil, true))
	if err != nil {
		return 0, err
	}
	if state != huh.StateCompleted {
		return 0, &Stopped{}
	}
	return choice, nil
}

// binding holds the live value of one question while huh edits it.
type binding struct {
	text        string // select, text and number (as typed)
	list        []string
	yes         bool
	placeholder string // number: the value kept when nothing is typed
}

func (b *binding) value(q *interview.Question) (any, bool) {
	switch q.Type {
	case interview.TypeMultiselect:
		return append([]string{}, b.list...), true
	case interview.TypeConfirm:
		return b.yes, true
	case interview.TypeNumber:
		text := b.text
		if strings.TrimSpace(text) == "" {
			text = b.placeholder
		}
		n, err := ParseNumber(text)
		return n, err == nil
	}
	text := sanitize.Strip(b.text)
	if q.Check != nil && strings.TrimSpace(text) != "" {
		if canonical, _, err := q.Check(text); err == nil {
			text = canonical
		}
	}
	return text, true
}

func newBinding(q *interview.Question, v any) *binding {
	b := &binding{}
	switch x := v.(type) {
	case string:
		b.text = x
	case []string:
		b.list = append([]string{}, x...)
	case bool:
		b.yes = x
	case int:
		// A number field starts empty with the current value shown as a
		// placeholder: what you type replaces it, and Enter keeps it.
		b.placeholder = strconv.Itoa(x)
	}
	if q.Type == interview.TypeSelect && b.text == "" && len(q.Options) > 0 {
		b.text = q.Options[0].Value
	}
	return b
}

// ParseNumber reads a whole number as people type it: «45 000», «45000»,
// «45.000», «45 000 kroner», «kr 45 000», «45 000,-».
func ParseNumber(s string) (int, error) {
	clean := strings.ToLower(strings.TrimSpace(s))
	for _, suffix := range []string{",-", ",00", "kroner", "kr.", "kr"} {
		clean = strings.TrimSpace(strings.TrimSuffix(clean, suffix))
	}
	clean = strings.TrimPrefix(strings.TrimPrefix(clean, "kr."), "kr")
	clean = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", ".", "").Replace(clean)
	if clean == "" {
		return 0, errors.New("skriv et tall")
	}
	if len(clean) > 1 && clean[0] == '0' {
		return 0, fmt.Errorf("skriv tallet uten 0 foran")
	}
	n, err := strconv.Atoi(clean)
	if err != nil {
		return 0, fmt.Errorf("«%s» er ikke et helt tall. Skriv tallet med sifre", strings.TrimSpace(s))
	}
	return n, nil
}

// labelWidth is the room for an option's text: the form's width less the
// border, the cursor and «[ ] »; 0 when the width is unknown.
func (t *TUI) labelWidth() int {
	if t.Width <= 0 {
		return 0
	}
	return max(min(t.Width, 100)-8, 20)
}

// fitLabel breaks an option's text at spaces to width, so a long option
// wraps between words; huh would cut it off («hjemmetjenester» became
// «hjemme»). width 0 leaves it as it is.
func fitLabel(label string, width int) string {
	if width <= 0 {
		return label
	}
	var lines []string
	line := ""
	for _, w := range strings.Fields(label) {
		switch {
		case line == "":
			line = w
		case len([]rune(line))+1+len([]rune(w)) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return strings.Join(append(lines, line), "\n")
}

func fieldFor(q *interview.Question, b *binding, desc func() string, showHelp *bool, width int) huh.Field {
	switch q.Type {
	case interview.TypeSelect:
		opts := make([]huh.Option[string], len(q.Options))
		for i, o := range q.Options {
			opts[i] = huh.NewOption(fitLabel(o.Label, width), o.Value)
		}
		return huh.NewSelect[string]().Key(q.ID).Title(q.Title).Description(desc()).DescriptionFunc(desc, showHelp).Options(opts...).Value(&b.text).
			Height(listHeight(q, width))
	case interview.TypeMultiselect:
		opts := make([]huh.Option[string], len(q.Options))
		for i, o := range q.Options {
			opts[i] = huh.NewOption(fitLabel(o.Label, width), o.Value).Selected(contains(b.list, o.Value))
		}
		return huh.NewMultiSelect[string]().Key(q.ID).Title(q.Title).Description(desc()).DescriptionFunc(desc, showHelp).Options(opts...).Value(&b.list).
			Filterable(false).Height(listHeight(q, width))
	case interview.TypeConfirm:
		return confirmField{huh.NewConfirm().Key(q.ID).Title(q.Title).Description(desc()).DescriptionFunc(desc, showHelp).Affirmative("Ja").Negative("Nei").Value(&b.yes)}
	case interview.TypeNumber:
		return huh.NewInput().Key(q.ID).Title(q.Title).Description(desc()).DescriptionFunc(desc, showHelp).Value(&b.text).
			Placeholder(b.placeholder).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				s = b.placeholder
			}
			n, err := ParseNumber(s)
			if err != nil {
				return err
			}
			return q.Validate(n)
		})
	}
	in := huh.NewInput().Key(q.ID).Title(q.Title).Description(desc()).DescriptionFunc(desc, showHelp).Value(&b.text).CharLimit(200)
	if q.Check != nil {
		in = in.Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				return nil
			}
			_, _, err := q.Check(s)
			return err
		})
	}
	return in
}

// confirmField is a yes/no question whose key line shows «j Ja», the key
// a Norwegian presses. huh sets the help of its accept key to «y» every
// time it draws the field, whatever key map it was given.
type confirmField struct{ *huh.Confirm }

func (c confirmField) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	m, cmd := c.Confirm.Update(msg)
	if inner, ok := m.(*huh.Confirm); ok {
		return confirmField{inner}, cmd
	}
	return m, cmd
}

func (c confirmField) KeyBinds() []key.Binding {
	binds := c.Confirm.KeyBinds()
	for i, b := range binds {
		if b.Help().Key == "y" {
			binds[i].SetHelp("j", b.Help().Desc)
		}
	}
	return binds
}

// listHeight makes room for every option plus the title and a help text of
// a few lines, so no option hides below the fold on a normal terminal.
func listHeight(q *interview.Question, width int) int {
	lines := 0
	for _, o := range q.Options {
		lines += strings.Count(fitLabel(o.Label, width), "\n") + 1
	}
	return lines + 7
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
