// Package aga holds the employer tax (arbeidsgiveravgift) of Norway: the
// zones, the rate of each zone, and the zone of each kommune, read from
// content/kommuner/arbeidsgiveravgift.yaml with how sure we are of them.
//
// The kommune package reads the file together with the kommuner and gives
// the result as Register.AGA(). The package is pure: no terminal, no
// network, no clock.
package aga

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// File holds the zones and rates, relative to the root of the content tree.
const File = "kommuner/arbeidsgiveravgift.yaml"

// Zone is an employer tax zone (sone for arbeidsgiveravgift).
type Zone string

// The zones, as Skatteetaten names them.
const (
	Zone1  Zone = "1"
	Zone1a Zone = "1a"
	Zone2  Zone = "2"
	Zone3  Zone = "3"
	Zone4  Zone = "4"
	Zone4a Zone = "4a"
	Zone5  Zone = "5"
)

// Zones lists every zone in order.
var Zones = []Zone{Zone1, Zone1a, Zone2, Zone3, Zone4, Zone4a, Zone5}

// Rate is the employer tax rate of a zone.
type Rate struct {
	Zone       Zone
	Percent    float64 // the ordinary rate, in percent: 14.1
	Above      float64 // zone 1a: the rate once the free amount (fribeløpet) is used up; else 0
	FreeAmount int     // zone 1a: the free amount in kroner (850000); else 0
	Note       string  // Norwegian, when the rate needs a word (zone 1a, 4a)
}

// Valid reports whether z is one of Zones.
func (z Zone) Valid() bool { return validZone(z) }

// highest is the highest rate the zone can reach: zone 1a ends at the
// rate of zone 1 once the free amount is used up.
func (r Rate) highest() float64 { return max(r.Percent, r.Above) }

// Higher reports whether r is a higher rate than o: first by the highest
// rate it can reach, then by the rate it starts at. Zone 1 is above 1a,
// 1a above 2, and so on down to 5.
func (r Rate) Higher(o Rate) bool {
	if r.highest() != o.highest() {
		return r.highest() > o.highest()
	}
	return r.Percent > o.Percent
}

// Info says how sure we are of the rates and zones, and where they
// come from. When Uncertain is true, show every rate and zone as
// uncertain: «Sist vi fant satsene hos Skatteetaten, var det for 2024.»
type Info struct {
	Year          int             // the year the figures are meant for: 2026
	ConfirmedYear int             // the latest year confirmed at the primary source
	Uncertain     bool            // true when Year is not confirmed
	UncertainID   string          // the entry in content/uncertain/ that says so to the reader
	Note          string          // Norwegian: what we could not confirm
	SplitNote     string          // Norwegian: kommuner split between zones
	SectorNote    string          // Norwegian: activities that never get a reduced rate
	ExtraNote     string          // Norwegian: the extra employer tax on high wages
	DefaultZone   Zone            // the zone of every kommune no group names ("" when none)
	Check         string          // where the reader can check: Skatteetaten's page
	Sources       []source.Source // primary sources
	Secondary     []source.Source // secondary sources, for comparison only
}

// ZonePart is one area of a kommune split between zones.
type ZonePart struct {
	Zone Zone
	Rate Rate
	Area string // Norwegian: «området som før var Nesset kommune»
}

// ZoneInfo is the zone of one kommune, with its rate and sources.
type ZoneInfo struct {
	Zone      Zone // for a split kommune: the zone of its part with the highest rate
	Rate      Rate
	Uncertain bool            // see Info; always true when only secondary sources place it
	Default   bool            // true when no group names the kommune: it has the default zone
	Parts     []ZonePart      // the areas of a kommune split between zones, highest rate first; else nil
	Note      string          // Norwegian, about this assignment
	Sources   []source.Source // primary pages that place the kommune in the zone
	Secondary []source.Source // secondary copies that place it there
}

// Split reports whether the kommune is split between zones: then the
// address of the business decides which part, and so which rate, applies.
func (z ZoneInfo) Split() bool { return len(z.Parts) > 0 }

// Table is the zones and rates of one year, with the zone of each kommune.
// Build it with Load; it is read-only and safe for concurrent use.
type Table struct {
	info  Info
	rates map[Zone]Rate
	zones map[string]ZoneInfo // kommune number → zone
}

type group struct {
	Zone      Zone            `yaml:"zone"`
	Note      string          `yaml:"note"`
	Sources   []source.Source `yaml:"sources"`
	Secondary []source.Source `yaml:"secondary"`
	Kommuner  []string        `yaml:"kommuner"`
}

// Raw is the file as decoded, before any check. Its fields are exported
// for the JSON snapshot and the cache of the kommune package.
type Raw struct {
	Year          int             `yaml:"year"`
	ConfirmedYear int             `yaml:"confirmed_year"`
	Uncertain     bool            `yaml:"uncertain"`
	UncertainID   string          `yaml:"uncertain_id"`
	Note          string          `yaml:"note"`
	Check         string          `yaml:"check"`
	Sources       []source.Source `yaml:"sources"`
	Secondary     []source.Source `yaml:"secondary"`
	SplitNote     string          `yaml:"split_note"`
	SectorNote    string          `yaml:"sector_note"`
	ExtraNote     string          `yaml:"extra_note"`
	Rates         []struct {
		Zone       Zone     `yaml:"zone"`
		Percent    *float64 `yaml:"percent"`
		Above      float64  `yaml:"above"`
		FreeAmount int      `yaml:"free_amount"`
		Note       string   `yaml:"note"`
	} `yaml:"rates"`
	Default *group  `yaml:"default"`
	Zones   []group `yaml:"zones"`
	Split   []struct {
		Kommune   string          `yaml:"kommune"`
		Note      string          `yaml:"note"`
		Sources   []source.Source `yaml:"sources"`
		Secondary []source.Source `yaml:"secondary"`
		Parts     []struct {
			Zone Zone   `yaml:"zone"`
			Area string `yaml:"area"`
		} `yaml:"parts"`
	} `yaml:"split"`
}

func validZone(z Zone) bool {
	for _, v := range Zones {
		if z == v {
			return true
		}
	}
	return false
}

// checkSources checks the primary and secondary sources under n, and
// reports a group that has neither.
func checkSources(errs *strictyaml.Errors, n *yaml.Node, what string, primary, secondary []source.Source) {
	const file = File
	if len(primary) == 0 && len(secondary) == 0 {
		errs.Add(file, strictyaml.KeyLine(n, "sources"), "%s trenger en kilde (sources eller secondary)", what)
	}
	for i := range primary {
		source.Check(errs, file, strictyaml.Item(strictyaml.Child(n, "sources"), i), &primary[i])
	}
	for i := range secondary {
		source.Check(errs, file, strictyaml.Item(strictyaml.Child(n, "secondary"), i), &secondary[i])
	}
}

// Load checks the decoded file f against today's kommune numbers
// (kommuner, in order) and builds the table. doc is the file's YAML, for
// line numbers in messages; it is nil when f came from a snapshot. Every
// problem is reported, in Norwegian, with the file and line.
func Load(f Raw, doc *yaml.Node, kommuner []string) (*Table, error) {
	return load(f, doc, kommuner, true)
}

// LoadChecked builds the table from a file that Load has passed against
// the same kommuner (the kommune package's cache of the built-in content
// is made only from such a file), without checking its sources and where
// each kommune is placed again: about 0.1 ms of processor time on every
// «sosabc sjekkliste».
func LoadChecked(f Raw, kommuner []string) (*Table, error) {
	return load(f, nil, kommuner, false)
}

// load is Load, with the checks of sources and places only when check.
func load(f Raw, doc *yaml.Node, kommuner []string, check bool) (*Table, error) {
	var errs strictyaml.Errors
	const file = File
	var known map[string]bool
	if check {
		known = make(map[string]bool, len(kommuner))
		for _, nr := range kommuner {
			known[nr] = true
		}
	}
	a := &Table{rates: map[Zone]Rate{}, zones: make(map[string]ZoneInfo, len(kommuner))}
	a.info = Info{Year: f.Year, ConfirmedYear: f.ConfirmedYear, Uncertain: f.Uncertain,
		Note: strings.TrimSpace(f.Note), SplitNote: strings.TrimSpace(f.SplitNote),
		SectorNote: strings.TrimSpace(f.SectorNote), ExtraNote: strings.TrimSpace(f.ExtraNote),
		Check: f.Check, Sources: f.Sources, Secondary: f.Secondary, UncertainID: f.UncertainID}
	if f.Year == 0 || f.ConfirmedYear == 0 {
		errs.Add(file, strictyaml.KeyLine(doc, "year"), "fila må ha både year og confirmed_year")
	}
	if f.ConfirmedYear != f.Year && !f.Uncertain {
		errs.Add(file, strictyaml.KeyLine(doc, "uncertain"), "satsene er bare bekreftet for %d, ikke %d: sett uncertain: true", f.ConfirmedYear, f.Year)
	}
	if f.Uncertain && a.info.Note == "" {
		errs.Add(file, strictyaml.KeyLine(doc, "note"), "usikre satser trenger en note som sier hva vi ikke har bekreftet")
	}
	if f.Uncertain && f.UncertainID == "" {
		errs.Add(file, strictyaml.KeyLine(doc, "uncertain"), "usikre satser trenger uncertain_id: id-en i content/uncertain/ som sier det samme til leseren")
	}
	if check {
		source.CheckURL(&errs, file, strictyaml.KeyLine(doc, "check"), f.Check)
		if len(f.Sources) == 0 {
			errs.Add(file, strictyaml.KeyLine(doc, "sources"), "fila mangler sources")
		}
		for i := range a.info.Sources {
			source.Check(&errs, file, strictyaml.Item(strictyaml.Child(doc, "sources"), i), &a.info.Sources[i])
		}
		for i := range a.info.Secondary {
			source.Check(&errs, file, strictyaml.Item(strictyaml.Child(doc, "secondary"), i), &a.info.Secondary[i])
		}
	}

	rnodes := strictyaml.Child(doc, "rates")
	for i, rt := range f.Rates {
		n := strictyaml.Item(rnodes, i)
		switch {
		case !validZone(rt.Zone):
			errs.Add(file, strictyaml.KeyLine(n, "zone"), "ukjent sone «%s»: bruk 1, 1a, 2, 3, 4, 4a eller 5", rt.Zone)
			continue
		case rt.Percent == nil:
			errs.Add(file, strictyaml.KeyLine(n, "percent"), "sone %s mangler percent", rt.Zone)
			continue
		case *rt.Percent < 0 || *rt.Percent > 100:
			errs.Add(file, strictyaml.KeyLine(n, "percent"), "satsen for sone %s må være mellom 0 og 100", rt.Zone)
		}
		if rt.FreeAmount < 0 || (rt.FreeAmount > 0 && rt.Above == 0) {
			errs.Add(file, strictyaml.KeyLine(n, "free_amount"), "sone %s: free_amount (fribeløpet) hører sammen med above, satsen når fribeløpet er brukt opp", rt.Zone)
		}
		if _, dup := a.rates[rt.Zone]; dup {
			errs.Add(file, strictyaml.KeyLine(n, "zone"), "sone %s står to ganger", rt.Zone)
		}
		a.rates[rt.Zone] = Rate{Zone: rt.Zone, Percent: *rt.Percent, Above: rt.Above, FreeAmount: rt.FreeAmount, Note: strings.TrimSpace(rt.Note)}
	}
	for _, z := range Zones {
		if _, ok := a.rates[z]; !ok && len(f.Rates) > 0 {
			errs.Add(file, strictyaml.KeyLine(doc, "rates"), "sone %s mangler sats", z)
		}
	}

	// Where each kommune was placed, for messages about duplicates.
	placed := map[string]string{}
	place := func(n *yaml.Node, key, nr, where string) bool {
		if !check {
			return true
		}
		if !known[nr] {
			errs.Add(file, strictyaml.KeyLine(n, key), "%s: kommunenummer %s finnes ikke", where, nr)
			return false
		}
		if prev, dup := placed[nr]; dup {
			errs.Add(file, strictyaml.KeyLine(n, key), "kommune %s står både i %s og i %s", nr, prev, where)
			return false
		}
		placed[nr] = where
		return true
	}

	znodes := strictyaml.Child(doc, "zones")
	for i, z := range f.Zones {
		n := strictyaml.Item(znodes, i)
		if !validZone(z.Zone) {
			errs.Add(file, strictyaml.KeyLine(n, "zone"), "ukjent sone «%s»: bruk 1, 1a, 2, 3, 4, 4a eller 5", z.Zone)
			continue
		}
		where := "sone " + string(z.Zone)
		if check {
			checkSources(&errs, n, where+": hver gruppe av kommuner", z.Sources, z.Secondary)
		}
		for _, nr := range z.Kommuner {
			if !place(n, "kommuner", nr, where) {
				continue
			}
			a.zones[nr] = ZoneInfo{Zone: z.Zone, Rate: a.rates[z.Zone], Uncertain: f.Uncertain || len(z.Sources) == 0,
				Note: strings.TrimSpace(z.Note), Sources: z.Sources, Secondary: z.Secondary}
		}
	}

	snodes := strictyaml.Child(doc, "split")
	for i, s := range f.Split {
		n := strictyaml.Item(snodes, i)
		where := "split (delt kommune)"
		if check {
			checkSources(&errs, n, "den delte kommunen "+s.Kommune, s.Sources, s.Secondary)
		}
		if len(s.Parts) < 2 {
			errs.Add(file, strictyaml.KeyLine(n, "parts"), "den delte kommunen %s trenger minst to deler med hver sin sone", s.Kommune)
			continue
		}
		info := ZoneInfo{Uncertain: f.Uncertain || len(s.Sources) == 0, Note: strings.TrimSpace(s.Note),
			Sources: s.Sources, Secondary: s.Secondary}
		seen := map[Zone]bool{}
		ok := true
		for j, p := range s.Parts {
			pn := strictyaml.Item(strictyaml.Child(n, "parts"), j)
			switch {
			case !validZone(p.Zone):
				errs.Add(file, strictyaml.KeyLine(pn, "zone"), "ukjent sone «%s»: bruk 1, 1a, 2, 3, 4, 4a eller 5", p.Zone)
				ok = false
				continue
			case seen[p.Zone]:
				errs.Add(file, strictyaml.KeyLine(pn, "zone"), "den delte kommunen %s har sone %s to ganger", s.Kommune, p.Zone)
				ok = false
			case strings.TrimSpace(p.Area) == "":
				errs.Add(file, strictyaml.KeyLine(pn, "area"), "den delte kommunen %s: sone %s mangler area (hvilket område som har sonen)", s.Kommune, p.Zone)
				ok = false
			}
			seen[p.Zone] = true
			part := ZonePart{Zone: p.Zone, Rate: a.rates[p.Zone], Area: strings.TrimSpace(p.Area)}
			// Keep the parts in order, highest rate first.
			at := len(info.Parts)
			for at > 0 && part.Rate.Higher(info.Parts[at-1].Rate) {
				at--
			}
			info.Parts = append(info.Parts[:at], append([]ZonePart{part}, info.Parts[at:]...)...)
		}
		if !ok || !place(n, "kommune", s.Kommune, where) {
			continue
		}
		info.Zone, info.Rate = info.Parts[0].Zone, info.Parts[0].Rate
		a.zones[s.Kommune] = info
	}

	if d := f.Default; d != nil {
		n := strictyaml.Child(doc, "default")
		switch {
		case !validZone(d.Zone):
			errs.Add(file, strictyaml.KeyLine(n, "zone"), "ukjent sone «%s»: bruk 1, 1a, 2, 3, 4, 4a eller 5", d.Zone)
		case len(d.Kommuner) > 0:
			errs.Add(file, strictyaml.KeyLine(n, "kommuner"), "default gjelder alle kommuner som ingen gruppe nevner: den skal ikke ha kommuner")
		default:
			if check {
				checkSources(&errs, n, "default (sonen til alle andre kommuner)", d.Sources, d.Secondary)
			}
			a.info.DefaultZone = d.Zone
			for _, nr := range kommuner {
				if _, ok := a.zones[nr]; ok {
					continue
				}
				a.zones[nr] = ZoneInfo{Zone: d.Zone, Rate: a.rates[d.Zone], Uncertain: f.Uncertain || len(d.Sources) == 0,
					Default: true, Note: strings.TrimSpace(d.Note), Sources: d.Sources, Secondary: d.Secondary}
			}
		}
	}
	return a, errs.Err()
}

// Info says which year the employer tax figures are for, whether they
// are confirmed, and where they come from.
func (t *Table) Info() Info { return t.info }

// Rate returns the employer tax rate of a zone. Check Info().Uncertain
// before showing it as a fact.
func (t *Table) Rate(z Zone) (Rate, bool) {
	rt, ok := t.rates[z]
	return rt, ok
}

// ZoneOf returns the employer tax zone of the kommune with today's number.
// For a kommune split between zones, Zone is the part with the highest
// rate (the safe figure for a budget) and Parts lists every part: tell
// the reader that the address decides. ZoneOf returns false only when the
// file has no default zone and no group names the kommune: then send the
// reader to Skatteetaten (Info().Check).
func (t *Table) ZoneOf(number string) (ZoneInfo, bool) {
	z, ok := t.zones[number]
	return z, ok
}
