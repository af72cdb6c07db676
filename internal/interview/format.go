package interview

import (
	"fmt"
	"unicode"

	"github.com/sosabc/sosabc/internal/locale"
)

// Label returns the label of an option, or the value itself when the
// question or option is unknown (so a stale answer still reads as something).
func (s *Schema) Label(questionID, value string) string {
	if q := s.byID[questionID]; q != nil {
		if o, ok := q.Option(value); ok {
			return o.Label
		}
	}
	return value
}

// FormatAnswer renders an answer in Norwegian words: «45 000», «ja»,
// «a, b og c» with option labels, «ikke besvart» for nothing.
func (s *Schema) FormatAnswer(questionID string, value any) string {
	return s.byID[questionID].Format(value)
}

// Format renders an answer to q in Norwegian words; q may be nil (an
// unknown question), then the value is shown as it is.
func (q *Question) Format(value any) string {
	if value == nil {
		return "ikke besvart"
	}
	if q != nil {
		if v, err := q.Normalize(value); err == nil {
			value = v
		}
	}
	switch v := value.(type) {
	case bool:
		if v {
			return "ja"
		}
		return "nei"
	case int:
		return locale.Number(v)
	case []string:
		if len(v) == 0 {
			return "ingen"
		}
		// One phrase: the labels after the first start with a small letter.
		labels := make([]string, len(v))
		for i, item := range v {
			if labels[i] = q.label(item); i > 0 {
				labels[i] = inline(labels[i])
			}
		}
		return locale.JoinAnd(labels)
	case string:
		if v == "" {
			return "ikke besvart"
		}
		if q != nil && q.Show != nil {
			return q.Show(v)
		}
		return q.label(v)
	}
	return fmt.Sprint(value)
}

func (q *Question) label(value string) string {
	if q != nil {
		if o, ok := q.Option(value); ok {
			return o.Label
		}
	}
	return value
}

// FormatAnswerInline is FormatAnswer for the middle of a sentence: option
// labels start with a small letter («tilskudd og støtte»), except
// abbreviations such as «NAV» or «AS».
func (s *Schema) FormatAnswerInline(questionID string, value any) string {
	q := s.byID[questionID]
	if q == nil || (q.Type != TypeSelect && q.Type != TypeMultiselect) {
		return s.FormatAnswer(questionID, value)
	}
	if list, ok := value.([]string); ok {
		labels := make([]string, len(list))
		for i, v := range list {
			labels[i] = inline(q.label(v))
		}
		if len(labels) == 0 {
			return "ingen"
		}
		return locale.JoinAnd(labels)
	}
	if v, ok := value.(string); ok && v != "" {
		return inline(q.label(v))
	}
	return s.FormatAnswer(questionID, value)
}

// inline lowers the first letter of a label unless the first word is an
// abbreviation (two capitals in a row).
func inline(label string) string {
	r := []rune(label)
	if len(r) < 2 || unicode.IsUpper(r[1]) {
		return label
	}
	return string(unicode.ToLower(r[0])) + string(r[1:])
}
