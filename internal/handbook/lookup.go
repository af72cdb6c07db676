package handbook

import (
	"strings"

	"github.com/sosabc/sosabc/internal/locale"
)

// FindTopic accepts an id, or a title typed with or without æøå.
func (h *Handbook) FindTopic(name string) *Topic {
	if t := h.Topic(strings.ToLower(name)); t != nil {
		return t
	}
	folded := locale.Fold(name)
	for _, t := range h.Topics {
		if locale.Fold(t.Title) == folded || locale.Fold(t.ID) == folded || locale.Fold(TitleWithoutParens(t.Title)) == folded {
			return t
		}
	}
	return nil
}

// TitleWithoutParens turns «Aksjeselskap (AS)» into «Aksjeselskap».
func TitleWithoutParens(title string) string {
	if i := strings.Index(title, " ("); i > 0 {
		return title[:i]
	}
	return title
}

// LookupTerm finds an exact term or alias first, then terms that start
// with what was typed.
func (h *Handbook) LookupTerm(word string) []Term {
	q := locale.Fold(strings.TrimSpace(word))
	var exact, prefix []Term
	for _, t := range h.Glossary {
		names := append([]string{t.Term}, t.Aliases...)
		hit := false
		for _, n := range names {
			n = locale.Fold(n)
			// «G (grunnbeløpet)» is found as «g» and as «grunnbeløpet».
			if n == q || strings.HasPrefix(n, q+" (") || strings.Contains(n, "("+q+")") {
				exact = append(exact, t)
				hit = true
				break
			}
		}
		if !hit {
			for _, n := range names {
				if len(q) >= 3 && strings.HasPrefix(locale.Fold(n), q) {
					prefix = append(prefix, t)
					break
				}
			}
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return prefix
}

// FindArea finds an area by id or by title, forgiving case, æøå written
// as ae/oe/aa, and a title's brackets: «forsikring», «Forsikring»,
// «Navn, merke og ideer».
func (h *Handbook) FindArea(name string) *Area {
	folded := locale.Fold(strings.TrimSpace(name))
	for i := range h.Areas {
		a := &h.Areas[i]
		if locale.Fold(a.ID) == folded || locale.Fold(a.Title) == folded || locale.Fold(TitleWithoutParens(a.Title)) == folded {
			return a
		}
	}
	return nil
}

// TopicForTerm finds the page a word of the glossary points to: «mva»
// opens «mva-registrering». It is nil when the word is no term or alias
// with a page, or when the terms it names point to different pages.
func (h *Handbook) TopicForTerm(word string) *Topic {
	q := locale.Fold(strings.TrimSpace(word))
	var found *Topic
	for _, t := range h.Glossary {
		if t.Topic == "" {
			continue
		}
		for _, n := range append([]string{t.Term}, t.Aliases...) {
			n = locale.Fold(n)
			if n != q && !strings.HasPrefix(n, q+" (") && !strings.Contains(n, "("+q+")") {
				continue
			}
			topic := h.Topic(t.Topic)
			if topic == nil {
				break
			}
			if found != nil && found != topic {
				return nil
			}
			found = topic
			break
		}
	}
	return found
}
