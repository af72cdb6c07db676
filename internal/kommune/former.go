package kommune

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// Former is a kommune number that is no longer in use, and what became of
// it. It is read-only.
type Former struct {
	Number  string     // the old number: "0821"
	Name    string     // the name SSB gave it then: "Bø (Telemark)"
	Until   int        // the last year the number was in use
	Year    int        // the year it changed
	Targets []*Kommune // today's kommune, or several when it was split

	reg  *Register
	once sync.Once
	text string // what happened, in Norwegian: see Story
}

// Story is what happened to the old kommune, in Norwegian; empty when only
// the number changed. It is told the first time someone asks: telling all
// of them would cost more than the rest of loading the list.
func (f *Former) Story() string {
	f.once.Do(func() { f.text = f.reg.story(f) })
	return f.text
}

// splitParen splits SSB's «Bø (Telemark)» into «Bø» and «Telemark», as
// the expression ^(.*?) \((.*)\)$ would: a name is split where « (»
// first appears, and must end in «)». Loading the list splits every old
// name, and this is several times quicker than the expression.
func splitParen(s string) (name, in string, ok bool) {
	i := strings.Index(s, " (")
	if i < 0 || !strings.HasSuffix(s, ")") || strings.Contains(s, "\n") {
		return "", "", false
	}
	return s[:i], s[i+2 : len(s)-1], true
}

// buildFormer follows SSB's change lines from every old number to today's
// kommuner, and indexes the old names.
func (r *Register) buildFormer(errs *strictyaml.Errors) {
	edges := map[string][]Change{}
	var order []string
	for _, c := range r.changes {
		if _, ok := edges[c.From]; !ok {
			order = append(order, c.From)
		}
		edges[c.From] = append(edges[c.From], c)
	}
	r.edges = edges
	r.intoCount = map[string]int{}
	r.targetMemo = map[string][]*Kommune{}
	for _, c := range r.changes {
		r.intoCount[c.To+" "+c.Date]++
	}
	// Every number a change line names gets its targets now, so that
	// nothing writes to targetMemo after loading: the register is read by
	// package resolve from any goroutine, and stories are told lazily.
	for _, c := range r.changes {
		r.targets(c.From)
		r.targets(c.To)
	}
	for _, nr := range order {
		if r.byNumber[nr] != nil {
			continue // still in use today
		}
		first := edges[nr][0]
		f := &Former{Number: nr, Name: first.FromName, Until: first.Year - 1, Year: first.Year, Targets: r.targets(nr)}
		if len(f.Targets) == 0 {
			errs.Add(KommunerFile, 0, "kommunenummer %s (%s) fører ikke til noen kommune i dag", nr, f.Name)
			continue
		}
		// Split later, but one part kept the old name (Haram, 1534): that
		// one. Not when this very number was split (1507): then both.
		if len(f.Targets) > 1 && len(distinctTo(edges[nr])) == 1 {
			for _, k := range f.Targets {
				if sharesName(k.Official, f.Name) {
					f.Targets = []*Kommune{k}
					break
				}
			}
		}
		f.reg = r
		r.former[nr] = f
		for _, name := range oldNames(f.Name) {
			key := Fold(name)
			r.formerNames[key] = append(r.formerNames[key], f)
		}
	}
}

// targets follows the change lines from number to today's kommuner.
func (r *Register) targets(number string) []*Kommune {
	if out, ok := r.targetMemo[number]; ok {
		return out
	}
	// Depth first, in the order of the change lines; the chains are a few
	// steps long, so a list remembers the numbers seen as well as a map
	// would, without a map for each of the thousand numbers.
	var out []*Kommune
	seen := make([]string, 0, 8)
	var walk func(nr string)
	walk = func(nr string) {
		for _, s := range seen {
			if s == nr {
				return
			}
		}
		seen = append(seen, nr)
		if k := r.byNumber[nr]; k != nil {
			out = append(out, k)
			return
		}
		for _, c := range r.edges[nr] {
			walk(c.To)
		}
	}
	walk(number)
	sort.Slice(out, func(i, j int) bool { return out[i].Number < out[j].Number })
	r.targetMemo[number] = out
	return out
}

// story tells in Norwegian what happened to the old kommune's name.
func (r *Register) story(f *Former) string {
	first := r.edges[f.Number]
	display := displayName(f.Name, f.Targets)
	if tos := distinctTo(first); len(tos) > 1 {
		var parts []*Kommune
		for _, to := range tos {
			parts = append(parts, r.targets(to)...)
		}
		return fmt.Sprintf("%s ble delt %s %s i %d.", display, splitWord(f.Name, parts), joinLabels(parts), f.Year)
	}
	to := first[0].To
	toName := displayName(first[0].ToName, nil)
	var s string
	if !sharesName(first[0].ToName, f.Name) {
		merged := r.intoCount[to+" "+first[0].Date]
		now := r.targets(to)
		into := toName
		if len(now) == 1 {
			into = now[0].Label()
		}
		if merged > 1 {
			s = fmt.Sprintf("%s ble en del av %s i %d.", display, into, f.Year)
		} else {
			s = fmt.Sprintf("%s fikk navnet %s i %d.", display, into, f.Year)
		}
	}
	// A split further down the chain (Ålesund, 2024).
	nr, name := to, toName
	for step := 0; step < 10; step++ {
		next := r.edges[nr]
		if len(next) == 0 {
			break
		}
		if tos := distinctTo(next); len(tos) > 1 {
			var parts []*Kommune
			for _, t := range tos {
				parts = append(parts, r.targets(t)...)
			}
			if len(f.Targets) == 1 && s != "" {
				// The old name came back (Haram): say so instead.
				return fmt.Sprintf("%s var en del av %s fra %d til %d. I %d ble %s en egen kommune igjen.",
					display, name, f.Year, next[0].Year-1, next[0].Year, f.Targets[0].Label())
			}
			if len(f.Targets) > 1 {
				split := fmt.Sprintf("%s ble delt %s %s i %d.", name, splitWord(next[0].FromName, parts), joinLabels(parts), next[0].Year)
				return strings.TrimSpace(s + " " + split)
			}
			break
		}
		nr, name = next[0].To, displayName(next[0].ToName, nil)
	}
	return s
}

// CarriedOnBy reports whether k is one of the kommuner the old one went
// into and still has its name (Ålesund after the split in 2024).
func (f *Former) CarriedOnBy(k *Kommune) bool {
	for _, t := range f.Targets {
		if t == k {
			return sharesName(k.Official, f.Name)
		}
	}
	return false
}

// livesOnIn reports whether f went wholly into the kommuner now, or one
// of them carries its name on: what package resolve asks of a former
// kommune of today's name before it tells about it.
func (f *Former) livesOnIn(now []*Kommune) bool {
	all := len(f.Targets) > 0
	for _, t := range f.Targets {
		found := false
		for _, k := range now {
			found = found || k == t
		}
		all = all && found
	}
	if all {
		return true
	}
	for _, k := range now {
		if f.CarriedOnBy(k) {
			return true
		}
	}
	return false
}

// NumberStory is what happened to an old number.
func (f *Former) NumberStory() string {
	s := fmt.Sprintf("Kommunenummer %s gjaldt %s fram til %d.", f.Number, displayName(f.Name, f.Targets), f.Until)
	if story := f.Story(); story != "" {
		s += " " + story
	}
	if len(f.Targets) == 1 {
		s += fmt.Sprintf(" Nå har %s nummer %s.", f.Targets[0].Label(), f.Targets[0].Number)
	}
	return s
}

func distinctTo(cs []Change) []string {
	var out []string
	for _, c := range cs {
		if len(out) == 0 || out[len(out)-1] != c.To {
			out = append(out, c.To)
		}
	}
	return out
}

// nameParts splits an SSB name into its names: "Bø (Telemark)" → [Bø];
// "Tysfjord - Divtasvuodna" → [Tysfjord, Divtasvuodna].
func nameParts(name string) []string {
	if m, _, ok := splitParen(name); ok {
		name = m
	}
	return strings.Split(name, " - ")
}

// sharesName reports whether two SSB names have a name in common.
func sharesName(a, b string) bool {
	for _, x := range nameParts(a) {
		for _, y := range nameParts(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// displayName is an old SSB name as a reader says it: "Bø (Telemark)" →
// «Bø i Telemark»; of several names, the one today's kommune also has,
// or else the first.
func displayName(name string, now []*Kommune) string {
	suffix := ""
	if m1, m2, ok := splitParen(name); ok {
		name, suffix = m1, " i "+m2
	}
	parts := strings.Split(name, " - ")
	pick := parts[0]
	for _, p := range parts {
		for _, k := range now {
			if p == k.Name {
				pick = p
			}
		}
	}
	return pick + suffix
}

// oldNames are the names an old kommune can be looked up by.
func oldNames(name string) []string {
	out := []string{name}
	if m1, m2, ok := splitParen(name); ok {
		out = append(out, m1+" i "+m2)
	}
	parts := nameParts(name)
	if len(parts) > 1 || out[0] != parts[0] {
		out = append(out, parts...)
	}
	return out
}

// joinLabels lists kommuner the Norwegian way: «A, B og C».
func joinLabels(ks []*Kommune) string {
	labels := make([]string, len(ks))
	for i, k := range ks {
		labels[i] = k.Label()
	}
	return locale.JoinAnd(labels)
}

// splitWord: «delt i Ålesund og Haram» when a part kept the name, else
// «delt mellom Narvik og Hamarøy» (the parts joined other kommuner).
func splitWord(name string, parts []*Kommune) string {
	for _, k := range parts {
		if sharesName(k.Official, name) {
			return "i"
		}
	}
	return "mellom"
}
