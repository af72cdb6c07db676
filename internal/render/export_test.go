package render

import (
	"errors"
	"strings"

	"charm.land/glamour/v2"

	"github.com/sosabc/sosabc/internal/sanitize"
)

// Whole renders md in one piece, as Markdown did before long pages were
// rendered in sections: what the sections must look like.
func Whole(md string, o Options) (string, error) {
	o = o.withDefaults()
	r, err := o.renderer()
	if err != nil {
		return "", err
	}
	return renderWith(r, sanitize.Strip(md), o)
}

// Split is split, for the tests.
var Split = split

// HasRefDef is hasRefDef, for the tests.
var HasRefDef = hasRefDef

// Started is how many sections the workers have started.
func (s *Sections) Started() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.next
}

// Wait waits until every worker has stopped.
func (s *Sections) Wait() { s.workers.Wait() }

// FailOn makes every section that holds marker fail, until undo.
func FailOn(marker string) (undo func()) {
	was := renderSection
	renderSection = func(j job, r *glamour.TermRenderer, o Options) (string, error) {
		if strings.Contains(j.md, marker) {
			return "", errors.New("feil i " + marker)
		}
		return was(j, r, o)
	}
	return func() { renderSection = was }
}
