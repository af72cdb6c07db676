package interview

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/sosabc/sosabc/internal/interview/condition"
	"github.com/sosabc/sosabc/internal/strictyaml"
	"go.yaml.in/yaml/v3"
)

// FormatVersion is the questions.yaml format this code reads.
const FormatVersion = 1

var (
	// Question ids are answer-file keys and expr identifiers at once.
	questionIDRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z][a-z0-9_]*$`) })
	sectionIDRe  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`) })
)

// reservedKeys are answers-file keys that are not questions.
var reservedKeys = []string{"version", Answered}

// LoadSchema reads and validates the interview at path in fsys (the content
// directory). Every problem is reported with file and line, not only the first.
func LoadSchema(fsys fs.FS, path string) (*Schema, error) {
	file := "content/" + path
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &strictyaml.Error{File: file, Msg: "filen mangler"}
		}
		return nil, &strictyaml.Error{File: file, Msg: fmt.Sprintf("kan ikke lese filen: %v", err)}
	}
	return ParseSchema(file, data)
}

// ParseSchema validates questions.yaml content; file is used in messages.
func ParseSchema(file string, data []byte) (*Schema, error) {
	var doc struct {
		Version  *int      `yaml:"version"`
		Sections []Section `yaml:"sections"`
	}
	root, err := strictyaml.Decode(file, data, 0, &doc)
	if err != nil {
		return nil, err
	}
	var errs strictyaml.Errors
	switch {
	case doc.Version == nil:
		errs.Add(file, 1, "mangler «version: %d» øverst i filen", FormatVersion)
	case *doc.Version != FormatVersion:
		errs.Add(file, strictyaml.KeyLine(root, "version"), "version %d er ikke støttet: denne versjonen av sosabc leser version %d", *doc.Version, FormatVersion)
	}
	if len(doc.Sections) == 0 {
		errs.Add(file, strictyaml.KeyLine(root, "sections"), "mangler «sections»: skriv minst én del med spørsmål")
	}

	s := &Schema{Sections: doc.Sections, byID: map[string]*Question{}}
	sectionsNode := strictyaml.Child(root, "sections")
	sectionLines := map[string]int{}
	questionLines := map[string]int{}
	for si := range s.Sections {
		sec := &s.Sections[si]
		secNode := strictyaml.Item(sectionsNode, si)
		line := strictyaml.KeyLine(secNode, "id")
		switch {
		case !sectionIDRe().MatchString(sec.ID):
			errs.Add(file, line, "del-id «%s» kan bare ha små bokstaver a–z, tall og bindestrek", sec.ID)
		case sectionLines[sec.ID] != 0:
			errs.Add(file, line, "delen «%s» finnes allerede på linje %d", sec.ID, sectionLines[sec.ID])
		default:
			sectionLines[sec.ID] = line
		}
		if strings.TrimSpace(sec.Title) == "" {
			errs.Add(file, strictyaml.KeyLine(secNode, "title"), "delen «%s» mangler title", sec.ID)
		}
		if len(sec.Questions) == 0 {
			errs.Add(file, strictyaml.KeyLine(secNode, "questions"), "delen «%s» har ingen spørsmål", sec.ID)
		}
		qsNode := strictyaml.Child(secNode, "questions")
		for qi := range sec.Questions {
			q := &sec.Questions[qi]
			qNode := strictyaml.Item(qsNode, qi)
			idLine := strictyaml.KeyLine(qNode, "id")
			switch {
			case !questionIDRe().MatchString(q.ID):
				errs.Add(file, idLine, "spørsmåls-id «%s» kan bare ha små bokstaver a–z, tall og _, og må starte med en bokstav", q.ID)
			case slices.Contains(reservedKeys, q.ID):
				errs.Add(file, idLine, "«%s» kan ikke være spørsmåls-id: navnet er reservert i svarfilen", q.ID)
			case questionLines[q.ID] != 0:
				errs.Add(file, idLine, "spørsmålet «%s» finnes allerede på linje %d", q.ID, questionLines[q.ID])
			default:
				questionLines[q.ID] = idLine
				s.byID[q.ID] = q
			}
			s.questions = append(s.questions, q)
			checkQuestion(file, qNode, q, &errs)
		}
	}

	// Conditions may name any question, also later ones, so compile them
	// only when every id is known.
	env := s.ZeroEnv()
	for si := range s.Sections {
		qsNode := strictyaml.Child(strictyaml.Item(sectionsNode, si), "questions")
		for qi := range s.Sections[si].Questions {
			q := &s.Sections[si].Questions[qi]
			if strings.TrimSpace(q.When) == "" {
				continue
			}
			c, err := condition.Compile(q.When, env)
			if err != nil {
				errs.Add(file, strictyaml.KeyLine(strictyaml.Item(qsNode, qi), "when"), "%v", err)
				continue
			}
			q.when = c
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return s, nil
}

func checkQuestion(file string, n *yaml.Node, q *Question, errs *strictyaml.Errors) {
	line := func(key string) int { return strictyaml.KeyLine(n, key) }
	if strings.TrimSpace(q.Title) == "" {
		errs.Add(file, line("title"), "spørsmålet «%s» mangler title", q.ID)
	}
	if !slices.Contains(questionTypes, q.Type) {
		errs.Add(file, line("type"), "ukjent spørsmålstype «%s»: bruk select, multiselect, number, text eller confirm", q.Type)
		return
	}
	hasOptions := q.Type == TypeSelect || q.Type == TypeMultiselect
	switch {
	case hasOptions && len(q.Options) == 0:
		errs.Add(file, line("type"), "spørsmålet «%s» av typen %s må ha svaralternativer under «options»", q.ID, q.Type)
	case !hasOptions && len(q.Options) > 0:
		errs.Add(file, line("options"), "«options» passer bare for select og multiselect, ikke for %s", q.Type)
	}
	optsNode := strictyaml.Child(n, "options")
	seen := map[string]bool{}
	for i, o := range q.Options {
		on := strictyaml.Item(optsNode, i)
		switch {
		case strings.TrimSpace(o.Value) == "":
			errs.Add(file, strictyaml.KeyLine(on, "value"), "svaralternativet mangler value")
		case seen[o.Value]:
			errs.Add(file, strictyaml.KeyLine(on, "value"), "svaralternativet «%s» står to ganger", o.Value)
		}
		seen[o.Value] = true
		if strings.TrimSpace(o.Label) == "" {
			errs.Add(file, strictyaml.KeyLine(on, "label"), "svaralternativet «%s» mangler label", o.Value)
		}
	}
	if q.Type != TypeNumber {
		for _, key := range []string{"min", "max"} {
			if strictyaml.Child(n, key) != nil {
				errs.Add(file, line(key), "«%s» passer bare for number, ikke for %s", key, q.Type)
			}
		}
	} else if q.Min != nil && q.Max != nil && *q.Min > *q.Max {
		errs.Add(file, line("max"), "max (%d) er mindre enn min (%d)", *q.Max, *q.Min)
	}
	if q.Default != nil {
		v, err := q.Normalize(q.Default)
		if err != nil {
			errs.Add(file, line("default"), "ugyldig standardsvar (default): %v", err)
		} else {
			q.Default = v
		}
	}
}
