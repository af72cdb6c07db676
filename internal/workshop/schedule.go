package workshop

import "time"

// Slot is one activity of the agenda placed on the clock.
type Slot struct {
	Number   int // 1-based place in the agenda
	Activity Activity
	Start    time.Time
	End      time.Time
}

// Duration is how long the activity is planned to last.
func (s Slot) Duration() time.Duration { return s.End.Sub(s.Start) }

// Schedule gives the planned start and end of each activity when the
// session starts at start: each begins when the one before ends.
func (w *Workshop) Schedule(start time.Time) []Slot {
	out := make([]Slot, 0, len(w.Agenda))
	t := start
	for i, a := range w.Agenda {
		end := t.Add(time.Duration(a.Minutes) * time.Minute)
		out = append(out, Slot{Number: i + 1, Activity: a, Start: t, End: end})
		t = end
	}
	return out
}

// End is when the session is planned to end if it starts at start.
func (w *Workshop) End(start time.Time) time.Time {
	return start.Add(time.Duration(w.Minutes) * time.Minute)
}

// At returns the index of the slot planned for t: -1 before the first
// starts, len(slots) once the last has ended. A slot holds its start but
// not its end.
func At(slots []Slot, t time.Time) int {
	if len(slots) == 0 || t.Before(slots[0].Start) {
		return -1
	}
	for i, s := range slots {
		if t.Before(s.End) {
			return i
		}
	}
	return len(slots)
}
