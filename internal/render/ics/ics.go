// Package ics renders the dated duties of a doc.Document as an iCalendar
// file (RFC 5545): one all-day event per deadline, repeating yearly or
// monthly, with the checklist text and its source, and a reminder a week
// before. Calendar programs import it as a calendar of their own.
package ics

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sosabc/sosabc/internal/doc"
)

// Render writes d's events. now decides the first date of each series (the
// next time the deadline comes) and the time stamp.
func Render(d *doc.Document, now time.Time) []byte {
	var b strings.Builder
	line := func(s string) { b.WriteString(fold(s)); b.WriteString("\r\n") }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//sosabc//sosabc//NB")
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	line("X-WR-CALNAME:" + text(d.Title+" – frister")) // the title may hold a colon: «Plan for oppstart: Amina Hansen»
	stamp := now.UTC().Format("20060102T150405Z")
	for _, e := range d.Events {
		for _, occ := range occurrences(e, now) {
			line("BEGIN:VEVENT")
			line("UID:" + occ.uid + "@sosabc")
			line("DTSTAMP:" + stamp)
			line("DTSTART;VALUE=DATE:" + occ.start.Format("20060102"))
			line("DTEND;VALUE=DATE:" + occ.start.AddDate(0, 0, 1).Format("20060102"))
			line("RRULE:" + occ.rule)
			line("SUMMARY:" + text(e.Title))
			if e.Description != "" {
				line("DESCRIPTION:" + text(e.Description))
			}
			if e.URL != "" {
				line("URL:" + e.URL)
			}
			line("TRANSP:TRANSPARENT")
			line("BEGIN:VALARM")
			line("ACTION:DISPLAY")
			line("DESCRIPTION:" + text("Om en uke: "+e.Title))
			line("TRIGGER:-P7D")
			line("END:VALARM")
			line("END:VEVENT")
		}
	}
	line("END:VCALENDAR")
	return []byte(b.String())
}

type occurrence struct {
	uid   string
	start time.Time
	rule  string
}

// occurrences turns a doc.Event into calendar series starting at the next
// date on or after now.
func occurrences(e doc.Event, now time.Time) []occurrence {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	var out []occurrence
	switch e.Every {
	case "year":
		for _, md := range e.Dates {
			m, _ := strconv.Atoi(md[:2])
			day, _ := strconv.Atoi(md[3:])
			start := time.Date(today.Year(), time.Month(m), day, 0, 0, 0, 0, time.UTC)
			if start.Before(today) {
				start = start.AddDate(1, 0, 0)
			}
			out = append(out, occurrence{uid: e.ID + "-" + strings.ReplaceAll(md, "-", ""), start: start,
				rule: fmt.Sprintf("FREQ=YEARLY;BYMONTH=%d;BYMONTHDAY=%d", m, day)})
		}
	case "month":
		day := e.Day
		start := time.Date(today.Year(), today.Month(), min(day, 28), 0, 0, 0, 0, time.UTC)
		if day > 28 {
			start = lastOrDay(today.Year(), today.Month(), day)
		}
		if start.Before(today) {
			next := today.AddDate(0, 1, 0)
			start = lastOrDay(next.Year(), next.Month(), day)
		}
		monthDay := strconv.Itoa(day)
		if day == 31 {
			monthDay = "-1" // the last day of every month
		}
		out = append(out, occurrence{uid: e.ID + "-m" + strconv.Itoa(day), start: start, rule: "FREQ=MONTHLY;BYMONTHDAY=" + monthDay})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start.Before(out[j].start) })
	return out
}

// lastOrDay is the day in that month, or its last day if it is shorter.
func lastOrDay(year int, month time.Month, day int) time.Time {
	last := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return time.Date(year, month, min(day, last), 0, 0, 0, 0, time.UTC)
}

// text escapes a TEXT value (RFC 5545 §3.3.11).
func text(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`)
	return r.Replace(s)
}

// fold breaks a content line after 75 octets, never inside a UTF-8
// character (RFC 5545 §3.1).
func fold(s string) string {
	if len(s) <= 75 {
		return s
	}
	var b strings.Builder
	n := 0
	for len(s) > 0 {
		_, size := utf8.DecodeRuneInString(s)
		limit := 75
		if b.Len() > 0 {
			limit = 74 // the leading space counts
		}
		if n+size > limit {
			b.WriteString("\r\n ")
			n = 0
		}
		b.WriteString(s[:size])
		n += size
		s = s[size:]
	}
	return b.String()
}
