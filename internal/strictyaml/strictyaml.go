// Package strictyaml decodes YAML content files strictly: unknown keys and
// type mismatches are errors that name the file and line, in Norwegian,
// because content authors (not only programmers) read them.
package strictyaml

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sosabc/sosabc/internal/fuzzy"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/internal/sanitize"
)

// Error is a problem at one place in a content file.
type Error struct {
	File string
	Line int // 1-based; 0 when unknown
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Errors collects every problem found, so an author can fix them all at once.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Add records a problem.
func (es *Errors) Add(file string, line int, format string, args ...any) {
	*es = append(*es, &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// Append adds the problems in err: one *Error, a list of them, or any
// other error (then without a file).
func (es *Errors) Append(err error) {
	var many Errors
	var one *Error
	switch {
	case err == nil:
	case errors.As(err, &many):
		*es = append(*es, many...)
	case errors.As(err, &one):
		*es = append(*es, one)
	default:
		es.Add("?", 0, "%v", err)
	}
}

// Err returns nil when nothing was recorded.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// Decode decodes data into out, rejecting unknown keys. lineOffset is added
// to reported lines (front matter starts below the opening ---). It also
// returns the document node, so callers can point at the line of a key when
// they report their own, semantic errors.
//
// The text is parsed once, into a node tree; unknown keys are found by
// walking that tree against out's type, and the tree is then decoded into
// out. (yaml.v3's KnownFields works only when decoding from text, which
// would mean parsing every file twice; parsing is most of the load time.)
func Decode(file string, data []byte, lineOffset int, out any) (*yaml.Node, error) {
	if line, ok := notUTF8(data); ok {
		return nil, &Error{File: file, Line: line + lineOffset, Msg: "teksten er ikke UTF-8. Lagre filen som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8) og prøv igjen"}
	}
	if line, ok := rawControl(data); ok {
		return nil, &Error{File: file, Line: line + lineOffset, Msg: "filen har kontrolltegn som ikke hører hjemme i en tekstfil. Fjern dem"}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, tabHint(data, lineOffset, translate(file, lineOffset, Lines(data), err))
	}
	if n := controlNode(&doc); n != nil {
		return nil, &Error{File: file, Line: n.Line + lineOffset, Msg: "teksten har kontrolltegn, for eksempel escape-koder, som kan lure terminalen. Fjern dem"}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, &Error{File: file, Line: lineOffset + 1, Msg: "filen er tom"}
	}
	var errs Errors
	unknownKeys(file, lineOffset, doc.Content[0], reflect.TypeOf(out), &errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	if err := doc.Decode(out); err != nil {
		return nil, translate(file, lineOffset, Lines(data), err)
	}
	if lineOffset != 0 {
		shift(&doc, lineOffset)
	}
	return &doc, nil
}

// unknownKeys reports every mapping key that has no field in t, as
// yaml.v3's KnownFields would, at the key's own line.
func unknownKeys(file string, offset int, n *yaml.Node, t reflect.Type, errs *Errors) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || n == nil {
		return
	}
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	switch t.Kind() {
	case reflect.Struct:
		if t == reflect.TypeOf(yaml.Node{}) || n.Kind != yaml.MappingNode {
			return // a wrong shape is a type error, which Decode reports
		}
		fields := yamlFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			key := n.Content[i]
			ft, ok := fields[key.Value]
			if !ok {
				errs.Add(file, key.Line+offset, "ukjent felt «%s»%s", key.Value, closeField(key.Value, fields))
				continue
			}
			unknownKeys(file, offset, n.Content[i+1], ft, errs)
		}
	case reflect.Slice, reflect.Array:
		if n.Kind == yaml.SequenceNode {
			for _, c := range n.Content {
				unknownKeys(file, offset, c, t.Elem(), errs)
			}
		}
	case reflect.Map:
		if n.Kind == yaml.MappingNode {
			for i := 1; i < len(n.Content); i += 2 {
				unknownKeys(file, offset, n.Content[i], t.Elem(), errs)
			}
		}
	}
}

// closeField is « (mente du «title»?)» when a field name is a small typo
// away from what was written («titel», «sumary»), else "".
func closeField(typed string, fields map[string]reflect.Type) string {
	best, bestD := "", len([]rune(typed))/3+1
	for name := range fields {
		if d := fuzzy.Distance(strings.ToLower(typed), name); d < bestD || (d == bestD && best != "" && name < best) {
			best, bestD = name, d
		}
	}
	if best == "" || bestD > 2 {
		return ""
	}
	return fmt.Sprintf(": mente du «%s»?", best)
}

// yamlFields maps the YAML names of t's fields to their types, by yaml.v3's
// rules: the tag's name, or else the lowercased field name.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if strings.Contains(opts, "inline") {
			for k, v := range yamlFields(f.Type) {
				out[k] = v
			}
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out[name] = f.Type
	}
	return out
}

func shift(n *yaml.Node, by int) {
	n.Line += by
	for _, c := range n.Content {
		shift(c, by)
	}
}

var (
	lineRe    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`line (\d+): (.*)`) })
	unknownRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^field (\S+) not found in type`) })
	dupRe     = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^mapping key "([^"]*)" already defined at line (\d+)`)
	})
	typeRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile("^cannot unmarshal !!(\\w+)(?: `([^`]*)`)? into (\\S+)")
	})
)

var yamlTypes = map[string]string{
	"str": "tekst", "int": "heltall", "bool": "ja/nei (true/false)", "seq": "liste",
	"map": "nøkler og verdier", "float": "desimaltall", "timestamp": "dato",
}

func goType(t string) string {
	t = strings.TrimLeft(t, "*")
	switch {
	case strings.HasPrefix(t, "[]"):
		return "en liste"
	case strings.HasPrefix(t, "int") || strings.HasPrefix(t, "uint"):
		return "et heltall"
	case strings.HasPrefix(t, "float"):
		return "et tall"
	case t == "bool":
		return "ja/nei (true/false)"
	case t == "string":
		return "tekst"
	case t == "time.Time":
		return "en dato"
	}
	return "nøkler og verdier"
}

// translate turns yaml.v3's English errors into Norwegian ones with a line.
func translate(file string, offset, lines int, err error) error {
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	var out Errors
	for _, m := range msgs {
		m = strings.TrimPrefix(m, "yaml: ")
		line := 0
		if sub := lineRe().FindStringSubmatch(m); sub != nil {
			line, _ = strconv.Atoi(sub[1])
			m = sub[2]
			// yaml.v3 reports errors that carry a context (an unclosed
			// [ or {) at the context's 0-based line; point at the real line.
			if strings.HasPrefix(m, "did not find expected") || strings.HasPrefix(m, "found a tab character") {
				line++
			}
			line = min(line, lines) + offset // at the end of the file, the last line
		}
		switch {
		case unknownRe().MatchString(m):
			key := unknownRe().FindStringSubmatch(m)[1]
			out.Add(file, line, "ukjent felt «%s»", key)
		case typeRe().MatchString(m):
			sub := typeRe().FindStringSubmatch(m)
			got := yamlTypes[sub[1]]
			if got == "" {
				got = sub[1]
			}
			if sub[2] == "" {
				out.Add(file, line, "her står det %s, men her skal det stå %s", withArticle(got), goType(sub[3]))
			} else {
				// yaml.v3 cuts a long value short, maybe inside a letter.
				value := strings.ToValidUTF8(sub[2], "")
				out.Add(file, line, "«%s» er %s, men her skal det stå %s", value, got, goType(sub[3]))
			}
		case dupRe().MatchString(m):
			sub := dupRe().FindStringSubmatch(m)
			first, _ := strconv.Atoi(sub[2])
			out.Add(file, line, "feltet «%s» står to ganger (første gang på linje %d)", sub[1], first+offset)
		default:
			out.Add(file, line, "%s", syntaxMessage(m))
		}
	}
	return out
}

// withArticle is a YAML type name from yamlTypes with its article.
func withArticle(t string) string {
	switch t {
	case "liste", "dato":
		return "en " + t
	case "heltall", "desimaltall":
		return "et " + t
	}
	return t
}

// Lines counts the lines of data as YAML does: a line ends with \n, \r\n,
// a lone \r (old Mac files) or U+2028/U+2029. An error is never reported
// past the last line.
func Lines(data []byte) int {
	n := 1
	for i := 0; i < len(data); i++ {
		switch {
		case data[i] == '\n':
			n++
		case data[i] == '\r' && (i+1 == len(data) || data[i+1] != '\n'):
			n++
		case bytes.HasPrefix(data[i:], []byte("\u2028")) || bytes.HasPrefix(data[i:], []byte("\u2029")):
			n++
		}
	}
	return n
}

// KeyLine returns the line of key in the mapping node n, or n's own line.
func KeyLine(n *yaml.Node, key string) int {
	if n == nil {
		return 0
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i].Line
		}
	}
	return n.Line
}

// Child returns the value node of key in mapping n, or nil.
func Child(n *yaml.Node, key string) *yaml.Node {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// Item returns the i-th element of sequence n, or nil.
func Item(n *yaml.Node, i int) *yaml.Node {
	if n == nil || n.Kind != yaml.SequenceNode || i >= len(n.Content) {
		return nil
	}
	return n.Content[i]
}

// tabHint says «tabulator» where yaml.v3 only says that a character cannot
// start a token, and that character is a tab at the start of the line.
func tabHint(data []byte, offset int, err error) error {
	var es Errors
	if !errors.As(err, &es) {
		return err
	}
	const token = "found character that cannot start any token"
	lines := bytes.Split(data, []byte("\n"))
	for _, e := range es {
		n := e.Line - offset - 1
		if e.Msg != syntaxMessage(token) || n < 0 || n >= len(lines) {
			continue
		}
		if indent := lines[n][:len(lines[n])-len(bytes.TrimLeft(lines[n], " \t"))]; bytes.ContainsRune(indent, '\t') {
			e.Msg = syntaxMessage("found a tab character")
		}
	}
	return es
}

// syntaxMessages are yaml.v3's syntax errors in words a content writer or
// an adviser can act on.
var syntaxMessages = []struct{ prefix, msg string }{
	{"found a tab character", "linjen er rykket inn med tabulator. Bruk mellomrom i stedet"},
	{"mapping values are not allowed", "et kolon står der det ikke kan stå. Sjekk innrykket, eller sett anførselstegn rundt teksten"},
	{"did not find expected ',' or ']'", "en liste i [ ] er ikke lukket. Sett ] på slutten av listen"},
	{"did not find expected ',' or '}'", "en { } er ikke lukket. Sett } på slutten"},
	{"did not find expected key", "innrykket stemmer ikke. Linjene under en nøkkel må ha like mange mellomrom foran"},
	{"did not find expected '-' indicator", "innrykket stemmer ikke med listen over. Sjekk mellomrommene foran bindestrekene"},
	{"found unexpected end of stream", "filen slutter midt i en tekst. Mangler et anførselstegn?"},
	{"could not find expected ':'", "en linje mangler kolon. Skriv nøkkel: verdi"},
	{"found character that cannot start any token", "en verdi begynner med et tegn YAML ikke tillater der, for eksempel @ eller `. Sett anførselstegn rundt verdien"},
	{"control characters are not allowed", "filen har kontrolltegn som ikke hører hjemme i en tekstfil. Fjern dem"},
	{"exceeded max depth", "filen har for mange nivåer inni hverandre"},
	{"found undefined alias", "filen bruker et alias (*navn) som ikke er definert"},
	{"found unknown escape character", "en tekst i anførselstegn har en ugyldig \\-kode. Bruk enkle anførselstegn, eller fjern \\"},
	{"invalid leading UTF-8 octet", "teksten er ikke UTF-8. Lagre filen som UTF-8 og prøv igjen"},
	{"invalid trailing UTF-8 octet", "teksten er ikke UTF-8. Lagre filen som UTF-8 og prøv igjen"},
	{"found an incorrect", "teksten er ikke UTF-8. Lagre filen som UTF-8 og prøv igjen"},
	{"incomplete UTF-", "teksten er ikke UTF-8. Lagre filen som UTF-8 og prøv igjen"},
	{"invalid length of a UTF-8", "teksten er ikke UTF-8. Lagre filen som UTF-8 og prøv igjen"},
	{"invalid Unicode character", "teksten har et tegn som ikke er gyldig. Lagre filen som UTF-8 og prøv igjen"},
	{"found invalid Unicode character escape code", "en \\u-kode i anførselstegn er ikke gyldig. Skriv tegnet selv i stedet"},
	{"did not find expected hexdecimal number", "en \\x- eller \\u-kode i anførselstegn er ikke gyldig. Skriv tegnet selv i stedet"},
	{"unknown anchor", "filen bruker et alias (*navn) som ikke er definert"},
	{"anchor '", "et alias (*navn) viser til seg selv"},
	{"document contains excessive aliasing", "filen bruker for mange alias (*navn)"},
	{"did not find expected alphabetic or numeric character", "et anker (&navn) eller alias (*navn) mangler navn. Sett anførselstegn rundt teksten hvis & eller * skal stå der"},
	{"block sequence entries are not allowed", "en bindestrek (-) står der det ikke kan stå. Sjekk innrykket"},
	{"mapping keys are not allowed", "en nøkkel står der det ikke kan stå. Sjekk innrykket"},
	{"did not find expected node content", "en verdi mangler eller står på feil sted. Sjekk innrykket, eller sett anførselstegn rundt teksten"},
	{"did not find expected comment or line break", "det står noe etter slutten av verdien. Sett anførselstegn rundt hele teksten"},
	{"found unexpected document indicator", "en linje med --- eller ... står midt i filen. Fjern den, eller sett anførselstegn rundt teksten"},
	{"did not find expected <document start>", "filen har mer enn ett dokument (--- midt i filen). Fjern det som står etter"},
	{"found undefined tag handle", "en verdi begynner med !, som YAML leser som en merkelapp. Sett anførselstegn rundt verdien"},
	{"did not find expected tag URI", "en verdi begynner med !, som YAML leser som en merkelapp. Sett anførselstegn rundt verdien"},
	{"did not find expected '!'", "en verdi begynner med !, som YAML leser som en merkelapp. Sett anførselstegn rundt verdien"},
	{"found an indentation indicator equal to 0", "en tekst etter | eller > har 0 som innrykk. Fjern tallet"},
	{"map merge requires", "<< må vise til nøkler og verdier"},
	{"!!binary", "en !!binary-verdi er ikke gyldig base64"},
	{"found unknown directive name", "en linje som starter med %, må ha anførselstegn rundt teksten"},
	{"found unexpected non-alphabetical character", "en linje som starter med %, må ha anførselstegn rundt teksten"},
}

// unreadable is said about YAML that yaml.v3 rejects for a reason we have
// no words for: never its English.
const unreadable = "filen kan ikke leses som YAML her. Sjekk innrykket, kolonene og anførselstegnene"

func syntaxMessage(m string) string {
	for _, s := range syntaxMessages {
		if strings.HasPrefix(m, s.prefix) {
			return s.msg
		}
	}
	return unreadable
}

// notUTF8 finds the first line with bytes that are not UTF-8, such as æøå
// saved as Latin-1. A file with a UTF-16 byte-order mark is left to the
// YAML reader, which decodes it.
func notUTF8(data []byte) (int, bool) {
	if isUTF16(data) || utf8.Valid(data) {
		return 0, false
	}
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			return line, true
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return 0, false
}

// rawControl finds the line of the first control character written as a
// byte in the file (NUL, ESC …); yaml.v3 would reject it without a line.
// Quoted escapes such as "\e" are found after parsing, by controlNode.
func rawControl(data []byte) (int, bool) {
	if isUTF16(data) {
		return 0, false
	}
	text := strings.ReplaceAll(string(data), "\r", " ") // same offsets
	i := sanitize.FirstControl(text)
	if i < 0 {
		return 0, false
	}
	return strings.Count(text[:i], "\n") + 1, true
}

func isUTF16(data []byte) bool {
	return len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF)
}

// controlNode finds the first scalar (key or value) that holds a terminal
// control sequence or another control character.
func controlNode(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.ScalarNode && !sanitize.Clean(strings.ReplaceAll(n.Value, "\r", "")) {
		return n
	}
	for _, c := range n.Content {
		if found := controlNode(c); found != nil {
			return found
		}
	}
	return nil
}
