package kommune

import (
	"io/fs"
	"strings"

	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

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
	Zone    Zone
	Percent float64 // the ordinary rate, in percent: 14.1
	Above   float64 // zone 1a: the rate above the free amount (fribeløpet); else 0
	Note    string  // Norwegian, when the rate needs a word (zone 1a)
}

// TaxInfo says how sure we are of the rates and zones, and where they
// come from. When Uncertain is true, show every rate and zone as
// uncertain: «Sist vi fant satsene hos Skatteetaten, var det i 2020.»
type TaxInfo struct {
	Year          int             // the year the figures are meant for: 2026
	ConfirmedYear int             // the latest year confirmed at the primary source
	Uncertain     bool            // true when Year is not confirmed
	Note          string          // Norwegian: what we could not confirm
	SplitNote     string          // Norwegian: kommuner split between zones
	Check         string          // where the reader can check: Skatteetaten's page
	Sources       []source.Source // primary sources
	Secondary     []source.Source // secondary sources, for comparison only
}

// ZoneInfo is the zone of one kommune, with its rate and sources.
type ZoneInfo struct {
	Zone      Zone
	Rate      Rate
	Uncertain bool            // see TaxInfo
	Note      string          // Norwegian, about this assignment
	Sources   []source.Source // the pages that place the kommune in the zone
}

type aga struct {
	info  TaxInfo
	rates map[Zone]Rate
	zones map[string]ZoneInfo // kommune number → zone
}

type agaFile struct {
	Year          int             `yaml:"year"`
	ConfirmedYear int             `yaml:"confirmed_year"`
	Uncertain     bool            `yaml:"uncertain"`
	Note          string          `yaml:"note"`
	Check         string          `yaml:"check"`
	Sources       []source.Source `yaml:"sources"`
	Secondary     []source.Source `yaml:"secondary"`
	SplitNote     string          `yaml:"split_note"`
	Rates         []struct {
		Zone    Zone     `yaml:"zone"`
		Percent *float64 `yaml:"percent"`
		Above   float64  `yaml:"above"`
		Note    string   `yaml:"note"`
	} `yaml:"rates"`
	Zones []struct {
		Zone     Zone            `yaml:"zone"`
		Note     string          `yaml:"note"`
		Sources  []source.Source `yaml:"sources"`
		Kommuner []string        `yaml:"kommuner"`
	} `yaml:"zones"`
}

func validZone(z Zone) bool {
	for _, v := range Zones {
		if z == v {
			return true
		}
	}
	return false
}

func loadAGA(fsys fs.FS, r *Register) (*aga, error) {
	var errs strictyaml.Errors
	var f agaFile
	doc := decode(fsys, AGAFile, &f, &errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	const file = AGAFile
	a := &aga{rates: map[Zone]Rate{}, zones: map[string]ZoneInfo{}}
	a.info = TaxInfo{Year: f.Year, ConfirmedYear: f.ConfirmedYear, Uncertain: f.Uncertain,
		Note: strings.TrimSpace(f.Note), SplitNote: strings.TrimSpace(f.SplitNote), Check: f.Check,
		Sources: f.Sources, Secondary: f.Secondary}
	if f.Year == 0 || f.ConfirmedYear == 0 {
		errs.Add(file, strictyaml.KeyLine(doc, "year"), "fila må ha både year og confirmed_year")
	}
	if f.ConfirmedYear != f.Year && !f.Uncertain {
		errs.Add(file, strictyaml.KeyLine(doc, "uncertain"), "satsene er bare bekreftet for %d, ikke %d: sett uncertain: true", f.ConfirmedYear, f.Year)
	}
	if f.Uncertain && a.info.Note == "" {
		errs.Add(file, strictyaml.KeyLine(doc, "note"), "usikre satser trenger en note som sier hva vi ikke har bekreftet")
	}
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
		if _, dup := a.rates[rt.Zone]; dup {
			errs.Add(file, strictyaml.KeyLine(n, "zone"), "sone %s står to ganger", rt.Zone)
		}
		a.rates[rt.Zone] = Rate{Zone: rt.Zone, Percent: *rt.Percent, Above: rt.Above, Note: strings.TrimSpace(rt.Note)}
	}
	for _, z := range Zones {
		if _, ok := a.rates[z]; !ok && len(f.Rates) > 0 {
			errs.Add(file, strictyaml.KeyLine(doc, "rates"), "sone %s mangler sats", z)
		}
	}

	znodes := strictyaml.Child(doc, "zones")
	for i, z := range f.Zones {
		n := strictyaml.Item(znodes, i)
		if !validZone(z.Zone) {
			errs.Add(file, strictyaml.KeyLine(n, "zone"), "ukjent sone «%s»: bruk 1, 1a, 2, 3, 4, 4a eller 5", z.Zone)
			continue
		}
		if len(z.Sources) == 0 {
			errs.Add(file, strictyaml.KeyLine(n, "sources"), "sone %s: hver gruppe av kommuner trenger en kilde", z.Zone)
		}
		for j := range z.Sources {
			source.Check(&errs, file, strictyaml.Item(strictyaml.Child(n, "sources"), j), &z.Sources[j])
		}
		for _, nr := range z.Kommuner {
			if _, ok := r.byNumber[nr]; !ok {
				errs.Add(file, strictyaml.KeyLine(n, "kommuner"), "sone %s: kommunenummer %s finnes ikke", z.Zone, nr)
				continue
			}
			if prev, dup := a.zones[nr]; dup {
				errs.Add(file, strictyaml.KeyLine(n, "kommuner"), "kommune %s står både i sone %s og sone %s", nr, prev.Zone, z.Zone)
				continue
			}
			a.zones[nr] = ZoneInfo{Zone: z.Zone, Rate: a.rates[z.Zone], Uncertain: f.Uncertain, Note: strings.TrimSpace(z.Note), Sources: z.Sources}
		}
	}
	return a, errs.Err()
}

// TaxInfo says which year the employer tax figures are for, whether they
// are confirmed, and where they come from.
func (r *Register) TaxInfo() TaxInfo { return r.aga.info }

// Rate returns the employer tax rate of a zone. Check TaxInfo().Uncertain
// before showing it as a fact.
func (r *Register) Rate(z Zone) (Rate, bool) {
	rt, ok := r.aga.rates[z]
	return rt, ok
}

// ZoneOf returns the employer tax zone of the kommune with today's number.
// It returns false when we found no source for the kommune's zone: then
// send the reader to Skatteetaten (TaxInfo().Check).
func (r *Register) ZoneOf(number string) (ZoneInfo, bool) {
	z, ok := r.aga.zones[number]
	return z, ok
}
