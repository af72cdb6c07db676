package progress

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/fuzzy"
	"github.com/sosabc/sosabc/internal/state"
)

// Marked says what a tick or untick did, for the message to the user.
type Marked struct {
	Changed []string // items whose tick changed
	Already []string // items that already were as asked
	Done    int      // items on the list that are done now
	Total   int      // items on the list
}

// Mark ticks items off (done) or removes the tick. refs are item ids or
// the numbers the checklist shows («2»). Every ref is checked before
// anything changes.
func Mark(st *state.State, items []checklist.Item, rules *checklist.Rules, refs []string, done bool, now time.Time) (Marked, error) {
	var ids []string
	refs, err := splitRefs(refs, len(items))
	if err != nil {
		return Marked{}, err
	}
	if len(refs) == 0 {
		return Marked{}, apperr.Usagef("Skriv nummeret eller ID-en til minst ett punkt. Du ser numrene på sjekklisten.")
	}
	for _, ref := range refs {
		id, err := resolve(items, rules, ref)
		if err != nil {
			return Marked{}, err
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	var m Marked
	for _, id := range ids {
		if st.IsDone(id) == done {
			m.Already = append(m.Already, id)
			continue
		}
		if done {
			st.MarkDone(id, now)
		} else {
			st.Unmark(id)
		}
		m.Changed = append(m.Changed, id)
	}
	for _, it := range items {
		if st.IsDone(it.ID) {
			m.Done++
		}
	}
	m.Total = len(items)
	return m, nil
}

// splitRefs splits «3,4» into «3» and «4», and «3-5» into «3», «4» and
// «5»: people write lists with commas, as the line-by-line interview asks
// them to, and a run of items as a range.
func splitRefs(refs []string, total int) ([]string, error) {
	var out []string
	for _, ref := range refs {
		for _, part := range strings.Split(ref, ",") {
			part = strings.TrimSpace(part)
			from, to, isRange := strings.Cut(part, "-")
			a, okA := number(strings.TrimSpace(from))
			b, okB := number(strings.TrimSpace(to))
			switch {
			case part == "":
			case isRange && okA && okB && a <= b:
				if a < 1 || b > total {
					return nil, apperr.Usagef("Sjekklisten din har punktene 1 til %d, ikke %s.", total, part)
				}
				for n := a; n <= b; n++ {
					out = append(out, strconv.Itoa(n))
				}
			default:
				out = append(out, part)
			}
		}
	}
	return out, nil
}

// number reads the number of an item as the checklist shows it, «3.», or
// as people write it, «3» or «#3».
func number(ref string) (int, bool) {
	ref = strings.TrimSuffix(strings.TrimPrefix(ref, "#"), ".")
	n, err := strconv.Atoi(ref)
	return n, err == nil
}

// ByNumber turns the number the checklist shows («2») into the item's id.
// Anything that is not a number is returned as it is.
func ByNumber(items []checklist.Item, ref string) (string, error) {
	n, ok := number(ref)
	if !ok {
		return ref, nil
	}
	if n < 1 || n > len(items) {
		return "", apperr.Usagef("Sjekklisten din har punktene 1 til %d, ikke %d.", len(items), n)
	}
	return items[n-1].ID, nil
}

// resolve turns a number or an id into the id of an item on the list.
func resolve(items []checklist.Item, rules *checklist.Rules, ref string) (string, error) {
	if _, ok := number(ref); ok {
		return ByNumber(items, ref)
	}
	for _, it := range items {
		if it.ID == ref {
			return ref, nil
		}
	}
	if rules.Rule(ref) != nil {
		return "", apperr.Usagef("«%s» finnes, men er ikke på sjekklisten din med svarene du har gitt. Se hvorfor med «sosabc sjekkliste hvorfor %s».", ref, ref)
	}
	return "", apperr.Usagef("«%s» er ikke på sjekklisten din.%s", ref, Closest(items, ref))
}

// Closest suggests the item id nearest to a misspelt one, or says where to
// find the ids.
func Closest(items []checklist.Item, id string) string {
	type scored struct {
		id string
		d  int
	}
	var all []scored
	for _, it := range items {
		all = append(all, scored{it.ID, fuzzy.Distance(id, it.ID)})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].d < all[j].d })
	if len(all) == 0 || all[0].d > len(id)/2+2 {
		return " Se numrene og ID-ene med «sosabc sjekkliste»."
	}
	return fmt.Sprintf(" Mente du «%s»?", all[0].id)
}

// Ticked is the set of ticked item ids, also of items not on the list now.
func Ticked(st *state.State) map[string]bool {
	out := make(map[string]bool, len(st.Done))
	for id := range st.Done {
		out[id] = true
	}
	return out
}

// IDs are the ids of items, in order: what Store.MarkSeen records.
func IDs(items []checklist.Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.ID
	}
	return out
}
