package ruleset

import (
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/checklist/checklisttest"
	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/interview"
)

// builtinContent is the built-in content, its interview, and the topics
// and uncertain figures its items may name.
func builtinContent(t *testing.T) (fs.FS, *interview.Schema, Refs) {
	t.Helper()
	fsys := content.FS()
	schema, err := interview.LoadSchema(fsys, "interview/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return fsys, schema, Refs{Topic: checklisttest.TopicsIn(t, fsys), Uncertain: checklisttest.UncertainIn(t, fsys)}
}

// withCache is fsys with a cache made from it: what Load sees in the
// built-in content.
func withCache(t *testing.T, fsys fs.FS, schema *interview.Schema, refs Refs) fstest.MapFS {
	t.Helper()
	out := checklisttest.Copy(t, fsys)
	data, err := MakeCache(fsys, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	out[CacheFile] = &fstest.MapFile{Data: data}
	return out
}

// conditionsOf compiles every condition of s with s.Conditions and takes
// the compiler out, so what remains can be compared. It returns the
// sources, with BROKEN after one that does not compile to itself.
func conditionsOf(s *Set) []string {
	var out []string
	take := func(source string) {
		if strings.TrimSpace(source) == "" {
			out = append(out, "-")
			return
		}
		out = append(out, source)
		if c, err := s.Conditions.Compile(source); err != nil || c == nil || c.Source != source {
			out = append(out, "BROKEN")
		}
	}
	for _, d := range s.Derived {
		take(d.When)
	}
	for _, it := range s.Items {
		take(it.When)
		for _, w := range it.Why {
			take(w.If)
		}
	}
	for _, f := range s.Forms {
		for _, list := range [][]Reason{f.For, f.Against} {
			for _, x := range list {
				take(x.When)
			}
		}
	}
	s.Conditions = nil
	return out
}

// TestCacheIsTheYAML: the rules from the cache are the rules from the
// YAML, field by field, with the same conditions; and a cache that does
// not match the files is not used.
func TestCacheIsTheYAML(t *testing.T) {
	fsys, schema, refs := builtinContent(t)
	refs.Vars = []Var{{Name: "kommunenummer", Zero: ""}, {Name: "fylkesnummer", Zero: ""}, {Name: "fylke", Zero: ""}}
	cached := withCache(t, fsys, schema, refs)
	if readCache(cached) == nil {
		t.Fatal("the cache made from the content does not match it")
	}
	want, err := load(fsys, schema, refs, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Load(cached, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	wantConds, gotConds := conditionsOf(want), conditionsOf(got)
	if !reflect.DeepEqual(gotConds, wantConds) {
		t.Errorf("the conditions from the cache differ from the YAML's:\n%q\n%q", gotConds, wantConds)
	}
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got.Items), len(want.Items)) {
			if !reflect.DeepEqual(got.Items[i], want.Items[i]) {
				t.Errorf("item %d from the cache:\n%#v\nfrom the YAML:\n%#v", i, got.Items[i], want.Items[i])
				break
			}
		}
		t.Fatal("the rules from the cache differ from the rules from the YAML")
	}

	// An edited item file makes the cache stale: Load reads the YAML.
	stale := fstest.MapFS{}
	for k, v := range cached {
		stale[k] = v
	}
	files, _ := itemFiles(fsys)
	edited := strings.Replace(string(stale[files[0]].Data), "title: ", "title: Endret ", 1)
	stale[files[0]] = &fstest.MapFile{Data: []byte(edited)}
	if readCache(stale) != nil {
		t.Fatal("a cache of other files was used")
	}
	r, err := Load(stale, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(r.Items[0].Title, "Endret ") {
		t.Errorf("the edited title did not reach the rules: %q", r.Items[0].Title)
	}
}

// TestCacheWithLocalItems: with the built-in items from the cache, local
// items are read and checked as before: against the built-in ids, with
// their own lines.
func TestCacheWithLocalItems(t *testing.T) {
	fsys, schema, refs := builtinContent(t)
	builtin := withCache(t, fsys, schema, refs)
	r0, err := Load(builtin, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	first := r0.Items[0]
	item := func(id, title, after string) string {
		return `  - id: ` + id + `
    title: ` + title + `
    phase: ` + first.Phase + `
    priority: kan
    when: har_ansatte
    why:
      - text: Fordi.
    do: Gjør det.
    after: [` + after + `]
    topic: ` + first.Topic + `
    sources:
      - title: "Kilde: side"
        url: https://example.org/side
        read: 2026-01-01
`
	}
	one := "items:\n" + item("lokalt-punkt", "Et lokalt punkt", first.ID)
	local := fstest.MapFS{"checklist/items/lokalt.yaml": {Data: []byte(one + item(first.ID, "Samme id", ""))}}
	layered := contentfs.New(contentfs.Layer{FS: builtin, Prefix: "content"}, contentfs.Layer{FS: local, Prefix: "lokal"})
	yamlLayered := contentfs.New(contentfs.Layer{FS: fsys, Prefix: "content"}, contentfs.Layer{FS: local, Prefix: "lokal"})
	_, cachedErr := Load(layered, schema, refs)
	_, yamlErr := load(yamlLayered, schema, refs, nil)
	if cachedErr == nil || yamlErr == nil || cachedErr.Error() != yamlErr.Error() {
		t.Fatalf("a local item with a built-in id:\nfrom the cache: %v\nfrom the YAML: %v", cachedErr, yamlErr)
	}
	if !strings.Contains(cachedErr.Error(), "lokal/checklist/items/lokalt.yaml:16") {
		t.Errorf("the message does not name the local file and line: %v", cachedErr)
	}
	local["checklist/items/lokalt.yaml"] = &fstest.MapFile{Data: []byte(one)}
	r, err := Load(layered, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	var it *Rule
	if i := slices.IndexFunc(r.Items, func(x Rule) bool { return x.ID == "lokalt-punkt" }); i >= 0 {
		it = &r.Items[i]
	}
	if it == nil || !it.LocalFile || it.File != "lokal/checklist/items/lokalt.yaml" || it.Line != 2 {
		t.Fatalf("the local item: %+v", it)
	}
	yr, err := load(yamlLayered, schema, refs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(r.Items, yr.Items) || !reflect.DeepEqual(r.Uncertain, yr.Uncertain) {
		t.Error("the items differ with the cache")
	}
}
