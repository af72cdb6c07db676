package interview

import "errors"

// Session is one run through the interview: which question comes next,
// answering it, going back, and what counts as answered if the run stops.
// Every front end (the full-screen one, the line-by-line one, a web page)
// drives a Session; none of them decides the flow.
type Session struct {
	schema  *Schema
	answers Answers         // everything known: earlier runs, then this run
	keep    Answers         // answers from earlier runs that count on abort
	skip    map[string]bool // answered before: not asked again
	history []string        // asked in this run, in order
}

// NewSession starts a run with the answers from earlier runs; questions in
// skip are not asked again.
func NewSession(s *Schema, start Answers, skip map[string]bool) *Session {
	sess := &Session{schema: s, answers: Answers{}, keep: Answers{}, skip: map[string]bool{}}
	for k, v := range start {
		sess.answers[k] = v
		sess.keep[k] = v
	}
	for k, v := range skip {
		sess.skip[k] = v
	}
	return sess
}

// Current is the question to ask now: the first visible one that is
// neither skipped nor answered in this run. ok is false when none is left.
func (s *Session) Current() (step Step, ok bool) {
	done := map[string]bool{}
	for _, id := range s.history {
		done[id] = true
	}
	for _, st := range s.schema.Steps(s.answers) {
		if !s.skip[st.Question.ID] && !done[st.Question.ID] {
			return st, true
		}
	}
	return Step{}, false
}

// Value is what the current question shows as its starting value: the
// answer given before, else the question's default.
func (s *Session) Value(q *Question) any {
	if v, ok := s.answers[q.ID]; ok {
		return v
	}
	return q.Default
}

// Answer records the answer to the current question and moves on.
func (s *Session) Answer(v any) error {
	st, ok := s.Current()
	if !ok {
		return errors.New("intervjuet er ferdig")
	}
	nv, err := st.Question.Normalize(v)
	if err != nil {
		return err
	}
	s.answers[st.Question.ID] = nv
	s.history = append(s.history, st.Question.ID)
	return nil
}

// Back goes to the question answered last in this run, or, at the first
// question of a resumed run, to the question before it that was answered
// in an earlier run. It reports false when there is nothing before. The
// earlier answer stays as the starting value.
func (s *Session) Back() bool {
	if len(s.history) > 0 {
		s.history = s.history[:len(s.history)-1]
		return true
	}
	if id := s.skippedBefore(); id != "" {
		delete(s.skip, id)
		return true
	}
	return false
}

// CanGoBack reports whether Back would move.
func (s *Session) CanGoBack() bool { return len(s.history) > 0 || s.skippedBefore() != "" }

// skippedBefore is the last visible question before the current one that
// is skipped because an earlier run answered it: "" when there is none.
func (s *Session) skippedBefore() string {
	cur, ok := s.Current()
	prev := ""
	for _, st := range s.schema.Steps(s.answers) {
		if ok && st.Question.ID == cur.Question.ID {
			break
		}
		if s.skip[st.Question.ID] {
			prev = st.Question.ID
		}
	}
	return prev
}

// Answers is what counts as answered: when the run is done, every answer
// that is still asked for; when it stopped early, the answers from earlier
// runs and those given in this run, never a default the person did not
// confirm.
func (s *Session) Answers() Answers {
	if _, more := s.Current(); !more {
		return s.schema.Prune(s.answers)
	}
	out := Answers{}
	for k, v := range s.keep {
		out[k] = v
	}
	for _, id := range s.history {
		out[id] = s.answers[id]
	}
	return out
}

// Edit asks one question again, then any question the new answer brings in;
// every other answer is kept. It is how the review screen changes an answer.
func (s *Session) Edit(id string) {
	all := s.Answers()
	*s = *NewSession(s.schema, all, nil)
	for k := range all {
		if k != id {
			s.skip[k] = true
		}
	}
}
