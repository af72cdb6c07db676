// Package check checks the kommuner and fylker that content names: the
// conditions of checklist items («kommunenummer == "3301"») and the areas
// of contacts. A kommune that does not exist, or one written the way no
// answer is ever saved, is an error that says what to write instead, not
// an item nobody ever sees. The package is pure: no terminal, no network,
// no clock.
package check

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/sosabc/sosabc/internal/fuzzy"
	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/kommune/resolve"
	"github.com/sosabc/sosabc/internal/locale"
)

// KommuneAnswer returns "" when name is a kommune exactly as a
// checked answer saves it (Label: «Drammen», «Våler i Østfold»), else what
// to write instead, with the kommune number, which never changes with the
// spelling.
func KommuneAnswer(r *kommune.Register, name string) string {
	res := resolve.Kommune(r, name)
	if res.Kommune != nil && res.Kommune.Label() == name {
		return ""
	}
	switch {
	case res.Kommune != nil:
		k := res.Kommune
		return fmt.Sprintf("svaret «kommune» blir aldri «%s», men «%s». Skriv kommune == \"%s\", eller heller kommunenummer == \"%s\"",
			name, k.Label(), k.Label(), k.Number)
	case len(res.Candidates) > 0 && (res.Match == resolve.Ambiguous || res.Match == resolve.Former):
		return fmt.Sprintf("«%s» kan være flere kommuner. Skriv kommunenummeret: %s", name, numberChoices(res.Candidates))
	case len(res.Candidates) > 0:
		return fmt.Sprintf("fant ingen kommune som heter «%s». Mente du %s?", name, numberChoices(res.Candidates))
	}
	return fmt.Sprintf("fant ingen kommune som heter «%s». Skriv navnet slik det står i «sosabc lokalt», eller bruk kommunenummer == \"NNNN\"", name)
}

// FylkeName returns "" for today's name of a fylke («Buskerud»), else
// what to write instead.
func FylkeName(r *kommune.Register, name string) string {
	for _, f := range r.Fylker() {
		if f.Name == name {
			return ""
		}
	}
	if named := r.FylkerNamed(name); len(named) > 0 {
		if len(named) == 1 {
			return fmt.Sprintf("skriv fylket slik det heter i dag: fylke == \"%s\", eller fylkesnummer == \"%s\"", named[0].Name, named[0].Number)
		}
		return fmt.Sprintf("«%s» fantes før 2024 og er nå flere fylker: skriv fylkesnummer %s", name, fylkeChoices(named))
	}
	best, bestD := (*kommune.Fylke)(nil), 3
	for _, f := range r.Fylker() {
		if d := fuzzy.Distance(kommune.Fold(name), kommune.Fold(f.Name)); d < bestD {
			best, bestD = f, d
		}
	}
	if best != nil {
		return fmt.Sprintf("fant ikke fylket «%s». Mente du \"%s\"?", name, best.Name)
	}
	names := make([]string, len(r.Fylker()))
	for i, f := range r.Fylker() {
		names[i] = f.Name
	}
	return fmt.Sprintf("fant ikke fylket «%s». Fylkene er %s", name, locale.JoinAnd(names))
}

// numberChoices is «"3114" (Våler i Østfold) eller "3419" (Våler i Innlandet)».
func numberChoices(ks []*kommune.Kommune) string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = fmt.Sprintf("kommunenummer == \"%s\" (%s)", k.Number, k.InFylke())
	}
	return locale.JoinOr(out)
}

// FylkeNumber returns "" for today's fylke number, else what to write
// instead.
func FylkeNumber(r *kommune.Register, nr string) string {
	nr = strings.TrimSpace(nr)
	if digits(nr, 2) {
		if _, ok := r.Fylke(nr); ok {
			return ""
		}
		if to := r.FylkerFromFormer(nr); len(to) > 0 {
			return fmt.Sprintf("fylke %s fantes før 2024: skriv %s", nr, fylkeChoices(to))
		}
		return fmt.Sprintf("fylke %s finnes ikke: nærmeste fylkesnummer er %s", nr, fylkeChoices(nearestFylker(r, nr)))
	}
	if named := r.FylkerNamed(nr); len(named) > 0 {
		return fmt.Sprintf("fylke skal være et nummer, ikke et navn: skriv %s", fylkeChoices(named))
	}
	if len(nr) == 1 && nr[0] >= '0' && nr[0] <= '9' {
		if _, ok := r.Fylke("0" + nr); ok {
			return fmt.Sprintf("fylkesnummeret «%s» skal ha to sifre i anførselstegn: skriv \"0%s\"", nr, nr)
		}
	}
	return fmt.Sprintf("fylkesnummeret «%s» skal ha to sifre, for eksempel \"40\" for Telemark", nr)
}

// KommuneNumber returns "" for today's kommune number, else what to write
// instead: the new number of an old kommune, or the closest numbers with
// their names.
func KommuneNumber(r *kommune.Register, nr string) string {
	nr = strings.TrimSpace(nr)
	if digits(nr, 4) {
		if _, ok := r.Kommune(nr); ok {
			return ""
		}
		// An old number: resolve.Kommune gives today's kommuner it went to.
		if res := resolve.Kommune(r, nr); res.Match == resolve.Former && len(res.Candidates) > 0 {
			return fmt.Sprintf("kommune %s fantes før, men har et nytt nummer nå: skriv %s", nr, kommuneChoices(res.Candidates))
		}
		return fmt.Sprintf("kommune %s finnes ikke: nærmeste kommunenummer er %s", nr, kommuneChoices(nearestKommuner(r, nr)))
	}
	if digits(nr, 3) {
		if k, ok := r.Kommune("0" + nr); ok {
			return fmt.Sprintf("kommunenummeret «%s» skal ha fire sifre i anførselstegn: skriv %s", nr, kommuneChoices([]*kommune.Kommune{k}))
		}
	}
	res := resolve.Kommune(r, nr)
	switch {
	case res.Kommune != nil:
		return fmt.Sprintf("kommune skal være et nummer, ikke et navn: skriv %s", kommuneChoices([]*kommune.Kommune{res.Kommune}))
	case len(res.Candidates) > 0:
		return fmt.Sprintf("kommune skal være et nummer, ikke et navn: skriv %s", kommuneChoices(res.Candidates))
	}
	return fmt.Sprintf("kommunenummeret «%s» skal ha fire sifre, for eksempel \"4001\" for Porsgrunn", nr)
}

func fylkeChoices(list []*kommune.Fylke) string {
	out := make([]string, len(list))
	for i, f := range list {
		out[i] = fmt.Sprintf("\"%s\" (%s)", f.Number, f.Name)
	}
	return locale.JoinOr(out)
}

func kommuneChoices(ks []*kommune.Kommune) string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = fmt.Sprintf("\"%s\" (%s)", k.Number, k.InFylke())
	}
	return locale.JoinOr(out)
}

// nearestFylker are the one or two fylker whose numbers are closest to nr.
func nearestFylker(r *kommune.Register, nr string) []*kommune.Fylke {
	want, _ := strconv.Atoi(nr)
	best := -1
	var out []*kommune.Fylke
	for _, f := range r.Fylker() {
		n, _ := strconv.Atoi(f.Number)
		d := abs(n - want)
		switch {
		case best < 0 || d < best:
			best, out = d, []*kommune.Fylke{f}
		case d == best:
			out = append(out, f)
		}
	}
	return out
}

// nearestKommuner are up to three kommuner whose numbers are closest to nr,
// in the same fylke when the first two digits name one today.
func nearestKommuner(r *kommune.Register, nr string) []*kommune.Kommune {
	want, _ := strconv.Atoi(nr)
	pool := r.Kommuner()
	if _, ok := r.Fylke(nr[:2]); ok {
		pool = nil
		for _, k := range r.Kommuner() {
			if k.Fylke.Number == nr[:2] {
				pool = append(pool, k)
			}
		}
	}
	out := append([]*kommune.Kommune(nil), pool...)
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

// digits reports whether s is n ASCII digits.
func digits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
