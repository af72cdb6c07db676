package kommune

import (
	"fmt"

	"github.com/sosabc/sosabc/internal/fuzzy"
)

// This file checks the kommuner and fylker that checklist conditions name
// («kommunenummer == "3301"»), so that a local item limited to a kommune
// that does not exist, or written the way no answer is ever saved, is an
// error that says what to write instead, not an item nobody ever sees.

// InFylke is «Drammen i Buskerud».
func (k *Kommune) InFylke() string { return withFylke(k) }

// CheckKommuneNumber returns "" for today's kommune number, else what to
// write instead: the new number of an old kommune, or the closest numbers
// with their names.
func (r *Register) CheckKommuneNumber(nr string) string { return r.checkKommuneNumber(nr) }

// CheckFylkeNumber returns "" for today's fylke number, else what to write
// instead.
func (r *Register) CheckFylkeNumber(nr string) string { return r.checkFylkeNumber(nr) }

// CheckKommuneAnswer returns "" when name is a kommune exactly as a
// checked answer saves it (Label: «Drammen», «Våler i Østfold»), else what
// to write instead, with the kommune number, which never changes with the
// spelling.
func (r *Register) CheckKommuneAnswer(name string) string {
	res := r.Resolve(name)
	if res.Kommune != nil && res.Kommune.Label() == name {
		return ""
	}
	switch {
	case res.Kommune != nil:
		k := res.Kommune
		return fmt.Sprintf("svaret «kommune» blir aldri «%s», men «%s». Skriv kommune == \"%s\", eller heller kommunenummer == \"%s\"",
			name, k.Label(), k.Label(), k.Number)
	case len(res.Candidates) > 0 && (res.Match == Ambiguous || res.Match == Former):
		return fmt.Sprintf("«%s» kan være flere kommuner. Skriv kommunenummeret: %s", name, numberChoices(res.Candidates))
	case len(res.Candidates) > 0:
		return fmt.Sprintf("fant ingen kommune som heter «%s». Mente du %s?", name, numberChoices(res.Candidates))
	}
	return fmt.Sprintf("fant ingen kommune som heter «%s». Skriv navnet slik det står i «sosabc lokalt», eller bruk kommunenummer == \"NNNN\"", name)
}

// CheckFylkeName returns "" for today's name of a fylke («Buskerud»), else
// what to write instead.
func (r *Register) CheckFylkeName(name string) string {
	for _, f := range r.fylker {
		if f.Name == name {
			return ""
		}
	}
	if named := r.fylkeNames[fold(name)]; len(named) > 0 {
		if len(named) == 1 {
			return fmt.Sprintf("skriv fylket slik det heter i dag: fylke == \"%s\", eller fylkesnummer == \"%s\"", named[0].Name, named[0].Number)
		}
		return fmt.Sprintf("«%s» fantes før 2024 og er nå flere fylker: skriv fylkesnummer %s", name, fylkeChoices(named))
	}
	best, bestD := (*Fylke)(nil), 3
	for _, f := range r.fylker {
		if d := fuzzy.Distance(fold(name), fold(f.Name)); d < bestD {
			best, bestD = f, d
		}
	}
	if best != nil {
		return fmt.Sprintf("fant ikke fylket «%s». Mente du \"%s\"?", name, best.Name)
	}
	names := make([]string, len(r.fylker))
	for i, f := range r.fylker {
		names[i] = f.Name
	}
	return fmt.Sprintf("fant ikke fylket «%s». Fylkene er %s", name, joinWords(names, "og"))
}

// numberChoices is «"3114" (Våler i Østfold) eller "3419" (Våler i Innlandet)».
func numberChoices(ks []*Kommune) string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = fmt.Sprintf("kommunenummer == \"%s\" (%s)", k.Number, withFylke(k))
	}
	return joinWords(out, "eller")
}
