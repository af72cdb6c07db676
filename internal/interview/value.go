package interview

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/sosabc/sosabc/internal/fuzzy"
	"github.com/sosabc/sosabc/internal/locale"
)

// Normalize converts v to the Go type of q's answers (string, []string, int
// or bool) and validates it. It accepts the looser types that YAML and JSON
// decoders produce (int64, float64, []any), so every reader shares one check.
func (q *Question) Normalize(v any) (any, error) {
	var out any
	switch q.Type {
	case TypeSelect, TypeText:
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("%s er ikke tekst", describe(v))
		}
		if q.Type == TypeText && q.Check != nil && s != "" {
			canonical, _, err := q.Check(s)
			if err != nil {
				return nil, err
			}
			s = canonical
		}
		out = s
	case TypeMultiselect:
		list, ok := toStrings(v)
		if !ok {
			return nil, fmt.Errorf("%s er ikke en liste med tekster, for eksempel [%s]", describe(v), strings.Join(firstN(q.OptionValues(), 2), ", "))
		}
		out = list
	case TypeNumber:
		n, ok := toInt(v)
		if !ok {
			return nil, fmt.Errorf("%s er ikke et heltall", describe(v))
		}
		out = n
	case TypeConfirm:
		b, ok := v.(bool)
		if !ok {
			return nil, fmt.Errorf("%s er ikke ja eller nei: skriv true eller false", describe(v))
		}
		out = b
	default:
		return nil, fmt.Errorf("ukjent spørsmålstype «%s»", q.Type)
	}
	if err := q.Validate(out); err != nil {
		return nil, err
	}
	return out, nil
}

// Validate checks a value that already has q's Go type: options, duplicates
// and number limits. Numbers are never negative unless min allows it.
func (q *Question) Validate(v any) error {
	switch q.Type {
	case TypeSelect:
		s, _ := v.(string)
		if _, ok := q.Option(s); !ok {
			return fmt.Errorf("«%s» er ikke et gyldig valg%s. Gyldige verdier: %s", s, q.Suggest(s), strings.Join(q.OptionValues(), ", "))
		}
	case TypeMultiselect:
		list, _ := v.([]string)
		var problems []string
		for i, s := range list {
			if _, ok := q.Option(s); !ok {
				problems = append(problems, fmt.Sprintf("«%s» er ikke et gyldig valg", s)+q.Suggest(s))
			} else if slices.Contains(list[:i], s) {
				problems = append(problems, fmt.Sprintf("«%s» står to ganger", s))
			}
		}
		if len(problems) > 0 {
			return fmt.Errorf("%s. Gyldige verdier: %s", strings.Join(problems, ", "), strings.Join(q.OptionValues(), ", "))
		}
	case TypeNumber:
		n, _ := v.(int)
		lowest := 0
		if q.Min != nil {
			lowest = *q.Min
		}
		switch {
		case n < 0 && lowest >= 0:
			return fmt.Errorf("%d er negativt. Skriv %d eller mer", n, lowest)
		case n < lowest:
			return fmt.Errorf("%d er for lite. Skriv %d eller mer", n, lowest)
		case q.Max != nil && n > *q.Max:
			return fmt.Errorf("%d er for stort. Skriv høyst %d", n, *q.Max)
		}
	}
	return nil
}

// Range describes the allowed numbers in words, for messages and help.
func (q *Question) Range() string {
	lowest := 0
	if q.Min != nil {
		lowest = *q.Min
	}
	if q.Max != nil {
		return fmt.Sprintf("fra %s til %s", locale.Number(lowest), locale.Number(*q.Max))
	}
	return fmt.Sprintf("%s eller mer", locale.Number(lowest))
}

func toStrings(v any) ([]string, bool) {
	switch list := v.(type) {
	case []string:
		return slices.Clone(list), true
	case []any:
		out := make([]string, len(list))
		for i, item := range list {
			s, ok := item.(string)
			if !ok {
				return nil, false
			}
			out[i] = s
		}
		return out, true
	}
	return nil, false
}

func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), n >= math.MinInt && n <= math.MaxInt
	case uint64:
		return int(n), n <= math.MaxInt
	case float64:
		// JSON has only floats; accept them when they are whole numbers.
		if n != math.Trunc(n) || math.Abs(n) > 1<<53 {
			return 0, false
		}
		return int(n), true
	case json.Number:
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}

func describe(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("«%s»", x)
	case nil:
		return "tomt svar"
	}
	return fmt.Sprintf("«%v»", v)
}

func firstN(list []string, n int) []string {
	if len(list) > n {
		return list[:n]
	}
	return list
}

// Suggest is « (mente du «x»?)» for a value close to one option, else "".
func (q *Question) Suggest(v string) string {
	best, bestDist := "", 3
	for _, o := range q.Options {
		if d := fuzzy.Distance(locale.Fold(v), o.Value); d < bestDist && d <= len([]rune(v))/2 {
			best, bestDist = o.Value, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (mente du «%s»?)", best)
}
