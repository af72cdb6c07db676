package html

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	gmparser "github.com/yuin/goldmark/parser"
	gmrender "github.com/yuin/goldmark/renderer"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// parser is CommonMark, plus links for bare web addresses (Linkify: they
// go through the same check as every other link). It is safe for
// concurrent use. It is made for the first HTML page, not when sosabc
// starts (15 kB of allocations that most commands never use).
var parser = sync.OnceValue(func() gmparser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Linkify)).Parser()
})

// markdown renders authored Markdown: goldmark's HTML renderer, with our
// own rules for what may reach the page.
type markdown struct {
	r  *renderer
	gm gmrender.Renderer
}

func newMarkdown(r *renderer) *markdown {
	m := &markdown{r: r}
	m.gm = gmrender.NewRenderer(gmrender.WithNodeRenderers(
		util.Prioritized(gmhtml.NewRenderer(), 1000),
		util.Prioritized(nodes{m}, 100), // a lower number wins
	))
	return m
}

// markdown writes src below a heading of level context: its own headings
// start one level further down and never skip a level.
func (r *renderer) markdown(src string, context int) {
	if r.err != nil {
		return
	}
	source := []byte(src)
	root := parser().Parse(text.NewReader(source))
	r.level = shiftHeadings(root, context)
	var out bytes.Buffer
	if err := r.md.gm.Render(&out, source, root); err != nil {
		r.err = fmt.Errorf("kan ikke lage HTML av teksten: %w", err)
		return
	}
	r.b.Write(out.Bytes())
}

// shiftHeadings moves the headings of a Markdown text below context: the
// highest becomes context+1, the others keep their distance to it, but none
// is more than one level below the heading before it. It returns the level
// of the last heading (context when there is none).
func shiftHeadings(root ast.Node, context int) int {
	var hs []*ast.Heading
	top := 7
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			hs = append(hs, h)
			top = min(top, h.Level)
		}
		return ast.WalkContinue, nil
	})
	last := context
	for _, h := range hs {
		level := min(h.Level-top+context+1, last+1, 6)
		h.Level = level
		last = level
	}
	return last
}

// nodes overrides goldmark's HTML for the nodes that could let authored
// content do more than text: raw HTML is shown as text, links go only to
// http, https and mailto, images become their text (a page makes no
// requests), and a code span that names a page of the site links to it.
type nodes struct{ m *markdown }

func (n nodes) RegisterFuncs(reg gmrender.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, n.rawHTML)
	reg.Register(ast.KindHTMLBlock, n.htmlBlock)
	reg.Register(ast.KindLink, n.link)
	reg.Register(ast.KindAutoLink, n.autoLink)
	reg.Register(ast.KindImage, n.image)
	reg.Register(ast.KindCodeSpan, n.codeSpan)
}

func (nodes) rawHTML(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		segs := node.(*ast.RawHTML).Segments
		for i := 0; i < segs.Len(); i++ {
			s := segs.At(i)
			_, _ = w.WriteString(esc(string(s.Value(source))))
		}
	}
	return ast.WalkSkipChildren, nil
}

func (nodes) htmlBlock(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	n := node.(*ast.HTMLBlock)
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		b.Write(s.Value(source))
	}
	if n.HasClosure() {
		b.Write(n.ClosureLine.Value(source))
	}
	_, _ = w.WriteString("<p>" + esc(strings.TrimRight(b.String(), "\n")) + "</p>\n")
	return ast.WalkSkipChildren, nil
}

func (nodes) link(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Link)
	dest := string(n.Destination)
	if !safeURL(dest) {
		return ast.WalkContinue, nil // the text, without the link
	}
	if entering {
		_, _ = w.WriteString("<a href=\"" + attrURL(dest) + "\"")
		if len(n.Title) > 0 {
			_, _ = w.WriteString(" title=\"" + esc(string(n.Title)) + "\"")
		}
		_, _ = w.WriteString(">")
	} else {
		_, _ = w.WriteString("</a>")
	}
	return ast.WalkContinue, nil
}

func (nodes) autoLink(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.AutoLink)
	u := string(n.URL(source))
	label := string(n.Label(source))
	if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(u), "mailto:") {
		u = "mailto:" + u
	}
	switch {
	case safeURL(u) && label == u:
		_, _ = w.WriteString(bareLink(u))
	case safeURL(u):
		_, _ = w.WriteString("<a href=\"" + attrURL(u) + "\">" + esc(label) + "</a>")
	default:
		_, _ = w.WriteString(esc(label))
	}
	return ast.WalkContinue, nil
}

func (nodes) image(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString(esc(plainText(node, source)))
	}
	return ast.WalkSkipChildren, nil
}

func (n nodes) codeSpan(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		code := strings.TrimSpace(strings.ReplaceAll(plainText(node, source), "\n", " "))
		_, _ = w.WriteString(n.m.r.code(code))
	}
	return ast.WalkSkipChildren, nil
}

// plainText is the text of a node and its children, without marks.
func plainText(node ast.Node, source []byte) string {
	var b strings.Builder
	_ = ast.Walk(node, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(source))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
