package handbook

import (
	"fmt"
	"strings"

	"github.com/sosabc/sosabc/internal/cmdutil"
	hb "github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/locale"
)

// usedIn says where sosabc uses each dataset, for «Brukt i».
var usedIn = map[string]string{
	"kommuner":           "sosabc lokalt og svaret på hvilken kommune du holder til i",
	"fylker":             "sosabc lokalt og svaret på hvilken kommune du holder til i",
	"arbeidsgiveravgift": "sosabc lokalt og sjekkpunktene om arbeidsgiveravgift",
}

// sourceJSON is a source in «sosabc kilder --json»: a page the handbook
// cites, or a page behind one of the datasets, with its licence and date.
type sourceJSON struct {
	hb.SourceUse
	Dataset    string `json:"dataset,omitempty"`
	Snapshot   string `json:"snapshot,omitempty"`
	Licence    string `json:"licence,omitempty"`
	LicenceURL string `json:"licence_url,omitempty"`
	Secondary  bool   `json:"secondary,omitempty"`
}

func datasetJSON(sources []hb.SourceUse, sets []kommune.Dataset) []sourceJSON {
	out := make([]sourceJSON, 0, len(sources))
	for _, s := range sources {
		out = append(out, sourceJSON{SourceUse: s})
	}
	for _, d := range sets {
		for i, list := range [][]hb.Source{d.Sources, d.Secondary} {
			for _, s := range list {
				out = append(out, sourceJSON{SourceUse: hb.SourceUse{Source: s, Topics: []string{}}, Dataset: d.ID,
					Snapshot: d.Snapshot, Licence: d.Licence, LicenceURL: d.LicenceURL, Secondary: i == 1})
			}
		}
	}
	return out
}

// writeDatasets is the part of «sosabc kilder» about the data behind
// «sosabc lokalt»: where it comes from, from when, and under which licence.
func writeDatasets(b *strings.Builder, sets []kommune.Dataset, width int) {
	if len(sets) == 0 {
		return
	}
	b.WriteString("Datasett\n\n")
	wrap := func(text, first, rest string) { b.WriteString(cmdutil.Wrap(text, width, first, rest) + "\n") }
	for _, d := range sets {
		wrap(d.Title, "", "")
		wrap(d.Description, "  ", "  ")
		if d.Snapshot != "" {
			wrap(fmt.Sprintf("Gjelder fra %s.", locale.Date(d.Snapshot)), "  ", "  ")
		}
		if d.Licence != "" {
			wrap(fmt.Sprintf("Lisens: %s.", d.Licence), "  ", "  ")
			fmt.Fprintf(b, "    %s\n", d.LicenceURL)
		}
		if d.Uncertain != "" {
			wrap("Usikkert: "+d.Uncertain, "  ", "  ")
			if d.Check != "" {
				fmt.Fprintf(b, "  Sjekk her: %s\n", d.Check) // never wrapped: an address must stay whole
			}
		}
		for i, list := range [][]hb.Source{d.Sources, d.Secondary} {
			if i == 1 && len(list) > 0 {
				wrap("Bare til sammenligning, ikke som kilde:", "  ", "  ")
			}
			for _, s := range list {
				wrap(s.Label(), "  ", "    ")
				fmt.Fprintf(b, "    %s\n", s.URL)
				wrap(locale.Sentence(s.ReadOn())+".", "    ", "    ")
			}
		}
		wrap("Brukt i: "+usedIn[d.ID]+".", "  ", "  ")
		b.WriteString("\n")
	}
}
