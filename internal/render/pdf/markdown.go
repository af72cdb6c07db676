package pdf

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/sosabc/sosabc/internal/render/pdf/typeset"
)

// newMarkdown is the parser for authored content: CommonMark, with bare
// web addresses made links. A parser is made per document, so documents
// can be rendered at the same time.
func newMarkdown() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Linkify))
}

// markdown lays out authored Markdown at x from the column's edge.
// shift pushes its headings down a level: inside a task, a «##» must not
// look like a section of the document.
func (b *builder) markdown(src string, x float64, shift int) {
	source := []byte(strings.TrimSpace(src))
	root := b.md.Parser().Parse(text.NewReader(source))
	m := mdWalker{b: b, src: source, shift: shift}
	m.blocks(root, x, true)
}

type mdWalker struct {
	b     *builder
	src   []byte
	shift int
}

// blocks lays out the block children of n. first is whether the first
// of them opens its container (no space above a list item's paragraph).
func (m *mdWalker) blocks(n ast.Node, x float64, first bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		before := paraGap
		if first && c == n.FirstChild() && n.Kind() == ast.KindListItem {
			before = 0
		}
		m.block(c, x, before, nil)
	}
}

func (m *mdWalker) block(n ast.Node, x, before float64, marker *typeset.Span) {
	b := m.b
	switch v := n.(type) {
	case *ast.Heading:
		level := v.Level - 1 + m.shift // «##» is a section: level 1
		b.heading(typeset.Plain(m.inlines(v, body)), max(level, 1), x)
	case *ast.Paragraph, *ast.TextBlock:
		b.para(m.inlines(n, body), x, colW-x, bodyLead, before, marker)
		if strings.HasSuffix(strings.TrimSpace(typeset.Plain(m.inlines(n, body))), ":") {
			b.tie(typeset.Must)
		}
	case *ast.List:
		i := v.Start
		if i == 0 {
			i = 1
		}
		for it := v.FirstChild(); it != nil; it = it.NextSibling() {
			mk := typeset.Span{Text: "•", Style: body}
			if v.IsOrdered() {
				mk.Text = fmt.Sprintf("%d.", i)
				i++
			}
			bf := 3.0
			if it == v.FirstChild() {
				bf = before - 2
			}
			m.listItem(it, x+16, bf, &mk)
		}
	case *ast.Blockquote:
		start := len(b.items)
		m.blocks(v, x+14, false)
		for k := start; k < len(b.items); k++ {
			draw := b.items[k].Draw
			h := b.items[k].H
			b.items[k].Draw = func(c *typeset.Canvas, y float64) {
				c.Fill(marginX+x+2, y, 2, h, faint)
				draw(c, y)
			}
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		var sb strings.Builder
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			sb.Write(seg.Value(m.src))
		}
		st := typeset.CodeStyle(typeset.Style{Face: typeset.Regular, Size: factSize, Color: ink})
		for i, l := range strings.Split(strings.TrimRight(sb.String(), "\n"), "\n") {
			bf := 0.0
			if i == 0 {
				bf = before
			}
			b.para([]typeset.Span{{Text: l, Style: st}}, x+8, colW-x-8, factLead, bf, nil)
		}
	case *ast.ThematicBreak:
		b.add(typeset.Item{H: 1, Before: before + 4, Draw: func(c *typeset.Canvas, y float64) {
			c.Rule(marginX+x, y, marginX+colW, y, faint, 0.6)
		}})
	case *ast.HTMLBlock:
		var sb strings.Builder
		lines := v.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			sb.Write(seg.Value(m.src))
		}
		b.para(typeset.Linkify(sb.String(), body, accent), x, colW-x, bodyLead, before, marker)
	default:
		if n.HasChildren() {
			m.blocks(n, x, false)
		}
	}
}

// listItem lays out one item: its blocks indented, the marker hanging
// left of its first line.
func (m *mdWalker) listItem(it ast.Node, x, before float64, marker *typeset.Span) {
	for c := it.FirstChild(); c != nil; c = c.NextSibling() {
		if c == it.FirstChild() {
			m.block(c, x, before, marker)
			continue
		}
		bf := 3.0
		if _, ok := c.(*ast.List); !ok {
			bf = paraGap - 2
		}
		m.block(c, x, bf, nil)
	}
}

// inlines turns the inline children of n into spans.
func (m *mdWalker) inlines(n ast.Node, st typeset.Style) []typeset.Span {
	var out []typeset.Span
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, m.inline(c, st)...)
	}
	return out
}

func (m *mdWalker) inline(n ast.Node, st typeset.Style) []typeset.Span {
	switch v := n.(type) {
	case *ast.Text:
		s := string(util.UnescapePunctuations(v.Segment.Value(m.src)))
		if v.SoftLineBreak() || v.HardLineBreak() {
			s += " "
		}
		return typeset.Linkify(s, st, accent)
	case *ast.String:
		return typeset.Linkify(string(v.Value), st, accent)
	case *ast.CodeSpan:
		var sb strings.Builder
		for c := v.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				sb.Write(t.Segment.Value(m.src))
			} else if s, ok := c.(*ast.String); ok {
				sb.Write(s.Value)
			}
		}
		return []typeset.Span{{Text: sb.String(), Style: typeset.CodeStyle(st)}}
	case *ast.Emphasis:
		inner := st
		switch {
		case v.Level >= 2:
			inner.Face = typeset.Bold
		case st.Face == typeset.Regular:
			inner.Face = typeset.Italic
		}
		return m.inlines(v, inner)
	case *ast.Link:
		ls := st
		ls.Color = accent
		spans := m.inlines(v, ls)
		dest := string(v.Destination)
		for i := range spans {
			spans[i].Link = dest
		}
		// On paper the address is the link: show it when the text does not.
		if typeset.Plain(spans) != dest && strings.HasPrefix(dest, "http") {
			us := st
			us.Color = accent
			spans = append(spans, typeset.Span{Text: " (", Style: st}, typeset.Span{Text: dest, Style: us, Link: dest, URL: true}, typeset.Span{Text: ")", Style: st})
		}
		return spans
	case *ast.AutoLink:
		u := string(v.URL(m.src))
		label := string(v.Label(m.src))
		ls := st
		ls.Color = accent
		if v.AutoLinkType == ast.AutoLinkEmail {
			u = "mailto:" + u
		} else if !strings.Contains(u, "://") {
			u = "https://" + u
		}
		return []typeset.Span{{Text: label, Style: ls, Link: u, URL: true}}
	case *ast.RawHTML:
		var sb strings.Builder
		for i := 0; i < v.Segments.Len(); i++ {
			seg := v.Segments.At(i)
			sb.Write(seg.Value(m.src))
		}
		return []typeset.Span{{Text: sb.String(), Style: st}}
	case *ast.Image:
		return m.inlines(v, st)
	}
	return m.inlines(n, st)
}
