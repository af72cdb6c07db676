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

	// With an interrupt channel, lines are read in the background so that
	// Ctrl-C can stop a prompt like any other answer: with ErrAborted.
	interrupt <-chan os.Signal
	lines     chan readResult
}

type readResult struct {
	line string
	err  error
}

// StopOn makes Ctrl-C (a signal on ch) end the current prompt with
// ErrAborted, so the caller can save what was answered.
func (l *Lines) StopOn(ch <-chan os.Signal) {
	l.interrupt = ch
	l.lines = make(chan readResult)
	go func() {
		for {
			line, err := l.in.ReadString('\n')
			l.lines <- readResult{line, err}
			if err != nil {
				return
			}
		}
	}()
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

func (l *Lines) readLine() (string, error) {
	var line string
	var err error
	if l.lines != nil {
		select {
		case r := <-l.lines:
			line, err = r.line, r.err
		case <-l.interrupt:
			fmt.Fprintln(l.out)
			return "", ErrAborted
		}
	} else {
		line, err = l.in.ReadString('\n')
	}
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		if errors.Is(err, io.EOF) {
			if !l.got {
				return "", ErrNoInput
			}
			return "", ErrAborted
		}
		return "", err
	}
	l.got = true
	return strings.TrimSpace(line), nil
}

// Interview asks the visible questions not in skip. «?» shows why we ask;
// «<» goes back one question.
func (l *Lines) Interview(s *interview.Schema, start interview.Answers, skip map[string]bool) (Result, error) {
	answers := interview.Answers{}
	for k, v := range start {
		answers[k] = v
	}
	if l.nothingToRead() {
		return Result{Answers: start}, ErrNoInput
	}
	var history []string
	lastSection := ""
	for {
		step, ok := nextStep(s, answers, skip, history)
		if !ok {
			return Result{Answers: s.Prune(answers)}, nil
		}
		q := step.Question
		if step.Section.ID != lastSection {
			fmt.Fprintf(l.out, "\nSteg %d av %d: %s\n", step.Number, step.Total, step.Section.Title)
			lastSection = step.Section.ID
		}
		v, back, err := l.ask(s, q, answers[q.ID])
		if err != nil {
			return Result{Answers: keep(answers, history), Position: q.ID}, err
		}
		if back {
			if len(history) == 0 {
				fmt.Fprintln(l.out, "Du er på det første spørsmålet.")
				continue
			}
			history = history[:len(history)-1]
			lastSection = ""
			continue
		}
		answers[q.ID] = v
		history = append(history, q.ID)
	}
}

// nextStep is the first visible question not yet answered in this run.
func nextStep(s *interview.Schema, a interview.Answers, skip map[string]bool, history []string) (interview.Step, bool) {
	done := map[string]bool{}
	for _, id := range history {
		done[id] = true
	}
	for _, st := range s.Steps(a) {
		if !skip[st.Question.ID] && !done[st.Question.ID] {
			return st, true
		}
	}
	return interview.Step{}, false
}

func keep(a interview.Answers, history []string) interview.Answers {
	out := interview.Answers{}
	for _, id := range history {
		out[id] = a[id]
	}
	return out
}

func (l *Lines) ask(s *interview.Schema, q *interview.Question, current any) (any, bool, error) {
	def := current
	if def == nil {
		def = q.Default
	}
	for {
		fmt.Fprintln(l.out, q.Title)
		for i, o := range q.Options {
			fmt.Fprintf(l.out, "  %d) %s\n", i+1, o.Label)
		}
		fmt.Fprintf(l.out, "%s: ", hint(s, q, def))
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
		if err != nil {
			fmt.Fprintf(l.out, "Det forsto vi ikke: %v. Prøv igjen.\n", err)
			continue
		}
		return v, false, nil
	}
}

func hint(s *interview.Schema, q *interview.Question, def any) string {
	var h string
	switch q.Type {
	case interview.TypeSelect:
		h = "Skriv nummeret"
	case interview.TypeMultiselect:
		h = "Skriv numrene med komma mellom, eller 0 for ingen"
	case interview.TypeNumber:
		h = "Skriv et tall"
	case interview.TypeConfirm:
		h = "Svar ja eller nei"
	default:
		h = "Skriv svaret"
	}
	if def != nil {
		h += fmt.Sprintf(" (Enter: %s)", s.FormatAnswer(q.ID, def))
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
		var out []string
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
		if errors.Is(err, ErrAborted) {
			return "", nil // input ended after the interview: take the answers as they are
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

// Ask asks for one line of free text; an empty line asks again.
func (l *Lines) Ask(question string) (string, error) {
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
