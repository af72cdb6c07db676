package ics

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ical "github.com/arran4/golang-ical"

	"github.com/sosabc/sosabc/internal/doc"
)

func TestCalendarParsesWithALibrary(t *testing.T) {
	d := &doc.Document{Title: "Plan for oppstart", Events: []doc.Event{
		{ID: "lever-a-melding", Title: "Lever a-melding hver måned", Description: "Frist: den 5. i hver måned; faller den på en helg, flyttes den.\nKilde: Skatteetaten, https://www.skatteetaten.no/", Every: "month", Day: 5, URL: "https://www.skatteetaten.no/a-melding/"},
		{ID: "lever-mva-melding", Title: "Lever mva-melding", Every: "year", Dates: []string{"02-10", "04-10", "06-10", "08-31", "10-10", "12-10"}},
		{ID: "aksjonaerregisteroppgave", Title: "Send aksjonærregisteroppgaven – frist 31. januar, «RF-1086»", Every: "year", Dates: []string{"01-31"}},
	}}
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	data := Render(d, now)
	for _, l := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line longer than 75 octets: %q", l)
		}
	}
	if !bytes.Contains(data, []byte("\r\nX-WR-CALNAME:Plan for oppstart – frister\r\n")) {
		t.Errorf("calendar name:\n%s", data)
	}
	cal, err := ical.ParseCalendar(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	events := cal.Events()
	if len(events) != 8 {
		t.Fatalf("%d events, want 1 + 6 + 1", len(events))
	}
	byUID := map[string]*ical.VEvent{}
	for _, e := range events {
		byUID[e.Id()] = e
	}
	a := byUID["lever-a-melding-m5@sosabc"]
	if a == nil {
		t.Fatalf("no a-melding event; have %v", byUID)
	}
	if got := a.GetProperty(ical.ComponentPropertyRrule).Value; got != "FREQ=MONTHLY;BYMONTHDAY=5" {
		t.Errorf("a-melding RRULE = %q", got)
	}
	if got := a.GetProperty(ical.ComponentPropertyDtStart).Value; got != "20261205" {
		t.Errorf("a-melding starts %s, want the next 5th: 20261205", got)
	}
	desc := a.GetProperty(ical.ComponentPropertyDescription).Value
	if !strings.Contains(desc, "måned; faller den på en helg, flyttes den.\nKilde:") {
		t.Errorf("description did not survive the round trip: %q", desc)
	}
	if !bytes.Contains(bytes.ReplaceAll(data, []byte("\r\n "), nil), []byte(`måned\; faller den på en helg\, flyttes den.\nKilde:`)) {
		t.Errorf("description not escaped in the file:\n%s", data)
	}
	jan := byUID["aksjonaerregisteroppgave-0131@sosabc"]
	if got := jan.GetProperty(ical.ComponentPropertyDtStart).Value; got != "20270131" {
		t.Errorf("31 January starts %s, want next year's 20270131", got)
	}
	if got := jan.GetProperty(ical.ComponentPropertySummary).Value; !strings.Contains(got, "aksjonærregisteroppgaven") {
		t.Errorf("summary lost its æ: %q", got)
	}
	dec := byUID["lever-mva-melding-1210@sosabc"]
	if got := dec.GetProperty(ical.ComponentPropertyDtStart).Value; got != "20261210" {
		t.Errorf("10 December starts %s, want this year's 20261210", got)
	}
}

func TestFoldNeverSplitsAUTF8Character(t *testing.T) {
	s := "SUMMARY:" + strings.Repeat("æøå", 40)
	for _, part := range strings.Split(fold(s), "\r\n ") {
		if !strings.ContainsRune(part, 'æ') && !strings.ContainsRune(part, 'ø') && !strings.ContainsRune(part, 'å') {
			continue
		}
		if !utf8ValidString(part) || len(part) > 75 {
			t.Errorf("bad fold part %q (%d octets)", part, len(part))
		}
	}
}

func utf8ValidString(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
