package cmdutil

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"
	"syscall"

	"github.com/charmbracelet/x/ansi"

	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/pager"
	"github.com/sosabc/sosabc/internal/render"
	"github.com/sosabc/sosabc/internal/render/markdown"
	"github.com/sosabc/sosabc/internal/render/plain"
)

// WriteJSON prints v as indented JSON: the stable contract for --format json.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return WriteError(err)
	}
	return nil
}

// Print writes text to standard out, with a Norwegian error if that fails.
func (f *Factory) Print(text string) error {
	if _, err := io.WriteString(f.IO.Out, text); err != nil {
		return WriteError(err)
	}
	return nil
}

// Printerr writes a message for the person to standard error.
func (f *Factory) Printerr(text string) { _, _ = io.WriteString(f.IO.ErrOut, text) }

// Show renders md and writes it: one screen at a time when a person reads
// a page longer than the terminal, all at once otherwise.
// Plain text (pipes, NO_COLOR, screen readers) comes from the plain
// renderer; a colour terminal gets glamour's rendering of the Markdown.
func (f *Factory) Show(d *doc.Document, o render.Options, noPager bool) error {
	_, err := f.ShowAll(o, noPager, d)
	return err
}

// ShowAll shows documents one after the other as one page, as Show shows
// one, and reports whether they went to the pager. On a terminal the pager
// opens as soon as the first screen is rendered; the rest follows while
// the reader reads it. A page sure to be longer than the screen (a plan)
// opens the pager before it is rendered at all (pageEarly).
func (f *Factory) ShowAll(o render.Options, noPager bool, docs ...*doc.Document) (paged bool, err error) {
	pageable := f.IO.OutTTY && f.IO.InTTY && !noPager && !f.IO.Accessible() && f.IO.Height() > 0
	if !pageable {
		text, err := f.Page(o, docs...)
		if err != nil {
			return false, err
		}
		return false, f.Print(text)
	}
	if surelyLonger(docs, f.IO.Height()) {
		return true, f.pageEarly(o, docs)
	}
	src := pageSections(o, docs, f.IO.ScreenReader(), true)
	defer src.Close()
	var text strings.Builder
	lines := 0
	for {
		s, ok := src.Next()
		if !ok {
			break
		}
		if s.Err != nil {
			return false, s.Err
		}
		text.WriteString(s.Text)
		lines += strings.Count(s.Text, "\n")
		if lines >= f.IO.Height() {
			return true, page(f, text.String(), func() sections { return src }, o.Width)
		}
	}
	return false, f.Print(text.String())
}

// Page renders the documents as one page, for output that is not paged
// (ShowAll without a pager). It writes nothing.
func (f *Factory) Page(o render.Options, docs ...*doc.Document) (string, error) {
	src := pageSections(o, docs, f.IO.ScreenReader(), false)
	defer src.Close()
	var parts []string
	for {
		s, ok := src.Next()
		if !ok {
			break
		}
		if s.Err != nil {
			return "", s.Err
		}
		parts = append(parts, s.Text)
	}
	if len(parts) == 1 {
		return parts[0], nil // a plan in plain text: 120 kB not copied again
	}
	return strings.Join(parts, ""), nil
}

// pageSections renders the documents as one page, in sections. For the
// pager (held), glamour renders one section ahead of what is needed for
// the first screen, and the rest only once the pager has written that
// screen and releases it (render.Sections says why).
func pageSections(o render.Options, docs []*doc.Document, spoken, held bool) sections {
	if o.Style == "notty" {
		return plainSections(docs, o.Width, spoken)
	}
	render.Warm(o) // while the Markdown is written
	mds := make([]string, len(docs))
	for i, d := range docs {
		mds[i] = markdown.Render(d)
	}
	src := render.Hold(o, 1, mds...)
	if !held {
		src.Release()
	}
	return src
}

// surelyLonger reports whether the documents take more than height lines
// however they are rendered: every heading and every checklist item takes
// at least one line, in plain text and in glamour's rendering alike.
func surelyLonger(docs []*doc.Document, height int) bool {
	n := 0
	for _, d := range docs {
		for _, b := range d.Blocks {
			switch b := b.(type) {
			case doc.Heading, doc.Task:
				n++
			case doc.TaskList:
				n += len(b.Rows)
			}
		}
	}
	return n > height
}

// sections is a page in sections, read in order (render.Sections).
// Release lets the rest be made without waiting for the reader; Close
// stops the making, and Next then reports no more.
type sections interface {
	Next() (render.Section, bool)
	Release()
	Close()
}

// plainPage is a page of plain text, made already.
type plainPage []string

func (p *plainPage) Next() (render.Section, bool) {
	if len(*p) == 0 {
		return render.Section{}, false
	}
	s := (*p)[0]
	*p = (*p)[1:]
	return render.Section{Text: s}, true
}

func (p *plainPage) Release() {}
func (p *plainPage) Close()   {}

// plainSections is the documents as plain text, a document per section;
// spoken for a screen reader (plain.RenderSpoken).
func plainSections(docs []*doc.Document, width int, spoken bool) *plainPage {
	out := make(plainPage, len(docs))
	for i, d := range docs {
		text := plain.Render(d, width)
		if spoken {
			text = plain.RenderSpoken(d, width)
		}
		if i > 0 {
			text = "\n" + text
		}
		out[i] = text
	}
	return &out
}

// page shows a page in the pager. first is the start of the page, enough
// for the first screen, and rest makes the sections after it. With first
// empty, the first screen is taken from rest, while the pager starts
// (pageEarly). The rest is rendered from when the first screen has been
// written. An error in the page is returned when the pager closes,
// unless the reader closed it first.
func page(f *Factory, first string, rest func() sections, width int) error {
	more, stop, failed := make(chan string), make(chan struct{}), make(chan error, 1)
	shown, finished := make(chan struct{}), make(chan struct{})
	height := f.IO.Height()
	go func() {
		defer close(finished)
		defer close(more)
		src := rest()
		defer src.Close()
		next := func() (string, bool) {
			s, ok := src.Next()
			if ok && s.Err != nil {
				failed <- s.Err
				return "", false
			}
			return s.Text, ok
		}
		send := func(text string) bool {
			select {
			case more <- text:
				return true
			case <-stop:
				return false
			}
		}
		if first == "" {
			// The first screen is sent whole, so the pager never shows
			// part of it as if it were all.
			var b strings.Builder
			for lines := 0; lines < height; {
				text, ok := next()
				if !ok {
					break
				}
				b.WriteString(text)
				lines += strings.Count(text, "\n")
			}
			if b.Len() == 0 || !send(b.String()) {
				return
			}
		}
		select {
		case <-shown:
		case <-stop:
			return
		}
		src.Release()
		for {
			text, ok := next()
			if !ok || !send(text) {
				return
			}
		}
	}()
	err := pager.Run(f.IO.In, f.IO.Out, pager.Page{Text: first, More: more, Shown: func() { close(shown) }}, width, height)
	close(stop)
	<-finished
	if err == nil {
		select {
		case err = <-failed:
		default:
		}
	}
	return err
}

// pageEarly shows a page that is sure to fill more than the screen. The
// pager opens first, and the page is rendered while it starts: bubbletea
// draws on a clock (every 8 ms), so its start and its first tick no longer
// wait for the page. The first screen of a saved plan came 3 to 5 ms
// sooner (medians of 20 and 30 runs by turns: 53 → 50 and 55 → 51 ms).
// The pager shows nothing until the first screen has come whole.
func (f *Factory) pageEarly(o render.Options, docs []*doc.Document) error {
	return page(f, "", func() sections { return pageSections(o, docs, f.IO.ScreenReader(), true) }, o.Width)
}

// Wrap fits plain text to the terminal: each line starts with first (the
// first line) or rest (the others). Words are never broken, not even at a
// hyphen («a-melding»), so a long web address may stick out rather than be
// cut.
func Wrap(text string, width int, first, rest string) string {
	avail := max(width-ansi.StringWidth(rest), 20)
	lines := Fill(text, avail)
	for i := range lines {
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = rest + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// Fill breaks plain text into lines of at most width cells, at spaces
// only. A word wider than the width gets a line of its own.
func Fill(text string, width int) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		line, w := "", 0
		for _, word := range strings.Fields(para) {
			ww := ansi.StringWidth(word)
			switch {
			case w == 0:
				line, w = word, ww
			case w+1+ww <= width:
				line, w = line+" "+word, w+1+ww
			default:
				lines = append(lines, line)
				line, w = word, ww
			}
		}
		lines = append(lines, line)
	}
	return lines
}

// WriteError is a failed write to standard out, in Norwegian.
func WriteError(err error) error {
	why := err.Error()
	switch {
	case errors.Is(err, syscall.ENOSPC):
		why = "disken er full"
	case errors.Is(err, syscall.EACCES), errors.Is(err, syscall.EPERM):
		why = "du har ikke tilgang til å skrive der"
	case errors.Is(err, syscall.EPIPE), errors.Is(err, os.ErrClosed):
		why = "mottakeren har lukket forbindelsen"
	}
	return &writeError{msg: "kunne ikke skrive utdata: " + why, err: err}
}

// IsWriteError reports whether err is a failed write to standard out.
func IsWriteError(err error) bool {
	var w *writeError
	return errors.As(err, &w)
}

type writeError struct {
	msg string
	err error
}

func (e *writeError) Error() string { return e.msg }
func (e *writeError) Unwrap() error { return e.err }
