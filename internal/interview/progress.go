package interview

// Step places a question in the interview as the founder sees it:
// «Steg 3 av 6: Finansiering». Sections with no visible question are not
// counted, so the numbers never skip.
type Step struct {
	Question *Question
	Section  *Section
	Number   int // 1-based section number among the visible sections
	Total    int
}

// Steps lists the visible questions for these answers, in order.
func (s *Schema) Steps(a Answers) []Step {
	env := a.Env(s)
	var steps []Step
	number := 0
	for i := range s.Sections {
		sec := &s.Sections[i]
		first := true
		for j := range sec.Questions {
			q := s.byID[sec.Questions[j].ID]
			if !s.VisibleIn(q, env) {
				continue
			}
			if first {
				number++
				first = false
			}
			steps = append(steps, Step{Question: q, Section: sec, Number: number})
		}
	}
	for i := range steps {
		steps[i].Total = number
	}
	return steps
}

// SectionOf returns the section that holds the question with id.
func (s *Schema) SectionOf(id string) *Section {
	for i := range s.Sections {
		for _, q := range s.Sections[i].Questions {
			if q.ID == id {
				return &s.Sections[i]
			}
		}
	}
	return nil
}

// Prune drops answers to questions that the other answers now hide, so a
// changed choice never leaves a stale answer behind in the checklist.
func (s *Schema) Prune(a Answers) Answers {
	out := Answers{}
	for _, st := range s.Steps(a) {
		if v, ok := a[st.Question.ID]; ok {
			out[st.Question.ID] = v
		}
	}
	return out
}

// secondsPerQuestion is how long one question takes to read and answer,
// about: the 17 questions of the first version took testers about five
// minutes.
const secondsPerQuestion = 18

// Length says how long the interview is, before anything is answered:
// fewest is the number of questions when every answer is the default (later
// answers can bring in more), most is every question, and minutes is the
// time the longest interview takes, in whole minutes.
func (s *Schema) Length() (fewest, most, minutes int) {
	defaults := Answers{}
	for _, q := range s.questions {
		if q.Default != nil {
			defaults[q.ID] = q.Default
		}
	}
	fewest, most = len(s.Steps(defaults)), len(s.questions)
	minutes = max(1, (most*secondsPerQuestion+30)/60)
	return fewest, most, minutes
}
