package pdf

import (
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/runenames"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/render/pdf/typeset"
	"github.com/sosabc/sosabc/internal/report"
)

// cmaps reads the character maps of the embedded fonts straight from
// their TrueType bytes, independent of the metrics Render uses.
func cmaps(t *testing.T) [typeset.NumFaces]func(rune) bool {
	t.Helper()
	var out [typeset.NumFaces]func(rune) bool
	for f := range typeset.NumFaces {
		name, ttf := typeset.Embedded(f)
		font, err := sfnt.Parse(ttf)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var buf sfnt.Buffer
		out[f] = func(r rune) bool {
			gi, err := font.GlyphIndex(&buf, r)
			return err == nil && gi != 0
		}
	}
	return out
}

// use is where a rune occurs.
type use struct {
	r     rune
	where string
}

// runeUses lists every rune of s once, with where it occurs.
func runeUses(s, where string, seen map[rune]bool, out *[]use) {
	for _, r := range s {
		if r == '\n' || r == '\r' || r == '\t' || seen[r] {
			continue
		}
		seen[r] = true
		*out = append(*out, use{r, where})
	}
}

// scalars walks every key and value of a YAML document, with its line.
func scalars(n *yaml.Node, file string, fn func(s, where string)) {
	if n.Kind == yaml.ScalarNode {
		fn(n.Value, fmt.Sprintf("%s:%d:%d", file, n.Line, n.Column))
	}
	for _, c := range n.Content {
		scalars(c, file, fn)
	}
}

// contentRunes is every rune of the embedded content: each topic's front
// matter and body, and every key and value of every YAML file (glossary,
// checklist items, uncertain figures, forms, personas, the interview,
// kommune and fylke names). Comments are not printed, so not checked.
// Each rune is listed once per file, at its first use there.
func contentRunes(t *testing.T) []use {
	t.Helper()
	fsys := content.FS()
	var out []use
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		seen := map[rune]bool{}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		file := "content/" + p
		text := string(data)
		switch path.Ext(p) {
		case ".md":
			front, body, ok := splitFrontMatter(text)
			if !ok && strings.HasPrefix(p, "help/") {
				front, body, ok = "", text, true // a help text is all body
			}
			if !ok {
				t.Errorf("%s: no front matter", file)
				return nil
			}
			var n yaml.Node
			if err := yaml.Unmarshal([]byte(front), &n); err != nil {
				t.Errorf("%s: %v", file, err)
				return nil
			}
			scalars(&n, file, func(s, where string) { runeUses(s, where, seen, &out) })
			offset := strings.Count(text[:len(text)-len(body)], "\n")
			for i, l := range strings.Split(body, "\n") {
				runeUses(l, fmt.Sprintf("%s:%d", file, offset+i+1), seen, &out)
			}
		case ".yaml":
			var n yaml.Node
			if err := yaml.Unmarshal(data, &n); err != nil {
				t.Errorf("%s: %v", file, err)
				return nil
			}
			scalars(&n, file, func(s, where string) { runeUses(s, where, seen, &out) })
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func splitFrontMatter(s string) (front, body string, ok bool) {
	rest, ok := strings.CutPrefix(s, "---\n")
	if !ok {
		return "", "", false
	}
	i := strings.Index(rest, "\n---\n")
	if i < 0 {
		return "", "", false
	}
	return rest[:i], rest[i+len("\n---\n"):], true
}

// docStrings is every string in a document, found by reflection so that
// a new block type is checked without changing this test.
func docStrings(v reflect.Value, fn func(string)) {
	switch v.Kind() {
	case reflect.String:
		fn(v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			docStrings(v.Elem(), fn)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				docStrings(v.Field(i), fn)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			docStrings(v.Index(i), fn)
		}
	}
}

// allDocuments are the documents sosabc can print from the embedded
// content: every persona's checklist (for the screen and for print) and
// every handbook page. Their text also holds what the Go code writes.
func allDocuments(t testing.TB) map[string]*doc.Document {
	t.Helper()
	docsOnce.Do(func() { docs = buildAllDocuments(t) })
	if docs == nil {
		t.Fatal("could not build the documents")
	}
	return docs
}

var (
	docsOnce sync.Once
	docs     map[string]*doc.Document
)

func buildAllDocuments(t testing.TB) map[string]*doc.Document {
	f := factory(t)
	eng, err := f.Engine()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := f.Personas()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*doc.Document{}
	for _, p := range ps {
		in := report.Build(eng.Rules, p.Answers, nil, f.Now())
		in.Persona = p.Name
		out["sjekkliste "+p.ID] = doc.Checklist(in, doc.ChecklistOptions{})
		out["sjekkliste "+p.ID+" (utskrift)"] = doc.Checklist(in, doc.ChecklistOptions{Print: true, Client: p.Name, Adviser: "Etablerertjenesten", Version: "test"})
	}
	hb, err := f.Handbook()
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range hb.Topics {
		out["side "+tp.ID] = doc.Page(hb, tp, doc.PageOptions{Print: true})
	}
	set, err := f.Workshops()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range set.Workshops {
		out["verksted "+w.ID] = doc.Workshop(w, doc.WorkshopOptions{Facilitator: true, Aims: set.Aim})
		out["utdeling "+w.ID] = doc.Handouts(w)
	}
	return out
}

// The typographic characters Norwegian text needs, whether or not the
// content uses them today.
const typographic = "«»–—’‘“”…·§æøåÆØÅéèüöäáčđŋšŧžïÁČĐŊŠŦŽ •"

func TestFontsCoverEveryCharacter(t *testing.T) {
	covers := cmaps(t)
	check := func(r rune, where string) {
		t.Helper()
		for f := range typeset.NumFaces {
			if !covers[f](r) {
				font, _ := typeset.Embedded(f)
				name := runenames.Name(r)
				t.Errorf("%s lacks %q (U+%04X %s), used in %s", font, r, r, name, where)
			}
		}
	}
	for _, r := range typographic {
		check(r, "Norwegian typography")
	}
	seen := map[rune]bool{}
	for _, u := range contentRunes(t) {
		if !seen[u.r] {
			seen[u.r] = true
			check(u.r, u.where)
		}
	}
	if len(seen) < 60 {
		t.Fatalf("found only %d different characters in the content: is the walk broken?", len(seen))
	}
	docs := allDocuments(t)
	names := make([]string, 0, len(docs))
	for n := range docs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		var more []use
		docStrings(reflect.ValueOf(docs[n]), func(s string) { runeUses(s, n, seen, &more) })
		for _, u := range more {
			check(u.r, u.where)
		}
	}
}

// The walk reaches the kommune names: their Sami letters (Porsáŋgu,
// Kárášjohka) are found in kommuner.yaml. The rest of the Sami alphabet
// (č đ ŧ ž …) is checked above as Norwegian typography, whether or not a
// name uses it today.
func TestContentWalkReachesTheKommuneNames(t *testing.T) {
	found := map[rune]bool{}
	for _, u := range contentRunes(t) {
		if strings.HasPrefix(u.where, "content/kommuner/kommuner.yaml:") {
			found[u.r] = true
		}
	}
	for _, r := range "áŋš" {
		if !found[r] {
			t.Errorf("the content walk never saw %q (U+%04X %s) in kommuner.yaml", r, r, runenames.Name(r))
		}
	}
}

// Covers, which Render uses, agrees with the fonts' own character maps.
func TestCoversAgreesWithTheCmap(t *testing.T) {
	covers := cmaps(t)
	for r := rune(0); r < 0x3000; r++ {
		want := true
		for f := range typeset.NumFaces {
			want = want && covers[f](r)
		}
		if got, _ := Covers(r); got != want {
			t.Errorf("Covers(%U) = %v, the cmap says %v", r, got, want)
		}
	}
	for _, r := range "✓☐" {
		if ok, _ := Covers(r); ok {
			t.Errorf("the Go fonts were not expected to have %q: draw it, or drop the vector box", r)
		}
	}
}
