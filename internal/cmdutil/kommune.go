package cmdutil

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/kommune/check"
	"github.com/sosabc/sosabc/internal/kommune/contacts"
	"github.com/sosabc/sosabc/internal/kommune/resolve"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/report"
)

// kommuner is loaded once, the first time something needs it: parsing the
// list costs more than a page of the handbook. The register and the
// contacts load apart, so that broken local contacts are reported as
// such, never as a wrong answer to «kommune».
type kommuner struct {
	regOnce, conOnce sync.Once
	reg              *kommune.Register
	contacts         *contacts.Contacts
	regErr, conErr   error
}

// KommuneRegister loads the official list of kommuner and fylker and the
// employer tax zones.
func (f *Factory) KommuneRegister() (*kommune.Register, error) {
	f.kom.regOnce.Do(func() {
		reg, err := kommune.Load(f.Content)
		if err != nil {
			f.kom.regErr = ContentError(err)
			return
		}
		f.kom.reg = reg
	})
	return f.kom.reg, f.kom.regErr
}

// Kommuner loads the official list of kommuner and fylker, the employer
// tax zones and the local contacts (built-in and from the local content
// folder).
func (f *Factory) Kommuner() (*kommune.Register, *contacts.Contacts, error) {
	reg, err := f.KommuneRegister()
	if err != nil {
		return nil, nil, err
	}
	f.kom.conOnce.Do(func() {
		layers, err := f.Layers()
		if err != nil {
			f.kom.conErr = err
			return
		}
		cl := []contacts.Layer{{FS: f.Content, Name: "content"}}
		for _, l := range layers[1:] {
			cl = append(cl, contacts.Layer{FS: l.FS, Name: l.Name, Local: true})
		}
		cs, err := contacts.Load(reg, cl...)
		if err != nil {
			f.kom.conErr = f.contentProblem(err)
			return
		}
		f.kom.contacts = cs
	})
	if f.kom.conErr != nil {
		return nil, nil, f.kom.conErr
	}
	return reg, f.kom.contacts, nil
}

// checkKommune makes the interview's «kommune» answer one of the official
// kommuner: an old name or number becomes today's kommune with a note; a
// typo, an ambiguous name or an unknown name is an error that suggests
// what to write.
func (f *Factory) checkKommune(schema *interview.Schema) {
	q := schema.Question("kommune")
	if q == nil || q.Type != interview.TypeText {
		return
	}
	q.Check = func(s string) (string, string, error) {
		reg, err := f.KommuneRegister()
		if err != nil {
			return s, "", err
		}
		res := resolve.Kommune(reg, s)
		// The label, not the bare name: «Våler i Østfold» must stay one
		// kommune when the answer is read again.
		switch res.Match {
		case resolve.Exact:
			return res.Kommune.Label(), "", nil
		case resolve.Former:
			if res.Kommune != nil {
				return res.Kommune.Label(), res.Note, nil
			}
		}
		return s, "", errors.New(res.Note)
	}
	q.Show = func(s string) string {
		reg, err := f.KommuneRegister()
		if err != nil {
			return s
		}
		if res := resolve.Kommune(reg, s); res.Kommune != nil {
			return res.Kommune.InFylke()
		}
		return s
	}
}

// The values worked out from the «kommune» answer that checklist
// conditions can use, for local items limited to a kommune or a fylke.
const (
	VarKommunenummer = "kommunenummer"
	VarFylkesnummer  = "fylkesnummer"
	VarFylke         = "fylke"
)

// kommuneVars are the kommune's number, its fylke's number and the
// fylke's name, worked out from the «kommune» answer; "" when the answer
// names no kommune we know. The list is read only when an answer names a
// kommune.
func (f *Factory) kommuneVars() []checklist.Var {
	// Every evaluation of the rules asks again; a name is resolved once.
	var known sync.Map // name → *kommune.Kommune, nil when unknown
	of := func(pick func(*kommune.Kommune) string) func(interview.Answers) any {
		return func(a interview.Answers) any {
			name, _ := a["kommune"].(string)
			if name == "" {
				return ""
			}
			k, ok := known.Load(name)
			if !ok {
				reg, err := f.KommuneRegister()
				if err != nil {
					return ""
				}
				k, _ = known.LoadOrStore(name, resolve.Kommune(reg, name).Kommune)
			}
			if k := k.(*kommune.Kommune); k != nil {
				return pick(k)
			}
			return ""
		}
	}
	from := []string{"kommune"}
	return []checklist.Var{
		{Name: VarKommunenummer, Zero: "", From: from, Description: "kommunenummeret, fire sifre: \"3301\" for Drammen",
			Value: of(func(k *kommune.Kommune) string { return k.Number })},
		{Name: VarFylkesnummer, Zero: "", From: from, Description: "fylkesnummeret, to sifre: \"33\" for Buskerud",
			Value: of(func(k *kommune.Kommune) string { return k.Fylke.Number })},
		{Name: VarFylke, Zero: "", From: from, Description: "navnet på fylket: \"Buskerud\"",
			Value: of(func(k *kommune.Kommune) string { return k.Fylke.Name })},
	}
}

// KommuneVars describes the values conditions can use besides the
// answers, for the documentation.
func KommuneVars() []checklist.Var { return (&Factory{}).kommuneVars() }

// checkKommuneValue checks a kommune or fylke that a condition names
// against the official list; other names are not its business.
func (f *Factory) checkKommuneValue(name, value string) string {
	switch name {
	case "kommune", VarKommunenummer, VarFylkesnummer, VarFylke:
	default:
		return ""
	}
	reg, err := f.KommuneRegister()
	if err != nil {
		return "" // the list itself is broken: that error is reported elsewhere
	}
	switch name {
	case VarKommunenummer:
		return check.KommuneNumber(reg, value)
	case VarFylkesnummer:
		return check.FylkeNumber(reg, value)
	case VarFylke:
		return check.FylkeName(reg, value)
	}
	return check.KommuneAnswer(reg, value)
}

// Local describes the kommune of these answers: its fylke, the employer
// tax zone and rate in words, and the contacts nearby. It is nil when the
// answers name no kommune we know.
func (f *Factory) Local(a interview.Answers) *report.Local {
	name, _ := a["kommune"].(string)
	if name == "" {
		return nil
	}
	reg, cs, err := f.Kommuner()
	if err != nil {
		return nil
	}
	res := resolve.Kommune(reg, name)
	if res.Kommune == nil {
		return nil
	}
	return LocalFor(reg, cs, res.Kommune)
}

// LocalFor describes one kommune.
func LocalFor(reg *kommune.Register, cs *contacts.Contacts, k *kommune.Kommune) *report.Local {
	l := &report.Local{Kommune: k.Label(), Number: k.Number, Fylke: k.Fylke.Name, Contacts: []report.Contact{}}
	if k.Official != k.Name {
		l.Official = k.Official
	}
	info := reg.AGA().Info()
	if z, ok := reg.AGA().ZoneOf(k.Number); ok {
		l.Zone = string(z.Zone)
		if rate, ok := reg.AGA().Rate(z.Zone); ok {
			l.Rate = locale.Percent(rate.Percent) + " av lønnen"
			if rate.Note != "" {
				l.Rate += ". " + strings.TrimSuffix(rate.Note, ".")
			}
		}
		if z.Split() {
			l.SplitNote = fmt.Sprintf("%s har områder i ulike soner. Adressen til virksomheten avgjør satsen.", k.Label())
		}
		l.ZoneNote = z.Note
		if z.Uncertain || info.Uncertain {
			l.Uncertain = true
			l.UncertainNote = fmt.Sprintf("Vi har ikke bekreftet sonene og satsene for %d. Sjekk hos Skatteetaten: %s", info.Year, info.Check)
			l.UncertainID = info.UncertainID
		}
		var notes []string
		for _, n := range []string{l.SplitNote, l.ZoneNote, l.UncertainNote} {
			if n != "" {
				notes = append(notes, n)
			}
		}
		l.TaxNote = strings.Join(notes, " ")
	}
	if cs != nil {
		for _, c := range cs.For(k) {
			area := map[contacts.Scope]string{contacts.ScopeKommune: "kommune", contacts.ScopeFylke: "fylke", contacts.ScopeNational: "landet"}[c.Scope]
			l.Contacts = append(l.Contacts, report.Contact{Area: area, Kind: c.Kind.Label(), Name: c.Name, Note: c.Note, URL: c.URL, Read: c.Source().ReadOn()})
		}
	}
	return l
}
