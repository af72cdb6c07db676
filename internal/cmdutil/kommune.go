package cmdutil

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/report"
)

// kommuner is loaded once, the first time something needs it: parsing the
// list costs more than a page of the handbook.
type kommuner struct {
	once     sync.Once
	reg      *kommune.Register
	contacts *kommune.Contacts
	err      error
}

// Kommuner loads the official list of kommuner and fylker, the employer
// tax zones and the local contacts (built-in and from the local content
// folder).
func (f *Factory) Kommuner() (*kommune.Register, *kommune.Contacts, error) {
	f.kom.once.Do(func() {
		reg, err := kommune.Load(f.Content)
		if err != nil {
			f.kom.err = ContentError(err)
			return
		}
		layers, err := f.Layers()
		if err != nil {
			f.kom.err = err
			return
		}
		cl := []kommune.ContactLayer{{FS: f.Content, Name: "content"}}
		for _, l := range layers[1:] {
			cl = append(cl, kommune.ContactLayer{FS: l.FS, Name: l.Name, Local: true})
		}
		contacts, err := reg.LoadContacts(cl...)
		if err != nil {
			f.kom.err = f.contentProblem(err)
			return
		}
		f.kom.reg, f.kom.contacts = reg, contacts
	})
	return f.kom.reg, f.kom.contacts, f.kom.err
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
		reg, _, err := f.Kommuner()
		if err != nil {
			return s, "", err
		}
		res := reg.Resolve(s)
		switch res.Match {
		case kommune.Exact:
			return res.Kommune.Name, "", nil
		case kommune.Former:
			if res.Kommune != nil {
				return res.Kommune.Name, res.Note, nil
			}
		}
		return s, "", errors.New(res.Note)
	}
	q.Show = func(s string) string {
		reg, _, err := f.Kommuner()
		if err != nil {
			return s
		}
		if res := reg.Resolve(s); res.Kommune != nil {
			return res.Kommune.Label() + " i " + res.Kommune.Fylke.Name
		}
		return s
	}
}

// Local describes the kommune of these answers: its fylke, the employer
// tax zone and rate in words, and the contacts nearby. It is nil when the
// answers name no kommune we know.
func (f *Factory) Local(a interview.Answers) *report.Local {
	name, _ := a["kommune"].(string)
	if name == "" {
		return nil
	}
	reg, contacts, err := f.Kommuner()
	if err != nil {
		return nil
	}
	res := reg.Resolve(name)
	if res.Kommune == nil {
		return nil
	}
	return LocalFor(reg, contacts, res.Kommune)
}

// LocalFor describes one kommune.
func LocalFor(reg *kommune.Register, contacts *kommune.Contacts, k *kommune.Kommune) *report.Local {
	l := &report.Local{Kommune: k.Label(), Number: k.Number, Fylke: k.Fylke.Name, Contacts: []report.Contact{}}
	info := reg.TaxInfo()
	if z, ok := reg.ZoneOf(k.Number); ok {
		l.Zone = string(z.Zone)
		if rate, ok := reg.Rate(z.Zone); ok {
			l.Rate = locale.Percent(rate.Percent) + " av lønnen"
			if rate.Note != "" {
				l.Rate += ". " + strings.TrimSuffix(rate.Note, ".")
			}
		}
		var notes []string
		if z.Split() {
			notes = append(notes, fmt.Sprintf("%s har områder i ulike soner. Adressen til virksomheten avgjør satsen.", k.Label()))
		}
		if z.Note != "" {
			notes = append(notes, z.Note)
		}
		if z.Uncertain || info.Uncertain {
			l.Uncertain = true
			notes = append(notes, fmt.Sprintf("Vi har ikke bekreftet sonene og satsene for %d. Sjekk hos Skatteetaten: %s", info.Year, info.Check))
		}
		l.TaxNote = strings.Join(notes, " ")
	}
	if contacts != nil {
		for _, c := range contacts.ContactsFor(k) {
			l.Contacts = append(l.Contacts, report.Contact{Kind: c.Kind.Label(), Name: c.Name, Note: c.Note, URL: c.URL, Read: c.Source().ReadOn()})
		}
	}
	return l
}
