package quiz

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"github.com/gofrs/flock"

	"github.com/sosabc/sosabc/internal/workshop"
)

// bom makes spreadsheets (Excel among them) read the file as UTF-8, so
// æ, ø and å come out right.
const bom = "\ufeff"

// wrongMark follows the letter of a wrong answer in a results file.
const wrongMark = " (feil)"

// Header is the first row of a results file for w: time, module, pupil,
// right answers, questions, then the letter chosen for each question.
func Header(w *workshop.Workshop) []string {
	h := []string{"tidspunkt", "modul", "elev", "riktige", "spørsmål"}
	for i := range w.Quiz {
		h = append(h, "svar "+strconv.Itoa(i+1))
	}
	return h
}

// Row is one attempt as a row of the results file.
func Row(a Attempt) []string {
	right, total := a.Score()
	row := []string{a.Started.Format("2006-01-02 15:04"), a.Workshop, a.Pupil, strconv.Itoa(right), strconv.Itoa(total)}
	for _, x := range a.Answers {
		letter := string(rune('A' + x.Chosen - 1))
		if !x.Correct {
			letter += wrongMark
		}
		row = append(row, letter)
	}
	return row
}

// AppendCSV adds the attempt to the results file at path: semicolons
// between fields (what Norwegian spreadsheets expect), UTF-8 with a
// byte-order mark, a header row when the file is new. The file is locked
// while it is written, so pupils sharing one file on a network drive do
// not overwrite each other.
func AppendCSV(path string, w *workshop.Workshop, a Attempt) error {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	lock := flock.New(path + ".lock")
	if err := lock.Lock(); err != nil {
		return err
	}
	defer func() { _ = lock.Unlock(); _ = os.Remove(path + ".lock") }()
	existing, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	var b bytes.Buffer
	c := csv.NewWriter(&b)
	c.Comma = ';'
	if len(existing) == 0 {
		b.WriteString(bom)
		if err := c.Write(Header(w)); err != nil {
			return err
		}
	} else if err := sameModule(existing, w); err != nil {
		return err
	}
	if err := c.Write(Row(a)); err != nil {
		return err
	}
	c.Flush()
	if err := c.Error(); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(b.Bytes()); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// sameModule refuses to mix two modules' results in one file: the columns
// would not match.
func sameModule(existing []byte, w *workshop.Workshop) error {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(existing, []byte(bom))))
	r.Comma = ';'
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("resultatfilen kan ikke leses som CSV: %w", err)
	}
	row, err := r.Read()
	if err == nil && len(row) > 1 && row[1] != w.ID {
		return fmt.Errorf("resultatfilen har svar fra modulen «%s», ikke «%s». Bruk én fil per modul", row[1], w.ID)
	}
	if len(header) > 0 && len(header) != len(Header(w)) {
		return fmt.Errorf("resultatfilen har %d kolonner, men denne quizen trenger %d. Bruk én fil per modul", len(header), len(Header(w)))
	}
	return nil
}
