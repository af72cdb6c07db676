package checklist

import (
	"slices"

	"github.com/sosabc/sosabc/internal/checklist/ruleset"
)

// Changes is how a plan differs from the one the founder last saw: items
// that came with new answers or new content, items that left, and what
// happened to the ticks. Ticks are keyed by item id and never dropped, so
// a tick on an item that leaves the list comes back with the item.
type Changes struct {
	// Added are on the list now but were not last time, in list order.
	Added []Change
	// Removed were on the list last time but are not now, in the order
	// the founder saw them.
	Removed []Change
	// Kept counts the ticks on items that are on the list now.
	Kept int
	// Stored counts the ticks on items that are not on the list now: they
	// stay saved and count again if the item comes back.
	Stored int
}

// Change is one item that came or went.
type Change struct {
	ID string
	// Title is empty when the content no longer has an item with this id
	// (a newer sosabc removed or renamed it).
	Title string
	// Done is true when the item is ticked: an item that comes back
	// brings its old tick.
	Done bool
}

// Compare tells how items, the plan shown now, differ from seen, the ids
// of the plan the founder saw last time. done holds the ticked ids (also
// of items not on the list). With seen nil the founder has never seen a
// plan: there is nothing to compare, and Compare returns nil. Ids in seen
// that are not item ids are ignored.
func Compare(r *Rules, seen []string, items []Item, done map[string]bool) *Changes {
	if seen == nil {
		return nil
	}
	c := &Changes{}
	before := make(map[string]bool, len(seen))
	for _, id := range seen {
		before[id] = true
	}
	now := make(map[string]bool, len(items))
	for _, it := range items {
		now[it.ID] = true
		if done[it.ID] {
			c.Kept++
		}
		if !before[it.ID] {
			c.Added = append(c.Added, Change{ID: it.ID, Title: it.Title, Done: done[it.ID]})
		}
	}
	for i, id := range seen {
		// An id that no content could have (a hand-edited state file,
		// perhaps with terminal escapes) is not shown.
		if now[id] || slices.Contains(seen[:i], id) || !ruleset.IsItemID(id) {
			continue
		}
		ch := Change{ID: id, Done: done[id]}
		if rule := r.Rule(id); rule != nil {
			ch.Title = rule.Title
		}
		c.Removed = append(c.Removed, ch)
	}
	for id, ticked := range done {
		if ticked && !now[id] {
			c.Stored++
		}
	}
	return c
}

// Empty reports whether there is nothing to tell: no earlier plan, or the
// same items as last time.
func (c *Changes) Empty() bool { return c == nil || len(c.Added)+len(c.Removed) == 0 }

// IsNew reports whether the item with id was not on the plan the founder
// saw last time.
func (c *Changes) IsNew(id string) bool {
	if c == nil {
		return false
	}
	for _, a := range c.Added {
		if a.ID == id {
			return true
		}
	}
	return false
}
