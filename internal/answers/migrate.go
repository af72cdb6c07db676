package answers

import (
	"github.com/sosabc/sosabc/internal/interview"
)

// Format 1 (November 2026) asked «personal_data» (yes or no: sensitive data
// about users) and had no questions about trades, minors or ordinary
// personal data. Format 2 replaced personal_data with user_data and added
// the questions in newInFormat2. A format-1 file is read as it was written
// and migrated in memory; nothing is invented: a question format 1 did not
// ask stays unanswered, and the reader is told how it counts.

// newInFormat2 are the questions format 1 did not ask, and how each counts
// in the rules while it is unanswered, in words.
var newInFormat2 = []struct{ key, counted string }{
	{"activities", "ingen av disse"},
	{"user_data", "ingen opplysninger om brukerne"},
	{"founder_minor", "nei"},
	{"volunteer_minors", "nei"},
}

// removedInFormat2 maps a format-1 key to what replaced it, for messages.
var removedInFormat2 = map[string]string{
	"personal_data": "user_data (none, ordinary eller sensitive)",
}

// Migrate turns format-1 answers into format 2 and lists the questions
// format 1 did not ask. Answers already in format 2 are returned as they
// are. The schema decides which new questions are asked for these answers.
func Migrate(a interview.Answers, version int, schema *interview.Schema) (interview.Answers, []interview.Assumption) {
	if version >= 2 {
		return a, nil
	}
	out := interview.Answers{}
	for k, v := range a {
		out[k] = v
	}
	if v, ok := out["personal_data"]; ok && schema.Question("personal_data") == nil {
		delete(out, "personal_data")
		if yes, _ := v.(bool); yes {
			out["user_data"] = "sensitive"
		}
	}
	var assumed []interview.Assumption
	for _, n := range newInFormat2 {
		q := schema.Question(n.key)
		if q == nil || out[n.key] != nil || !schema.Visible(q, out) {
			continue
		}
		assumed = append(assumed, interview.Assumption{Key: n.key, Question: q.Title, Counted: n.counted})
	}
	return out, assumed
}
