package contentcheck

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/kommune/contacts"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/workshop"
)

// MaxFrontPageShare is the largest share of all source references that may
// go to a bare front page, even with a reason: a reader must be able to
// check nearly every fact from its link.
const MaxFrontPageShare = 0.05

// RefKind says where in the content a source reference is.
type RefKind string

// The kinds of source reference, in the order the report lists them.
const (
	KindTopic      RefKind = "topic"       // a topic's sources
	KindItemSource RefKind = "item_source" // a checklist item's sources
	KindItemLink   RefKind = "item_link"   // a checklist item's «Her gjør du det» link
	KindUncertain  RefKind = "uncertain"   // where to check an uncertain figure
	KindWorkshop   RefKind = "workshop"    // a workshop module's sources
	KindAim        RefKind = "aim"         // a competence aim's curriculum page
	KindContact    RefKind = "contact"     // a kommune or fylke contact's page
	KindKommune    RefKind = "kommune"     // the sources of the kommune list and the employer tax zones
)

// RefKinds lists every kind in report order.
var RefKinds = []RefKind{KindTopic, KindItemSource, KindItemLink, KindUncertain, KindWorkshop, KindAim, KindContact, KindKommune}

var refKindLabels = map[RefKind]string{
	KindTopic:      "emner",
	KindItemSource: "kilder i sjekkpunkter",
	KindItemLink:   "lenker i sjekkpunkter",
	KindUncertain:  "usikre tall",
	KindWorkshop:   "verksteder",
	KindAim:        "kompetansemål",
	KindContact:    "kontakter",
	KindKommune:    "kommuner og arbeidsgiveravgift",
}

// Label is the kind in Norwegian, for the report: «emner».
func (k RefKind) Label() string { return refKindLabels[k] }

// Ref is one reference to a source in the content: a page a reader can
// open to check a fact.
type Ref struct {
	Kind  RefKind `json:"kind"`
	Title string  `json:"title"`
	URL   string  `json:"url"`
	// FrontPage is the reason a bare front page is the right link, when
	// the author gave one.
	FrontPage string `json:"front_page,omitempty"`
	// Where is file:line of the URL, as the loader gives it.
	Where string `json:"where"`
	// Local is true for a reference in a local content folder.
	Local bool `json:"local,omitempty"`
}

// IsFrontPage reports whether the reference goes to a site's front page.
func (r Ref) IsFrontPage() bool { return source.IsFrontPage(r.URL) }

// Content is the loaded content whose source references Sources collects.
// A nil part is left out.
type Content struct {
	Handbook  *handbook.Handbook // topics and the uncertain figures
	Rules     *checklist.Rules   // checklist items (the company forms have no sources)
	Workshops *workshop.Set
	Kommuner  *kommune.Register
	Contacts  *contacts.Contacts
	// The personas and the company forms have no sources: their files
	// have no place for one.
}

// Sources collects every source reference in c, in a stable order: topics,
// checklist items, uncertain figures, workshops, competence aims,
// contacts, the kommune data. Topic bodies hold no links (the content
// rules forbid a «Kilder» section). Each reference is counted where it is
// written: a figure used by three topics is one reference in the uncertain
// files; the same page cited by two topics is two references.
func Sources(c Content) []Ref {
	var refs []Ref
	add := func(kind RefKind, s source.Source, local bool) {
		refs = append(refs, Ref{Kind: kind, Title: s.Title, URL: s.URL, FrontPage: s.FrontPage, Where: s.Where, Local: local})
	}
	if h := c.Handbook; h != nil {
		for _, t := range h.Topics {
			for _, s := range t.Sources {
				add(KindTopic, s, t.Local)
			}
		}
	}
	if r := c.Rules; r != nil {
		for _, it := range r.Items {
			for _, s := range it.Sources {
				add(KindItemSource, s, it.LocalFile)
			}
			if l := it.Link; l != nil {
				refs = append(refs, Ref{Kind: KindItemLink, Title: l.Title, URL: l.URL, FrontPage: l.FrontPage, Where: l.Where, Local: it.LocalFile})
			}
		}
	}
	if h := c.Handbook; h != nil {
		for _, id := range sortedKeys(h.Uncertain) {
			u := h.Uncertain[id]
			if u.URL == "" { // «spør forsikringsselskapet ditt» has no address
				continue
			}
			refs = append(refs, Ref{Kind: KindUncertain, Title: u.Check + ": " + u.Fact, URL: u.URL, FrontPage: u.FrontPage, Where: u.Where, Local: !builtIn(u.Where)})
		}
	}
	if ws := c.Workshops; ws != nil {
		for _, w := range ws.Workshops {
			for _, s := range w.Sources {
				add(KindWorkshop, s, !builtIn(w.File))
			}
		}
		for _, a := range ws.Aims {
			for _, s := range a.Sources {
				add(KindAim, s, !builtIn(s.Where))
			}
		}
	}
	if cs := c.Contacts; cs != nil {
		for _, ct := range cs.All() {
			add(KindContact, ct.Source(), ct.Local)
		}
	}
	if reg := c.Kommuner; reg != nil {
		refs = append(refs, kommuneRefs(reg)...)
	}
	return refs
}

// kommuneRefs are the sources of the kommune list, the fylke list and the
// employer tax file. A zone's sources are shared by all its kommuner;
// each is counted once, where it is written.
func kommuneRefs(reg *kommune.Register) []Ref {
	var refs []Ref
	seen := map[string]bool{}
	add := func(s source.Source) {
		where := s.Where
		if !builtIn(where) {
			where = "content/" + where // the kommune loader names files from the content root
		}
		key := where + " " + s.URL
		if seen[key] {
			return
		}
		seen[key] = true
		refs = append(refs, Ref{Kind: KindKommune, Title: s.Title, URL: s.URL, FrontPage: s.FrontPage, Where: where})
	}
	for _, s := range reg.Sources {
		add(s)
	}
	info := reg.AGA().Info()
	for _, s := range append(append([]source.Source{}, info.Sources...), info.Secondary...) {
		add(s)
	}
	if info.Check != "" {
		add(source.Source{Title: "Skatteetaten: arbeidsgiveravgift", URL: info.Check, Where: kommune.AGAFile})
	}
	for _, k := range reg.Kommuner() {
		z, ok := reg.AGA().ZoneOf(k.Number)
		if !ok {
			continue
		}
		for _, s := range append(append([]source.Source{}, z.Sources...), z.Secondary...) {
			add(s)
		}
	}
	return refs
}

// builtIn reports whether a file (or file:line) is in the embedded
// content; the loaders name those files from «content/».
func builtIn(where string) bool { return strings.HasPrefix(where, "content/") }

func sortedKeys(reg source.Registry) []string { return slices.Sorted(maps.Keys(reg)) }

// SourceReport sums up the source references: how many, how many go to a
// bare front page, and that share.
type SourceReport struct {
	References int     `json:"references"`
	FrontPages int     `json:"front_pages"`
	Share      float64 `json:"front_page_share"`     // 0–1
	MaxShare   float64 `json:"max_front_page_share"` // MaxFrontPageShare
	// UniqueURLs and UniqueFrontPages count distinct addresses.
	UniqueURLs       int `json:"unique_urls"`
	UniqueFrontPages int `json:"unique_front_pages"`
	// ByKind counts the references and front pages of each kind.
	ByKind []KindCount `json:"by_kind"`
	// Kept lists the front pages with a reason, for review.
	Kept []Ref `json:"front_pages_kept"`
}

// KindCount is the tally for one kind of reference.
type KindCount struct {
	Kind       RefKind `json:"kind"`
	References int     `json:"references"`
	FrontPages int     `json:"front_pages"`
}

// CheckSources holds refs to the source rule: a bare front page needs a
// reason in «front_page», and at most MaxFrontPageShare of all references
// may be front pages. The share counts every reference in refs; errors are
// only for references that report accepts (nil accepts all), so a check of
// a local folder blames only the local files.
func CheckSources(refs []Ref, report func(Ref) bool) (SourceReport, []string, []string) {
	r := SourceReport{References: len(refs), MaxShare: MaxFrontPageShare, Kept: []Ref{}}
	var errs, warns []string
	counts := map[RefKind]*KindCount{}
	urls := map[string]bool{}
	for _, ref := range refs {
		if !urls[ref.URL] {
			urls[ref.URL] = true
			r.UniqueURLs++
			if ref.IsFrontPage() {
				r.UniqueFrontPages++
			}
		}
		kc := counts[ref.Kind]
		if kc == nil {
			kc = &KindCount{Kind: ref.Kind}
			counts[ref.Kind] = kc
		}
		kc.References++
		blame := report == nil || report(ref)
		reason := strings.TrimSpace(ref.FrontPage)
		if !ref.IsFrontPage() {
			if reason != "" && blame {
				warns = append(warns, fmt.Sprintf("%s: «%s» er ikke en forside, så «front_page» trengs ikke. Fjern den.", ref.Where, ref.URL))
			}
			continue
		}
		r.FrontPages++
		kc.FrontPages++
		switch {
		case reason != "":
			r.Kept = append(r.Kept, ref)
		case blame:
			errs = append(errs, fmt.Sprintf("%s: «%s» er forsiden til et nettsted. Lenk til siden som sier det du bruker, eller forklar i «front_page» hvorfor forsiden er riktig.", ref.Where, ref.URL))
		}
	}
	for _, k := range RefKinds {
		if kc := counts[k]; kc != nil {
			r.ByKind = append(r.ByKind, *kc)
		}
	}
	if r.References > 0 {
		r.Share = float64(r.FrontPages) / float64(r.References)
	}
	if r.Share > MaxFrontPageShare {
		errs = append(errs, fmt.Sprintf("%s av %s kildehenvisninger (%s) går til forsiden av et nettsted. Høyst %s er lov: lenk til sidene som sier det du bruker.",
			locale.Number(r.FrontPages), locale.Number(r.References), SharePercent(r.Share), SharePercent(MaxFrontPageShare)))
	}
	return r, errs, warns
}

// SharePercent writes a share in Norwegian with one decimal: «1,4 prosent».
func SharePercent(share float64) string {
	return locale.Percent(math.Round(share*1000) / 10)
}
