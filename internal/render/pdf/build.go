package pdf

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark"

	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/render/pdf/typeset"
)

// The page: A4 in points, a text column of 420 pt (about 85 characters of
// body text) with the tick boxes hanging in the left margin.
const (
	pageW   = 595.28
	pageH   = 841.89
	marginX = (pageW - colW) / 2
	colW    = 420.0
	top     = 78.0 // where the body starts, under the running header
	bottom  = 66.0 // below the body, above the footer
	bodyH   = pageH - top - bottom
	headerY = 44.0  // baseline of the running header
	footerY = 806.0 // baseline of the footer

	gutter = 22.0 // tick boxes hang this far left of the column

	bodySize  = 11.0
	bodyLead  = 15.5
	smallSize = 9.5
	smallLead = 13.0
	factSize  = 10.0
	factLead  = 14.0
	labelW    = 100.0 // label column of label–value lines
	paraGap   = 7.0
)

// Colours: near-black text, one blue for headings and links, a brown for
// what the reader must check, and light tints that survive a grey printer.
var (
	ink      = typeset.RGB{R: 0x1c, G: 0x1e, B: 0x21}
	muted    = typeset.RGB{R: 0x55, G: 0x5b, B: 0x62}
	accent   = typeset.RGB{R: 0x16, G: 0x48, B: 0x7a}
	warn     = typeset.RGB{R: 0x96, G: 0x46, B: 0x00}
	faint    = typeset.RGB{R: 0xc4, G: 0xca, B: 0xd1}
	tint     = typeset.RGB{R: 0xee, G: 0xf2, B: 0xf6}
	warnTint = typeset.RGB{R: 0xe8, G: 0xa3, B: 0x4a}
)

var (
	body  = typeset.Style{Face: typeset.Regular, Size: bodySize, Color: ink}
	small = typeset.Style{Face: typeset.Regular, Size: smallSize, Color: ink}
	fact  = typeset.Style{Face: typeset.Regular, Size: factSize, Color: ink}
	label = typeset.Style{Face: typeset.Bold, Size: factSize, Color: muted}
)

// heading sizes by level: 0 is the document title.
var headings = []struct {
	size, lead, before, after float64
	color                     typeset.RGB
}{
	{21, 25, 0, 4, ink},
	{14.5, 18, 22, 5, accent},
	{12, 15.5, 14, 3, ink},
	{11, 15.5, 10, 1, ink},
}

// builder turns a document into items.
type builder struct {
	compact bool    // a dense document, to fit on one page
	scale   float64 // the compact metrics are multiplied by it (see fitScales)
	fr      frame   // where the text goes
	p       *typeset.Fonts
	md      goldmark.Markdown
	items   []typeset.Item
	groups  int
}

func (b *builder) add(it typeset.Item) { b.items = append(b.items, it) }

// group ties the items from start to the last one «prefer»: the paginator
// keeps them on one page when they fit on one.
func (b *builder) group(start int) {
	b.groups++
	for k := start; k < len(b.items); k++ {
		if k < len(b.items)-1 {
			b.items[k].Keep = max(b.items[k].Keep, typeset.Prefer)
		}
		b.items[k].Group = b.groups
	}
}

// tie sets how the last item is tied to the next one.
func (b *builder) tie(keep int) {
	if n := len(b.items); n > 0 {
		b.items[n-1].Keep = max(b.items[n-1].Keep, keep)
	}
}

// para adds spans as a paragraph at x (from the column's left edge),
// width w: one item per line, so a page can break inside it, but never
// leaving a single line at the foot or the head of a page. A marker (a
// bullet, a number) hangs left of the first line.
func (b *builder) para(spans []typeset.Span, x, w, lead, before float64, marker *typeset.Span) {
	lines := typeset.Wrap(spans, w, b.p)
	n := len(lines)
	for i, l := range lines {
		keep := typeset.Free
		if i < n-1 && (i == 0 || i == n-2) {
			keep = typeset.Must
		}
		bf := 0.0
		if i == 0 {
			bf = before
		}
		first := i == 0
		b.add(typeset.Item{H: lead, Before: bf, Keep: keep, Draw: func(c *typeset.Canvas, y float64) {
			if first && marker != nil {
				mw := c.Fonts.Metrics[marker.Style.Face].Width(marker.Text, marker.Style.Size)
				c.Text(marginX+x-mw-5, c.Baseline(y, lead, marker.Style), marker.Text, marker.Style)
			}
			c.Line(l, marginX+x, y, lead)
		}})
	}
}

// heading adds a heading of level 1–3 (0 is the title), tied to what
// follows. Level 1 headings are bookmarks too.
func (b *builder) heading(text string, level int, x float64) {
	level = min(max(level, 0), len(headings)-1)
	h := headings[level]
	st := typeset.Style{Face: typeset.Bold, Size: h.size, Color: h.color}
	lines := typeset.Wrap(typeset.Linkify(text, st, accent), colW-x, b.p)
	b.add(typeset.Item{H: float64(len(lines))*h.lead + h.after, Before: h.before, Keep: typeset.Must, Kind: "heading", Draw: func(c *typeset.Canvas, y float64) {
		if level <= 1 {
			c.Outline(text, y)
		}
		for i, l := range lines {
			c.Line(l, marginX+x, y+float64(i)*h.lead, h.lead)
		}
	}})
}

// rows adds label–value lines: the label in its own column, the value
// (one or more paragraphs of spans) beside it. Each row is one item.
// A bar in the margin marks rows that need the reader's attention.
type row struct {
	label string
	color typeset.RGB
	value [][]typeset.Span
	bar   bool
}

func (b *builder) rows(rs []row, x, before float64) {
	for i, r := range rs {
		ls := label
		ls.Color = r.color
		lab := typeset.Wrap([]typeset.Span{{Text: r.label, Style: ls}}, labelW-6, b.p)
		var lines []typeset.Line
		var leads, gaps []float64 // gaps: space above each line
		for vi, v := range r.value {
			lead := factLead
			if len(v) > 0 && v[0].Style.Size < factSize {
				lead = smallLead
			}
			for li, l := range typeset.Wrap(v, colW-x-labelW, b.p) {
				gap := 0.0
				if li == 0 && vi > 0 && lead == factLead {
					gap = 3 // between the reasons of a ranking, say
				}
				lines = append(lines, l)
				leads = append(leads, lead)
				gaps = append(gaps, gap)
			}
		}
		h := 0.0
		for i := range leads {
			h += leads[i] + gaps[i]
		}
		h = max(h, float64(len(lab))*factLead)
		bf := 2.0
		if i == 0 {
			bf = before
		}
		bar := r.bar
		b.add(typeset.Item{H: h, Before: bf, Draw: func(c *typeset.Canvas, y float64) {
			for i, l := range lab {
				c.Line(l, marginX+x, y+float64(i)*factLead, factLead)
			}
			if bar {
				c.Fill(marginX-gutter+3, y+1, 2.2, h-2, warnTint)
			}
			yy := y
			for i, l := range lines {
				yy += gaps[i]
				c.Line(l, marginX+x+labelW, yy, leads[i])
				yy += leads[i]
			}
		}})
	}
}

// list adds a bulleted or numbered list of short lines.
func (b *builder) list(items []string, ordered bool, x, before float64) {
	for i, it := range items {
		marker := typeset.Span{Text: "•", Style: body}
		if ordered {
			marker.Text = fmt.Sprintf("%d.", i+1)
		}
		bf := 3.0
		if i == 0 {
			bf = before
		}
		b.para(typeset.Inline(it, body, accent), x+16, colW-x-16, bodyLead, bf, &marker)
	}
}

// notice is a short text in a tinted box with a blue bar: the disclaimer.
func (b *builder) notice(text string) {
	b.box(text, typeset.Style{Face: typeset.Regular, Size: factSize, Color: ink}, factLead, 8, paraGap+4)
}

// box is text in a tinted box with a blue bar, pad points inside it.
func (b *builder) box(text string, st typeset.Style, lead, pad, before float64) {
	x, w := b.fr.x, b.fr.w
	lines := typeset.Wrap(typeset.Inline(text, st, accent), w-2*pad-4, b.p)
	h := float64(len(lines))*lead + 2*pad
	b.add(typeset.Item{H: h, Before: before, Draw: func(c *typeset.Canvas, y float64) {
		c.Fill(x, y, w, h, tint)
		c.Fill(x, y, 3, h, accent)
		for i, l := range lines {
			c.Line(l, x+pad+4, y+pad+float64(i)*lead, lead)
		}
	}})
}

// title adds the document's title and its facts (date, client, …).
func (b *builder) title(d *doc.Document) {
	if b.compact {
		b.compactTitle(d)
		return
	}
	b.heading(d.Title, 0, 0)
	if len(d.Meta) == 0 {
		return
	}
	var rs []row
	for _, m := range d.Meta {
		rs = append(rs, row{label: m.Label, color: muted, value: [][]typeset.Span{typeset.Linkify(m.Value, fact, accent)}})
	}
	b.rows(rs, 0, 6)
	b.tie(typeset.Must)
	b.add(typeset.Item{H: 1, Before: 10, Draw: func(c *typeset.Canvas, y float64) {
		c.Rule(marginX, y, marginX+colW, y, faint, 0.6)
	}})
}

// blocks adds the document's blocks in order.
func (b *builder) blocks(d *doc.Document) {
	for i, bl := range d.Blocks {
		var next doc.Block
		if i+1 < len(d.Blocks) {
			next = d.Blocks[i+1]
		}
		switch v := bl.(type) {
		case doc.Heading:
			if b.compact {
				b.compactHeading(v.Text, "")
				break
			}
			b.heading(v.Text, v.Level, 0)
		case doc.Paragraph:
			if b.compact {
				b.para(typeset.Inline(v.Text, b.compactText(), accent), b.fr.x-marginX, b.fr.w, b.sc(compactLead), b.sc(compactGap), nil)
				break
			}
			b.para(typeset.Inline(v.Text, body, accent), 0, colW, bodyLead, paraGap, nil)
			if strings.HasSuffix(strings.TrimSpace(v.Text), ":") {
				b.tie(typeset.Must) // a lead-in stays with what it introduces
			} else if _, ok := next.(doc.Task); ok && i > 0 {
				if _, ok := d.Blocks[i-1].(doc.Heading); ok {
					b.tie(typeset.Prefer) // a section's introduction stays with its first task
				}
			}
		case doc.Markdown:
			start := len(b.items)
			b.markdown(v.Text, 0, v.Shift)
			if _, ok := next.(doc.WriteSpace); ok {
				// A section of a sheet and its room to write stay on one page.
				for k := start; k < len(b.items); k++ {
					b.items[k].Keep = typeset.Must
				}
			}
		case doc.List:
			b.list(v.Items, v.Ordered, 0, paraGap-2)
		case doc.Notice:
			if b.compact {
				b.box(v.Text, b.compactText(), b.sc(compactLead), b.sc(3), b.sc(compactGap+1))
				break
			}
			b.notice(v.Text)
		case doc.Hint:
			// Only for the terminal: a printed page cannot run a command.
		case doc.Task:
			b.task(v)
		case doc.TaskList:
			b.taskList(v)
		case doc.Ranking:
			b.ranking(v)
		case doc.Sources:
			b.sources(v)
		case doc.Comparison:
			b.comparison(v)
		case doc.PageBreak:
			b.pageBreak()
		case doc.WriteSpace:
			b.writeSpace(v.Lines)
		case doc.Choice:
			b.choice(v)
		}
	}
}

// pageBreak starts a new page: nothing before it is tied to what follows.
func (b *builder) pageBreak() {
	if n := len(b.items); n > 0 {
		b.items[n-1].Keep = typeset.Free
	}
	b.add(typeset.Item{NewPage: true, Kind: "pagebreak", Draw: func(*typeset.Canvas, float64) {}})
}

// writeLead is the space between two ruled lines to write on: room for
// handwriting.
const writeLead = 22.0

// writeSpace is a frame with n ruled lines to write in (or to stick
// notes on), kept with the text above it.
func (b *builder) writeSpace(n int) {
	if n <= 0 {
		return
	}
	b.tie(typeset.Must)
	h := float64(n) * writeLead
	b.add(typeset.Item{H: h, Before: 5, Kind: "write", Draw: func(c *typeset.Canvas, y float64) {
		for i := 1; i < n; i++ {
			ly := y + float64(i)*writeLead
			c.Rule(marginX+6, ly, marginX+colW-6, ly, faint, 0.5)
		}
		c.Frame(marginX, y, colW, h, muted, 0.7)
	}})
}

// choice is a quiz question on paper: the question in bold, then each
// option with a box to tick in front, all on one page.
func (b *builder) choice(q doc.Choice) {
	const boxSize, indent = 10.0, 22.0
	start := len(b.items)
	qs := typeset.Style{Face: typeset.Bold, Size: bodySize, Color: ink}
	b.para([]typeset.Span{{Text: fmt.Sprintf("%d. %s", q.Number, q.Question), Style: qs}}, 0, colW, bodyLead, 14, nil)
	for i, o := range q.Options {
		lines := typeset.Wrap(typeset.Inline(fmt.Sprintf("%c) %s", 'A'+i, o), body, accent), colW-indent, b.p)
		for j, l := range lines {
			first := j == 0
			bf := 0.0
			if first {
				bf = 4
			}
			b.add(typeset.Item{H: bodyLead, Before: bf, Draw: func(c *typeset.Canvas, y float64) {
				if first {
					base := c.Baseline(y, bodyLead, body)
					c.Box(marginX+2, base-0.36*bodySize-boxSize/2, boxSize, ink)
				}
				c.Line(l, marginX+indent, y, bodyLead)
			}})
		}
	}
	for k := start; k < len(b.items)-1; k++ {
		b.items[k].Keep = typeset.Must
	}
	b.group(start)
}

// task is one checklist item: a tick box and the title, the priority in
// words, why, what to do, the facts, what is uncertain and the sources.
// It is kept on one page when it fits on one.
func (b *builder) task(t doc.Task) {
	start := len(b.items)
	b.taskTitle(t)

	var sentence string
	if t.Condition != "" {
		sentence = fmt.Sprintf("%s, %s dette gjøres.", t.Condition, t.Priority)
	} else {
		sentence = fmt.Sprintf("Dette %s.", locale.Priority(t.Priority))
	}
	if len(t.Why) > 0 {
		sentence += " " + strings.Join(t.Why, " ")
	}
	b.para(typeset.Inline(sentence, body, accent), 0, colW, bodyLead, 2, nil)
	if t.Do != "" {
		b.markdown(t.Do, 0, 2)
	}

	var rs []row
	for _, f := range t.Facts {
		r := row{label: f.Label + ":", color: muted, value: [][]typeset.Span{typeset.Linkify(f.Value, fact, accent)}}
		if f.URL != "" {
			ls := fact
			ls.Color = accent
			us := typeset.Style{Face: typeset.Regular, Size: smallSize - 0.5, Color: muted}
			r.value = [][]typeset.Span{{{Text: f.Value, Style: ls, Link: f.URL}}, {{Text: f.URL, Style: us, Link: f.URL, URL: true}}}
		}
		rs = append(rs, r)
	}
	for _, u := range t.Uncertain {
		rs = append(rs, row{label: "Usikkert:", color: warn, value: [][]typeset.Span{typeset.Linkify(u, fact, accent)}, bar: true})
	}
	if t.Topic != nil && t.ID != "" {
		rs = append(rs, row{label: "Les mer:", color: muted, value: [][]typeset.Span{typeset.Inline("`sosabc les "+t.Topic.ID+"`", fact, accent)}})
	}
	for _, s := range t.Sources {
		rs = append(rs, row{label: "Kilde:", color: muted, value: [][]typeset.Span{source(s, fact)}})
	}
	if len(t.Notes) > 0 {
		var v []typeset.Span
		for i, n := range t.Notes {
			if i > 0 {
				v = append(v, typeset.Span{Text: ", ", Style: fact})
			}
			ls := fact
			ls.Color = accent
			v = append(v, typeset.Span{Text: fmt.Sprintf("[%d]", n), Style: ls, Dest: noteName(n)})
		}
		rs = append(rs, row{label: "Kilder:", color: muted, value: [][]typeset.Span{v}})
	}
	if t.ID != "" {
		rs = append(rs, row{label: "ID:", color: muted, value: [][]typeset.Span{{{Text: t.ID, Style: typeset.CodeStyle(fact)}}}})
	}
	if len(rs) > 0 {
		b.rows(rs, 0, paraGap)
	}
	b.group(start)
}

// taskTitle is the first line of a task: the box in the margin, number
// and title, and the priority (or «Gjort») to the right.
func (b *builder) taskTitle(t doc.Task) {
	const size, lead, boxSize = 11.5, 15.5, 11.0
	st := typeset.Style{Face: typeset.Bold, Size: size, Color: ink}
	title := fmt.Sprintf("%d. %s", t.Number, t.Title)
	if t.New {
		title += " (ny)"
	}
	tag := typeset.UpperFirst(locale.Priority(t.Priority))
	before := 16.0
	tagSt := typeset.Style{Face: typeset.Bold, Size: 8.5, Color: muted}
	if t.Priority == "må" {
		tagSt.Color = accent
	}
	if t.Done {
		tag = "Gjort"
		tagSt.Color = muted
	}
	tagW := b.p.Metrics[typeset.Bold].Width(tag, tagSt.Size)
	// The tag sits beside the last line, so a title over two lines still
	// reads as one when the text is copied.
	lines := typeset.Wrap(typeset.Linkify(title, st, accent), colW-tagW-14, b.p)
	done := t.Done
	b.add(typeset.Item{H: float64(len(lines)) * lead, Before: before, Keep: typeset.Must, Kind: "task", Draw: func(c *typeset.Canvas, y float64) {
		base := c.Baseline(y, lead, st)
		by := base - 0.36*size - boxSize/2
		bx := marginX - gutter
		c.Box(bx, by, boxSize, ink)
		if done {
			c.Tick(bx, by, boxSize, accent)
		}
		for i, l := range lines {
			c.Line(l, marginX, y+float64(i)*lead, lead)
		}
		c.Text(marginX+colW-tagW, base+float64(len(lines)-1)*lead, tag, tagSt)
	}})
}

// ranking is the recommended company forms, each with reasons for and
// against, kept together.
func (b *builder) ranking(r doc.Ranking) {
	for i, f := range r.Items {
		start := len(b.items)
		b.heading(fmt.Sprintf("%d. %s", i+1, f.Name), 3, 0)
		n := 0
		for _, side := range []struct {
			label   string
			color   typeset.RGB
			reasons []string
		}{{"For:", accent, f.For}, {"Mot:", warn, f.Against}} {
			if len(side.reasons) == 0 {
				continue
			}
			r := row{label: side.label, color: side.color}
			for _, reason := range side.reasons {
				r.value = append(r.value, typeset.Inline(reason, fact, accent))
			}
			b.rows([]row{r}, 0, 3+4*float64(n))
			n++
		}
		if n == 0 {
			b.para(typeset.Inline("Svarene dine sier lite om denne formen.", fact, accent), 0, colW, factLead, 2, nil)
		}
		b.group(start)
	}
}

// source is a source as one line: title and date, address, when read.
func source(s doc.Source, st typeset.Style) []typeset.Span {
	us := st
	us.Color = accent
	out := []typeset.Span{{Text: s.Label + ", ", Style: st}, {Text: s.URL, Style: us, Link: s.URL, URL: true}}
	if s.Read != "" {
		out = append(out, typeset.Span{Text: " (" + s.Read + ")", Style: st})
	}
	return out
}

// sources is a page's list of sources.
func (b *builder) sources(s doc.Sources) {
	for i, src := range s.Items {
		bf := 3.0
		if i == 0 {
			bf = paraGap - 2
		}
		marker := typeset.Span{Text: "•", Style: small}
		start := len(b.items)
		b.para(source(src, small), 14, colW-14, smallLead, bf, &marker)
		b.group(start)
	}
}

// comparison is a table on paper too narrow for it: one section per row.
func (b *builder) comparison(cmp doc.Comparison) {
	for _, r := range cmp.Rows {
		start := len(b.items)
		b.heading(r.Label, 3, 0)
		var rs []row
		for j, cell := range r.Cells {
			col := ""
			if j < len(cmp.Columns) {
				col = cmp.Columns[j]
			}
			rs = append(rs, row{label: col + ":", color: muted, value: [][]typeset.Span{typeset.Inline(cell, fact, accent)}})
		}
		b.rows(rs, 0, 2)
		b.group(start)
	}
}

func noteName(n int) string { return fmt.Sprintf("note-%d", n) }

// notes are the numbered sources at the end of a printed document.
func (b *builder) notes(ns []doc.Note) {
	if len(ns) == 0 {
		return
	}
	b.heading("Kilder", 1, 0)
	const indent = 26.0
	for i, n := range ns {
		bf := 3.0
		if i == 0 {
			bf = 4
		}
		marker := typeset.Span{Text: fmt.Sprintf("%d.", n.Number), Style: small}
		start := len(b.items)
		b.para(source(n.Source, small), indent, colW-indent, smallLead, bf, &marker)
		name := noteName(n.Number)
		first := b.items[start].Draw
		b.items[start].Draw = func(c *typeset.Canvas, y float64) {
			c.Anchor(name, y)
			first(c, y)
		}
		b.group(start)
	}
}

// frame is where the body of a page goes: a column x from the page's
// left edge and w wide, from top down body points.
type frame struct{ x, w, top, body, headerY, footerY float64 }

// standard is the frame of every document but a compact one.
var standard = frame{x: marginX, w: colW, top: top, body: bodyH, headerY: headerY, footerY: footerY}

// A compact document (the short plan) is set in 9 pt, with little space
// between blocks and narrow margins, so that it fits on one page. When it
// does not, every one of these is multiplied by the builder's scale.
const (
	compactSize = 9.0
	compactLead = 11.2
	compactGap  = 4.0
	rowLead     = 10.4
	rowGap      = 0.4
	rowBox      = 7.5
	rowIndent   = 13.0 // the tick box, then the number and title
	// The title takes 48 % of a row, the deadline the rest.
	rowTitleShare = 0.48
	rowColGap     = 10.0

	// The compact frame: a wider column and less room above and below
	// it, the tick boxes inside the column.
	compactMarginX = 50.0
	compactTop     = 44.0
	compactBottom  = 42.0
	compactHeaderY = 30.0
	compactFooterY = 818.0
)

// fitScales are the scales a compact document is tried at, in order,
// until it fits on one page: 9 pt text at 1, 7.9 pt at the last. A
// document too long even for the last runs on to a second page.
var fitScales = []float64{1, 0.96, 0.92, 0.88}

// sc is a compact metric at the builder's scale.
func (b *builder) sc(v float64) float64 { return v * b.scale }

// compactFrame is the frame of a compact document at scale s: the
// margins shrink with the type.
func compactFrame(s float64) frame {
	mx, top := compactMarginX*s, compactTop*s
	return frame{x: mx, w: pageW - 2*mx, top: top, body: pageH - top - compactBottom*s,
		headerY: compactHeaderY * s, footerY: compactFooterY + (pageH-compactFooterY)*(1-s)}
}

func (b *builder) compactText() typeset.Style {
	return typeset.Style{Face: typeset.Regular, Size: b.sc(compactSize), Color: ink}
}

func (b *builder) compactLabel() typeset.Style {
	return typeset.Style{Face: typeset.Bold, Size: b.sc(compactSize), Color: muted}
}

// compactTitle is the title, 15 pt, and its facts on one line below it.
func (b *builder) compactTitle(d *doc.Document) {
	size, lead := b.sc(15), b.sc(18)
	x, w := b.fr.x, b.fr.w
	st := typeset.Style{Face: typeset.Bold, Size: size, Color: ink}
	lines := typeset.Wrap(typeset.Linkify(d.Title, st, accent), w, b.p)
	title := d.Title
	b.add(typeset.Item{H: float64(len(lines)) * lead, Keep: typeset.Must, Kind: "heading", Draw: func(c *typeset.Canvas, y float64) {
		c.Outline(title, y)
		for i, l := range lines {
			c.Line(l, x, y+float64(i)*lead, lead)
		}
	}})
	text := b.compactText()
	var spans []typeset.Span
	for i, m := range d.Meta {
		if i > 0 {
			spans = append(spans, typeset.Span{Text: "  ·  ", Style: text})
		}
		spans = append(spans, typeset.Span{Text: m.Label + ": ", Style: b.compactLabel()})
		v := text
		v.Color = muted
		spans = append(spans, typeset.Linkify(m.Value, v, accent)...)
	}
	if len(spans) > 0 {
		b.para(spans, x-marginX, w, b.sc(compactLead), b.sc(2), nil)
	}
	b.tie(typeset.Must)
	b.add(typeset.Item{H: 1, Before: b.sc(4), Draw: func(c *typeset.Canvas, y float64) {
		c.Rule(x, y, x+w, y, faint, 0.6)
	}})
}

// compactHeading is a section heading of a compact document, 10 pt, and
// a label over the column beside it («Frist»), if any.
func (b *builder) compactHeading(text, column string) {
	size, lead := b.sc(10), b.sc(12)
	x, w := b.fr.x, b.fr.w
	st := typeset.Style{Face: typeset.Bold, Size: size, Color: accent}
	colX := x + b.sc(rowIndent) + (w-b.sc(rowIndent))*rowTitleShare
	hw := w
	if column != "" {
		hw = colX - x - b.sc(rowColGap)
	}
	lines := typeset.Wrap(typeset.Linkify(text, st, accent), hw, b.p)
	ls := b.compactLabel()
	b.add(typeset.Item{H: float64(len(lines))*lead + b.sc(1), Before: b.sc(5), Keep: typeset.Must, Kind: "heading", Draw: func(c *typeset.Canvas, y float64) {
		c.Outline(text, y)
		for i, l := range lines {
			c.Line(l, x, y+float64(i)*lead, lead)
		}
		if column != "" {
			c.Text(colX, c.Baseline(y+float64(len(lines)-1)*lead, lead, ls), column, ls)
		}
	}})
}

// taskList is a small heading and a row per task: the box, the number
// and title, and the deadline in a column of its own under «Frist», with
// a thin rule between rows.
func (b *builder) taskList(l doc.TaskList) {
	x, w := b.fr.x, b.fr.w
	indent, lead, gap, box := b.sc(rowIndent), b.sc(rowLead), b.sc(rowGap), b.sc(rowBox)
	titleW := (w - indent) * rowTitleShare
	colX := x + indent + titleW
	text := b.compactText()
	b.compactHeading(l.Heading, "Frist")
	for _, r := range l.Rows {
		title := typeset.Wrap([]typeset.Span{{Text: doc.RowTitle(r), Style: text}}, titleW-b.sc(rowColGap), b.p)
		var when []typeset.Line
		if r.Deadline != "" {
			when = typeset.Wrap(typeset.Linkify(r.Deadline, text, accent), x+w-colX, b.p)
		}
		h := float64(max(len(title), len(when)))*lead + 2*gap
		done := r.Done
		b.add(typeset.Item{H: h, Kind: "row", Draw: func(c *typeset.Canvas, y float64) {
			c.Rule(x, y, x+w, y, faint, 0.4)
			yy := y + gap
			base := c.Baseline(yy, lead, text)
			by := base - 0.36*text.Size - box/2
			c.Box(x+1, by, box, ink)
			if done {
				c.Tick(x+1, by, box, accent)
			}
			for i, ln := range title {
				c.Line(ln, x+indent, yy+float64(i)*lead, lead)
			}
			for i, ln := range when {
				c.Line(ln, colX, yy+float64(i)*lead, lead)
			}
		}})
	}
}
