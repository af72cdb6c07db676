// Package pdf renders a doc.Document as an A4 PDF to print and hand to a
// client: embedded Go fonts, a running header with the title, client and
// date, «side N av M» in the footer, tick boxes drawn as vector squares,
// clickable links, and the sources as numbered notes at the end.
//
// This package turns the document's blocks into page items (build.go,
// markdown.go) and decides the look: page size, margins, sizes, colours,
// the running header and footer. Two packages below it do the rest:
//
//   - typeset lays out the text itself (fonts, line breaking, pages,
//     keeping a task on one page) and draws with
//     github.com/signintech/gopdf, whose FontContainer lets every
//     document share fonts parsed once;
//   - finish completes the file gopdf wrote: language, metadata,
//     compression.
//
// Render is safe to call from several goroutines at once.
package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/signintech/gopdf"

	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/render/pdf/finish"
	"github.com/sosabc/sosabc/internal/render/pdf/typeset"
)

// Options decide what the running header and the metadata say.
type Options struct {
	// Client is whom the document is for. Empty: the «Kunde» line of
	// Document.Meta, if any.
	Client string
	// Date is printed in the header as it is, such as «22. november
	// 2026». Empty: the «Laget» line of Document.Meta, if any.
	Date string
	// Subject is the PDF's subject. Empty: a line about sosabc.
	Subject string
	// Created is the creation date in the PDF's metadata. Zero leaves it
	// out, so the same document gives the same text.
	Created time.Time
}

// author is the author in every PDF's metadata.
const author = "sosabc"

const defaultSubject = "sosabc: håndbok for sosiale entreprenører i Norge"

// Render lays out d on A4 pages and returns the PDF. A compact document
// (the short plan) that does not fit on one page is set a little denser,
// down to 7.9 pt text, until it does.
func Render(d *doc.Document, o Options) ([]byte, error) {
	p, err := typeset.Prepare()
	if err != nil {
		return nil, err
	}
	b, pages := place(p, d)
	fr := b.fr

	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{PageSize: gopdf.Rect{W: pageW, H: pageH}, Unit: gopdf.UnitPT})
	gp.SetNoCompression() // finish compresses the streams, much faster

	c, err := typeset.NewCanvas(gp, p)
	if err != nil {
		return nil, err
	}
	client, date := headerFacts(d, o)
	for n, pg := range pages {
		c.NewPage()
		page := n + 1
		if d.Sheets {
			page = 0 // every sheet has the running header
		}
		header(c, fr, d.Title, client, date, page)
		footer(c, fr, n+1, len(pages))
		for _, pl := range pg {
			pl.Item.Draw(c, pl.Y)
		}
	}
	if err := c.Err(); err != nil {
		return nil, fmt.Errorf("kan ikke lage PDF: %w", err)
	}
	var buf bytes.Buffer
	buf.Grow(64<<10 + len(pages)*24<<10)
	if _, err := gp.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("kan ikke lage PDF: %w", err)
	}
	subject := o.Subject
	if subject == "" {
		subject = defaultSubject
	}
	lang := d.Lang
	if lang == "" {
		lang = "nb"
	}
	return finish.PDF(buf.Bytes(), finish.Info{Title: d.Title, Author: author, Subject: subject, Lang: lang, Created: o.Created})
}

// place turns d into items and places them on pages. A compact document
// that takes more than one page is set again at each of fitScales,
// smaller each time, until it fits on one; at the last it may still take
// two.
func place(p *typeset.Fonts, d *doc.Document) (b *builder, pages [][]typeset.Placed) {
	md := newMarkdown()
	for _, s := range fitScales {
		b = &builder{p: p, md: md, compact: d.Compact, scale: s, fr: standard}
		if d.Compact {
			b.fr = compactFrame(s)
		}
		if !d.Sheets {
			b.title(d)
		}
		b.blocks(d)
		b.notes(d.Notes)
		pages = typeset.Paginate(b.items, b.fr.top, b.fr.body)
		if !d.Compact || len(pages) <= 1 {
			break
		}
	}
	return b, pages
}

// SheetPages lays d out on pages exactly as Render does, without drawing
// or writing a PDF, and says how many pages each of its sheets takes. A
// sheet is the blocks before the first doc.PageBreak, or between two of
// them: in a workshop's handouts, each handout, then the exercises, then
// the quiz.
func SheetPages(d *doc.Document) ([]int, error) {
	p, err := typeset.Prepare()
	if err != nil {
		return nil, err
	}
	_, pages := place(p, d)
	var out []int
	for n, pg := range pages {
		// A page break starts its sheet on a fresh page (see Paginate).
		if n == 0 || len(pg) > 0 && pg[0].Item.NewPage {
			out = append(out, 0)
		}
		out[len(out)-1]++
	}
	return out, nil
}

// headerFacts finds the client and the date for the running header.
func headerFacts(d *doc.Document, o Options) (client, date string) {
	client, date = o.Client, o.Date
	for _, m := range d.Meta {
		switch m.Label {
		case "Kunde":
			if client == "" {
				client = m.Value
			}
		case "Laget":
			if date == "" {
				date = m.Value
			}
		}
	}
	return client, date
}

// header is the running header: the title on the left, the client and the
// date on the right. The first page has the title in full instead (page 1;
// 0 draws the header on any page).
func header(c *typeset.Canvas, fr frame, title, client, date string, page int) {
	if page == 1 {
		return
	}
	st := typeset.Style{Face: typeset.Regular, Size: 8, Color: muted}
	var right []string
	if client != "" && !strings.Contains(title, client) {
		right = append(right, client)
	}
	if date != "" {
		right = append(right, date)
	}
	r := strings.Join(right, " · ")
	rw := c.Fonts.Metrics[typeset.Regular].Width(r, st.Size)
	// A long title gives way to the client and date.
	ts := st.With(typeset.Bold)
	tl := typeset.Wrap([]typeset.Span{{Text: title, Style: ts}}, fr.w-rw-24, c.Fonts)
	if len(tl) > 0 && len(tl[0].Frags) > 0 {
		t := strings.TrimRight(tl[0].Frags[0].Text, " ")
		if len(tl) > 1 {
			t += " …"
		}
		c.Text(fr.x, fr.headerY, t, ts)
	}
	c.Text(fr.x+fr.w-rw, fr.headerY, r, st)
	c.Rule(fr.x, fr.headerY+7, fr.x+fr.w, fr.headerY+7, faint, 0.5)
}

// footer is «side N av M», at the outer edge.
func footer(c *typeset.Canvas, fr frame, page, pages int) {
	st := typeset.Style{Face: typeset.Regular, Size: 8, Color: muted}
	s := fmt.Sprintf("side %d av %d", page, pages)
	w := c.Fonts.Metrics[typeset.Regular].Width(s, st.Size)
	c.Text(fr.x+fr.w-w, fr.footerY, s, st)
}

// Covers reports whether every embedded font (regular, bold, italic and
// mono) has a glyph for r, and names the first one that does not.
func Covers(r rune) (ok bool, missing string) { return typeset.Covers(r) }
