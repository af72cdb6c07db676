package interview

// Answers maps question ids to answers: string for select and text,
// []string for multiselect, int for number, bool for confirm. A missing key
// means the question is unanswered.
type Answers map[string]any

// Answered is the name in conditions of the list of answered question
// ids: «"start_capital" in answered» tells «0 kroner» from no answer.
const Answered = "answered"

// Env is the expression environment for these answers: every question id
// gets a value, its typed zero value when unanswered, so expressions never
// meet a missing name or a nil. Answered lists the ids that have an
// answer.
func (a Answers) Env(s *Schema) map[string]any {
	env := make(map[string]any, len(s.questions)+8)
	answered := make([]string, 0, len(a))
	for _, q := range s.questions {
		v, ok := envValue(q, a[q.ID])
		env[q.ID] = v
		if ok {
			answered = append(answered, q.ID)
		}
	}
	env[Answered] = answered
	return env
}

// envValue uses a value of the right Go type as it is, converts the loose
// types of JSON and hand-built maps, and treats anything else as unanswered
// rather than letting a type error surface in every expression. ok is
// false when v counts as no answer.
func envValue(q *Question, v any) (value any, ok bool) {
	if v == nil {
		return q.Type.ZeroValue(), false
	}
	if sameType(q.Type, v) {
		return v, true
	}
	if nv, err := q.Normalize(v); err == nil {
		return nv, true
	}
	return q.Type.ZeroValue(), false
}

// sameType reports whether v already has the Go type of t.
func sameType(t QuestionType, v any) bool {
	switch v.(type) {
	case string:
		return t == TypeSelect || t == TypeText
	case []string:
		return t == TypeMultiselect
	case int:
		return t == TypeNumber
	case bool:
		return t == TypeConfirm
	}
	return false
}

// Visible reports whether q is asked, given the answers so far.
func (s *Schema) Visible(q *Question, a Answers) bool {
	return s.VisibleIn(q, a.Env(s))
}

// VisibleIn is Visible with a ready environment, for callers that check many
// questions against the same answers.
func (s *Schema) VisibleIn(q *Question, env map[string]any) bool {
	ok, err := q.when.Eval(env)
	if err != nil {
		// Conditions are type-checked at load, so this should not happen;
		// asking one question too many is safer than hiding one.
		return true
	}
	return ok
}

// Missing lists, in interview order, the required questions that are asked
// for these answers but not answered. An empty text or choice is unanswered;
// an empty list is an answer ("none of these").
func (s *Schema) Missing(a Answers) []string {
	env := a.Env(s)
	var missing []string
	for _, q := range s.questions {
		if !q.Required || !s.VisibleIn(q, env) {
			continue
		}
		v, ok := a[q.ID]
		if !ok || v == nil || v == "" {
			missing = append(missing, q.ID)
		}
	}
	return missing
}

// Assumption is a question an older answers file or saved state does not
// answer, because that format did not ask it, and how it counts in the
// rules while unanswered. The checklist shows these, so nothing is
// silently assumed.
type Assumption struct {
	Key      string `json:"key"`
	Question string `json:"question"`
	Counted  string `json:"counted_as"`
}
