package presenter

import (
	"fmt"
	"time"
)

// minutes is «1 minutt» or «5 minutter».
func minutes(n int) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d minutt", n)
	}
	return fmt.Sprintf("%d minutter", n)
}

// driftText says how far the session is from the plan: «2 minutter bak
// planen», «i rute», «1 minutt foran planen».
func driftText(m int) string {
	switch {
	case m > 0:
		return minutes(m) + " bak planen"
	case m < 0:
		return minutes(-m) + " foran planen"
	}
	return "i rute"
}

// clockText is a countdown as minutes and seconds, «9:05»; a part second
// counts as a whole one, so 0:00 is shown only when the time is up.
func clockText(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int((d + time.Second - 1) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// overText is the time past the end, in whole seconds: «1:23».
func overText(d time.Duration) string {
	s := int(d / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// hhmm is a time of day as Norwegian writes it, «09.05»: a point, so it
// is never taken for the countdown («9:05»).
func hhmm(t time.Time) string { return t.Format("15.04") }
