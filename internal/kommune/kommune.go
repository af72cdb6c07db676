// Package kommune knows Norway's kommuner and fylker from 1 January 2024
// and the kommuner and numbers they replaced, with their names indexed
// for lookup; package resolve finds the kommune a person means by name or
// number. It reads the employer tax zones (package aga) together with the
// kommuner; contacts per kommune and fylke are package contacts.
//
// The data is content (content/kommuner/*.yaml), read through an fs.FS.
// The package is pure: no terminal, no network, no clock.
package kommune

import (
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/internal/kommune/aga"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// The files Load reads, relative to the root of the content tree.
const (
	KommunerFile = "kommuner/kommuner.yaml"
	FylkerFile   = "kommuner/fylker.yaml"
	AGAFile      = aga.File
)

// Fylke is a county.
type Fylke struct {
	Number   string   // two digits: "03"
	Name     string   // the Norwegian name: "Troms"
	Official string   // every official name: "Troms - Romsa - Tromssa"
	Sami     []string // official Sami names
	Kven     []string // official Kven names
	Later    string   // the official name in SSB's list of 2026-01-01, when it changed after the snapshot
}

// Kommune is a municipality.
type Kommune struct {
	Number   string   // four digits: "0301"
	Name     string   // the Norwegian name: "Kautokeino"
	Fylke    *Fylke   // the county it lies in
	Official string   // every official name, in official order: "Guovdageaidnu - Kautokeino"
	SSBName  string   // the name in SSB's list: "Våler (Østfold)"
	Sami     []string // official Sami names
	Kven     []string // official Kven names
	Later    string   // the official name in SSB's list of 2026-01-01, when it changed after the snapshot

	label string
}

// Label is the name a reader recognises: «Drammen», or «Våler i Østfold»
// when two kommuner share the name.
func (k *Kommune) Label() string { return k.label }

// String is the number and the label: «3301 Drammen».
func (k *Kommune) String() string { return k.Number + " " + k.label }

// InFylke is «Drammen i Buskerud», also for names that are not shared.
func (k *Kommune) InFylke() string { return k.Name + " i " + k.Fylke.Name }

// Change is one line of SSB's change tables: the kommune numbered From
// (named FromName) became To (named ToName) on Date.
type Change struct {
	From, FromName string
	To, ToName     string
	Date           string // YYYY-MM-DD
	Year           int
}

// Register holds the kommuner and fylker of the snapshot and looks them up.
// Build it with Load; it is read-only and safe for concurrent use.
type Register struct {
	Snapshot   string          // the date the snapshot is valid from: "2024-01-01"
	Licence    string          // "Norsk lisens for offentlige data (NLOD) 2.0"
	LicenceURL string          // the licence text: "https://data.norge.no/nlod/no/2.0"
	Sources    []source.Source // where the kommuner and fylker come from

	// The same, file by file, for «sosabc kilder».
	kommuneSources, fylkeSources []source.Source
	fylkeSnapshot                string
	fylkeLicence                 string
	fylkeLicenceURL              string

	kommuner []*Kommune
	fylker   []*Fylke
	changes  []Change
	edges    map[string][]Change // old number → its change lines

	intoCount  map[string]int        // "to date" → how many old numbers went into it
	targetMemo map[string][]*Kommune // old number → today's kommuner
	byNumber   map[string]*Kommune
	fylkeNr    map[string]*Fylke

	names       map[string][]*Kommune // folded name → kommuner
	fylkeNames  map[string][]*Fylke   // folded fylke name → today's fylker
	former      map[string]*Former    // old number → what became of it
	formerNames map[string][]*Former  // folded old name → old kommuner
	keys        []string              // every folded current name, for suggestions

	tax *aga.Table

	hash string // of the files it was read from: see Hash

	// The former fylker as the file gives them, until indexFormer.
	formerFylker      []formerFylke
	formerFylkerNodes *yaml.Node
	formerOnce        sync.Once

	// formerOther holds the keys of today's names that a former kommune
	// of another outcome also had: see LivesOn.
	formerOther map[string]bool
}

// Hash identifies the data the register was read from (the hash of the
// three YAML files): a cache of something checked against the register
// is good for another register with the same hash.
func (r *Register) Hash() string { return r.hash }

// Kommuner returns every kommune, ordered by number.
func (r *Register) Kommuner() []*Kommune { return r.kommuner }

// Fylker returns every fylke, ordered by number.
func (r *Register) Fylker() []*Fylke { return r.fylker }

// Changes returns SSB's change lines 2017–2024, in the order of the file.
func (r *Register) Changes() []Change { return r.changes }

// AGA returns the employer tax zones and rates, and the zone of each kommune.
func (r *Register) AGA() *aga.Table { return r.tax }

// Kommune returns the kommune with today's number (four digits).
func (r *Register) Kommune(number string) (*Kommune, bool) {
	k, ok := r.byNumber[number]
	return k, ok
}

// Fylke returns the fylke with today's number (two digits).
func (r *Register) Fylke(number string) (*Fylke, bool) {
	f, ok := r.fylkeNr[number]
	return f, ok
}

// The files as YAML.

type fileSource struct {
	Title string `yaml:"title"`
	URL   string `yaml:"url"`
}

type fylkerFile struct {
	Snapshot   string          `yaml:"snapshot"`
	Licence    string          `yaml:"licence"`
	LicenceURL string          `yaml:"licence_url"`
	Sources    []source.Source `yaml:"sources"`
	Copies     []fileSource    `yaml:"copies"`
	Fylker     []struct {
		Number    string   `yaml:"number"`
		Name      string   `yaml:"name"`
		Official  string   `yaml:"official"`
		Sami      []string `yaml:"sami"`
		Kven      []string `yaml:"kven"`
		Later     string   `yaml:"later"`
		LaterSami []string `yaml:"later_sami"`
	} `yaml:"fylker"`
	Former []formerFylke `yaml:"former"`
}

// formerFylke is a fylke from before 2024.
type formerFylke struct {
	Number string `yaml:"number"`
	Name   string `yaml:"name"`
	Until  int    `yaml:"until"`
}

type kommunerFile struct {
	Snapshot   string          `yaml:"snapshot"`
	Licence    string          `yaml:"licence"`
	LicenceURL string          `yaml:"licence_url"`
	Sources    []source.Source `yaml:"sources"`
	Copies     []fileSource    `yaml:"copies"`
	Kommuner   []kommuneEntry  `yaml:"kommuner"`
	Changes    []struct {
		From     string `yaml:"from"`
		FromName string `yaml:"from_name"`
		To       string `yaml:"to"`
		ToName   string `yaml:"to_name"`
		Date     string `yaml:"date"`
	} `yaml:"changes"`
}

// kommuneEntry is one kommune of kommuner.yaml.
type kommuneEntry struct {
	Number    string   `yaml:"number"`
	Name      string   `yaml:"name"`
	Fylke     string   `yaml:"fylke"`
	Official  string   `yaml:"official"`
	SSB       string   `yaml:"ssb"`
	Sami      []string `yaml:"sami"`
	Kven      []string `yaml:"kven"`
	Later     string   `yaml:"later"`
	LaterSami []string `yaml:"later_sami"`
	LaterKven []string `yaml:"later_kven"`
}

// nameKeys are the keys (Fold) of every name of the kommune, each once,
// in the order the index of names takes them.
func (k *kommuneEntry) nameKeys() []string {
	official := or(k.Official, k.Name)
	var keys []string
	for _, name := range concat([]string{k.Name, official, or(k.SSB, official), k.Later}, k.Sami, k.Kven, k.LaterSami, k.LaterKven) {
		if key := Fold(name); key != "" && !slices.Contains(keys, key) {
			keys = append(keys, key)
		}
	}
	return keys
}

var (
	kommuneNrRe = digits(4)
	fylkeNrRe   = digits(2)
)

// digits matches a string of exactly n ASCII digits, like the expression
// ^\d{n}$ but without its cost: loading checks every number in the list.
type digits int

// MatchString reports whether s is n digits.
func (n digits) MatchString(s string) bool {
	if len(s) != int(n) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Load reads the kommuner, fylker and employer tax zones from fsys and
// checks them strictly. Every problem is reported, in Norwegian, with the
// file and line.
func Load(fsys fs.FS) (*Register, error) {
	var errs strictyaml.Errors
	raw := readRaw(fsys, &errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return loadFrom(raw)
}

// loadFrom checks the decoded files and builds the register; from the
// checked cache it checks only what the building relies on.
func loadFrom(raw *raw) (*Register, error) {
	var errs strictyaml.Errors
	r := &Register{
		hash:        raw.hash,
		byNumber:    make(map[string]*Kommune, len(raw.Kommuner.Kommuner)),
		fylkeNr:     map[string]*Fylke{},
		names:       make(map[string][]*Kommune, 2*len(raw.Kommuner.Kommuner)),
		fylkeNames:  map[string][]*Fylke{},
		former:      map[string]*Former{},
		formerNames: map[string][]*Former{},
	}

	ff, fdoc, kf, kdoc := raw.Fylker, raw.fdoc, raw.Kommuner, raw.kdoc

	// From the cache, the checks of the headers, the sources and the
	// employer tax zones are left out: the cache is made (MakeCache) only
	// from files that passed every check, and is used only while its hash
	// matches the files (TestBrokenFilesAreNeverCached); a check added
	// later fails the test of the caches (internal/cmdutil) until the
	// cache is made again. They cost about 0.3 ms of the 1.7 ms Load took
	// from the cache (BenchmarkLoadEmbedded). Checks that the building
	// relies on (numbers, duplicates) stay, as cheap as they are.
	check := !raw.cached

	// Fylker.
	if check {
		checkHeader(&errs, FylkerFile, fdoc, ff.Snapshot, ff.Licence, ff.LicenceURL, ff.Sources)
	}
	fnodes := strictyaml.Child(fdoc, "fylker")
	for i, f := range ff.Fylker {
		n := strictyaml.Item(fnodes, i)
		if !fylkeNrRe.MatchString(f.Number) {
			errs.Add(FylkerFile, strictyaml.KeyLine(n, "number"), "fylkesnummeret «%s» skal ha to sifre", f.Number)
			continue
		}
		if r.fylkeNr[f.Number] != nil {
			errs.Add(FylkerFile, strictyaml.KeyLine(n, "number"), "fylke %s står to ganger", f.Number)
			continue
		}
		if strings.TrimSpace(f.Name) == "" {
			errs.Add(FylkerFile, strictyaml.KeyLine(n, "name"), "fylke %s mangler name", f.Number)
		}
		fy := &Fylke{Number: f.Number, Name: f.Name, Official: or(f.Official, f.Name), Sami: f.Sami, Kven: f.Kven, Later: f.Later}
		r.fylker = append(r.fylker, fy)
		r.fylkeNr[f.Number] = fy
		for _, name := range concat([]string{fy.Name, fy.Official, fy.Later}, fy.Sami, fy.Kven, f.LaterSami) {
			r.addFylkeName(name, fy)
		}
	}
	sort.Slice(r.fylker, func(i, j int) bool { return r.fylker[i].Number < r.fylker[j].Number })

	// Kommuner.
	if check {
		checkHeader(&errs, KommunerFile, kdoc, kf.Snapshot, kf.Licence, kf.LicenceURL, kf.Sources)
	}
	r.Snapshot, r.Licence, r.LicenceURL = kf.Snapshot, kf.Licence, kf.LicenceURL
	r.Sources = append(append(r.Sources, kf.Sources...), ff.Sources...)
	r.kommuneSources, r.fylkeSources = kf.Sources, ff.Sources
	r.fylkeSnapshot, r.fylkeLicence, r.fylkeLicenceURL = ff.Snapshot, ff.Licence, ff.LicenceURL
	knodes := strictyaml.Child(kdoc, "kommuner")
	for i, k := range kf.Kommuner {
		n := strictyaml.Item(knodes, i)
		line := strictyaml.KeyLine(n, "number")
		switch {
		case !kommuneNrRe.MatchString(k.Number):
			errs.Add(KommunerFile, line, "kommunenummeret «%s» skal ha fire sifre", k.Number)
			continue
		case r.byNumber[k.Number] != nil:
			errs.Add(KommunerFile, line, "kommune %s står to ganger", k.Number)
			continue
		case strings.TrimSpace(k.Name) == "":
			errs.Add(KommunerFile, strictyaml.KeyLine(n, "name"), "kommune %s mangler name", k.Number)
			continue
		}
		fy := r.fylkeNr[k.Fylke]
		if fy == nil {
			errs.Add(KommunerFile, strictyaml.KeyLine(n, "fylke"), "kommune %s %s: fylket «%s» finnes ikke i %s", k.Number, k.Name, k.Fylke, FylkerFile)
			continue
		}
		if k.Fylke != k.Number[:2] {
			errs.Add(KommunerFile, strictyaml.KeyLine(n, "fylke"), "kommune %s %s: fylket skal være %s, de to første sifrene i kommunenummeret", k.Number, k.Name, k.Number[:2])
		}
		official := or(k.Official, k.Name)
		ko := &Kommune{Number: k.Number, Name: k.Name, Fylke: fy, Official: official, SSBName: or(k.SSB, official),
			Sami: k.Sami, Kven: k.Kven, Later: k.Later, label: k.Name}
		if check && !strings.Contains(" - "+official+" - ", " - "+k.Name+" - ") {
			errs.Add(KommunerFile, strictyaml.KeyLine(n, "official"), "kommune %s: navnet «%s» er ikke en del av «%s»", k.Number, k.Name, official)
		}
		r.kommuner = append(r.kommuner, ko)
		r.byNumber[k.Number] = ko
		// The cache has the keys of the names already: folding them was
		// about 0.3 ms, a fifth of what loading from the cache cost.
		var keys []string
		if len(raw.nameKeys) == len(kf.Kommuner) {
			keys = raw.nameKeys[i]
		} else {
			keys = kf.Kommuner[i].nameKeys()
		}
		for _, key := range keys {
			r.addKey(key, ko)
		}
	}
	sort.Slice(r.kommuner, func(i, j int) bool { return r.kommuner[i].Number < r.kommuner[j].Number })
	for _, list := range r.names {
		if len(list) > 1 && sameName(list) {
			for _, k := range list {
				k.label = k.Name + " i " + k.Fylke.Name
			}
		}
	}

	// Changes.
	cnodes := strictyaml.Child(kdoc, "changes")
	for i, c := range kf.Changes {
		n := strictyaml.Item(cnodes, i)
		line := strictyaml.KeyLine(n, "from")
		if !kommuneNrRe.MatchString(c.From) || !kommuneNrRe.MatchString(c.To) {
			errs.Add(KommunerFile, line, "endringen %s → %s: kommunenummer skal ha fire sifre", c.From, c.To)
			continue
		}
		if check {
			// 0.2 ms for the 485 lines.
			source.CheckDate(&errs, KommunerFile, strictyaml.KeyLine(n, "date"), "date", c.Date)
		}
		year, _ := strconv.Atoi(c.Date[:min(4, len(c.Date))])
		r.changes = append(r.changes, Change{From: c.From, FromName: c.FromName, To: c.To, ToName: c.ToName, Date: c.Date, Year: year})
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	// The index of former kommuner and fylker is for names from before
	// 2024, which few answers use. Built from the checked cache, it waits
	// until someone asks: it costs more than the rest of loading. Built
	// from the YAML, it is built now, so that its problems are reported.
	r.formerFylker, r.formerFylkerNodes = ff.Former, strictyaml.Child(fdoc, "former")
	if raw.FormerIndexed {
		// What the index would say about today's names, worked out when
		// the cache was made: see LivesOn.
		r.formerOther = map[string]bool{}
		for _, key := range raw.FormerOther {
			r.formerOther[key] = true
		}
	} else {
		// From the YAML, or a cache made before it said that.
		r.indexFormer(&errs)
		r.formerOther = r.otherFormers()
	}

	numbers := make([]string, len(r.kommuner))
	for i, k := range r.kommuner {
		numbers[i] = k.Number
	}
	var tax *aga.Table
	var err error
	if check {
		tax, err = aga.Load(raw.AGA, raw.adoc, numbers)
	} else {
		tax, err = aga.LoadChecked(raw.AGA, numbers)
	}
	errs.Append(err)
	r.tax = tax
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return r, nil
}

func decode(fsys fs.FS, file string, out any, errs *strictyaml.Errors) *yaml.Node {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		errs.Add(file, 0, "kunne ikke lese fila: %v", err)
		return nil
	}
	doc, err := strictyaml.Decode(file, data, 0, out)
	if err != nil {
		errs.Append(err)
		return nil
	}
	return doc
}

func checkHeader(errs *strictyaml.Errors, file string, doc *yaml.Node, snapshot, licence, licenceURL string, sources []source.Source) {
	source.CheckDate(errs, file, strictyaml.KeyLine(doc, "snapshot"), "snapshot", snapshot)
	if strings.TrimSpace(licence) == "" {
		errs.Add(file, strictyaml.KeyLine(doc, "licence"), "fila mangler licence (lisensen dataene er gitt ut under)")
	}
	source.CheckURL(errs, file, strictyaml.KeyLine(doc, "licence_url"), licenceURL)
	if len(sources) == 0 {
		errs.Add(file, strictyaml.KeyLine(doc, "sources"), "fila mangler sources (hvor dataene kommer fra)")
	}
	snodes := strictyaml.Child(doc, "sources")
	for i := range sources {
		source.Check(errs, file, strictyaml.Item(snodes, i), &sources[i])
	}
}

// addKey adds k under key, one of the keys of its names (nameKeys).
func (r *Register) addKey(key string, k *Kommune) {
	if r.names[key] == nil {
		r.keys = append(r.keys, key)
	}
	r.names[key] = append(r.names[key], k)
}

func (r *Register) addFylkeName(name string, f *Fylke) {
	key := Fold(name)
	if key == "" {
		return
	}
	for _, have := range r.fylkeNames[key] {
		if have == f {
			return
		}
	}
	r.fylkeNames[key] = append(r.fylkeNames[key], f)
}

// sameName reports whether the kommuner share their Norwegian name (Våler,
// Herøy), as opposed to a Sami name that happens to fold like another.
func sameName(list []*Kommune) bool {
	for _, k := range list[1:] {
		if k.Name != list[0].Name {
			return false
		}
	}
	return true
}

func or(s, alt string) string {
	if strings.TrimSpace(s) == "" {
		return alt
	}
	return s
}

func concat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// Former returns the old kommune that had number (four digits), when the
// number is no longer in use.
func (r *Register) Former(number string) (*Former, bool) {
	r.indexFormer(nil)
	f, ok := r.former[number]
	return f, ok
}

// The name indexes, for package resolve. A key is a name folded with Fold.

// LivesOn reports whether every former kommune with a name that folds
// to key lives on in today's kommuner of that name: it went wholly into
// them (Notodden, numbered 0807 and 3808 before), or one of them carries
// its name on (Ålesund after the split in 2024). Then the former ones
// change nothing about what the name means, and package resolve can
// answer today's name without FormerByKey. LivesOn never builds the
// index of former names, which costs about 1 ms: the cache and the
// snapshot list the few names for which it is false.
func (r *Register) LivesOn(key string) bool { return !r.formerOther[key] }

// otherFormers is the set of keys of today's names for which LivesOn is
// false: some former kommune of the name neither went wholly into today's
// kommuner of that name nor is carried on by one of them. It needs the
// index of former names.
func (r *Register) otherFormers() map[string]bool {
	out := map[string]bool{}
	for key, now := range r.names {
		for _, f := range r.formerNames[key] {
			if !f.livesOnIn(now) {
				out[key] = true
				break
			}
		}
	}
	return out
}

// KommunerByKey returns today's kommuner with a name that folds to key.
func (r *Register) KommunerByKey(key string) []*Kommune { return r.names[key] }

// FormerByKey returns the old kommuner with a name that folds to key.
func (r *Register) FormerByKey(key string) []*Former {
	r.indexFormer(nil)
	return r.formerNames[key]
}

// Keys returns the key of every name of today's kommuner, in the order
// the list first gives them.
func (r *Register) Keys() []string { return r.keys }

// FylkerNamed returns today's fylker a name means: today's name or an
// official Sami or Kven one, in any case, or the name of a fylke from
// before 2024, which can mean several of today's fylker.
func (r *Register) FylkerNamed(name string) []*Fylke {
	r.indexFormer(nil)
	return r.fylkeNames[Fold(name)]
}

// FylkerFromFormer returns today's fylker that the kommuner of a former
// fylke (by its two-digit number) belong to now; nil when no change line
// names a kommune of that fylke.
func (r *Register) FylkerFromFormer(number string) []*Fylke {
	r.indexFormer(nil)
	return r.fylkerOfOldPrefix(number)
}

// fylkerOfOldPrefix is the set of today's fylker that the kommuner of a
// former fylke (by its number) belong to now.
func (r *Register) fylkerOfOldPrefix(prefix string) []*Fylke {
	seen := map[*Fylke]bool{}
	var out []*Fylke
	for _, c := range r.changes {
		if !strings.HasPrefix(c.From, prefix) {
			continue
		}
		for _, k := range r.targets(c.From) {
			if !seen[k.Fylke] {
				seen[k.Fylke] = true
				out = append(out, k.Fylke)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Number < out[j].Number })
	return out
}

// indexFormer builds the index of former kommuner (buildFormer) and adds
// the names of former fylker, once. Problems go to errs; a nil errs is
// for a register loaded from the checked cache, where there are none.
func (r *Register) indexFormer(errs *strictyaml.Errors) {
	r.formerOnce.Do(func() {
		if errs == nil {
			errs = &strictyaml.Errors{}
		}
		r.buildFormer(errs)
		// Former fylker: today's fylker their kommuner went to.
		for i, f := range r.formerFylker {
			n := strictyaml.Item(r.formerFylkerNodes, i)
			to := r.fylkerOfOldPrefix(f.Number)
			if len(to) == 0 {
				errs.Add(FylkerFile, strictyaml.KeyLine(n, "number"), "fant ingen kommuner fra det tidligere fylket %s %s i endringstabellen", f.Number, f.Name)
			}
			if r.fylkeNames[Fold(f.Name)] != nil {
				continue // today's fylke of that name wins: «Troms» is today's Troms
			}
			for _, fy := range to {
				r.addFylkeName(f.Name, fy)
			}
		}
		r.formerFylkerNodes = nil // only for the lines of problems
	})
}
