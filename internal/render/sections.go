package render

import (
	"runtime"
	"strings"
	"sync"

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
	s := Hold(o, 0, docs...)
	s.Release()
	out := make(chan Section, len(s.jobs))
	go func() {
		defer close(out)
		for {
			sec, ok := s.Next()
			if !ok {
				return
			}
			out <- sec
		}
	}()
	return out
}

// Sections is a page being rendered in sections on every core, read in
// order with Next by one reader.
//
// A pager needs only the first screen at first. While it starts and
// writes that screen, rendering the rest of the page on both cores of a
// small machine delays the screen by 18–20 ms (measured with the saved
// plan of 80 items, 2 000 lines); holding the rest back until the screen
// is written cuts that to 9 ms, bubbletea's frame interval. So Hold
// renders only a few sections ahead of the reader, until Release.
type Sections struct {
	o     Options
	jobs  []job
	done  []chan Section // the rendered section of each job
	ahead int
	quit  chan struct{} // closed by Close

	workers sync.WaitGroup

	mu       sync.Mutex
	changed  *sync.Cond // taken, released or closed changed
	next     int        // the next job a worker takes
	taken    int        // sections the reader has asked for
	released bool
	closed   bool
	failed   bool // a section had an error: no more sections
}

// Hold starts rendering the documents as Stream does, but renders at
// most ahead sections beyond those the reader has asked for with Next,
// until Release. Call Close when done reading, so the rendering stops.
func Hold(o Options, ahead int, docs ...string) *Sections {
	o = o.withDefaults()
	s := &Sections{o: o, ahead: ahead, quit: make(chan struct{})}
	s.changed = sync.NewCond(&s.mu)
	for d, md := range docs {
		for i, part := range split(sanitize.Strip(md)) {
			s.jobs = append(s.jobs, job{md: part, pageStart: d == 0 && i == 0, docStart: i == 0})
		}
	}
	s.done = make([]chan Section, len(s.jobs))
	for i := range s.done {
		s.done[i] = make(chan Section, 1)
	}
	n := min(runtime.GOMAXPROCS(0), len(s.jobs))
	s.workers.Add(n)
	for range n {
		go s.work()
	}
	return s
}

// work renders jobs until there are no more, or the reader closed the
// sections.
func (s *Sections) work() {
	defer s.workers.Done()
	var r *glamour.TermRenderer
	for {
		i, ok := s.claim()
		if !ok {
			return
		}
		var sec Section
		if r == nil {
			r, sec.Err = s.o.warmRenderer()
		}
		if sec.Err == nil {
			sec.Text, sec.Err = renderSection(s.jobs[i], r, s.o)
		}
		s.done[i] <- sec
		// A section takes about a millisecond. Let the pager and the
		// reader of the sections run in between, rather than wait for
		// the scheduler to interrupt the rendering.
		runtime.Gosched()
	}
}

// claim waits until the next job may be rendered, and takes it.
func (s *Sections) claim() (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		switch {
		case s.closed || s.next >= len(s.jobs):
			return 0, false
		case s.released || s.next < s.taken+s.ahead:
			s.next++
			return s.next - 1, true
		}
		s.changed.Wait()
	}
}

// Next waits for the next section and returns it. It reports false after
// the last section, after a section with an error, and after Close.
func (s *Sections) Next() (Section, bool) {
	s.mu.Lock()
	i := s.taken
	if s.closed || s.failed || i >= len(s.jobs) {
		s.mu.Unlock()
		return Section{}, false
	}
	s.taken++
	s.changed.Broadcast()
	s.mu.Unlock()
	select {
	case sec := <-s.done[i]:
		if sec.Err != nil {
			s.mu.Lock()
			s.failed = true
			s.mu.Unlock()
		}
		return sec, true
	case <-s.quit:
		return Section{}, false
	}
}

// Release lets the rest of the page be rendered on every core, without
// waiting for the reader. It may be called more than once.
func (s *Sections) Release() {
	s.mu.Lock()
	s.released = true
	s.changed.Broadcast()
	s.mu.Unlock()
}

// Close stops the rendering: no section is started after it, and Next
// reports no more sections. It may be called more than once.
func (s *Sections) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.closed = true
		close(s.quit)
		s.changed.Broadcast()
	}
}

// renderSection is job.render; a test makes a section fail with it.
var renderSection = job.render

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
	if hasRefDef(md) {
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

// hasRefDef reports whether md has a line that starts a link reference
// definition: up to three spaces, «[», a label and «]:», as the
// expression (?m)^ {0,3}\[[^\]]+\]: finds (the label may span lines).
// It is written out because the expression took 2 ms before the first
// screen of a saved plan (90 kB), and the cut with this loop takes 0.3 ms
// (BenchmarkSplit).
func hasRefDef(md string) bool {
	for at := 0; at < len(md); {
		line := md[at:]
		k := 0
		for k < 3 && k < len(line) && line[k] == ' ' {
			k++
		}
		if k < len(line) && line[k] == '[' {
			label := strings.IndexByte(line[k+1:], ']')
			if end := k + 1 + label + 1; label > 0 && end < len(line) && line[end] == ':' {
				return true
			}
		}
		nl := strings.IndexByte(line, '\n')
		if nl < 0 {
			break
		}
		at += nl + 1
	}
	return false
}
