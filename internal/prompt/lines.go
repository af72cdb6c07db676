package prompt

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/sanitize"
)

// ErrNoInput means standard input ended before the first answer: there is
// nobody to ask.
var ErrNoInput = errors.New("ingen svar på standard inn")

// Lines asks questions one line at a time, in plain Norwegian text: for
// screen readers (ACCESSIBLE=1), dumb terminals and answers piped in.
type Lines struct {
	in   *bufio.Reader
	out  io.Writer
	got  bool // at least one line was read
	pipe bool // answers come from a file or program, not a person

	section string // the section announced last

	// With an interrupt channel, lines are read in the background so that
	// Ctrl-C or a signal can stop a prompt: with *Stopped.
	interrupt <-chan os.Signal
	lines     chan readResult
	quit      chan struct{}
}

type readResult struct {
	line string
	err  error
}

// StopOn makes a signal on ch (Ctrl-C, SIGTERM, SIGHUP) end the current
// prompt with *Stopped, so the caller can save what was answered.
func (l *Lines) StopOn(ch <-chan os.Signal) {
	l.interrupt = ch
	l.lines = make(chan readResult)
	l.quit = make(chan struct{})
	go func() {
		for {
			line, err := l.in.ReadString('\n')
			select {
			case l.lines <- readResult{line, err}:
			case <-l.quit:
				return
			}
			if err != nil {
				return
			}
		}
	}()
}

// Close ends the background reader StopOn started, once no prompt is
// waiting; it does nothing without StopOn.
func (l *Lines) Close() {
	if l.quit != nil {
		close(l.quit)
		l.quit = nil
	}
}

// NewLines reads answers from in and writes prompts to out. pipe says that
// in is not a terminal: then an empty input is found before any question
// is printed.
func NewLines(in io.Reader, out io.Writer, pipe bool) *Lines {
	return &Lines{in: bufio.NewReader(in), out: out, pipe: pipe}
}

// nothingToRead is true when piped input is empty.
func (l *Lines) nothingToRead() bool {
	if !l.pipe || l.got || l.lines != nil {
		return false
	}
	_, err := l.in.Peek(1)
	return errors.Is(err, io.EOF)
}

// SetWidth fits what is written to a terminal this many columns wide.
func (l *Lines) SetWidth(width int) {
	if width > 0 {
		l.out = &wrapWriter{w: l.out, width: width}
	}
}

func (l *Lines) readLine() (string, error) {
	if ww, ok := l.out.(*wrapWriter); ok {
		ww.flush()
	}
	var line string
	var err error
	if l.lines != nil {
		select {
		case r := <-l.lines:
			line, err = r.line, r.err
		case sig := <-l.interrupt:
			fmt.Fprintln(l.out)
			return "", &Stopped{Signal: sig}
		}
	} else {
		line, err = l.in.ReadString('\n')
	}
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		if errors.Is(err, io.EOF) {
			if !l.got {
				return "", ErrNoInput
			}
			return "", &Stopped{}
		}
		return "", err
	}
	l.got = true
	return strings.TrimSpace(sanitize.Strip(line)), nil
}

// Ask asks one question. «?» shows why we ask; «<» goes back one question.
// A new section is announced with its step number.
func (l *Lines) Ask(step interview.Step, value any, first bool) (interview.Reply, error) {
	if l.nothingToRead() {
		return interview.Reply{}, ErrNoInput
	}
	if step.Section.ID != l.section {
		fmt.Fprintf(l.out, "\nSteg %d av %d: %s\n", step.Number, step.Total, step.Section.Title)
		l.section = step.Section.ID
	}
	for {
		v, back, err := l.ask(step.Question, value)
		if err != nil {
			return interview.Reply{}, err
		}
		if back && first {
			fmt.Fprintln(l.out, "Du er på det første spørsmålet.")
			continue
		}
		if back {
			l.section = "" // announce the section again
			return interview.Reply{Back: true}, nil
		}
		return interview.Reply{Value: v}, nil
	}
}

func (l *Lines) ask(q *interview.Question, def any) (any, bool, error) {
	for {
		fmt.Fprintln(l.out, q.Title)
		for i, o := range q.Options {
			fmt.Fprintf(l.out, "  %d) %s\n", i+1, o.Label)
		}
		fmt.Fprintf(l.out, "%s: ", hint(q, def))
		line, err := l.readLine()
		if err != nil {
			return nil, false, err
		}
		switch line {
		case "?":
			if q.Help != "" {
				fmt.Fprintf(l.out, "Hvorfor vi spør: %s\n", q.Help)
			}
			continue
		case "<":
			return nil, true, nil
		}
		if line == "" && def != nil {
			return def, false, nil
		}
		v, err := parseLine(q, line)
		if err == nil {
			err = q.Validate(v)
		}
		if err == nil && q.Type == interview.TypeText && q.Check != nil && line != "" {
			var canonical, note string
			if canonical, note, err = q.Check(line); err == nil {
				v = canonical
				if note != "" {
					fmt.Fprintln(l.out, note)
				}
			}
		}
		if err != nil {
			fmt.Fprintln(l.out, tryAgain(err))
			continue
		}
		return v, false, nil
	}
}

// tryAgain says why an answer was not taken. Our own checks say what was
// wrong in a few words («skriv et nummer fra 1 til 3»); the kommune check
// says it in whole sentences, which need no «Det forsto vi ikke» and no
// full stop of ours («Mente du Trondheim?. Prøv igjen.»).
func tryAgain(err error) string {
	msg := err.Error()
	if strings.HasSuffix(msg, ".") || strings.HasSuffix(msg, "?") {
		return msg + " Prøv igjen."
	}
	return fmt.Sprintf("Det forsto vi ikke: %s. Prøv igjen.", msg)
}

func hint(q *interview.Question, def any) string {
	var h string
	switch q.Type {
	case interview.TypeSelect:
		h = "Skriv nummeret"
	case interview.TypeMultiselect:
		h = "Skriv numrene med komma mellom, eller 0 for ingen"
		if def == nil {
			h = "Skriv numrene med komma mellom, eller trykk Enter for ingen"
		}
	case interview.TypeNumber:
		h = "Skriv et tall"
	case interview.TypeConfirm:
		h = "Svar ja eller nei"
	default:
		h = "Skriv svaret"
	}
	if def != nil {
		h += fmt.Sprintf(" (Enter: %s)", q.Format(def))
	}
	return h + ". ? forklarer, < går tilbake"
}

func parseLine(q *interview.Question, line string) (any, error) {
	switch q.Type {
	case interview.TypeSelect:
		n, err := strconv.Atoi(line)
		if err != nil || n < 1 || n > len(q.Options) {
			if _, ok := q.Option(line); ok {
				return line, nil
			}
			return nil, fmt.Errorf("skriv et nummer fra 1 til %d", len(q.Options))
		}
		return q.Options[n-1].Value, nil
	case interview.TypeMultiselect:
		if line == "0" || strings.EqualFold(line, "ingen") {
			return []string{}, nil
		}
		out := []string{} // never nil: a saved nil list is «null», which no later run reads
		for _, part := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ' ' }) {
			n, err := strconv.Atoi(part)
			if err != nil || n < 1 || n > len(q.Options) {
				return nil, fmt.Errorf("«%s» er ikke et nummer fra 1 til %d", part, len(q.Options))
			}
			v := q.Options[n-1].Value
			if !contains(out, v) {
				out = append(out, v)
			}
		}
		return out, nil
	case interview.TypeNumber:
		return ParseNumber(line)
	case interview.TypeConfirm:
		switch strings.ToLower(line) {
		case "ja", "j", "yes", "y":
			return true, nil
		case "nei", "n", "no":
			return false, nil
		}
		return nil, errors.New("svar ja eller nei")
	}
	return line, nil
}

// Review lists the answers and returns the id of one to change, or "" when
// the user is done.
func (l *Lines) Review(s *interview.Schema, a interview.Answers) (string, error) {
	steps := s.Steps(a)
	fmt.Fprintln(l.out, "\nSe over svarene dine:")
	for i, st := range steps {
		fmt.Fprintf(l.out, "  %d) %s %s\n", i+1, st.Question.Title, s.FormatAnswer(st.Question.ID, a[st.Question.ID]))
	}
	for {
		fmt.Fprint(l.out, "Skriv nummeret på et svar du vil endre, eller trykk Enter for å lage sjekklisten: ")
		line, err := l.readLine()
		var stopped *Stopped
		if errors.As(err, &stopped) && stopped.Signal == nil && l.pipe {
			return "", nil // piped input ended after the interview: take the answers as they are
		}
		if err != nil {
			return "", err
		}
		if line == "" {
			return "", nil
		}
		n, convErr := strconv.Atoi(line)
		if convErr != nil || n < 1 || n > len(steps) {
			fmt.Fprintf(l.out, "Skriv et nummer fra 1 til %d, eller trykk Enter.\n", len(steps))
			continue
		}
		return steps[n-1].Question.ID, nil
	}
}

// AskText asks for one line of free text; an empty line asks again.
func (l *Lines) AskText(question string) (string, error) {
	for {
		fmt.Fprintf(l.out, "%s: ", question)
		line, err := l.readLine()
		if err != nil || line != "" {
			return line, err
		}
	}
}

// Choose asks a question with numbered options and returns the chosen index.
func (l *Lines) Choose(title string, options []string) (int, error) {
	if l.nothingToRead() {
		return 0, ErrNoInput
	}
	fmt.Fprintln(l.out, title)
	for i, o := range options {
		fmt.Fprintf(l.out, "  %d) %s\n", i+1, o)
	}
	for {
		fmt.Fprint(l.out, "Skriv nummeret (Enter: 1): ")
		line, err := l.readLine()
		if err != nil {
			return 0, err
		}
		if line == "" {
			return 0, nil
		}
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(options) {
			return n - 1, nil
		}
		fmt.Fprintf(l.out, "Skriv et nummer fra 1 til %d.\n", len(options))
	}
}

// Intro prints the text before the first question; it does not wait.
func (l *Lines) Intro(title, body string) error {
	if title != "" {
		fmt.Fprintln(l.out, title)
	}
	fmt.Fprint(l.out, body)
	return nil
}
