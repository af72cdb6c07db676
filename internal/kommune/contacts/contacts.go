// Package contacts holds the offices, services and networks a founder can
// turn to, per kommune, per fylke or for all of Norway, read from
// content/kommuner/kontakter.yaml and from a local content folder. Each
// contact is checked against the kommune register. The package is pure:
// no terminal, no network, no clock.
package contacts

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/internal/fuzzy"
	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/kommune/check"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// File holds the contacts and resources per kommune and fylke,
// relative to the root of a content tree: the embedded one and, when there
// is one, a local content folder.
const File = "kommuner/kontakter.yaml"

// Kind is what sort of help a contact gives.
type Kind string

// The kinds, in the order a reader sees them.
const (
	KindInnovasjonNorge   Kind = "innovasjon-norge"
	KindNAVArbeidsgiver   Kind = "nav-arbeidsgiver"
	KindFylkeskommune     Kind = "fylkeskommune"
	KindEtablerertjeneste Kind = "etablerertjeneste"
	KindNaeringshage      Kind = "naeringshage"
	KindInkubator         Kind = "inkubator"
)

// Kinds lists every kind in display order: For groups by it.
var Kinds = []Kind{
	KindInnovasjonNorge, KindNAVArbeidsgiver, KindFylkeskommune,
	KindEtablerertjeneste, KindNaeringshage, KindInkubator,
}

var kindLabels = map[Kind]string{
	KindInnovasjonNorge:   "Innovasjon Norge",
	KindNAVArbeidsgiver:   "NAV for arbeidsgivere",
	KindFylkeskommune:     "Fylkeskommunen",
	KindEtablerertjeneste: "Etablerertjeneste",
	KindNaeringshage:      "Næringshage",
	KindInkubator:         "Inkubator",
}

// Label is the Norwegian heading for the kind: «Næringshage».
func (k Kind) Label() string { return kindLabels[k] }

func (k Kind) rank() int {
	for i, x := range Kinds {
		if x == k {
			return i
		}
	}
	return len(Kinds)
}

// Scope says how wide an area a contact serves.
type Scope int

// The scopes, narrowest first: For returns them in this order.
const (
	ScopeKommune  Scope = iota // one or more named kommuner
	ScopeFylke                 // one or more whole fylker
	ScopeNational              // all of Norway
)

// Contact is one office, service or network a founder can turn to, with
// the page that shows it exists as described.
type Contact struct {
	Kind     Kind
	Name     string   // «Innovasjon Norge Vestfold og Telemark»
	Note     string   // one short bokmål sentence: what they help with
	URL      string   // the page about this office or service, never a front page
	Read     string   // the day we read the page: 2026-12-01
	Date     string   // the date the page states (YYYY-MM-DD, YYYY-MM or YYYY); may be empty
	Scope    Scope    // kommune, fylke or national
	Fylker   []string // fylke numbers served (ScopeFylke)
	Kommuner []string // kommune numbers served (ScopeKommune)
	Local    bool     // from a local content folder
	Where    string   // file:line, for messages
}

// Source is the contact's page as a source, for rendering «Navn (dato),
// URL (lest 1. desember 2026)» the same way as everywhere else.
func (c Contact) Source() source.Source {
	return source.Source{Title: c.Name, URL: c.URL, Date: c.Date, Read: c.Read, Where: c.Where}
}

// Layer is one content tree to read File from.
type Layer struct {
	FS    fs.FS
	Name  string // prefix for messages: "content" or the local folder
	Local bool   // a local folder may lack the file; the embedded tree may not
}

// Contacts is every contact from every layer, built-in ones first.
type Contacts struct {
	list []Contact
}

// All returns every contact, in file order, built-in ones first.
func (cs *Contacts) All() []Contact { return cs.list }

// For returns the contacts that serve k: the kommune's own first,
// then the fylke's, then the national ones. Within each group they are
// ordered by kind (Kinds), then as in the files.
func (cs *Contacts) For(k *kommune.Kommune) []Contact {
	if cs == nil || k == nil {
		return nil
	}
	var out []Contact
	for _, c := range cs.list {
		switch {
		case c.Scope == ScopeKommune && hasString(c.Kommuner, k.Number):
		case c.Scope == ScopeFylke && k.Fylke != nil && hasString(c.Fylker, k.Fylke.Number):
		case c.Scope == ScopeNational:
		default:
			continue
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Scope != out[j].Scope {
			return out[i].Scope < out[j].Scope
		}
		return out[i].Kind.rank() < out[j].Kind.rank()
	})
	return out
}

// numbers is one number or a list of them: fylke: "40" or fylke: ["39", "40"].
type numbers []string

func (n *numbers) UnmarshalYAML(node *yaml.Node) error {
	switch node.Kind {
	case yaml.ScalarNode:
		*n = numbers{node.Value}
		return nil
	case yaml.SequenceNode:
		out := make(numbers, 0, len(node.Content))
		for _, c := range node.Content {
			if c.Kind != yaml.ScalarNode {
				return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: cannot unmarshal !!%s `%s` into string", c.Line, shortTag(c), c.Value)}}
			}
			out = append(out, c.Value)
		}
		*n = out
		return nil
	}
	return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: cannot unmarshal !!%s `%s` into []string", node.Line, shortTag(node), node.Value)}}
}

func shortTag(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "map"
	case yaml.SequenceNode:
		return "seq"
	}
	return strings.TrimPrefix(n.ShortTag(), "!!")
}

type contactsFile struct {
	Contacts []struct {
		Fylke    numbers `yaml:"fylke"`
		Kommune  numbers `yaml:"kommune"`
		National bool    `yaml:"national"`
		Kind     Kind    `yaml:"kind"`
		Name     string  `yaml:"name"`
		Note     string  `yaml:"note"`
		URL      string  `yaml:"url"`
		Read     string  `yaml:"read"`
		Date     string  `yaml:"date"`
	} `yaml:"contacts"`
}

// maxNoteWords is the longest note we accept: DEVELOPERS.md allows no
// sentence over 25 words.
const maxNoteWords = 25

// Load reads File from every layer, in order, and checks
// each contact against the register: fylke and kommune numbers must exist
// today, the kind must be known, the page must be an https:// page that is
// not a site's front page, and name, note, url and read must be there.
// Every problem is reported, in Norwegian, with the file and line. The
// embedded layer must have the file; a local one may lack it. Contacts
// from later layers come after earlier ones.
func Load(r *kommune.Register, layers ...Layer) (*Contacts, error) {
	return load(r, true, layers...)
}

// load is Load; with useCache, a built-in layer is read from its
// CacheFile when the cache was made from the same file checked against
// the same register.
func load(r *kommune.Register, useCache bool, layers ...Layer) (*Contacts, error) {
	var errs strictyaml.Errors
	cs := &Contacts{}
	seen := map[string]string{} // kind, name and area → where it is
	for _, l := range layers {
		file := path.Join(l.Name, File)
		data, err := fs.ReadFile(l.FS, File)
		if errors.Is(err, fs.ErrNotExist) && l.Local {
			continue
		}
		if err != nil {
			errs.Add(file, 0, "kunne ikke lese fila: %v", err)
			continue
		}
		if list, ok := fromCache(r, l, data); ok && useCache {
			for _, c := range list {
				seen[contactKey(c)] = c.Where
			}
			cs.list = append(cs.list, list...)
			continue
		}
		var f contactsFile
		doc, err := strictyaml.Decode(file, data, 0, &f)
		if err != nil {
			errs.Append(err)
			continue
		}
		if len(f.Contacts) == 0 {
			errs.Add(file, 1, "fila mangler contacts (lista over kontakter)")
			continue
		}
		list := strictyaml.Child(doc, "contacts")
		for i, raw := range f.Contacts {
			n := strictyaml.Item(list, i)
			line := func(key string) int { return strictyaml.KeyLine(n, key) }
			before := len(errs)
			c := Contact{Kind: raw.Kind, Name: strings.TrimSpace(raw.Name), Note: strings.TrimSpace(raw.Note),
				URL: strings.TrimSpace(raw.URL), Read: raw.Read, Date: raw.Date, Local: l.Local,
				Where: fmt.Sprintf("%s:%d", file, strictyaml.KeyLine(n, "name"))}
			label := c.Name
			if label == "" {
				label = fmt.Sprintf("nummer %d i lista", i+1)
			}

			// Where the contact serves: exactly one of fylke, kommune, national.
			set := 0
			for _, b := range []bool{len(raw.Fylke) > 0, len(raw.Kommune) > 0, raw.National} {
				if b {
					set++
				}
			}
			switch {
			case set == 0:
				errs.Add(file, n.Line, "kontakten «%s» mangler fylke, kommune eller national: skriv for eksempel fylke: \"40\" eller kommune: \"4001\"", label)
			case set > 1:
				errs.Add(file, n.Line, "kontakten «%s» har mer enn ett av fylke, kommune og national: velg ett", label)
			case raw.National:
				c.Scope = ScopeNational
			case len(raw.Fylke) > 0:
				c.Scope = ScopeFylke
				for _, nr := range raw.Fylke {
					if msg := check.FylkeNumber(r, nr); msg != "" {
						errs.Add(file, line("fylke"), "%s", msg)
						continue
					}
					c.Fylker = appendNew(c.Fylker, nr)
				}
			default:
				c.Scope = ScopeKommune
				for _, nr := range raw.Kommune {
					if msg := check.KommuneNumber(r, nr); msg != "" {
						errs.Add(file, line("kommune"), "%s", msg)
						continue
					}
					c.Kommuner = appendNew(c.Kommuner, nr)
				}
			}

			switch {
			case raw.Kind == "":
				errs.Add(file, n.Line, "kontakten «%s» mangler kind: bruk %s", label, kindList())
			case raw.Kind.rank() == len(Kinds):
				errs.Add(file, line("kind"), "ukjent kind «%s»%s: bruk %s", raw.Kind, kindGuess(raw.Kind), kindList())
			}
			if c.Name == "" {
				errs.Add(file, n.Line, "kontakten %s mangler name", label)
			}
			checkNote(&errs, file, line("note"), n.Line, label, c.Note)
			checkContactURL(&errs, file, line("url"), n.Line, label, c.URL)
			if c.Read == "" {
				errs.Add(file, n.Line, "kontakten «%s» mangler read (datoen vi leste siden, ÅÅÅÅ-MM-DD)", label)
			} else {
				source.CheckDate(&errs, file, line("read"), "read", c.Read)
			}
			if c.Date != "" {
				source.CheckPageDate(&errs, file, line("date"), c.Date)
			}
			if len(errs) > before {
				continue
			}
			key := contactKey(c)
			if prev, dup := seen[key]; dup {
				errs.Add(file, line("name"), "kontakten «%s» (%s) står allerede i %s for samme område", c.Name, c.Kind, prev)
				continue
			}
			seen[key] = c.Where
			cs.list = append(cs.list, c)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return cs, nil
}

// CacheFile is the built-in contacts already read and checked, in
// encoding/gob: decoding the YAML of File costs about 1 ms, the cache a
// tenth of that. `go generate ./content` makes it (cmd/gencache), and a
// test in internal/cmdutil fails when it is stale.
const CacheFile = "cache/kontakter.gob"

// cache is what CacheFile holds: the contacts, and the key of what they
// were read from (cacheKey).
type cache struct {
	Key  string
	List []Contact
}

// cacheKey names what Load's result for a layer depends on: the file, the
// layer's name (in every Where) and the register the contacts are checked
// against.
func cacheKey(r *kommune.Register, name string, data []byte) string {
	h := sha256.New()
	h.Write([]byte(r.Hash() + "\x00" + name + "\x00"))
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

// fromCache is the contacts of a built-in layer from its CacheFile, when
// that was made from data, in a layer of the same name, against a
// register with the same data as r.
func fromCache(r *kommune.Register, l Layer, data []byte) ([]Contact, bool) {
	if l.Local || r.Hash() == "" {
		return nil, false
	}
	raw, err := fs.ReadFile(l.FS, CacheFile)
	if err != nil {
		return nil, false
	}
	var c cache
	if gob.NewDecoder(bytes.NewReader(raw)).Decode(&c) != nil || c.Key != cacheKey(r, l.Name, data) {
		return nil, false
	}
	return c.List, true
}

// MakeCache reads the built-in contacts in fsys from the YAML, checks
// them against r, and returns the cache to write to CacheFile.
func MakeCache(r *kommune.Register, fsys fs.FS) ([]byte, error) {
	l := Layer{FS: fsys, Name: "content"}
	data, err := fs.ReadFile(fsys, File)
	if err != nil {
		return nil, err
	}
	cs, err := load(r, false, l)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = gob.NewEncoder(&buf).Encode(cache{Key: cacheKey(r, l.Name, data), List: cs.list})
	return buf.Bytes(), err
}

func contactKey(c Contact) string {
	area := "*"
	switch c.Scope {
	case ScopeFylke:
		area = "f" + strings.Join(sorted(c.Fylker), ",")
	case ScopeKommune:
		area = "k" + strings.Join(sorted(c.Kommuner), ",")
	}
	return string(c.Kind) + "|" + strings.ToLower(c.Name) + "|" + area
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

func appendNew(list []string, s string) []string {
	if hasString(list, s) {
		return list
	}
	return append(list, s)
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func kindList() string {
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	return locale.JoinOr(names)
}

// kindGuess is « (mente du naeringshage?)» when a known kind is close.
func kindGuess(k Kind) string {
	typed := strings.ToLower(strings.TrimSpace(string(k)))
	typed = strings.NewReplacer("æ", "ae", "ø", "o", "å", "a", " ", "-", "_", "-").Replace(typed)
	best, bestD := Kind(""), 4
	for _, known := range Kinds {
		if d := fuzzy.Distance(typed, string(known)); d < bestD {
			best, bestD = known, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (mente du %s?)", best)
}

func checkNote(errs *strictyaml.Errors, file string, line, itemLine int, label, note string) {
	switch {
	case note == "":
		errs.Add(file, itemLine, "kontakten «%s» mangler note (én kort setning om hva de hjelper med)", label)
	case !strings.HasSuffix(note, "."):
		errs.Add(file, line, "note for «%s» skal være én hel setning som slutter med punktum", label)
	case strings.Contains(strings.TrimSuffix(note, "."), ". ") || strings.ContainsAny(note, "!?\n"):
		errs.Add(file, line, "note for «%s» skal være én setning, ikke flere", label)
	case len(strings.Fields(note)) > maxNoteWords:
		errs.Add(file, line, "note for «%s» har %d ord: skriv høyst %d", label, len(strings.Fields(note)), maxNoteWords)
	}
}

func checkContactURL(errs *strictyaml.Errors, file string, line, itemLine int, label, raw string) {
	if raw == "" {
		errs.Add(file, itemLine, "kontakten «%s» mangler url (siden om kontoret eller tjenesten)", label)
		return
	}
	u, err := url.Parse(raw)
	switch {
	case err != nil || u.Host == "" || strings.ContainsAny(raw, " \t"):
		errs.Add(file, line, "ugyldig nettadresse «%s»: skriv en full adresse som starter med https://", raw)
	case u.Scheme != "https":
		errs.Add(file, line, "nettadressen «%s» må starte med https://", raw)
	case source.IsFrontPage(raw):
		errs.Add(file, line, "«%s» er forsiden til nettstedet: lenk til siden om kontoret eller tjenesten", raw)
	}
}
