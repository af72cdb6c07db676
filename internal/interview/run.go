package interview

import "errors"

// Reply is what a front end got for one question: an answer, or a wish to
// go back one question.
type Reply struct {
	Value any
	Back  bool
}

// Asker is a front end: it asks one question, and shows the review.
// An Asker returns ErrStopped (or an error wrapping it) when the person
// stopped the interview; any other error is a failure.
type Asker interface {
	// Ask asks step's question, starting from value. first is true when
	// there is no question to go back to.
	Ask(step Step, value any, first bool) (Reply, error)
	// Review shows every answer and returns the id of one to change, or ""
	// when the person is done.
	Review(s *Schema, a Answers) (string, error)
}

// ErrStopped means the person stopped the interview (Ctrl-C, a signal, or
// the input ended).
var ErrStopped = errors.New("intervjuet ble avbrutt")

// Run asks every visible question through the asker, then the review, and
// returns the answers. On any error it returns what counts as answered
// (see Session.Answers) with the error, so nothing the person gave is lost.
func Run(s *Schema, start Answers, skip map[string]bool, asker Asker) (Answers, error) {
	sess := NewSession(s, start, skip)
	for {
		if err := ask(sess, asker); err != nil {
			return sess.Answers(), err
		}
		id, err := asker.Review(s, sess.Answers())
		if err != nil {
			return sess.Answers(), err
		}
		if id == "" {
			return sess.Answers(), nil
		}
		sess.Edit(id)
	}
}

func ask(sess *Session, asker Asker) error {
	for {
		step, ok := sess.Current()
		if !ok {
			return nil
		}
		reply, err := asker.Ask(step, sess.Value(step.Question), !sess.CanGoBack())
		if err != nil {
			return err
		}
		if reply.Back {
			sess.Back()
			continue
		}
		if err := sess.Answer(reply.Value); err != nil {
			return err
		}
	}
}
