package handbook

import (
	"errors"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/sanitize"
	"github.com/sosabc/sosabc/internal/strictyaml"
	"github.com/sosabc/sosabc/internal/strictyaml/yamltest"
)

// topicSeeds are a few real topics and the broken ones of the reliability
// review.
func topicSeeds(f *testing.F) {
	for _, p := range []string{"topics/selskapsform/as.md", "topics/ansatte/feriepenger.md", "topics/bank/bedriftskonto.md"} {
		data, err := fs.ReadFile(content.FS(), p)
		if err != nil {
			continue // the topic was renamed: the glob below still gives seeds
		}
		f.Add(data)
	}
	all, _ := fs.Glob(content.FS(), "topics/*/*.md")
	for i, p := range all {
		if i%25 == 0 {
			data, err := fs.ReadFile(content.FS(), p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	front := "---\n" + goodFront
	for _, s := range []string{
		"", "---\n", "---\n---\n", "---\nid: x\n---", "tekst uten front matter\n",
		front + "---\nBrødtekst.\n",
		front + "---\r\nBrødtekst.\r\n",
		front + "colour: red\n---\nx\n",
		front + "---\n# Overskrift\n",
		front + "---\nNestet OSC \x1b]0;nested\x1b]0;x\x07 og \x1bc her \u009b2J.\n",
		strings.Replace(front, "title: Bedriftskonto", "title: \"Ond \\e]0;pwned\\a \\e]52;c;cHduZWQ=\\a \\e[2J\"", 1) + "---\nx\n",
		strings.Replace(front, "id: konto", "id: ../../etc/passwd", 1) + "---\nx\n",
		strings.Replace(front, "url: https://www.finansnorge.no/", "url: \"javascript:alert(1)\"", 1) + "---\nx\n",
		strings.Replace(front, "checked: 2026-11-22", "checked: 2026-02-30", 1) + "---\nx\n",
		strings.Replace(front, "keywords: [konto]", "keywords: &a [x, *a]", 1) + "---\nx\n",
		"---\nid: \"" + strings.Repeat("[", 100) + "\n---\n",
		"---\ntitle: Bod\xf8\n---\n",
	} {
		f.Add([]byte(s))
	}
}

// FuzzParseTopic: ParseTopic never panics; every error is a Norwegian
// problem in this file at a line inside it; a topic that parses has no
// control characters anywhere, and writing it back and parsing it again
// gives the same topic.
func FuzzParseTopic(f *testing.F) {
	topicSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		topic, err := ParseTopic("emne.md", data)
		if err != nil {
			checkProblems(t, "emne.md", data, err)
			return
		}
		checkLoaded(t, topic)
		front, err := yaml.Marshal(topic)
		if err != nil {
			t.Fatalf("cannot write the front matter back: %v", err)
		}
		again, err := ParseTopic("emne.md", []byte("---\n"+string(front)+"---\n"+topic.Body))
		if err != nil {
			t.Fatalf("the topic written back does not parse: %v\n---\n%s---\n%s", err, front, topic.Body)
		}
		if a, b := plainTopic(again), plainTopic(topic); !reflect.DeepEqual(a, b) {
			t.Fatalf("round trip changed the topic:\n got %#v\nwant %#v", a, b)
		}
	})
}

// FuzzLoadLocal loads a local folder with one topic and a glossary on top
// of a small base: Load never panics, reports in Norwegian, and what it
// loads is free of control characters.
func FuzzLoadLocal(f *testing.F) {
	glossary := "terms:\n  - term: Konto\n    definition: Der pengene står.\n    topic: konto\n"
	f.Add([]byte("---\n"+goodFront+"---\nLokal.\n"), []byte(glossary))
	f.Add([]byte("---\n"+strings.Replace(goodFront, "id: konto", "id: lokal", 1)+"---\nNy.\n"), []byte("terms:\n  - term: \"Ond\\e]0;gloss\\a\"\n    definition: x\n"))
	f.Add([]byte(""), []byte("terms:\n  - term: a\n    definition: A.\n  - term: A\n    definition: B.\n"))
	f.Add([]byte("---\n"+goodFront+"---\nx\n"), []byte("root:*:20228:0:99999:7:::\ndaemon:*:20228:0:99999:7:::\n"))
	base := fstest.MapFS{
		"areas.yaml":           {Data: []byte(areas)},
		"topics/bank/konto.md": topicFile(goodFront, "Innebygd.\n"),
		"glossary.yaml":        {Data: []byte(glossary)},
	}
	f.Fuzz(func(t *testing.T, topic, glossary []byte) {
		local := fstest.MapFS{"topics/bank/lokal.md": {Data: topic}, "glossary.yaml": {Data: glossary}}
		h, err := Load(Layer{FS: base, Name: "innebygd"}, Layer{FS: local, Name: "lokalt", Local: true})
		if err != nil {
			var errs strictyaml.Errors
			if !errors.As(err, &errs) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			for _, e := range errs {
				switch {
				case strings.HasPrefix(e.File, "lokalt/topics/bank/lokal.md"):
					checkProblems(t, e.File, topic, strictyaml.Errors{e})
				case strings.HasPrefix(e.File, "lokalt/glossary.yaml"):
					checkProblems(t, e.File, glossary, strictyaml.Errors{e})
				case e.File == "content/topics/bank/konto.md" && strings.Contains(e.Msg, "«related»"):
					// the base topic links to nothing; a local one may
				default:
					t.Fatalf("error in the wrong file: %v", e)
				}
			}
			return
		}
		for _, tp := range h.Topics {
			checkLoaded(t, tp)
		}
		for _, g := range h.Glossary {
			for _, s := range append([]string{g.Term, g.Definition, g.Topic}, g.Aliases...) {
				if !sanitize.Clean(s) {
					t.Fatalf("glossary text %q has control characters", s)
				}
			}
		}
	})
}

// plainTopic is what a round trip must keep: not the lines of sources,
// and no difference between an empty list and none.
func plainTopic(t *Topic) Topic {
	c := *t
	c.Sources = nil
	for _, s := range t.Sources {
		s.Where = ""
		c.Sources = append(c.Sources, s)
	}
	for _, list := range []*[]string{&c.Keywords, &c.Related, &c.UncertainIDs} {
		if len(*list) == 0 {
			*list = nil
		}
	}
	return c
}

func checkLoaded(t *testing.T, topic *Topic) {
	t.Helper()
	if !idRe().MatchString(topic.ID) {
		t.Fatalf("topic loaded with id %q", topic.ID)
	}
	texts := []string{topic.Title, topic.Area, topic.Summary, topic.Checked, topic.Body}
	texts = append(append(texts, topic.Keywords...), topic.Related...)
	for _, s := range topic.Sources {
		texts = append(texts, s.Title, s.URL, s.Date, s.Read)
	}
	for _, s := range texts {
		if !sanitize.Clean(s) {
			t.Fatalf("topic text %q has control characters", s)
		}
	}
	for _, s := range []string{topic.Title, topic.Area, topic.Summary, topic.Checked} {
		if strings.TrimSpace(s) == "" {
			t.Fatalf("topic loaded without a required field: %#v", topic)
		}
	}
	if len(topic.Sources) == 0 {
		t.Fatal("topic loaded without sources")
	}
}

// checkProblems holds errors to what a content writer may see: this file,
// a line inside it, Norwegian, and no control characters.
func checkProblems(t *testing.T, file string, data []byte, err error) {
	t.Helper()
	var errs strictyaml.Errors
	if !errors.As(err, &errs) || len(errs) == 0 {
		t.Fatalf("error of type %T: %v", err, err)
	}
	yamltest.CheckProblems(t, file, data, errs)
}
