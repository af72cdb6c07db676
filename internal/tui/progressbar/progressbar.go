// Package progressbar draws a one-line progress bar on a terminal, for
// batches that take more than a moment. It writes plain characters and one
// carriage return per update, so it needs no full-screen program.
package progressbar

import (
	"fmt"
	"io"
	"strings"
)

const width = 30

// Bar is a progress bar on one line of w.
type Bar struct {
	w     io.Writer
	total int
	label string
}

// New starts a bar for total steps.
func New(w io.Writer, total int, label string) *Bar {
	b := &Bar{w: w, total: total, label: label}
	b.Set(0)
	return b
}

// Set shows that done of the total steps are done.
func (b *Bar) Set(done int) {
	filled := 0
	if b.total > 0 {
		filled = done * width / b.total
	}
	fmt.Fprintf(b.w, "\r%s [%s%s] %d av %d", b.label, strings.Repeat("█", filled), strings.Repeat("░", width-filled), done, b.total)
}

// Done ends the line.
func (b *Bar) Done() { fmt.Fprintln(b.w) }
