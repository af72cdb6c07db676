// Package iostreams carries the program's input and output, and what is known
// about the terminal behind them, so every command can be run in tests
// without a real terminal.
package iostreams

import (
	"bytes"
	"io"
	"os"
	"strconv"

	"github.com/charmbracelet/x/term"
)

// IOStreams is passed to every command. Stdout is data; Stderr is conversation.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	InTTY  bool
	OutTTY bool
	// ErrTTY matters for prompts: they are drawn on stderr, so that
	// «sosabc start > plan.md» still shows the interview.
	ErrTTY bool

	// Getenv reads the environment; tests pass their own.
	Getenv func(string) string

	// noColorCodes is set on an old Windows console that cannot show
	// escape codes: it gets plain text, like a pipe.
	noColorCodes bool

	// accessible is set by --accessible: the same as ACCESSIBLE=1.
	accessible bool

	width  int
	height int
}

// System returns streams for the real process.
func System() *IOStreams {
	s := &IOStreams{
		In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		InTTY:  term.IsTerminal(os.Stdin.Fd()),
		OutTTY: term.IsTerminal(os.Stdout.Fd()),
		ErrTTY: term.IsTerminal(os.Stderr.Fd()),
		Getenv: os.Getenv,
	}
	if s.OutTTY || s.ErrTTY {
		s.noColorCodes = !colorCodesWork(os.Stdout) || !colorCodesWork(os.Stderr)
	}
	for _, f := range []*os.File{os.Stdout, os.Stderr} {
		if w, h, err := term.GetSize(f.Fd()); err == nil {
			s.width, s.height = w, h
			break
		}
	}
	return s
}

// Test returns streams backed by buffers: in, out, errOut.
func Test() (*IOStreams, *bytes.Buffer, *bytes.Buffer, *bytes.Buffer) {
	in, out, errOut := &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut, Getenv: func(string) string { return "" }}, in, out, errOut
}

// SetTTY pretends both ends are a terminal of the given size (tests).
func (s *IOStreams) SetTTY(width, height int) {
	s.InTTY, s.OutTTY, s.ErrTTY = true, true, true
	s.width, s.height = width, height
}

// ColorEnabled reports whether styled output is wanted: a terminal, and
// neither NO_COLOR nor TERM=dumb.
func (s *IOStreams) ColorEnabled() bool {
	if !s.OutTTY || s.noColorCodes {
		return false
	}
	// no-color.org: any non-empty value turns colour off.
	return s.Getenv("NO_COLOR") == "" && s.Getenv("TERM") != "dumb"
}

// Accessible reports whether prompts should be plain, line by line.
func (s *IOStreams) Accessible() bool {
	return s.ScreenReader() || s.Getenv("TERM") == "dumb" || !s.InTTY || !s.ErrTTY
}

// ScreenReader reports whether the reader asked for output for a screen
// reader: ACCESSIBLE=1 or --accessible. Then pages are plain text and never
// open in the full-screen pager.
func (s *IOStreams) ScreenReader() bool {
	return s.accessible || s.Getenv("ACCESSIBLE") != ""
}

// SetAccessible is --accessible: the rest of the run behaves as with
// ACCESSIBLE=1.
func (s *IOStreams) SetAccessible() { s.accessible = true }

// Width is the terminal width, or COLUMNS, or 80.
func (s *IOStreams) Width() int {
	if s.width > 0 {
		return s.width
	}
	if n, err := strconv.Atoi(s.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return 80
}

// Height is the terminal height, or 0 when unknown.
func (s *IOStreams) Height() int { return s.height }
