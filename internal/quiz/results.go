package quiz

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sosabc/sosabc/internal/workshop"
)

// Result is one row of a results file: one pupil's attempt.
type Result struct {
	Time    string
	Module  string
	Pupil   string
	Right   int
	Total   int
	Answers []string // the letter chosen for each question, «» when left out
	// Correct is whether each answer was right when it was given: the
	// file marks a wrong one «(feil)». A quiz changed since then may have
	// its right answer under another letter.
	Correct []bool
	Raw     []string // the row as the file has it
}

// ReadCSV reads a results file as AppendCSV writes it (a byte-order mark,
// semicolons, a header row). name is the file's name, for messages.
func ReadCSV(r io.Reader, name string) ([]Result, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	c := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte(bom))))
	c.Comma = ';'
	c.FieldsPerRecord = -1
	rows, err := c.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s kan ikke leses som CSV: %w", name, err)
	}
	if len(rows) == 0 || len(rows[0]) < 5 || rows[0][0] != "tidspunkt" || rows[0][1] != "modul" {
		return nil, fmt.Errorf("%s er ikke en resultatfil fra «sosabc verksted quiz»", name)
	}
	var out []Result
	for i, row := range rows[1:] {
		if len(row) < 5 {
			return nil, fmt.Errorf("%s, linje %d: for få kolonner", name, i+2)
		}
		right, err1 := strconv.Atoi(row[3])
		total, err2 := strconv.Atoi(row[4])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s, linje %d: «riktige» og «spørsmål» skal være tall", name, i+2)
		}
		res := Result{Time: row[0], Module: row[1], Pupil: row[2], Right: right, Total: total, Raw: row}
		for _, a := range row[5:] {
			a = strings.TrimSpace(a)
			r, _ := utf8.DecodeRuneInString(a)
			if r == utf8.RuneError {
				res.Answers = append(res.Answers, "")
				res.Correct = append(res.Correct, false)
				continue
			}
			res.Answers = append(res.Answers, string(r))
			res.Correct = append(res.Correct, !strings.HasSuffix(a, wrongMark))
		}
		out = append(out, res)
	}
	return out, nil
}

// QuestionSummary is how the class did on one question.
type QuestionSummary struct {
	Question string
	Correct  string // the right letter
	Right    int    // pupils who chose it
	Answered int
	// CommonWrong is the wrong letter chosen most often, and by how many;
	// empty when nobody was wrong.
	CommonWrong      string
	CommonWrongCount int
}

// Summary is a class's results for one module.
type Summary struct {
	Pupils    int
	Average   float64 // right answers per pupil
	Questions []QuestionSummary
	// Changed is true when some answers were marked right under another
	// letter than the quiz has now: the quiz was changed after they were
	// given, and the letters of those rows mean other options.
	Changed bool
}

// ErrMixed means the results come from more than one module.
var ErrMixed = errors.New("resultatene er fra flere moduler")

// Summarize sums up the results of module w. Every result must be for w.
func Summarize(w *workshop.Workshop, results []Result) (Summary, error) {
	s := Summary{Pupils: len(results)}
	for _, r := range results {
		if r.Module != w.ID {
			return s, fmt.Errorf("%w: «%s» og «%s». Bruk én fil per modul", ErrMixed, w.ID, r.Module)
		}
		s.Average += float64(r.Right)
	}
	if len(results) > 0 {
		s.Average /= float64(len(results))
	}
	for i, q := range w.Quiz {
		qs := QuestionSummary{Question: q.Question, Correct: string(rune('A' + q.Correct - 1))}
		wrong := map[string]int{}
		for _, r := range results {
			if i >= len(r.Answers) || r.Answers[i] == "" {
				continue
			}
			qs.Answered++
			right := i < len(r.Correct) && r.Correct[i]
			if right != (r.Answers[i] == qs.Correct) {
				s.Changed = true
			}
			if right {
				qs.Right++
			} else {
				wrong[r.Answers[i]]++
			}
		}
		for l := 'A'; l < 'A'+rune(len(q.Options)); l++ {
			if n := wrong[string(l)]; n > qs.CommonWrongCount {
				qs.CommonWrong, qs.CommonWrongCount = string(l), n
			}
		}
		s.Questions = append(s.Questions, qs)
	}
	return s, nil
}

// WriteCSV writes results of module w as one results file: the same
// format as AppendCSV, one header row, every row as it was.
func WriteCSV(out io.Writer, w *workshop.Workshop, results []Result) error {
	var b bytes.Buffer
	b.WriteString(bom)
	c := csv.NewWriter(&b)
	c.Comma = ';'
	if err := c.Write(Header(w)); err != nil {
		return err
	}
	for _, r := range results {
		if err := c.Write(r.Raw); err != nil {
			return err
		}
	}
	c.Flush()
	if err := c.Error(); err != nil {
		return err
	}
	_, err := out.Write(b.Bytes())
	return err
}
