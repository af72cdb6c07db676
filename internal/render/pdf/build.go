package pdf

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark"

	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/locale"
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
	ink      = rgb{0x1c, 0x1e, 0x21}
	muted    = rgb{0x55, 0x5b, 0x62}
	accent   = rgb{0x16, 0x48, 0x7a}
	warn     = rgb{0x96, 0x46, 0x00}
	faint    = rgb{0xc4, 0xca, 0xd1}
	tint     = rgb{0xee, 0xf2, 0xf6}
	warnTint = rgb{0xe8, 0xa3, 0x4a}
)

var (
	body  = style{face: regular, size: bodySize, color: ink}
	small = style{face: regular, size: smallSize, color: ink}
	fact  = style{face: regular, size: factSize, color: ink}
	label = style{face: bold, size: factSize, color: muted}
)

// heading sizes by level: 0 is the document title.
var headings = []struct {
	size, lead, before, after float64
	color                     rgb
}{
	{21, 25, 0, 4, ink},
	{14.5, 18, 22, 5, accent},
	{12, 15.5, 14, 3, ink},
	{11, 15.5, 10, 1, ink},
}

// builder turns a document into items.
type builder struct {
	p      *prepared
	md     goldmark.Markdown
	items  []item
	groups int
}

func (b *builder) add(it item) { b.items = append(b.items, it) }

// group ties the items from start to the last one «prefer»: the paginator
// keeps them on one page when they fit on one.
func (b *builder) group(start int) {
	b.groups++
	for k := start; k < len(b.items); k++ {
		if k < len(b.items)-1 {
			b.items[k].keep = max(b.items[k].keep, prefer)
		}
		b.items[k].group = b.groups
	}
}

// tie sets how the last item is tied to the next one.
func (b *builder) tie(keep int) {
	if n := len(b.items); n > 0 {
		b.items[n-1].keep = max(b.items[n-1].keep, keep)
	}
}

// para adds spans as a paragraph at x (from the column's left edge),
// width w: one item per line, so a page can break inside it, but never
// leaving a single line at the foot or the head of a page. A marker (a
// bullet, a number) hangs left of the first line.
func (b *builder) para(spans []span, x, w, lead, before float64, marker *span) {
	lines := wrap(spans, w, b.p)
	n := len(lines)
	for i, l := range lines {
		keep := free
		if i < n-1 && (i == 0 || i == n-2) {
			keep = must
		}
		bf := 0.0
		if i == 0 {
			bf = before
		}
		first := i == 0
		b.add(item{h: lead, before: bf, keep: keep, draw: func(c *canvas, y float64) {
			if first && marker != nil {
				mw := c.p.metrics[marker.st.face].width(marker.text, marker.st.size)
				c.text(marginX+x-mw-5, c.baseline(y, lead, marker.st), marker.text, marker.st)
			}
			c.line(l, marginX+x, y, lead)
		}})
	}
}

// heading adds a heading of level 1–3 (0 is the title), tied to what
// follows. Level 1 headings are bookmarks too.
func (b *builder) heading(text string, level int, x float64) {
	level = min(max(level, 0), len(headings)-1)
	h := headings[level]
	st := style{face: bold, size: h.size, color: h.color}
	lines := wrap(linkify(text, st, accent), colW-x, b.p)
	b.add(item{h: float64(len(lines))*h.lead + h.after, before: h.before, keep: must, kind: "heading", draw: func(c *canvas, y float64) {
		if level <= 1 {
			c.outline(text, y)
		}
		for i, l := range lines {
			c.line(l, marginX+x, y+float64(i)*h.lead, h.lead)
		}
	}})
}

// rows adds label–value lines: the label in its own column, the value
// (one or more paragraphs of spans) beside it. Each row is one item.
// A bar in the margin marks rows that need the reader's attention.
type row struct {
	label string
	color rgb
	value [][]span
	bar   bool
}

func (b *builder) rows(rs []row, x, before float64) {
	for i, r := range rs {
		ls := label
		ls.color = r.color
		lab := wrap([]span{{text: r.label, st: ls}}, labelW-6, b.p)
		var lines []line
		var leads, gaps []float64 // gaps: space above each line
		for vi, v := range r.value {
			lead := factLead
			if len(v) > 0 && v[0].st.size < factSize {
				lead = smallLead
			}
			for li, l := range wrap(v, colW-x-labelW, b.p) {
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
		b.add(item{h: h, before: bf, draw: func(c *canvas, y float64) {
			for i, l := range lab {
				c.line(l, marginX+x, y+float64(i)*factLead, factLead)
			}
			if bar {
				c.fill(marginX-gutter+3, y+1, 2.2, h-2, warnTint)
			}
			yy := y
			for i, l := range lines {
				yy += gaps[i]
				c.line(l, marginX+x+labelW, yy, leads[i])
				yy += leads[i]
			}
		}})
	}
}

// list adds a bulleted or numbered list of short lines.
func (b *builder) list(items []string, ordered bool, x, before float64) {
	for i, it := range items {
		marker := span{text: "•", st: body}
		if ordered {
			marker.text = fmt.Sprintf("%d.", i+1)
		}
		bf := 3.0
		if i == 0 {
			bf = before
		}
		b.para(inline(it, body, accent), x+16, colW-x-16, bodyLead, bf, &marker)
	}
}

// notice is a short text in a tinted box with a blue bar: the disclaimer.
func (b *builder) notice(text string) {
	const pad = 8.0
	st := style{face: regular, size: factSize, color: ink}
	lines := wrap(inline(text, st, accent), colW-2*pad-4, b.p)
	h := float64(len(lines))*factLead + 2*pad
	b.add(item{h: h, before: paraGap + 4, draw: func(c *canvas, y float64) {
		c.fill(marginX, y, colW, h, tint)
		c.fill(marginX, y, 3, h, accent)
		for i, l := range lines {
			c.line(l, marginX+pad+4, y+pad+float64(i)*factLead, factLead)
		}
	}})
}

// title adds the document's title and its facts (date, client, …).
func (b *builder) title(d *doc.Document) {
	b.heading(d.Title, 0, 0)
	if len(d.Meta) == 0 {
		return
	}
	var rs []row
	for _, m := range d.Meta {
		rs = append(rs, row{label: m.Label, color: muted, value: [][]span{linkify(m.Value, fact, accent)}})
	}
	b.rows(rs, 0, 6)
	b.tie(must)
	b.add(item{h: 1, before: 10, draw: func(c *canvas, y float64) {
		c.rule(marginX, y, marginX+colW, y, faint, 0.6)
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
			b.heading(v.Text, v.Level, 0)
		case doc.Paragraph:
			b.para(inline(v.Text, body, accent), 0, colW, bodyLead, paraGap, nil)
			if strings.HasSuffix(strings.TrimSpace(v.Text), ":") {
				b.tie(must) // a lead-in stays with what it introduces
			} else if _, ok := next.(doc.Task); ok && i > 0 {
				if _, ok := d.Blocks[i-1].(doc.Heading); ok {
					b.tie(prefer) // a section's introduction stays with its first task
				}
			}
		case doc.Markdown:
			start := len(b.items)
			b.markdown(v.Text, 0, v.Shift)
			if _, ok := next.(doc.WriteSpace); ok {
				// A section of a sheet and its room to write stay on one page.
				for k := start; k < len(b.items); k++ {
					b.items[k].keep = must
				}
			}
		case doc.List:
			b.list(v.Items, v.Ordered, 0, paraGap-2)
		case doc.Notice:
			b.notice(v.Text)
		case doc.Hint:
			// Only for the terminal: a printed page cannot run a command.
		case doc.Task:
			b.task(v)
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
		b.items[n-1].keep = free
	}
	b.add(item{newPage: true, kind: "pagebreak", draw: func(*canvas, float64) {}})
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
	b.tie(must)
	h := float64(n) * writeLead
	b.add(item{h: h, before: 5, kind: "write", draw: func(c *canvas, y float64) {
		for i := 1; i < n; i++ {
			ly := y + float64(i)*writeLead
			c.rule(marginX+6, ly, marginX+colW-6, ly, faint, 0.5)
		}
		c.frame(marginX, y, colW, h, muted, 0.7)
	}})
}

// choice is a quiz question on paper: the question in bold, then each
// option with a box to tick in front, all on one page.
func (b *builder) choice(q doc.Choice) {
	const boxSize, indent = 10.0, 22.0
	start := len(b.items)
	qs := style{face: bold, size: bodySize, color: ink}
	b.para([]span{{text: fmt.Sprintf("%d. %s", q.Number, q.Question), st: qs}}, 0, colW, bodyLead, 14, nil)
	for i, o := range q.Options {
		lines := wrap(inline(fmt.Sprintf("%c) %s", 'A'+i, o), body, accent), colW-indent, b.p)
		for j, l := range lines {
			first := j == 0
			bf := 0.0
			if first {
				bf = 4
			}
			b.add(item{h: bodyLead, before: bf, draw: func(c *canvas, y float64) {
				if first {
					base := c.baseline(y, bodyLead, body)
					c.box(marginX+2, base-0.36*bodySize-boxSize/2, boxSize, ink)
				}
				c.line(l, marginX+indent, y, bodyLead)
			}})
		}
	}
	for k := start; k < len(b.items)-1; k++ {
		b.items[k].keep = must
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
	if !t.Brief || t.Condition != "" {
		b.para(inline(sentence, body, accent), 0, colW, bodyLead, 2, nil)
	}
	if t.Do != "" {
		b.markdown(t.Do, 0, 2)
	}

	var rs []row
	for _, f := range t.Facts {
		r := row{label: f.Label + ":", color: muted, value: [][]span{linkify(f.Value, fact, accent)}}
		if f.URL != "" {
			ls := fact
			ls.color = accent
			us := style{face: regular, size: smallSize - 0.5, color: muted}
			r.value = [][]span{{{text: f.Value, st: ls, link: f.URL}}, {{text: f.URL, st: us, link: f.URL, url: true}}}
		}
		rs = append(rs, r)
	}
	for _, u := range t.Uncertain {
		rs = append(rs, row{label: "Usikkert:", color: warn, value: [][]span{linkify(u, fact, accent)}, bar: true})
	}
	if t.Topic != nil && t.ID != "" {
		rs = append(rs, row{label: "Les mer:", color: muted, value: [][]span{inline("`sosabc les "+t.Topic.ID+"`", fact, accent)}})
	}
	for _, s := range t.Sources {
		rs = append(rs, row{label: "Kilde:", color: muted, value: [][]span{source(s, fact)}})
	}
	if len(t.Notes) > 0 {
		var v []span
		for i, n := range t.Notes {
			if i > 0 {
				v = append(v, span{text: ", ", st: fact})
			}
			ls := fact
			ls.color = accent
			v = append(v, span{text: fmt.Sprintf("[%d]", n), st: ls, dest: noteName(n)})
		}
		rs = append(rs, row{label: "Kilder:", color: muted, value: [][]span{v}})
	}
	if t.ID != "" {
		rs = append(rs, row{label: "ID:", color: muted, value: [][]span{{{text: t.ID, st: codeStyle(fact)}}}})
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
	st := style{face: bold, size: size, color: ink}
	title := fmt.Sprintf("%d. %s", t.Number, t.Title)
	if t.New {
		title += " (ny)"
	}
	tag := upperFirst(locale.Priority(t.Priority))
	before := 16.0
	if t.Brief {
		// A line of an overview where every item is «må»: closer
		// together, and no tag to repeat it.
		tag, before = "", 8
	}
	tagSt := style{face: bold, size: 8.5, color: muted}
	if t.Priority == "må" {
		tagSt.color = accent
	}
	if t.Done {
		tag = "Gjort"
		tagSt.color = muted
	}
	tagW := b.p.metrics[bold].width(tag, tagSt.size)
	// The tag sits beside the last line, so a title over two lines still
	// reads as one when the text is copied.
	lines := wrap(linkify(title, st, accent), colW-tagW-14, b.p)
	done := t.Done
	b.add(item{h: float64(len(lines)) * lead, before: before, keep: must, kind: "task", draw: func(c *canvas, y float64) {
		base := c.baseline(y, lead, st)
		by := base - 0.36*size - boxSize/2
		bx := marginX - gutter
		c.box(bx, by, boxSize, ink)
		if done {
			c.tick(bx, by, boxSize, accent)
		}
		for i, l := range lines {
			c.line(l, marginX, y+float64(i)*lead, lead)
		}
		c.text(marginX+colW-tagW, base+float64(len(lines)-1)*lead, tag, tagSt)
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
			color   rgb
			reasons []string
		}{{"For:", accent, f.For}, {"Mot:", warn, f.Against}} {
			if len(side.reasons) == 0 {
				continue
			}
			r := row{label: side.label, color: side.color}
			for _, reason := range side.reasons {
				r.value = append(r.value, inline(reason, fact, accent))
			}
			b.rows([]row{r}, 0, 3+4*float64(n))
			n++
		}
		if n == 0 {
			b.para(inline("Svarene dine sier lite om denne formen.", fact, accent), 0, colW, factLead, 2, nil)
		}
		b.group(start)
	}
}

// source is a source as one line: title and date, address, when read.
func source(s doc.Source, st style) []span {
	us := st
	us.color = accent
	out := []span{{text: s.Label + ", ", st: st}, {text: s.URL, st: us, link: s.URL, url: true}}
	if s.Read != "" {
		out = append(out, span{text: " (" + s.Read + ")", st: st})
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
		marker := span{text: "•", st: small}
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
			rs = append(rs, row{label: col + ":", color: muted, value: [][]span{inline(cell, fact, accent)}})
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
		marker := span{text: fmt.Sprintf("%d.", n.Number), st: small}
		start := len(b.items)
		b.para(source(n.Source, small), indent, colW-indent, smallLead, bf, &marker)
		name := noteName(n.Number)
		first := b.items[start].draw
		b.items[start].draw = func(c *canvas, y float64) {
			c.anchor(name, y)
			first(c, y)
		}
		b.group(start)
	}
}
