package kommune

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/sosabc/sosabc/internal/fuzzy"
)

// Match says how Resolve understood the input.
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

// Result is what Resolve found.
type Result struct {
	Match      Match
	Kommune    *Kommune   // set only when exactly one kommune fits
	Candidates []*Kommune // the kommuner to choose from (Ambiguous, Suggestion, a split Former)
	Note       string     // one or more Norwegian sentences for the reader; empty for Exact
}

var (
	digitsRe   = regexp.MustCompile(`^\d{3,4}$`)
	commaRe    = regexp.MustCompile(`^(.+?)\s*,\s*(.+)$`)
	inRe       = regexp.MustCompile(`^(.+?)\s+i\s+(.+)$`)
	parenInRe  = regexp.MustCompile(`^(.+?)\s*\((.+)\)$`)
	kommuneSfx = regexp.MustCompile(`(?i)\s+(kommune|herad)$`)
)

// Resolve finds the kommune a person means. It accepts today's names in
// any case and with or without æ, ø and å («baerum», «BÆRUM»), the
// official Sami and Kven names, a four-digit number, a name with the fylke
// after it («Skien, Telemark», «Våler i Østfold»), and the names and
// numbers of kommuner that no longer exist. It never guesses: an ambiguous
// name gives the candidates, a typo gives suggestions.
func (r *Register) Resolve(input string) Result {
	s := strings.TrimSpace(input)
	s = kommuneSfx.ReplaceAllString(s, "")
	if s == "" {
		return Result{Note: "Skriv navnet eller det firesifrede nummeret til kommunen."}
	}
	if digitsRe.MatchString(s) {
		return r.byNumberInput(fmt.Sprintf("%04s", s))
	}
	if res, ok := r.byName(fold(s), nil, s); ok {
		return res
	}
	for _, re := range []*regexp.Regexp{parenInRe, commaRe, inRe} {
		m := re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		fylker := r.fylkeNames[fold(m[2])]
		if len(fylker) == 0 {
			continue
		}
		if res, ok := r.byName(fold(m[1]), fylker, m[1]); ok {
			return res
		}
		if res, ok := r.byName(fold(m[1]), nil, m[1]); ok {
			// The name exists, but not in that fylke: offer where it is.
			cands := res.Candidates
			if res.Kommune != nil {
				cands = []*Kommune{res.Kommune}
			}
			var labels []string
			for _, k := range cands {
				labels = append(labels, withFylke(k))
			}
			return Result{Match: Suggestion, Candidates: cands,
				Note: fmt.Sprintf("Fant ingen kommune som heter «%s» i %s. Mente du %s?", strings.TrimSpace(m[1]), fylkeList(fylker), joinWords(labels, "eller"))}
		}
		return r.suggest(m[1], fylker)
	}
	return r.suggest(s, nil)
}

func (r *Register) byNumberInput(nr string) Result {
	if k := r.byNumber[nr]; k != nil {
		return Result{Match: Exact, Kommune: k}
	}
	if f := r.former[nr]; f != nil {
		return formerResult(f, f.numberStory())
	}
	return Result{Note: fmt.Sprintf("Fant ingen kommune med nummer %s. Et kommunenummer har fire sifre, for eksempel 0301 for Oslo.", nr)}
}

func formerResult(f *former, note string) Result {
	res := Result{Match: Former, Note: note, Candidates: f.targets}
	if len(f.targets) == 1 {
		res.Kommune = f.targets[0]
	}
	return res
}

// byName looks a folded name up among today's and former kommuner, within
// the given fylker when there are any. typed is the name as typed, for notes.
func (r *Register) byName(key string, fylker []*Fylke, typed string) (Result, bool) {
	in := func(k *Kommune) bool {
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
	var now []*Kommune
	for _, k := range r.names[key] {
		if in(k) {
			now = append(now, k)
		}
	}
	// Old kommuner under this name that are not simply today's kommune.
	var old []*former
	for _, f := range r.formerNames[key] {
		if subset(f.targets, now) || !anyIn(f.targets, in) || continues(f, now) {
			continue
		}
		old = addFormer(old, f)
	}
	switch {
	case len(now) == 0 && len(old) == 0:
		return Result{}, false
	case len(now) == 1 && len(old) == 0:
		return Result{Match: Exact, Kommune: now[0]}, true
	case len(now) == 0 && len(old) == 1 && old[0].story() == "" && len(old[0].targets) == 1:
		// An old spelling of today's kommune: «Våler i Hedmark».
		return Result{Match: Exact, Kommune: old[0].targets[0]}, true
	case len(now) == 0 && len(old) == 1:
		return formerResult(old[0], old[0].story()), true
	}
	cands := append([]*Kommune{}, now...)
	var stories []string
	for _, f := range old {
		for _, k := range f.targets {
			if !contains(cands, k) {
				cands = append(cands, k)
			}
		}
		if story := f.story(); story != "" {
			stories = append(stories, story)
		}
	}
	if len(cands) == 1 {
		// Several old kommuner of that name all went to the same one.
		return Result{Match: Former, Kommune: cands[0], Candidates: cands, Note: strings.Join(stories, " ")}, true
	}
	var labels []string
	for _, k := range cands {
		labels = append(labels, withFylke(k))
	}
	note := fmt.Sprintf("«%s» kan være flere kommuner: %s.", strings.TrimSpace(typed), joinWords(labels, "eller"))
	if len(stories) > 0 {
		note += " " + strings.Join(stories, " ")
	}
	note += fmt.Sprintf(" Skriv fylket også, for eksempel «%s».", withFylke(cands[0]))
	return Result{Match: Ambiguous, Candidates: cands, Note: note}, true
}

// InFylke is «Drammen i Buskerud».
func (k *Kommune) InFylke() string { return withFylke(k) }

// withFylke is «Våler i Østfold», also for names that are not shared.
func withFylke(k *Kommune) string { return k.Name + " i " + k.Fylke.Name }

// suggest offers the closest names when nothing matched exactly.
func (r *Register) suggest(typed string, fylker []*Fylke) Result {
	key := fold(typed)
	limit := 2
	if len([]rune(key)) <= 5 {
		limit = 1
	}
	best := limit + 1
	var found []*Kommune
	for _, nk := range r.keys {
		if d := len(nk) - len(key); d > limit || -d > limit {
			continue
		}
		d := fuzzy.Distance(key, nk)
		if d > best {
			continue
		}
		var ks []*Kommune
		for _, k := range r.names[nk] {
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
		Note: fmt.Sprintf("Fant ingen kommune som heter «%s». Mente du %s?", strings.TrimSpace(typed), joinWords(labels, "eller"))}
}

func contains(ks []*Kommune, k *Kommune) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

func containsFylke(fs []*Fylke, f *Fylke) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

func subset(a, b []*Kommune) bool {
	for _, k := range a {
		if !contains(b, k) {
			return false
		}
	}
	return len(a) > 0
}

func anyIn(ks []*Kommune, in func(*Kommune) bool) bool {
	for _, k := range ks {
		if in(k) {
			return true
		}
	}
	return false
}

// addFormer adds f to list, unless an old kommune with the same outcome is
// there: then the later of the two stays (Snillfjord had two numbers).
func addFormer(list []*former, f *former) []*former {
	for i, x := range list {
		if subset(x.targets, f.targets) && subset(f.targets, x.targets) {
			if f.year > x.year {
				list[i] = f
			}
			return list
		}
	}
	return append(list, f)
}

// continues reports whether today's kommune of the name carries the old one
// on (Ålesund after the split in 2024): then the name means today's.
func continues(f *former, now []*Kommune) bool {
	for _, k := range now {
		if contains(f.targets, k) && sharesName(k.Official, f.name) {
			return true
		}
	}
	return false
}

func fylkeList(fs []*Fylke) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.Name
	}
	return joinWords(names, "eller")
}
