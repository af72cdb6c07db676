// Package doc is the format-neutral model of what sosabc prints: a checklist,
// a handbook page, the form comparison, an answers summary, a workshop
// handout. Builders (checklist.go, page.go, …) make a Document from the
// engines' results; renderers in internal/render/* turn it into Markdown,
// terminal text, HTML, PDF or a calendar, so the formats never disagree.
// It is pure: no terminal, no file system.
package doc

import "fmt"

// Document is one printable document.
type Document struct {
	Lang  string // BCP 47, "nb"
	Title string
	// Meta are short facts under the title: date, client, adviser, version.
	Meta   []Fact
	Blocks []Block
	// Notes are the sources of a printed document, numbered from 1; blocks
	// point at them by number instead of repeating the address.
	Notes []Note
	// Events are the dated duties in the document, for calendars.
	Events []Event
	// Sheets marks a set of sheets to copy one by one (workshop
	// handouts): on paper every page, the first too, has the title in the
	// running header instead of a title block, so a sheet copied alone
	// still says where it is from.
	Sheets bool
	// Compact asks for a dense layout that fits on one page: smaller
	// type and less space between blocks (the short plan, --short).
	Compact bool
}

// Block is one part of a document, in reading order.
type Block interface{ block() }

// Heading starts a section. Level 1 is a section of the document (## in
// Markdown), 2 a subsection.
type Heading struct {
	Level int
	Text  string
}

// Paragraph is text written by sosabc. It may hold two inline marks:
// `code` and **strong**.
type Paragraph struct{ Text string }

// Markdown is authored content (a topic body, an item's «do»): renderers
// parse it. Shift moves its headings down that many levels, so a body
// placed under a section heading (a handout under its title) nests below it.
type Markdown struct {
	Text  string
	Shift int
}

// List is a list of short lines (inline marks as in Paragraph).
type List struct {
	Ordered bool
	Items   []string
}

// Notice is a short text the reader should not miss, like the disclaimer.
type Notice struct{ Text string }

// Hint only makes sense in the terminal, such as a sosabc command to run.
// Printed formats leave it out.
type Hint struct {
	Text  string   // a lead-in, may be empty
	Items []string // commands or short lines
}

// Task is one checklist item.
type Task struct {
	Number    int
	ID        string // shown only where the reader uses sosabc
	Title     string
	Done      bool
	New       bool   // on the list since the reader last looked
	Priority  string // må, bør or kan
	Condition string // «Hvis du velger …», when the item depends on a choice not made yet
	Why       []string
	Do        string // Markdown
	Facts     []Fact
	Uncertain []string
	Topic     *Link // where to read more in the handbook
	Sources   []Source
	Notes     []int // in a printed document: numbers of Document.Notes
}

// TaskList is a compact list of tasks under a small heading, one row
// each: the box to tick, the number and title, and the deadline. The
// one-page overview of a plan (--short) has one per phase.
type TaskList struct {
	Heading string // «Fase 2: Etablere»
	Rows    []TaskRow
}

// RowText is a row as one line of text: «12. Skriv og signer
// stiftelsesdokumentet – frist: Meld selskapet …». Formats that lay a row
// out as one line use it, so they say the same.
func RowText(r TaskRow) string {
	s := RowTitle(r)
	if r.Deadline != "" {
		s += " – frist: " + r.Deadline
	}
	return s
}

// RowTitle is a row's number and title, and the choice it depends on:
// «13. Skriv og signer stiftelsesdokumentet (bare for AS)».
func RowTitle(r TaskRow) string {
	s := fmt.Sprintf("%d. %s", r.Number, r.Title)
	if r.Condition != "" {
		s += " (" + r.Condition + ")"
	}
	return s
}

// TaskRow is one task of a TaskList.
type TaskRow struct {
	Number    int
	Title     string
	Done      bool
	Condition string // «bare for AS», when the item depends on a choice not made yet
	Deadline  string // short: one sentence; may be empty
}

// PageBreak starts a new page on paper: each handout on its own sheet,
// so a teacher can copy one sheet for the groups and another for the
// jury. Formats that have no pages leave it out or draw a rule.
type PageBreak struct{}

// WriteSpace is room to write by hand on a printed sheet: Lines ruled
// lines. Formats that are not printed leave it out.
type WriteSpace struct{ Lines int }

// Choice is a multiple-choice question on paper: the question and its
// options, each with a box to tick, kept together on one page.
type Choice struct {
	Number   int
	Question string
	Options  []string
}

// Ranking is the recommended company forms, best first.
type Ranking struct {
	Items []Ranked
}

// Ranked is one form in a Ranking.
type Ranked struct {
	Name    string
	For     []string
	Against []string
}

// Sources lists the sources of a page.
type Sources struct{ Items []Source }

// Comparison is a table: a row per point, a column per item compared.
type Comparison struct {
	Columns []string // the things compared, e.g. company forms
	Rows    []ComparisonRow
}

// ComparisonRow is one point of a Comparison.
type ComparisonRow struct {
	Label string
	Cells []string
}

// Fact is a label and a value: «Frist: 31. mai». URL makes the value a link.
type Fact struct {
	Label string
	Value string
	URL   string
}

// Link is a title and an address; ID is a handbook topic, when it is one.
type Link struct {
	Title string
	URL   string
	ID    string
}

// Source is where a fact comes from, as the reader sees it.
type Source struct {
	Label string // title and the date the page states
	URL   string
	Read  string // «lest 1. desember 2026»
}

// Note is a numbered source at the end of a printed document.
type Note struct {
	Number int
	Source
}

// Event is a dated duty for a calendar: yearly on Dates (MM-DD), or
// monthly on Day.
type Event struct {
	ID          string
	Title       string
	Description string
	Every       string // year or month
	Dates       []string
	Day         int
	URL         string
}

func (Heading) block()    {}
func (Paragraph) block()  {}
func (Markdown) block()   {}
func (List) block()       {}
func (Notice) block()     {}
func (Hint) block()       {}
func (Task) block()       {}
func (TaskList) block()   {}
func (Ranking) block()    {}
func (Sources) block()    {}
func (Comparison) block() {}
func (PageBreak) block()  {}
func (WriteSpace) block() {}
func (Choice) block()     {}
