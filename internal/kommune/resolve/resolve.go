// Package resolve finds the kommune a person means from what they type:
// today's name in any spelling, a Sami or Kven name, a number, a name with
// its fylke, or the name or number of a kommune that no longer exists. It
// never guesses, and when the input is unclear it says in Norwegian what
// to type instead. The kommuner, their names and what became of the old
// ones come from package kommune. The package is pure: no terminal, no
// network, no clock.
package resolve

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/sosabc/sosabc/internal/fuzzy"
	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/locale"
)

// Match says how Kommune understood the input.
type Match int

const (
	// NoMatch: nothing fits, and nothing is close. Note says what to type.
	NoMatch Match = iota
	// Exact: Kommune is today's kommune of that name or number.
	Exact
	// Former: the input is an old name or number. Note says what happened.
	// Kommune is today's kommune; when the old one was split, Kommune is
	// nil and Candidates holds the parts.
	Former
	// Ambiguous: several kommuner fit. Candidates holds them; Note names
	// them with their fylke and asks for the fylke.
	Ambiguous
	// Suggestion: nothing fits exactly, but Candidates are close
	// («Mente du Drammen?»). Never taken as the answer.
	Suggestion
)

// Result is what Kommune found.
type Result struct {
	Match      Match
	Kommune    *kommune.Kommune   // set only when exactly one kommune fits
	Candidates []*kommune.Kommune // the kommuner to choose from (Ambiguous, Suggestion, a split Former)
	Note       string             // one or more Norwegian sentences for the reader; empty for Exact
}

var (
	digitsRe   = regexp.MustCompile(`^\d{3,4}$`)
	commaRe    = regexp.MustCompile(`^(.+?)\s*,\s*(.+)$`)
	inRe       = regexp.MustCompile(`^(.+?)\s+i\s+(.+)$`)
	parenInRe  = regexp.MustCompile(`^(.+?)\s*\((.+)\)$`)
	kommuneSfx = regexp.MustCompile(`(?i)\s+(kommune|herad)$`)
)

// Kommune finds the kommune a person means. It accepts today's names in
// any case and with or without æ, ø and å («baerum», «BÆRUM»), the
// official Sami and Kven names, a four-digit number, a name with the fylke
// after it («Skien, Telemark», «Våler i Østfold»), and the names and
// numbers of kommuner that no longer exist. It never guesses: an ambiguous
// name gives the candidates, a typo gives suggestions.
func Kommune(r *kommune.Register, input string) Result {
	s := strings.TrimSpace(input)
	s = kommuneSfx.ReplaceAllString(s, "")
	if s == "" {
		return Result{Note: "Skriv navnet eller det firesifrede nummeret til kommunen."}
	}
	if digitsRe.MatchString(s) {
		return byNumberInput(r, fmt.Sprintf("%04s", s))
	}
	key := kommune.Fold(s)
	if now := r.KommunerByKey(key); len(now) == 1 && r.LivesOn(key) {
		// Today's name of one kommune, and no former kommune of that name
		// went elsewhere: byName would say Exact too, but it asks for the
		// former names, and their index costs about 1 ms to build. This
		// is what nearly every saved answer is.
		return Result{Match: Exact, Kommune: now[0]}
	}
	if res, ok := byName(r, key, nil, s); ok {
		return res
	}
	for _, re := range []*regexp.Regexp{parenInRe, commaRe, inRe} {
		m := re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		fylker := r.FylkerNamed(m[2])
		if len(fylker) == 0 {
			continue
		}
		if res, ok := byName(r, kommune.Fold(m[1]), fylker, m[1]); ok {
			return res
		}
		if res, ok := byName(r, kommune.Fold(m[1]), nil, m[1]); ok {
			// The name exists, but not in that fylke: offer where it is.
			cands := res.Candidates
			if res.Kommune != nil {
				cands = []*kommune.Kommune{res.Kommune}
			}
			var labels []string
			for _, k := range cands {
				labels = append(labels, k.InFylke())
			}
			return Result{Match: Suggestion, Candidates: cands,
				Note: fmt.Sprintf("Fant ingen kommune som heter «%s» i %s. Mente du %s?", strings.TrimSpace(m[1]), fylkeList(fylker), locale.JoinOr(labels))}
		}
		return suggest(r, m[1], fylker)
	}
	return suggest(r, s, nil)
}

func byNumberInput(r *kommune.Register, nr string) Result {
	if k, ok := r.Kommune(nr); ok {
		return Result{Match: Exact, Kommune: k}
	}
	if f, ok := r.Former(nr); ok {
		return formerResult(f, f.NumberStory())
	}
	return Result{Note: fmt.Sprintf("Fant ingen kommune med nummer %s. Et kommunenummer har fire sifre, for eksempel 0301 for Oslo.", nr)}
}

func formerResult(f *kommune.Former, note string) Result {
	res := Result{Match: Former, Note: note, Candidates: f.Targets}
	if len(f.Targets) == 1 {
		res.Kommune = f.Targets[0]
	}
	return res
}

// byName looks a folded name up among today's and former kommuner, within
// the given fylker when there are any. typed is the name as typed, for notes.
func byName(r *kommune.Register, key string, fylker []*kommune.Fylke, typed string) (Result, bool) {
	in := func(k *kommune.Kommune) bool {
		if len(fylker) == 0 {
			return true
		}
		for _, f := range fylker {
			if k.Fylke == f {
				return true
			}
		}
		return false
	}
	var now []*kommune.Kommune
	for _, k := range r.KommunerByKey(key) {
		if in(k) {
			now = append(now, k)
		}
	}
	// Old kommuner under this name that are not simply today's kommune.
	var old []*kommune.Former
	for _, f := range r.FormerByKey(key) {
		if subset(f.Targets, now) || !anyIn(f.Targets, in) || continues(f, now) {
			continue
		}
		old = addFormer(old, f)
	}
	switch {
	case len(now) == 0 && len(old) == 0:
		return Result{}, false
	case len(now) == 1 && len(old) == 0:
		return Result{Match: Exact, Kommune: now[0]}, true
	case len(now) == 0 && len(old) == 1 && old[0].Story() == "" && len(old[0].Targets) == 1:
		// An old spelling of today's kommune: «Våler i Hedmark».
		return Result{Match: Exact, Kommune: old[0].Targets[0]}, true
	case len(now) == 0 && len(old) == 1:
		return formerResult(old[0], old[0].Story()), true
	}
	cands := append([]*kommune.Kommune{}, now...)
	var stories []string
	for _, f := range old {
		for _, k := range f.Targets {
			if !contains(cands, k) {
				cands = append(cands, k)
			}
		}
		if story := f.Story(); story != "" {
			stories = append(stories, story)
		}
	}
	if len(cands) == 1 {
		// Several old kommuner of that name all went to the same one.
		return Result{Match: Former, Kommune: cands[0], Candidates: cands, Note: strings.Join(stories, " ")}, true
	}
	var labels []string
	for _, k := range cands {
		labels = append(labels, k.InFylke())
	}
	note := fmt.Sprintf("«%s» kan være flere kommuner: %s.", strings.TrimSpace(typed), locale.JoinOr(labels))
	if len(stories) > 0 {
		note += " " + strings.Join(stories, " ")
	}
	note += fmt.Sprintf(" Skriv fylket også, for eksempel «%s».", cands[0].InFylke())
	return Result{Match: Ambiguous, Candidates: cands, Note: note}, true
}

// suggest offers the closest names when nothing matched exactly.
func suggest(r *kommune.Register, typed string, fylker []*kommune.Fylke) Result {
	key := kommune.Fold(typed)
	limit := 2
	if len([]rune(key)) <= 5 {
		limit = 1
	}
	best := limit + 1
	var found []*kommune.Kommune
	for _, nk := range r.Keys() {
		if d := len(nk) - len(key); d > limit || -d > limit {
			continue
		}
		d := fuzzy.Distance(key, nk)
		if d > best {
			continue
		}
		var ks []*kommune.Kommune
		for _, k := range r.KommunerByKey(nk) {
			if len(fylker) == 0 || containsFylke(fylker, k.Fylke) {
				ks = append(ks, k)
			}
		}
		if len(ks) == 0 {
			continue
		}
		if d < best {
			best, found = d, nil
		}
		for _, k := range ks {
			if !contains(found, k) {
				found = append(found, k)
			}
		}
	}
	if best > limit || len(found) == 0 {
		if len(fylker) == 0 && len(r.FylkerNamed(typed)) > 0 {
			return Result{Note: fmt.Sprintf("«%s» er navnet på et fylke, ikke på en kommune. Skriv navnet eller det firesifrede nummeret til kommunen.", strings.TrimSpace(typed))}
		}
		return Result{Note: fmt.Sprintf("Fant ingen kommune som heter «%s». Skriv navnet eller det firesifrede nummeret til kommunen.", strings.TrimSpace(typed))}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Label() < found[j].Label() })
	if len(found) > 3 {
		found = found[:3]
	}
	var labels []string
	for _, k := range found {
		labels = append(labels, k.Label())
	}
	return Result{Match: Suggestion, Candidates: found,
		Note: fmt.Sprintf("Fant ingen kommune som heter «%s». Mente du %s?", strings.TrimSpace(typed), locale.JoinOr(labels))}
}

func contains(ks []*kommune.Kommune, k *kommune.Kommune) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

func containsFylke(fs []*kommune.Fylke, f *kommune.Fylke) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

func subset(a, b []*kommune.Kommune) bool {
	for _, k := range a {
		if !contains(b, k) {
			return false
		}
	}
	return len(a) > 0
}

func anyIn(ks []*kommune.Kommune, in func(*kommune.Kommune) bool) bool {
	for _, k := range ks {
		if in(k) {
			return true
		}
	}
	return false
}

// addFormer adds f to list, unless an old kommune with the same outcome is
// there: then the later of the two stays (Snillfjord had two numbers).
func addFormer(list []*kommune.Former, f *kommune.Former) []*kommune.Former {
	for i, x := range list {
		if subset(x.Targets, f.Targets) && subset(f.Targets, x.Targets) {
			if f.Year > x.Year {
				list[i] = f
			}
			return list
		}
	}
	return append(list, f)
}

// continues reports whether today's kommune of the name carries the old one
// on (Ålesund after the split in 2024): then the name means today's.
func continues(f *kommune.Former, now []*kommune.Kommune) bool {
	for _, k := range now {
		if f.CarriedOnBy(k) {
			return true
		}
	}
	return false
}

func fylkeList(fs []*kommune.Fylke) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.Name
	}
	return locale.JoinOr(names)
}
