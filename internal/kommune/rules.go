package kommune

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

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

// checkFylkeNumber returns "" for today's fylke number, else a message that
// says what to write instead.
func (r *Register) checkFylkeNumber(nr string) string {
	nr = strings.TrimSpace(nr)
	if fylkeNrRe.MatchString(nr) {
		if _, ok := r.fylkeNr[nr]; ok {
			return ""
		}
		if to := r.fylkerOfOldPrefix(nr); len(to) > 0 {
			return fmt.Sprintf("fylke %s fantes før 2024: skriv %s", nr, fylkeChoices(to))
		}
		return fmt.Sprintf("fylke %s finnes ikke: nærmeste fylkesnummer er %s", nr, fylkeChoices(r.nearestFylker(nr)))
	}
	if named := r.fylkeNames[fold(nr)]; len(named) > 0 {
		return fmt.Sprintf("fylke skal være et nummer, ikke et navn: skriv %s", fylkeChoices(named))
	}
	if len(nr) == 1 && nr[0] >= '0' && nr[0] <= '9' {
		if _, ok := r.fylkeNr["0"+nr]; ok {
			return fmt.Sprintf("fylkesnummeret «%s» skal ha to sifre i anførselstegn: skriv \"0%s\"", nr, nr)
		}
	}
	return fmt.Sprintf("fylkesnummeret «%s» skal ha to sifre, for eksempel \"40\" for Telemark", nr)
}

// checkKommuneNumber returns "" for today's kommune number, else a message
// that says what to write instead.
func (r *Register) checkKommuneNumber(nr string) string {
	nr = strings.TrimSpace(nr)
	if kommuneNrRe.MatchString(nr) {
		if _, ok := r.byNumber[nr]; ok {
			return ""
		}
		if f := r.former[nr]; f != nil && len(f.targets) > 0 {
			return fmt.Sprintf("kommune %s fantes før, men har et nytt nummer nå: skriv %s", nr, kommuneChoices(f.targets))
		}
		return fmt.Sprintf("kommune %s finnes ikke: nærmeste kommunenummer er %s", nr, kommuneChoices(r.nearestKommuner(nr)))
	}
	res := r.Resolve(nr)
	switch {
	case res.Kommune != nil:
		return fmt.Sprintf("kommune skal være et nummer, ikke et navn: skriv %s", kommuneChoices([]*Kommune{res.Kommune}))
	case len(res.Candidates) > 0:
		return fmt.Sprintf("kommune skal være et nummer, ikke et navn: skriv %s", kommuneChoices(res.Candidates))
	}
	return fmt.Sprintf("kommunenummeret «%s» skal ha fire sifre, for eksempel \"4001\" for Porsgrunn", nr)
}

func fylkeChoices(list []*Fylke) string {
	out := make([]string, len(list))
	for i, f := range list {
		out[i] = fmt.Sprintf("\"%s\" (%s)", f.Number, f.Name)
	}
	return joinWords(out, "eller")
}

func kommuneChoices(ks []*Kommune) string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = fmt.Sprintf("\"%s\" (%s)", k.Number, withFylke(k))
	}
	return joinWords(out, "eller")
}

// nearestFylker are the one or two fylker whose numbers are closest to nr.
func (r *Register) nearestFylker(nr string) []*Fylke {
	want, _ := strconv.Atoi(nr)
	best := -1
	var out []*Fylke
	for _, f := range r.fylker {
		n, _ := strconv.Atoi(f.Number)
		d := abs(n - want)
		switch {
		case best < 0 || d < best:
			best, out = d, []*Fylke{f}
		case d == best:
			out = append(out, f)
		}
	}
	return out
}

// nearestKommuner are up to three kommuner whose numbers are closest to nr,
// in the same fylke when the first two digits name one today.
func (r *Register) nearestKommuner(nr string) []*Kommune {
	want, _ := strconv.Atoi(nr)
	pool := r.kommuner
	if _, ok := r.fylkeNr[nr[:2]]; ok {
		pool = nil
		for _, k := range r.kommuner {
			if k.Fylke.Number == nr[:2] {
				pool = append(pool, k)
			}
		}
	}
	out := append([]*Kommune(nil), pool...)
	sort.SliceStable(out, func(i, j int) bool {
		a, _ := strconv.Atoi(out[i].Number)
		b, _ := strconv.Atoi(out[j].Number)
		if abs(a-want) != abs(b-want) {
			return abs(a-want) < abs(b-want)
		}
		return a < b
	})
	if len(out) > 3 {
		out = out[:3]
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Number < out[j].Number })
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
