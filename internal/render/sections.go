package render

import (
	"regexp"
	"runtime"
	"strings"
	"sync/atomic"

	"charm.land/glamour/v2"

	"github.com/sosabc/sosabc/internal/sanitize"
)

// A long page is rendered in sections, one per heading. Glamour takes
// about 35 ms of processor time per thousand lines, and a founder's plan
// has two thousand: the sections are rendered on every core, and a pager
// can show the first screen while the rest is still being rendered.
//
// A page rendered in sections looks the same as the page rendered whole.
// Only the invisible padding of the blank line between two sections
// differs (TestSectionsLookLikeTheWholePage).

// Section is one rendered section of a page, or the error that stopped
// the rendering.
type Section struct {
	Text string
	Err  error
}

// Stream renders the Markdown documents one after the other, as one page
// with a blank line between two documents, in sections on every core. It
// sends the sections in order and closes the channel after the last one,
// or after the first error. Nobody has to read the channel to the end.
func Stream(o Options, docs ...string) <-chan Section {
	o = o.withDefaults()
	var jobs []job
	for d, md := range docs {
		for i, s := range split(sanitize.Strip(md)) {
			jobs = append(jobs, job{md: s, pageStart: d == 0 && i == 0, docStart: i == 0})
		}
	}
	done := make([]chan Section, len(jobs))
	for i := range done {
		done[i] = make(chan Section, 1)
	}
	var next atomic.Int64
	workers := min(runtime.GOMAXPROCS(0), len(jobs))
	for range workers {
		go func() {
			var r *glamour.TermRenderer
			for {
				i := int(next.Add(1)) - 1
				if i >= len(jobs) {
					return
				}
				var s Section
				if r == nil {
					r, s.Err = o.renderer()
				}
				if s.Err == nil {
					s.Text, s.Err = jobs[i].render(r, o)
				}
				done[i] <- s
				// A section takes about a millisecond. Let the pager and
				// the reader of the sections run in between, rather than
				// wait for the scheduler to interrupt the rendering.
				runtime.Gosched()
			}
		}()
	}
	out := make(chan Section, len(jobs))
	go func() {
		defer close(out)
		for _, c := range done {
			s := <-c
			out <- s
			if s.Err != nil {
				return
			}
		}
	}()
	return out
}

// job is one section of a document.
type job struct {
	md string
	// pageStart is the first section of the page, docStart the first of a
	// document.
	pageStart, docStart bool
}

// render renders the section and fits it to the sections before it.
// Glamour starts every document with an empty line and ends it with one:
// a section after the first in a document drops its empty line, so one
// blank line separates the sections, as in the page rendered whole. A
// document after the first keeps it and gets one more, as a blank line
// between documents. Plain text loses its blank lines at both ends, so
// every section but the page's first gets one back.
func (j job) render(r *glamour.TermRenderer, o Options) (string, error) {
	out, err := renderWith(r, j.md, o)
	if err != nil {
		return "", err
	}
	switch {
	case o.Style == "notty":
		if !j.pageStart {
			out = "\n" + out
		}
	case !j.docStart:
		out = strings.TrimPrefix(out, "\n")
	case !j.pageStart:
		out = "\n" + out
	}
	return out, nil
}

// split cuts md before each ## and ### heading outside a fenced code
// block. A page with a link reference definition («[1]: https://…») stays
// whole, since a link and its definition could end up in different
// sections.
func split(md string) []string {
	if refDefRe.MatchString(md) {
		return []string{md}
	}
	var parts []string
	start, fence := 0, ""
	for at := 0; at < len(md); {
		end := strings.IndexByte(md[at:], '\n') + at + 1
		if end == at {
			end = len(md)
		}
		line := md[at:end]
		switch {
		case fence != "":
			if strings.HasPrefix(strings.TrimLeft(line, " "), fence) {
				fence = ""
			}
		case strings.HasPrefix(strings.TrimLeft(line, " "), "```"):
			fence = "```"
		case strings.HasPrefix(strings.TrimLeft(line, " "), "~~~"):
			fence = "~~~"
		case at > start && (strings.HasPrefix(line, "## ") || strings.HasPrefix(line, "### ")):
			parts = append(parts, md[start:at])
			start = at
		}
		at = end
	}
	return append(parts, md[start:])
}

var refDefRe = regexp.MustCompile(`(?m)^ {0,3}\[[^\]]+\]:`)
