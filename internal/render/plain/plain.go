// Package plain renders a doc.Document as plain text: for pipes, files,
// NO_COLOR and screen readers. No Markdown marks (#, **, [ ]) reach the
// reader; headings are underlined, lists use bullets, and lines wrap at the
// width without ever breaking a word, a web address or a date.
package plain

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/sanitize"
)

// Render writes d as plain text at width columns.
func Render(d *doc.Document, width int) string { return render(d, width, false) }

// RenderSpoken writes d as plain text for a screen reader (ACCESSIBLE=1 or
// --accessible): the same words, without what a screen reader would read
// aloud as noise. Headings have no line of «=» or «·» under them, and a
// box to tick is said in words: «Ikke gjort: 3. Beskriv ideen din».
func RenderSpoken(d *doc.Document, width int) string { return render(d, width, true) }

func render(d *doc.Document, width int, spoken bool) string {
	if width < 20 {
		width = 20
	}
	r := &renderer{width: width, spoken: spoken}
	r.underline(d.Title, "=")
	for _, m := range d.Meta {
		r.wrap(m.Label+": "+m.Value, "", "  ")
	}
	if len(d.Meta) > 0 {
		r.blank()
	}
	r.blocks(d.Blocks)
	if len(d.Notes) > 0 {
		r.underline("Kilder", "-")
		for _, n := range d.Notes {
			lead := fmt.Sprintf("[%d] ", n.Number)
			r.wrap(lead+n.Label+", "+n.URL+" "+keep("("+n.Read+")"), "", strings.Repeat(" ", len(lead)))
		}
		r.blank()
	}
	return sanitize.Strip(finish(r.b.String()))
}

// finish ends s with one line break, and turns the no-break spaces, which
// did their job, into plain spaces for the reader. wrap has done that for
// the lines it wrote, so a plan (about 120 kB) is mostly not copied again.
func finish(s string) string {
	if strings.HasSuffix(s, "\n") && !strings.HasSuffix(s, "\n\n") && !strings.Contains(s, "\u00a0") {
		return s
	}
	s = strings.TrimRight(s, "\n")
	var b strings.Builder
	b.Grow(len(s) + 1)
	for {
		i := strings.Index(s, "\u00a0")
		if i < 0 {
			break
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+len("\u00a0"):]
	}
	b.WriteString(s)
	b.WriteByte('\n')
	return b.String()
}

// parallelBlocks is how many blocks a document has before Render shares
// them out among the processors: a saved plan has hundreds.
const parallelBlocks = 64

// blocks writes bs in order. A long run of blocks is rendered in parts
// on every processor and the parts joined: a block's text depends on the
// block and the width alone, so the result is the same.
func (r *renderer) blocks(bs []doc.Block) {
	parts := min(runtime.GOMAXPROCS(0), 4)
	if len(bs) < parallelBlocks || parts < 2 {
		for _, b := range bs {
			r.block(b)
		}
		return
	}
	out := make([]renderer, parts)
	var wg sync.WaitGroup
	for i := range out {
		part := bs[i*len(bs)/parts : (i+1)*len(bs)/parts]
		out[i].width, out[i].spoken = r.width, r.spoken
		// Room for the part at once: a block of a plan is about 1.5 kB,
		// and growing the text as it is written copied it over and over.
		// Memory reserved and never written costs next to nothing.
		out[i].b.Grow(2 << 10 * len(part))
		wg.Add(1)
		go func(p *renderer) {
			defer wg.Done()
			for _, b := range part {
				p.block(b)
			}
		}(&out[i])
	}
	wg.Wait()
	n := 0
	for i := range out {
		n += out[i].b.Len()
	}
	r.b.Grow(n)
	for i := range out {
		r.b.WriteString(out[i].b.String())
	}
}

type renderer struct {
	b      strings.Builder
	width  int
	spoken bool // for a screen reader: see RenderSpoken
}

func (r *renderer) blank() { r.b.WriteString("\n") }

func (r *renderer) underline(s, mark string) {
	r.wrap(s, "", "")
	r.rule(min(r.width, runeLen(s)), mark)
}

// rule is a line of n marks under a heading, and the blank line after it;
// for a screen reader only the blank line.
func (r *renderer) rule(n int, mark string) {
	if !r.spoken {
		r.b.WriteString(strings.Repeat(mark, n) + "\n")
	}
	r.b.WriteString("\n")
}

// box is the box to tick before a task: «[ ] », «[x] », or for a screen
// reader «Ikke gjort: », «Gjort: ».
func (r *renderer) box(done bool) string {
	switch {
	case r.spoken && done:
		return "Gjort: "
	case r.spoken:
		return "Ikke gjort: "
	case done:
		return "[x] "
	}
	return "[ ] "
}

func (r *renderer) block(b doc.Block) {
	switch b := b.(type) {
	case doc.Heading:
		mark := "-"
		if b.Level > 1 {
			mark = "·"
		}
		r.underline(b.Text, mark)
	case doc.Paragraph:
		r.wrap(inline(b.Text), "", "")
		r.blank()
	case doc.Notice:
		r.wrap(inline(b.Text), "", "")
		r.blank()
	case doc.Markdown:
		r.markdown(b.Text, "")
	case doc.List:
		r.list(b.Items, b.Ordered, "")
		r.blank()
	case doc.Hint:
		if b.Text != "" {
			r.wrap(inline(b.Text), "", "")
		}
		r.list(b.Items, false, "")
		r.blank()
	case doc.Task:
		r.task(b)
	case doc.TaskList:
		r.underline(b.Heading, "-")
		for _, row := range b.Rows {
			r.wrap(r.box(row.Done)+doc.RowText(row), "", "    ")
		}
		r.blank()
	case doc.Ranking:
		for i, it := range b.Items {
			lead := fmt.Sprintf("%d. ", i+1)
			r.wrap(lead+it.Name, "", strings.Repeat(" ", len(lead)))
			for _, f := range it.For {
				r.wrap("• For: "+f, "   ", "     ")
			}
			for _, a := range it.Against {
				r.wrap("• Mot: "+a, "   ", "     ")
			}
			if len(it.For)+len(it.Against) == 0 {
				r.wrap("• Svarene dine sier lite om denne formen.", "   ", "     ")
			}
		}
		r.blank()
	case doc.Sources:
		for _, s := range b.Items {
			r.wrap("• "+s.Label+". "+s.URL+" "+keep("("+s.Read+")"), "", "  ")
		}
		r.blank()
	case doc.PageBreak, doc.WriteSpace:
		// Paper only: a sheet of its own, room to write by hand.
	case doc.Choice:
		lead := fmt.Sprintf("%d. ", b.Number)
		r.wrap(lead+b.Question, "", strings.Repeat(" ", len(lead)))
		for i, o := range b.Options {
			box := "[ ] "
			if r.spoken {
				box = ""
			}
			r.wrap(fmt.Sprintf("%s%c) %s", box, 'A'+i, o), "   ", "          ")
		}
		r.blank()
	case doc.Comparison:
		for _, row := range b.Rows {
			r.underline(row.Label, "·")
			for i, cell := range row.Cells {
				r.wrap(b.Columns[i]+": "+cell, "", "  ")
			}
			r.blank()
		}
	}
}

func (r *renderer) task(t doc.Task) {
	title := fmt.Sprintf("%s%d. %s", r.box(t.Done), t.Number, t.Title)
	if t.New {
		title += " (ny)"
	}
	r.wrap(title, "", "       ")
	r.rule(min(r.width, runeLen(title)), "·")
	lead := "Dette " + locale.Priority(t.Priority) + ". "
	if t.Condition != "" {
		lead = t.Condition + ", " + t.Priority + " dette gjøres. "
	}
	r.wrap(lead+strings.Join(t.Why, " "), "", "")
	r.blank()
	if t.Do != "" {
		r.markdown(t.Do, "")
	}
	var facts []string
	for _, f := range t.Facts {
		if f.URL != "" {
			facts = append(facts, f.Label+": "+f.Value+", "+f.URL)
		} else {
			facts = append(facts, f.Label+": "+f.Value)
		}
	}
	for _, u := range t.Uncertain {
		facts = append(facts, "Usikkert: "+u)
	}
	if t.Topic != nil && t.ID != "" {
		facts = append(facts, "Les mer: sosabc les "+t.Topic.ID)
	}
	for _, s := range t.Sources {
		facts = append(facts, "Kilde: "+s.Label+", "+s.URL+" "+keep("("+s.Read+")"))
	}
	if len(t.Notes) > 0 {
		refs := make([]string, len(t.Notes))
		for i, n := range t.Notes {
			refs[i] = fmt.Sprintf("[%d]", n)
		}
		facts = append(facts, "Kilder: "+strings.Join(refs, ", "))
	}
	for _, f := range facts {
		r.wrap("• "+f, "", "  ")
	}
	if t.ID != "" {
		r.b.WriteString("\nID: " + t.ID + "\n")
	}
	r.blank()
}

func (r *renderer) list(items []string, ordered bool, indent string) {
	for i, it := range items {
		lead := "• "
		if ordered {
			lead = fmt.Sprintf("%d. ", i+1)
		}
		r.wrap(inline(it), indent+lead, indent+strings.Repeat(" ", runeLen(lead)))
	}
}

// wrap writes text wrapped at the width: the first line starts with first,
// the others with rest. Words are never broken; a word (a web address)
// wider than the line gets a line of its own. A no-break space keeps its
// neighbours together («(lest 1. desember 2026)»).
func (r *renderer) wrap(text, first, rest string) {
	// Split on ordinary spaces only: a no-break space holds words together.
	// A line is found first and written in one piece: a plan wraps
	// thousands of lines, and writing it a word at a time took half the
	// time to write a plan as plain text. FuzzWrap holds it to the
	// word-at-a-time way.
	prefix, lines := first, 0
	for ; ; lines++ {
		text = trimSpace(text)
		if text == "" {
			break
		}
		col := runeLen(prefix)
		end, next, single := 0, 0, true // end of the line's last word; where the next word starts
		for next < len(text) {
			j := next
			for j < len(text) && !isSpace(text[j]) {
				j++
			}
			n := runeLen(text[next:j])
			if end > 0 && col+1+n > r.width {
				break
			}
			if end > 0 {
				col++
				single = single && next-end == 1 && text[end] == ' '
			}
			col += n
			end = j
			next = j + len(text[j:]) - len(trimSpace(text[j:]))
		}
		r.b.WriteString(prefix)
		if single {
			r.spaced(text[:end])
		} else {
			r.spaced(strings.Join(strings.FieldsFunc(text[:end], func(c rune) bool { return c < utf8.RuneSelf && isSpace(byte(c)) }), " "))
		}
		r.b.WriteByte('\n')
		text = text[end:]
		prefix = rest
	}
	if lines == 0 { // no words: the prefix alone, without its trailing spaces
		r.b.WriteString(strings.TrimRight(first, " "))
		r.b.WriteByte('\n')
	}
}

// spaced writes s with its no-break spaces, which did their job in wrap,
// as plain spaces for the reader (finish does the same for the rest).
func (r *renderer) spaced(s string) {
	for {
		i := strings.Index(s, "\u00a0")
		if i < 0 {
			break
		}
		r.b.WriteString(s[:i])
		r.b.WriteByte(' ')
		s = s[i+len("\u00a0"):]
	}
	r.b.WriteString(s)
}

// trimSpace is s without the spaces (isSpace) it starts with.
func trimSpace(s string) string {
	i := 0
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return s[i:]
}

// isSpace is what separates words for wrap: ordinary spaces and line
// breaks, never a no-break space.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// keep joins the words of s with no-break spaces, so wrap keeps them on
// one line.
func keep(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }

// inline turns the two inline marks a doc.Paragraph may have into plain
// text: **strong** loses its marks, `code` (a command) gets «quotes».
func inline(s string) string {
	if strings.IndexByte(s, '`') >= 0 {
		// What the expression `([^`]*)` → «$1» does, without compiling it
		// on the way to every plan (FuzzInline).
		var b strings.Builder
		for {
			i := strings.IndexByte(s, '`')
			if i < 0 {
				break
			}
			j := strings.IndexByte(s[i+1:], '`')
			if j < 0 {
				break
			}
			b.WriteString(s[:i])
			b.WriteString("«" + s[i+1:i+1+j] + "»")
			s = s[i+1+j+1:]
		}
		b.WriteString(s)
		s = b.String()
	}
	return strings.ReplaceAll(s, "**", "")
}

// mdParser is goldmark's parser, made once, when first needed: a plan has
// hundreds of snippets. A goldmark parser keeps no state between calls, so
// batches may share it across goroutines.
var mdParser = sync.OnceValue(func() parser.Parser { return goldmark.New().Parser() })

// markdown renders authored Markdown as plain text.
func (r *renderer) markdown(src, indent string) {
	if isProse(src) {
		// What goldmark would make of it: one paragraph of the same text.
		r.wrap(src, indent, indent)
		r.blank()
		return
	}
	r.parsed(src, indent)
}

// parsed renders src, any Markdown, with goldmark's parser.
func (r *renderer) parsed(src, indent string) {
	source := []byte(src)
	root := mdParser().Parse(text.NewReader(source))
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		r.mdBlock(n, source, indent)
	}
}

// isProse reports whether src is one line of text that Markdown leaves
// as it is: it starts with a letter and has no character that could mark
// anything up. What a checklist item says to do is such a line, and a
// plan has a hundred of them; parsing each with goldmark took a quarter
// of the time to write a plan as plain text. FuzzProse holds the two ways
// to the same output.
func isProse(src string) bool {
	first, _ := utf8.DecodeRuneInString(src)
	if !unicode.IsLetter(first) {
		return false
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c < ' ', strings.IndexByte("`*_[]<>&\\!~|#", c) >= 0:
			return false
		}
	}
	return strings.TrimRight(src, " ") == src
}

func (r *renderer) mdBlock(n ast.Node, src []byte, indent string) {
	switch n := n.(type) {
	case *ast.Heading:
		r.underline(inlineText(n, src), "·")
	case *ast.Paragraph, *ast.TextBlock:
		r.wrap(inlineText(n, src), indent, indent)
		r.blank()
	case *ast.List:
		i := n.Start
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			lead := "• "
			if n.IsOrdered() {
				lead = fmt.Sprintf("%d. ", i)
				i++
			}
			first := true
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				if _, nested := c.(*ast.List); nested {
					r.mdBlock(c, src, indent+"  ")
					continue
				}
				pre := indent + strings.Repeat(" ", runeLen(lead))
				if first {
					pre = indent + lead
					first = false
				}
				r.wrap(inlineText(c, src), pre, indent+strings.Repeat(" ", runeLen(lead)))
			}
		}
		if indent == "" {
			r.blank()
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			r.b.WriteString(indent + "    " + strings.TrimRight(string(seg.Value(src)), "\n") + "\n")
		}
		r.blank()
	case *ast.Blockquote:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			r.mdBlock(c, src, indent+"  ")
		}
	case *ast.ThematicBreak:
		r.rule(10, "·")
	default:
		r.wrap(inlineText(n, src), indent, indent)
		r.blank()
	}
}

// inlineText is the text of a node: emphasis without marks, links as
// «text (address)» unless the text is the address.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Text:
			// «30\. juni» keeps a date from starting a list; the reader
			// sees «30. juni».
			b.Write(util.UnescapePunctuations(n.Segment.Value(src)))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteString(" ")
			}
			return
		case *ast.String:
			b.Write(n.Value)
			return
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
			return
		case *ast.AutoLink:
			b.Write(n.URL(src))
			return
		case *ast.Link:
			var label strings.Builder
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				label.WriteString(inlineText(c, src))
			}
			b.WriteString(label.String())
			if dest := string(n.Destination); dest != label.String() {
				b.WriteString(" (" + dest + ")")
			}
			return
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
