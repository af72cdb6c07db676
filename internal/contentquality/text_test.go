package contentquality

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/sosabc/sosabc/content"
	"go.yaml.in/yaml/v3"
)

// A chunk is one piece of text from the content and the file it came from.
type chunk struct {
	file string
	text string
	// prose is true for text a reader sees as sentences: Markdown bodies
	// and text-like YAML fields. Ids, conditions and answer values are not
	// prose, so the spelling test leaves them out.
	prose bool
}

// proseKeys are the YAML keys whose values are text for the reader.
var proseKeys = map[string]bool{
	"title": true, "summary": true, "definition": true, "text": true,
	"help": true, "label": true, "do": true, "description": true,
	"note": true, "fact": true, "cost": true, "deadline": true, "deadline_short": true, "name": true,
	"term": true,
}

// sourceKeys hold lists of sources: the kommune data has primary
// «sources», «secondary» copies and the «copies» of its data files.
var sourceKeys = map[string]bool{"sources": true, "secondary": true, "copies": true}

// workshopKeys are the keys of a workshop module (content/workshops/)
// whose values are text for a facilitator, a teacher or the participants:
// handouts, tasks and suggested answers, the agenda's instructions and
// what the class sees on the projector, the quiz. Workshop text follows
// the same klarspråk rules as the handbook.
var workshopKeys = map[string]bool{
	"body": true, "task": true, "answer": true, "instructions": true,
	"notes": true, "preparation": true, "question": true, "options": true,
	"explanation": true, "materials": true, "subject": true, "participants": true,
}

// personaKeys are the keys of a persona's case (content/personas/), the
// story a class reads and the questions it discusses.
var personaKeys = map[string]bool{"story": true, "questions": true}

// isProse reports whether the scalar at path in file is reader-facing text
// that we wrote ourselves. Besides proseKeys, the cells of the
// company-forms table (forms[].points.<point>) are prose even though their
// keys are point ids, and so are the workshop and persona keys above in
// their own files, also as items of a list («options: [ja, nei]»).
// Sources are not: their titles quote the publisher, in its spelling and
// sometimes in English.
func isProse(file string, path []string) bool {
	n := len(path)
	if n == 0 || slices.ContainsFunc(path, func(k string) bool { return sourceKeys[k] }) {
		return false
	}
	if proseKeys[path[n-1]] || (n >= 2 && path[n-2] == "points") {
		return true
	}
	key := path[n-1]
	if key == "[]" && n >= 2 {
		key = path[n-2]
	}
	switch {
	case strings.HasPrefix(file, "content/workshops/"):
		return workshopKeys[key]
	case strings.HasPrefix(file, "content/personas/"):
		return slices.Contains(path, "case") && personaKeys[key]
	}
	return false
}

// collect reads every YAML and Markdown file in the embedded content.
// It reads the files generically, not through the handbook loader, so that
// a new file or field is checked without anyone remembering to add it here.
func collect(t *testing.T) []chunk {
	t.Helper()
	var chunks []chunk
	err := fs.WalkDir(content.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(content.FS(), p)
		if err != nil {
			return err
		}
		file := "content/" + p
		switch {
		case strings.HasSuffix(p, ".yaml"):
			return collectYAML(file, data, &chunks)
		case strings.HasSuffix(p, ".md"):
			front, body := splitFrontMatter(data)
			if err := collectYAML(file, front, &chunks); err != nil {
				return err
			}
			chunks = append(chunks, chunk{file: file, text: body, prose: true})
		}
		return nil
	})
	if err != nil {
		t.Fatalf("read content: %v", err)
	}
	if len(chunks) == 0 {
		t.Fatal("found no text in the content")
	}
	return chunks
}

func collectYAML(file string, data []byte, chunks *[]chunk) error {
	var doc any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return err
	}
	walk(doc, nil, func(path []string, s string) {
		*chunks = append(*chunks, chunk{file: file, text: s, prose: isProse(file, path)})
	})
	return nil
}

// walk calls emit for every string scalar in v, with the keys leading to
// it. List items add "[]" to the path, so that a list under a key is not
// mistaken for a map under it.
func walk(v any, path []string, emit func(path []string, s string)) {
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(v[k], append(path[:len(path):len(path)], k), emit)
		}
	case []any:
		for _, item := range v {
			walk(item, append(path[:len(path):len(path)], "[]"), emit)
		}
	case string:
		emit(path, v)
	}
}

// splitFrontMatter splits a topic file into its front matter and body.
func splitFrontMatter(data []byte) (front []byte, body string) {
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	rest, ok := bytes.CutPrefix(data, []byte("---\n"))
	if !ok {
		return nil, string(data)
	}
	front, after, ok := bytes.Cut(rest, []byte("\n---\n"))
	if !ok {
		return nil, string(data)
	}
	return front, string(after)
}

var (
	fencedRe = regexp.MustCompile("(?s)```.*?```")
	codeRe   = regexp.MustCompile("`[^`]*`")
	// A link target, a URL, a bare domain («tilskudd.dfo.no»), a top-level
	// domain («et .no-domene») or an e-mail address is not a word.
	urlRe = regexp.MustCompile(`\]\([^)]*\)|<?https?://[^\s>)]+>?|\bwww\.[^\s)]+|[\w.+-]+@[\w-]+\.[\w.]+|\b(?:[\p{L}0-9-]+\.)+(?:no|com|org|net|eu|dk|se)\b(?:/[^\s)]*)?|\.(?:no|com|org)\b`)
	// The checklist fills in answers: «Fordi du regner med {employees} ansatte».
	placeholderRe = regexp.MustCompile(`\{[a-z_]+\}`)
)

// stripMachineText removes code, URLs and placeholders, which are not
// Norwegian words.
func stripMachineText(s string) string {
	s = fencedRe.ReplaceAllString(s, " ")
	s = codeRe.ReplaceAllString(s, " ")
	s = placeholderRe.ReplaceAllString(s, " ")
	return urlRe.ReplaceAllString(s, "]")
}

// words splits s into words: runs of letters and digits joined by single
// hyphens («NAV-kontoret», «e-post»). Everything else separates words.
func words(s string) []string {
	var out []string
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	rs := []rune(s)
	start := -1
	for i, r := range rs {
		inWord := isWord(r) || (r == '-' && start >= 0 && i+1 < len(rs) && isWord(rs[i+1]) && isWord(rs[i-1]))
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, string(rs[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, string(rs[start:]))
	}
	return out
}

// findUp returns the first dir/rel that exists, looking in the working
// directory (the package directory under go test) and each of its parents.
func findUp(t *testing.T, rel string) (string, bool) {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, rel)
		if _, err := os.Stat(p); err == nil {
			return p, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// missing skips a test whose tool or data is absent on this machine, but
// fails it under CI, where .ci/run installs everything the tests need.
func missing(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf(format, args...)
	}
	t.Skipf(format, args...)
}
