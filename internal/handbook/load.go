package handbook

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/sanitize"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// Layer is one content tree: the embedded handbook, or a local directory
// that adds or overrides topics and glossary terms.
type Layer struct {
	FS    fs.FS
	Name  string // shown in messages: "innebygd innhold" or the directory
	Local bool
}

// Load reads and validates every layer; later layers override earlier ones
// by topic id and glossary term. Every problem is reported, not only the first.
func Load(layers ...Layer) (*Handbook, error) {
	return load(true, layers...)
}

// load is Load; with useCache, the built-in layer comes from CacheFile
// when the cache matches its files.
func load(useCache bool, layers ...Layer) (*Handbook, error) {
	h := &Handbook{byID: map[string]*Topic{}, Uncertain: source.Registry{}}
	var errs strictyaml.Errors
	terms := map[string]Term{}
	var termOrder []string
	caches := make([]*cache, len(layers))
	for i, l := range layers {
		if useCache {
			caches[i] = readCache(l)
		}
		if c := caches[i]; c != nil {
			h.Areas = append(h.Areas, c.Areas...)
		} else if err := loadAreas(l, h, &errs); err != nil {
			return nil, err
		}
		loadUncertain(l, h.Uncertain, &errs)
	}
	for i, l := range layers {
		var glossary []Term
		if c := caches[i]; c != nil {
			topics := make([]*Topic, len(c.Topics))
			for j := range c.Topics {
				topics[j] = &c.Topics[j]
			}
			addTopics(l, h, topics)
			glossary = c.Glossary
		} else {
			loadTopics(l, h, &errs)
			glossary = loadGlossary(l, &errs)
		}
		for _, t := range glossary {
			key := strings.ToLower(t.Term)
			if _, seen := terms[key]; !seen {
				termOrder = append(termOrder, key)
			}
			terms[key] = t
		}
	}
	for _, key := range termOrder {
		h.Glossary = append(h.Glossary, terms[key])
	}
	for _, t := range h.Topics {
		t.Uncertain = h.Uncertain.Resolve(t.UncertainIDs, t.File, 0, &errs)
	}
	validateLinks(h, &errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	sortHandbook(h)
	return h, nil
}

func loadAreas(l Layer, h *Handbook, errs *strictyaml.Errors) error {
	data, err := contentfs.ReadFile(l.FS, "areas.yaml")
	if errors.Is(err, fs.ErrNotExist) {
		if !l.Local {
			return fmt.Errorf("%s: mangler areas.yaml", l.Name)
		}
		return nil
	}
	file := display(l, "areas.yaml")
	if err != nil {
		errs.Add(file, 0, "kan ikke lese filen: %v", err)
		return nil
	}
	var doc struct {
		Areas []Area `yaml:"areas"`
	}
	node, err := strictyaml.Decode(file, data, 0, &doc)
	if err != nil {
		errs.Append(err)
		return nil
	}
	list := strictyaml.Child(node, "areas")
	for i, a := range doc.Areas {
		line := strictyaml.KeyLine(strictyaml.Item(list, i), "id")
		switch {
		case !idRe().MatchString(a.ID):
			errs.Add(file, line, "område-id «%s» kan bare ha små bokstaver a–z, tall og bindestrek", a.ID)
		case a.Title == "":
			errs.Add(file, line, "området «%s» mangler title", a.ID)
		case h.Area(a.ID) != nil:
			errs.Add(file, line, "området «%s» finnes fra før", a.ID)
		default:
			h.Areas = append(h.Areas, a)
		}
	}
	return nil
}

var (
	idRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`) })
)

func loadTopics(l Layer, h *Handbook, errs *strictyaml.Errors) {
	files := topicFiles(l, errs)
	parsed := parseAll(l, files)
	seen := map[string]string{}
	var topics []*Topic
	for i, p := range files {
		res := parsed[i]
		file := display(l, p)
		*errs = append(*errs, res.errs...)
		t := res.topic
		if t == nil {
			continue
		}
		if want := strings.TrimSuffix(path.Base(p), ".md"); t.ID != want {
			errs.Add(file, 2, "id «%s» skal være lik filnavnet «%s»", t.ID, want)
			continue
		}
		if other, dup := seen[t.ID]; dup {
			errs.Add(file, 2, "id «%s» finnes også i %s", t.ID, other)
			continue
		}
		seen[t.ID] = file
		topics = append(topics, t)
	}
	addTopics(l, h, topics)
}

// addTopics adds the checked topics of layer l to h: a local page
// replaces the embedded one with its id, in place.
func addTopics(l Layer, h *Handbook, topics []*Topic) {
	for _, t := range topics {
		t.Local = l.Local
		if old := h.byID[t.ID]; old != nil {
			*old = *t
			continue
		}
		h.byID[t.ID] = t
		h.Topics = append(h.Topics, t)
	}
}

// topicFiles lists topics/*/*.md. A folder that cannot be read is an
// error, never skipped in silence: a check that skips topics must not say
// the content is fine. So is a link to a folder, which WalkDir would not
// follow (and a link out of a local folder, which the os.Root refuses).
func topicFiles(l Layer, errs *strictyaml.Errors) []string {
	var files []string
	_ = fs.WalkDir(l.FS, "topics", func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil && p == "topics" && errors.Is(err, fs.ErrNotExist):
			return fs.SkipDir // a local folder may have no topics
		case err != nil:
			errs.Add(display(l, p), 0, "kan ikke lese mappen: %v", contentfs.Explain(err))
			return nil
		case d.IsDir():
			return nil
		case strings.HasSuffix(p, ".md"):
			files = append(files, p)
		case d.Type()&fs.ModeSymlink != 0:
			info, err := fs.Stat(l.FS, p)
			if err != nil {
				errs.Add(display(l, p), 0, "kan ikke brukes: %v", contentfs.Explain(err))
			} else if info.IsDir() {
				errs.Add(display(l, p), 0, "er en lenke til en mappe, og sosabc følger ikke slike lenker. Flytt eller kopier mappen inn i stedet")
			}
		}
		return nil
	})
	return files
}

type parsed struct {
	topic *Topic
	errs  strictyaml.Errors
}

// parseAll parses topic files on every core: YAML parsing is most of the
// time a command like «søk» takes. Results keep the order of files.
func parseAll(l Layer, files []string) []parsed {
	out := make([]parsed, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				file := display(l, files[i])
				data, err := contentfs.ReadFile(l.FS, files[i])
				if err != nil {
					out[i].errs.Add(file, 0, "kan ikke lese filen: %v", err)
					continue
				}
				if t, ok := parseTopic(file, data, &out[i].errs); ok {
					out[i].topic = t
				}
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

// ParseTopic parses and checks one topic file on its own (front matter and
// body), without checking links to other topics.
func ParseTopic(file string, data []byte) (*Topic, error) {
	var errs strictyaml.Errors
	t, _ := parseTopic(file, data, &errs)
	return t, errs.Err()
}

func parseTopic(file string, data []byte, errs *strictyaml.Errors) (*Topic, bool) {
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	if !bytes.HasPrefix(data, []byte("---\n")) {
		errs.Add(file, 1, "filen skal starte med opplysninger om siden (id, title, area …) mellom to linjer med ---. Se et eksempel med «sosabc help lokalt-innhold»")
		return nil, false
	}
	rest := data[4:]
	end := bytes.Index(rest, []byte("\n---\n"))
	if end < 0 {
		if bytes.HasSuffix(rest, []byte("\n---")) {
			end = len(rest) - 4
		} else {
			errs.Add(file, 1, "fant ikke slutten på front matter (en linje med ---)")
			return nil, false
		}
	}
	front := rest[:end+1]
	body := ""
	if end+5 <= len(rest) {
		body = string(rest[end+5:])
	}
	var t Topic
	node, err := strictyaml.Decode(file, front, 1, &t)
	if err != nil {
		errs.Append(err)
		return nil, false
	}
	before := len(*errs)
	checkTopic(errs, file, &t, node)
	if strings.Contains(body, "\n# ") || strings.HasPrefix(body, "# ") {
		errs.Add(file, bodyLine(data, "# "), "bruk ## for overskrifter: tittelen kommer fra front matter")
	}
	// Only the body is Markdown: «- 31. mai» in the front matter is a
	// YAML list item, which is fine.
	bodyStart := bytes.Count(data[:len(data)-len(body)], []byte("\n"))
	for i, l := range strings.Split(body, "\n") {
		if m := dateItemRe().FindStringSubmatch(l); m != nil {
			errs.Add(file, bodyStart+i+1, "«%s» blir en nummerert liste inni punktlisten. Skriv «%s\\.» med skråstrek foran punktumet", strings.TrimSpace(m[0]), strings.TrimSpace(m[1]))
		}
	}
	if i := sanitize.FirstControl(strings.ReplaceAll(body, "\r", "")); i >= 0 {
		errs.Add(file, bytes.Count(data[:len(data)-len(body)+i], []byte("\n"))+1, "teksten har kontrolltegn, for eksempel escape-koder, som kan lure terminalen. Fjern dem")
	}
	if len(*errs) > before {
		return nil, false
	}
	t.Body = strings.TrimSpace(body) + "\n"
	t.File = file
	return &t, true
}

// checkTopic checks the front matter; node gives the lines.
func checkTopic(errs *strictyaml.Errors, file string, t *Topic, node *yaml.Node) {
	line := func(key string) int { return strictyaml.KeyLine(node, key) }
	if !idRe().MatchString(t.ID) {
		errs.Add(file, line("id"), "id «%s» kan bare ha små bokstaver a–z, tall og bindestrek", t.ID)
	}
	for _, key := range []struct{ name, value string }{{"title", t.Title}, {"area", t.Area}, {"summary", t.Summary}, {"checked", t.Checked}} {
		if strings.TrimSpace(key.value) == "" {
			errs.Add(file, line(key.name), "mangler feltet «%s»", key.name)
		}
	}
	if t.Checked != "" {
		source.CheckDate(errs, file, line("checked"), "checked", t.Checked)
	}
	if len(t.Sources) == 0 {
		errs.Add(file, line("sources"), "mangler kilder: skriv minst én under «sources» med title, url og read")
	}
	srcNode := strictyaml.Child(node, "sources")
	for i := range t.Sources {
		source.Check(errs, file, strictyaml.Item(srcNode, i), &t.Sources[i])
	}
}

// dateItemRe is a bullet that starts with a number and a full stop, such
// as «- 30. juni»: Markdown reads it as a numbered list inside the bullet.
var dateItemRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*([-*+] \d+)\. `) })

func bodyLine(data []byte, prefix string) int {
	for i, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	return 0
}

func loadGlossary(l Layer, errs *strictyaml.Errors) []Term {
	data, err := contentfs.ReadFile(l.FS, "glossary.yaml")
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			errs.Add(display(l, "glossary.yaml"), 0, "kan ikke lese filen: %v", err)
		}
		return nil
	}
	file := display(l, "glossary.yaml")
	var doc struct {
		Terms []Term `yaml:"terms"`
	}
	node, err := strictyaml.Decode(file, data, 0, &doc)
	if err != nil {
		errs.Append(err)
		return nil
	}
	list := strictyaml.Child(node, "terms")
	seen := map[string]bool{}
	var out []Term
	for i, t := range doc.Terms {
		n := strictyaml.Item(list, i)
		key := strings.ToLower(t.Term)
		switch {
		case strings.TrimSpace(t.Term) == "":
			errs.Add(file, n.Line, "ordet mangler «term»")
		case strings.TrimSpace(t.Definition) == "":
			errs.Add(file, strictyaml.KeyLine(n, "term"), "«%s» mangler definition", t.Term)
		case seen[key]:
			errs.Add(file, strictyaml.KeyLine(n, "term"), "«%s» står to ganger i ordlisten", t.Term)
		default:
			seen[key] = true
			t.File = fmt.Sprintf("%s:%d", file, strictyaml.KeyLine(n, "term"))
			out = append(out, t)
		}
	}
	return out
}

func validateLinks(h *Handbook, errs *strictyaml.Errors) {
	for _, t := range h.Topics {
		if h.Area(t.Area) == nil {
			errs.Add(t.File, 0, "ukjent område «%s»: se areas.yaml", t.Area)
		}
		for _, r := range t.Related {
			if h.byID[r] == nil {
				errs.Add(t.File, 0, "«related» viser til «%s», som ikke finnes", r)
			}
		}
	}
	for _, g := range h.Glossary {
		if g.Topic != "" && h.byID[g.Topic] == nil {
			errs.Add(g.File, 0, "ordet «%s» viser til emnet «%s», som ikke finnes", g.Term, g.Topic)
		}
	}
}

func sortHandbook(h *Handbook) {
	order := map[string]int{}
	for i, a := range h.Areas {
		order[a.ID] = i
	}
	less := locale.Less()
	sort.SliceStable(h.Topics, func(i, j int) bool {
		a, b := h.Topics[i], h.Topics[j]
		if order[a.Area] != order[b.Area] {
			return order[a.Area] < order[b.Area]
		}
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		return less(a.Title, b.Title)
	})
	sort.SliceStable(h.Glossary, func(i, j int) bool { return less(h.Glossary[i].Term, h.Glossary[j].Term) })
}

// loadUncertain reads the uncertain figures of a layer: the built-in
// content's from its cache when the cache is up to date.
func loadUncertain(l Layer, reg source.Registry, errs *strictyaml.Errors) {
	if l.Local {
		source.LoadUncertain(l.FS, display(l, ""), reg, errs)
		return
	}
	source.LoadBuiltinUncertain(l.FS, display(l, ""), reg, errs)
}

func display(l Layer, p string) string {
	if l.Local {
		return path.Join(l.Name, p)
	}
	return "content/" + p
}
