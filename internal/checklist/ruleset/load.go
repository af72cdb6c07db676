package ruleset

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/interview/condition"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
	"go.yaml.in/yaml/v3"
)

// Paths inside the content directory.
const (
	phasesFile  = "checklist/phases.yaml"
	derivedFile = "checklist/derived.yaml"
	itemsGlob   = "checklist/items/*.yaml"
	formsFile   = "forms.yaml"
)

var (
	itemIDRe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	// Derived ids are expr identifiers, like answer keys.
	derivedIDRe = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
)

// Refs checks what the checklist names outside itself: handbook topics and
// uncertain figures. A nil field skips that check.
type Refs struct {
	Topic     func(id string) bool
	Uncertain source.Registry
	// Vars are values the program works out from the answers, which
	// conditions can use like answers: the kommune's number and its fylke.
	Vars []Var
	// Value checks a text that a condition compares a name with
	// («kommunenummer == "3301"»): it returns "" when the name can have
	// that value, else what to write instead. Option values of select
	// and multiselect answers are checked without it.
	Value func(name, value string) string
}

// Var is a value worked out from the answers that conditions and {name}
// in reasons can use, like an answer. It is never written in an answers
// file.
type Var struct {
	Name        string
	Description string // Norwegian, for the documentation
	Zero        any    // the value with no answer; also its type
	From        []string
	Value       func(interview.Answers) any
}

// Load reads and checks the checklist and the company forms from fsys
// (the content directory). Every problem is reported with file and line.
// The built-in content comes from CacheFile when the cache matches it.
func Load(fsys fs.FS, schema *interview.Schema, refs Refs) (*Set, error) {
	return LoadCached(fsys, schema, refs, nil)
}

// LoadCached is Load with the cache already being read: c is from
// ReadCache of the built-in content of fsys (contentfs.Builtin). A nil c
// reads it now.
func LoadCached(fsys fs.FS, schema *interview.Schema, refs Refs, c *Cache) (*Set, error) {
	if c == nil {
		c = ReadCache(contentfs.Builtin(fsys))
	}
	return load(fsys, schema, refs, c)
}

// LoadYAML is Load without the cache: every file is read and checked.
func LoadYAML(fsys fs.FS, schema *interview.Schema, refs Refs) (*Set, error) {
	return load(fsys, schema, refs, nil)
}

// load reads the content of fsys, the built-in part from the cache when
// cached has a usable one.
func load(fsys fs.FS, schema *interview.Schema, refs Refs, cached *Cache) (*Set, error) {
	l := &loader{
		fsys:       fsys,
		refs:       refs,
		set:        &Set{Schema: schema, Vars: refs.Vars},
		byID:       map[string]int{},
		phaseIndex: map[string]int{},
	}
	l.refuseLocal(phasesFile, "fasene", "Sjekkpunktene dine bruker de innebygde fasene.")
	l.refuseLocal(derivedFile, "de avledede betingelsene", "Skriv betingelsen rett i «when» på sjekkpunktet ditt.")
	l.refuseLocal(formsFile, "selskapsformene", "")
	if c := cached.get(); c != nil {
		l.loadItems(l.fromCache(c), true)
	} else {
		l.loadPhases()
		env := l.loadDerived()
		l.set.Conditions = newConditions(env)
		l.loadItems(env, false)
		l.loadForms(env)
	}
	if err := l.errs.Err(); err != nil {
		return nil, err
	}
	return l.set, nil
}

type loader struct {
	fsys fs.FS
	refs Refs
	set  *Set
	errs strictyaml.Errors
	// byID and phaseIndex find the items and phases read so far.
	byID, phaseIndex map[string]int
}

// display names a file for messages: the author's own folder for a local
// file, «content/…» for a built-in one.
func (l *loader) display(p string) string { return contentfs.Display(l.fsys, p) }

// refuseLocal is an error when a local content folder has its own copy of
// a file that only the built-in content may have: it would replace the
// built-in file and everything in it.
func (l *loader) refuseLocal(p, what, hint string) {
	if !contentfs.IsLocal(l.fsys, p) {
		return
	}
	msg := fmt.Sprintf("en lokal mappe kan ikke endre %s. Slett filen", what)
	if hint != "" {
		msg += ". " + hint
	}
	l.errs.Add(l.display(p), 0, "%s", msg)
}

// decode reads p strictly from the built-in content: phases, derived
// conditions and forms are never local. A missing optional file gives
// ok=false and no error.
func (l *loader) decode(p string, optional bool, out any) (*yaml.Node, bool) {
	display := func(p string) string { return "content/" + p }
	data, err := fs.ReadFile(contentfs.Builtin(l.fsys), p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			if !optional {
				l.errs.Add(display(p), 0, "filen mangler")
			}
			return nil, false
		}
		l.errs.Add(display(p), 0, "kan ikke lese filen: %v", err)
		return nil, false
	}
	node, err := strictyaml.Decode(display(p), data, 0, out)
	if err != nil {
		l.errs.Append(err)
		return nil, false
	}
	return node, true
}

func (l *loader) loadPhases() {
	var doc struct {
		Phases []Phase `yaml:"phases"`
	}
	root, ok := l.decode(phasesFile, false, &doc)
	if !ok {
		return
	}
	file := "content/" + phasesFile
	if len(doc.Phases) == 0 {
		l.errs.Add(file, strictyaml.KeyLine(root, "phases"), "mangler «phases»: skriv minst én fase")
	}
	list := strictyaml.Child(root, "phases")
	for i, p := range doc.Phases {
		n := strictyaml.Item(list, i)
		switch {
		case !itemIDRe.MatchString(p.ID):
			l.errs.Add(file, strictyaml.KeyLine(n, "id"), "fase-id «%s» kan bare ha små bokstaver a–z, tall og bindestrek", p.ID)
		case slices.ContainsFunc(l.set.Phases, func(q Phase) bool { return q.ID == p.ID }):
			l.errs.Add(file, strictyaml.KeyLine(n, "id"), "fasen «%s» står to ganger", p.ID)
			continue
		}
		if strings.TrimSpace(p.Title) == "" {
			l.errs.Add(file, strictyaml.KeyLine(n, "title"), "fasen «%s» mangler title", p.ID)
		}
		l.phaseIndex[p.ID] = len(l.set.Phases)
		l.set.Phases = append(l.set.Phases, p)
	}
}

// loadDerived compiles each derived condition against the answers and the
// derived ids before it, and returns the environment items are compiled
// against: every answer key and every derived id.
func (l *loader) loadDerived() map[string]any {
	env := l.set.Schema.ZeroEnv()
	for _, v := range l.refs.Vars {
		env[v.Name] = v.Zero
	}
	var doc struct {
		Derived []Derived `yaml:"derived"`
	}
	root, ok := l.decode(derivedFile, true, &doc)
	if !ok {
		return env
	}
	file := "content/" + derivedFile
	list := strictyaml.Child(root, "derived")
	for i, d := range doc.Derived {
		n := strictyaml.Item(list, i)
		line := strictyaml.KeyLine(n, "id")
		switch {
		case !derivedIDRe.MatchString(d.ID):
			l.errs.Add(file, line, "id «%s» kan bare ha små bokstaver a–z, tall og _, og må starte med en bokstav", d.ID)
			continue
		case l.set.Schema.Question(d.ID) != nil:
			l.errs.Add(file, line, "«%s» er allerede en svar-id: gi den avledede betingelsen et annet navn", d.ID)
			continue
		case slices.ContainsFunc(l.refs.Vars, func(v Var) bool { return v.Name == d.ID }):
			l.errs.Add(file, line, "«%s» regnes ut av svaret på kommune: gi den avledede betingelsen et annet navn", d.ID)
			continue
		case slices.ContainsFunc(l.set.Derived, func(e Derived) bool { return e.ID == d.ID }):
			l.errs.Add(file, line, "den avledede betingelsen «%s» står to ganger", d.ID)
			continue
		}
		if strings.TrimSpace(d.Description) == "" {
			l.errs.Add(file, strictyaml.KeyLine(n, "description"), "«%s» mangler description", d.ID)
		}
		if strings.TrimSpace(d.When) == "" {
			l.errs.Add(file, strictyaml.KeyLine(n, "when"), "«%s» mangler when", d.ID)
		} else if _, err := condition.Compile(d.When, env); err != nil {
			l.errs.Add(file, strictyaml.KeyLine(n, "when"), "%v", err)
		}
		// Later conditions may use the id even when this one is broken, so
		// one mistake gives one message.
		env[d.ID] = false
		l.set.Derived = append(l.set.Derived, d)
	}
	return env
}

// compile compiles an optional condition and records a problem at line.
func (l *loader) compile(file string, line int, source string) {
	if strings.TrimSpace(source) == "" {
		return
	}
	c, err := l.set.Conditions.Compile(source)
	if err != nil {
		l.errs.Add(file, line, "%v", err)
		return
	}
	l.checkValues(file, line, c)
}

// optionHint says which value to write: the value behind a label written
// instead of it («tilskudd» is «grants»), else every value.
func optionHint(q *interview.Question, typed string) string {
	for _, o := range q.Options {
		if strings.EqualFold(o.Label, typed) || strings.EqualFold(o.Value, typed) {
			return fmt.Sprintf("skriv «%s» (%s)", o.Value, o.Label)
		}
	}
	return "bruk " + locale.JoinOr(q.OptionValues())
}

// checkValues demands that a text a condition compares an answer with is
// a value that answer can have: «form == "As"» would never be true.
func (l *loader) checkValues(file string, line int, c *condition.Condition) {
	for _, cmp := range c.Comparisons() {
		if cmp.Value == "" {
			continue // «kommune != ""»: answered or not
		}
		if cmp.Name == interview.Answered {
			if l.set.Schema.Question(cmp.Value) == nil {
				l.errs.Add(file, line, "«%s» er ikke et spørsmål: «%s» er listen over spørsmål som har et svar, for eksempel «\"start_capital\" in answered»", cmp.Value, interview.Answered)
			}
			continue
		}
		if q := l.set.Schema.Question(cmp.Name); q != nil && len(q.Options) > 0 {
			if _, ok := q.Option(cmp.Value); !ok {
				l.errs.Add(file, line, "«%s» er ikke et mulig svar på «%s»: %s", cmp.Value, cmp.Name, optionHint(q, cmp.Value))
			}
			continue
		}
		if l.refs.Value != nil {
			if msg := l.refs.Value(cmp.Name, cmp.Value); msg != "" {
				l.errs.Add(file, line, "%s", msg)
			}
		}
	}
}

var placeholderRe = regexp.MustCompile(`\{([^{}]*)\}`)

// Placeholder is {name}, or {name|one|many}: a number with its noun in
// the right form, «1 ansatt», «3 ansatte».
type Placeholder struct{ Name, One, Many string }

func parsePlaceholder(s string) Placeholder {
	parts := strings.Split(s, "|")
	if len(parts) == 3 {
		return Placeholder{Name: parts[0], One: parts[1], Many: parts[2]}
	}
	return Placeholder{Name: s}
}

// FillPlaceholders replaces each {…} in text with what fill gives for it;
// one that fill gives no text for stays as it is.
func FillPlaceholders(text string, fill func(Placeholder) (string, bool)) string {
	return placeholderRe.ReplaceAllStringFunc(text, func(m string) string {
		if out, ok := fill(parsePlaceholder(m[1 : len(m)-1])); ok {
			return out
		}
		return m
	})
}

// checkPlaceholders demands that every {name} in text is an answer key or a
// derived id, so a typo never reaches the reader as a literal «{employes}».
// {name|one|many} is a number with its noun: «{employees|ansatt|ansatte}».
func (l *loader) checkPlaceholders(file string, line int, text string, env map[string]any) {
	for _, m := range placeholderRe.FindAllStringSubmatch(text, -1) {
		ph := parsePlaceholder(m[1])
		v, ok := env[ph.Name]
		switch {
		case !ok:
			l.errs.Add(file, line, "ukjent navn «{%s}» i teksten: bruk en svar-id eller en avledet betingelse", ph.Name)
		case strings.Count(m[1], "|") > 0 && (ph.One == "" || ph.Many == ""):
			l.errs.Add(file, line, "«{%s}»: skriv {navn|entall|flertall}, for eksempel {employees|ansatt|ansatte}", m[1])
		case ph.One != "":
			if _, isInt := v.(int); !isInt {
				l.errs.Add(file, line, "«{%s}»: entall og flertall passer bare for tall", m[1])
			}
		}
	}
}

func (l *loader) checkTopic(file string, line int, topic string) {
	switch {
	case strings.TrimSpace(topic) == "":
		l.errs.Add(file, line, "mangler feltet «topic»: skriv id-en til en side i håndboken (se «sosabc emner»)")
	case l.refs.Topic != nil && !l.refs.Topic(topic):
		l.errs.Add(file, line, "emnet «%s» finnes ikke i håndboken: skriv id-en til en side som finnes (se «sosabc emner»), eller lag siden topics/kommune/%s.md", topic, topic)
	}
}

func sortedKeys(m map[string]string) []string {
	keys := slices.Collect(maps.Keys(m))
	sort.Strings(keys)
	return keys
}

func itemFiles(fsys fs.FS) ([]string, error) {
	files, err := fs.Glob(fsys, itemsGlob)
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	return files, nil
}
