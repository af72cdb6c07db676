package kommune

import (
	"fmt"

	"github.com/sosabc/sosabc/internal/source"
)

// Dataset is one of the data files behind «sosabc lokalt» as the reader
// sees it in «sosabc kilder»: what it holds, from when, under which
// licence, and the pages it comes from.
type Dataset struct {
	ID          string          `json:"id"`
	Title       string          `json:"title"`
	Description string          `json:"description"`
	Snapshot    string          `json:"snapshot,omitempty"` // the date the data is valid from: "2024-01-01"
	Licence     string          `json:"licence,omitempty"`
	LicenceURL  string          `json:"licence_url,omitempty"`
	Uncertain   string          `json:"uncertain,omitempty"` // what we could not confirm
	Check       string          `json:"check,omitempty"`     // where the reader can check it
	Sources     []source.Source `json:"sources"`
	Secondary   []source.Source `json:"secondary,omitempty"` // for comparison only
}

// Datasets describes the kommuner, the fylker and the employer tax zones.
func (r *Register) Datasets() []Dataset {
	info := r.tax.Info()
	tax := Dataset{
		ID:          "arbeidsgiveravgift",
		Title:       fmt.Sprintf("Arbeidsgiveravgift: soner og satser for %d", info.Year),
		Description: fmt.Sprintf("Sonen til hver kommune og satsen i hver sone. Satsene er sist bekreftet for %d.", info.ConfirmedYear),
		Sources:     info.Sources,
		Secondary:   info.Secondary,
	}
	if info.Uncertain {
		tax.Uncertain, tax.Check = info.Note, info.Check
	}
	return []Dataset{
		{
			ID:          "kommuner",
			Title:       "Kommuner",
			Description: fmt.Sprintf("De %d kommunene med nummer, fylke og samiske og kvenske navn, og de tidligere kommunene de ble slått sammen av.", len(r.kommuner)),
			Snapshot:    r.Snapshot, Licence: r.Licence, LicenceURL: r.LicenceURL,
			Sources: r.kommuneSources,
		},
		{
			ID:          "fylker",
			Title:       "Fylker",
			Description: fmt.Sprintf("De %d fylkene med nummer og samiske og kvenske navn.", len(r.fylker)),
			Snapshot:    r.fylkeSnapshot, Licence: r.fylkeLicence, LicenceURL: r.fylkeLicenceURL,
			Sources: r.fylkeSources,
		},
		tax,
	}
}
