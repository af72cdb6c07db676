// Package answers reads and writes the answers file: the public contract
// that lets people (and scripts) skip the interview. Its keys are the
// question ids of the interview schema, plus «version» and the optional
// «client». Format 2 is written; format 1 is read and migrated (migrate.go).
package answers

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sosabc/sosabc/internal/fuzzy"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/strictyaml"
	"go.yaml.in/yaml/v3"
)

// Version is the answers-file format this code writes; it also reads 1.
const Version = 2

// File is a parsed answers file.
type File struct {
	Answers interview.Answers
	// Version is the format the file was written in.
	Version int
	// Client names whom the answers are for (an adviser's client); optional.
	Client string
	// Assumed lists questions an older format did not ask.
	Assumed []interview.Assumption
	// Notes say, in Norwegian, where an answer was read as something else
	// than written: a kommune under its former name is today's kommune.
	Notes []string
}

// NewerVersionError means the file was written by a newer sosabc; nothing
// else in it is checked, since newer files may have keys we do not know.
type NewerVersionError struct {
	File    string
	Line    int
	Version int
}

func (e *NewerVersionError) Error() string {
	return fmt.Sprintf("%s:%d: svarfilen er laget av en nyere versjon av sosabc (format %d). Denne versjonen kan bare lese format %d. Oppdater sosabc for å bruke filen.",
		e.File, e.Line, e.Version, Version)
}

// Parse reads an answers file. name is used in messages. Every problem is
// reported, with line, key and the allowed values, not only the first.
func Parse(name string, data []byte, schema *interview.Schema) (*File, error) {
	var doc yaml.Node
	if _, err := strictyaml.Decode(name, data, 0, &doc); err != nil {
		return nil, err
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	var errs strictyaml.Errors
	if root.Kind != yaml.MappingNode {
		// An empty document («---») sits on the line after the file's end.
		errs.Add(name, min(root.Line, strictyaml.Lines(data)), "svarfilen skal være nøkler og verdier, for eksempel «version: 1» og «stage: idea» på hver sin linje")
		return nil, errs
	}

	version, err := checkVersion(name, root, &errs)
	if err != nil {
		return nil, err
	}
	answers := interview.Answers{}
	var notes []string
	client := ""
	firstLine := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		keyNode, valueNode := root.Content[i], root.Content[i+1]
		key := keyNode.Value
		if first, dup := firstLine[key]; dup {
			errs.Add(name, keyNode.Line, "«%s» står to ganger (første gang på linje %d)", key, first)
			continue
		}
		firstLine[key] = keyNode.Line
		switch key {
		case "version":
			continue
		case "client":
			if valueNode.Kind != yaml.ScalarNode || valueNode.Tag != "!!str" {
				errs.Add(name, valueNode.Line, "client: skriv navnet på kunden som tekst, for eksempel «client: Amina Hansen»")
			}
			client = valueNode.Value
			continue
		}
		q := schema.Question(key)
		if q == nil && version == 1 && removedInFormat2[key] != "" {
			q = format1Question(key)
		}
		if q == nil {
			errs.Add(name, keyNode.Line, "%s", unknownKey(key, version, schema))
			continue
		}
		if isNull(valueNode) {
			continue // written but left empty: unanswered
		}
		value, note, problems := decodeValue(q, valueNode)
		if note != "" {
			notes = append(notes, note)
		}
		for _, p := range problems {
			errs.Add(name, p.line, "%s: %s", key, p.msg)
		}
		if len(problems) == 0 {
			answers[key] = value
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	migrated, assumed := Migrate(answers, version, schema)
	return &File{Answers: migrated, Version: version, Client: client, Assumed: assumed, Notes: notes}, nil
}

// format1Question describes a key format 1 had and format 2 replaced, so a
// format-1 file is checked as it was written.
func format1Question(key string) *interview.Question {
	if key == "personal_data" {
		return &interview.Question{ID: key, Type: interview.TypeConfirm, Title: "Skal dere samle inn sensitive opplysninger om brukerne?"}
	}
	return nil
}

// checkVersion returns the file's format; a problem with it is recorded
// and the file is then read as the current format.
func checkVersion(name string, root *yaml.Node, errs *strictyaml.Errors) (int, error) {
	node := strictyaml.Child(root, "version")
	if node == nil {
		errs.Add(name, 1, "mangler «version: %d»: skriv det på første linje", Version)
		return Version, nil
	}
	line := strictyaml.KeyLine(root, "version")
	v, err := strconv.Atoi(node.Value)
	switch {
	case node.Kind != yaml.ScalarNode || node.Tag != "!!int" || err != nil || v < 1 || !decimalRe().MatchString(node.Value):
		errs.Add(name, line, "version: «%s» er ikke et gyldig format: skriv «version: %d»", node.Value, Version)
		return Version, nil
	case v > Version:
		return 0, &NewerVersionError{File: name, Line: line, Version: v}
	}
	return v, nil
}

type problem struct {
	line int
	msg  string
}

// decodeValue checks the YAML type first, so a person who wrote «45 000» or
// «ja» gets told how to write it, then the options and limits of q.
func decodeValue(q *interview.Question, n *yaml.Node) (value any, note string, problems []problem) {
	fail := func(format string, args ...any) (any, string, []problem) {
		return nil, "", []problem{{n.Line, fmt.Sprintf(format, args...)}}
	}
	if q.Type == interview.TypeMultiselect {
		if n.Kind != yaml.SequenceNode {
			return fail("skal være en liste, for eksempel [%s]. Gyldige verdier: %s", firstOption(q), allowed(q))
		}
		list := make([]string, 0, len(n.Content))
		for _, item := range n.Content {
			switch {
			case item.Kind != yaml.ScalarNode:
				problems = append(problems, problem{item.Line, fmt.Sprintf("hvert valg skal være en enkel verdi. Gyldige verdier: %s", allowed(q))})
			case !hasOption(q, item.Value):
				problems = append(problems, problem{item.Line, fmt.Sprintf("«%s» er ikke et gyldig valg%s. Gyldige verdier: %s", item.Value, q.Suggest(item.Value), allowed(q))})
			case slices.Contains(list, item.Value):
				problems = append(problems, problem{item.Line, fmt.Sprintf("«%s» står to ganger i listen", item.Value)})
			default:
				list = append(list, item.Value)
			}
		}
		return list, "", problems
	}
	if n.Kind != yaml.ScalarNode {
		return fail("skal være én verdi, ikke en liste eller flere nøkler (%s)", describeAllowed(q))
	}
	switch q.Type {
	case interview.TypeSelect:
		value = n.Value
	case interview.TypeText:
		value = n.Value
		if q.Check != nil && n.Value != "" {
			canonical, said, err := q.Check(n.Value)
			if err != nil {
				return fail("%v", err)
			}
			value, note = canonical, said
		}
	case interview.TypeNumber:
		// Only plain decimal digits: YAML would read 010 as octal 8 and
		// 0x10 as 16, and a founder who writes 045000 means 45 000.
		i, err := strconv.Atoi(strings.ReplaceAll(n.Value, "_", ""))
		switch {
		case leadingZeroRe().MatchString(n.Value):
			// Say the number as it was meant: 045000 is 45000.
			return fail("«%s» har 0 foran. Skriv %s (%s)", n.Value, withoutLeadingZeros(n.Value), describeAllowed(q))
		case n.Tag != "!!int" || !decimalRe().MatchString(n.Value) || err != nil:
			return fail("«%s» er ikke et heltall. Skriv sifrene uten mellomrom, for eksempel %d (%s)", n.Value, exampleNumber(q), describeAllowed(q))
		}
		value = i
	case interview.TypeConfirm:
		b, ok := yesNo(n)
		if !ok {
			return fail("«%s» er ikke ja eller nei. Skriv ja eller nei (eller true eller false)", n.Value)
		}
		value = b
	}
	if err := q.Validate(value); err != nil {
		return fail("%v", err)
	}
	return value, note, nil
}

// decimalRe is a whole number as people write it: no sign but minus, no
// leading zero, no other base.
var (
	decimalRe     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(0|-?[1-9][0-9_]*)$`) })
	leadingZeroRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^-?0[0-9_]*[0-9]$`) })
)

// yesNo reads true/false and the Norwegian ja/nei.
func yesNo(n *yaml.Node) (bool, bool) {
	if n.Tag == "!!bool" {
		var b bool
		return b, n.Decode(&b) == nil
	}
	switch strings.ToLower(n.Value) {
	case "ja", "j":
		return true, n.Tag == "!!str"
	case "nei", "n":
		return false, n.Tag == "!!str"
	}
	return false, false
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func hasOption(q *interview.Question, value string) bool {
	_, ok := q.Option(value)
	return ok
}

func allowed(q *interview.Question) string { return strings.Join(q.OptionValues(), ", ") }

func firstOption(q *interview.Question) string {
	if len(q.Options) == 0 {
		return ""
	}
	return q.Options[0].Value
}

// describeAllowed says what q accepts, for messages about the wrong type.
func describeAllowed(q *interview.Question) string {
	switch q.Type {
	case interview.TypeSelect:
		return "gyldige verdier: " + allowed(q)
	case interview.TypeNumber:
		return "tillatt: " + q.Range()
	case interview.TypeConfirm:
		return "tillatt: true eller false"
	}
	return "tillatt: tekst"
}

// unknownKey suggests the nearest key for a likely typo, and lists every key
// otherwise, so the reader never has to guess. A key that format 1 had is
// named with what replaced it.
func unknownKey(key string, version int, schema *interview.Schema) string {
	if repl, ok := removedInFormat2[key]; ok && version >= 2 {
		return fmt.Sprintf("«%s» finnes ikke i format %d. Mente du «%s»?", key, version, repl)
	}
	best, bestDist := "", 3
	for _, k := range append(schema.Keys(), "client") {
		if d := fuzzy.Distance(strings.ToLower(key), k); d < bestDist {
			best, bestDist = k, d
		}
	}
	if best != "" {
		return fmt.Sprintf("ukjent nøkkel «%s»: mente du «%s»?", key, best)
	}
	return fmt.Sprintf("ukjent nøkkel «%s». Gyldige nøkler: version, client, %s", key, strings.Join(schema.Keys(), ", "))
}

// withoutLeadingZeros is a number of decimal digits (and _) that starts
// with 0, as the digits a person meant: «-045_000» is -45000.
func withoutLeadingZeros(s string) string {
	sign, digits := "", strings.ReplaceAll(s, "_", "")
	if strings.HasPrefix(digits, "-") {
		sign, digits = "-", digits[1:]
	}
	if digits = strings.TrimLeft(digits, "0"); digits == "" {
		return "0"
	}
	return sign + digits
}
