// Package html renders a doc.Document as one self-contained HTML5 page:
// landmarks, a heading order a screen reader can follow, tick boxes that
// say in words whether they are ticked, and a print stylesheet for A4 with
// «side N av M» at the foot of each page. Authored Markdown goes through
// goldmark (CommonMark) with raw HTML escaped and only http, https and
// mailto links. It never asks the network for anything: no fonts, no
// scripts, no images.
package html

import (
	"bytes"
	_ "embed"
	"fmt"
	stdhtml "html"
	"net/url"
	"regexp"
	"strings"
	"sync"

	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/locale"
)

//go:embed style.css
var css string

// CSS is the built-in stylesheet: screen and print. A website writes it to
// one file and links it (Options.Stylesheet); a single page inlines it.
func CSS() string { return css }

// Generator is the content of every page's <meta name="generator">: how a
// folder of pages made by sosabc is recognised.
const Generator = "sosabc"

// Options are what a page needs from the site around it. The zero value
// makes a standalone page: CSS inlined, no navigation.
type Options struct {
	// Base is the way from this page to the root of the site, such as
	// "../"; it is put in front of Stylesheet and of every address in Nav
	// and Commands.
	Base string
	// Stylesheet is the address of the stylesheet, relative to the root of
	// the site. Empty: the built-in CSS is inlined.
	Stylesheet string
	// Nav are the links of the site's navigation. The one whose URL is
	// Here is marked as the current page.
	Nav  []doc.Link
	Here string
	// Commands turn sosabc commands written as code («`sosabc les as`»)
	// into links to pages of the site. The key is the command; the URL is
	// relative to the root of the site. When Title is set, it replaces the
	// command as the text of the link.
	Commands map[string]doc.Link
}

// Render writes d as an HTML5 document.
func Render(d *doc.Document, o Options) ([]byte, error) {
	r := &renderer{o: o, level: 1}
	r.md = newMarkdown(r)
	lang := d.Lang
	if lang == "" {
		lang = "nb"
	}
	b := &r.b
	b.Grow(32 << 10)
	fmt.Fprintf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", esc(lang))
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"generator\" content=\"" + Generator + "\">\n")
	fmt.Fprintf(b, "<title>%s</title>\n", esc(d.Title))
	if o.Stylesheet != "" {
		fmt.Fprintf(b, "<link rel=\"stylesheet\" href=\"%s\">\n", attrURL(o.Base+o.Stylesheet))
	} else {
		b.WriteString("<style>\n")
		b.WriteString(css)
		b.WriteString("</style>\n")
	}
	switch {
	case dense(d):
		b.WriteString("</head>\n<body class=\"compact dense\">\n")
	case d.Compact:
		b.WriteString("</head>\n<body class=\"compact\">\n")
	default:
		b.WriteString("</head>\n<body>\n")
	}
	r.header()
	b.WriteString("<main id=\"innhold\">\n")
	fmt.Fprintf(b, "<h1>%s</h1>\n", esc(d.Title))
	if len(d.Meta) > 0 {
		b.WriteString("<dl class=\"meta\">\n")
		for _, m := range d.Meta {
			r.fact(m)
		}
		b.WriteString("</dl>\n")
	}
	for _, bl := range d.Blocks {
		r.block(bl)
	}
	r.endTasks()
	if len(d.Notes) > 0 {
		b.WriteString("<h2 id=\"kilder\">Kilder</h2>\n<ol class=\"notes\">\n")
		for _, n := range d.Notes {
			fmt.Fprintf(b, "<li id=\"kilde-%d\" value=\"%d\">%s</li>\n", n.Number, n.Number, r.source(n.Source))
		}
		b.WriteString("</ol>\n")
	}
	b.WriteString("</main>\n")
	r.footer()
	b.WriteString("</body>\n</html>\n")
	if r.err != nil {
		return nil, r.err
	}
	return r.b.Bytes(), nil
}

type renderer struct {
	o     Options
	b     bytes.Buffer
	md    *markdown
	err   error
	level int  // the level of the last heading written (1: the title)
	tasks bool // inside <ol class="tasks">
}

func (r *renderer) header() {
	b := &r.b
	b.WriteString("<header>\n")
	if len(r.o.Nav) > 0 {
		b.WriteString("<a class=\"skip\" href=\"#innhold\">Hopp til innholdet</a>\n")
	}
	b.WriteString("<p class=\"brand\">sosabc · håndbok for sosiale entreprenører</p>\n")
	if len(r.o.Nav) > 0 {
		b.WriteString("<nav aria-label=\"Håndboken\">\n<ul>\n")
		for _, l := range r.o.Nav {
			current := ""
			if l.URL == r.o.Here {
				current = " aria-current=\"page\""
			}
			fmt.Fprintf(b, "<li><a href=\"%s\"%s>%s</a></li>\n", attrURL(r.o.Base+l.URL), current, esc(l.Title))
		}
		b.WriteString("</ul>\n</nav>\n")
	}
	b.WriteString("</header>\n")
}

func (r *renderer) footer() {
	r.b.WriteString("<footer>\n<p>Laget med sosabc, en håndbok for sosiale entreprenører i Norge. sosabc gir råd, men det er myndighetene som bestemmer.</p>\n</footer>\n")
}

// heading is the HTML level for a heading that wants level want: never
// more than one below the last, so a screen reader's list of headings has
// no gaps.
func (r *renderer) heading(want int) int {
	h := min(max(want, 2), r.level+1, 6)
	r.level = h
	return h
}

func (r *renderer) block(bl doc.Block) {
	if _, ok := bl.(doc.Task); !ok {
		r.endTasks()
	}
	b := &r.b
	switch bl := bl.(type) {
	case doc.Heading:
		h := r.heading(bl.Level + 1)
		fmt.Fprintf(b, "<h%d>%s</h%d>\n", h, r.inline(bl.Text), h)
	case doc.Paragraph:
		fmt.Fprintf(b, "<p>%s</p>\n", r.inline(bl.Text))
	case doc.Notice:
		fmt.Fprintf(b, "<p class=\"notice\">%s</p>\n", r.inline(bl.Text))
	case doc.Markdown:
		r.markdown(bl.Text, r.level)
	case doc.List:
		r.list(bl.Items, bl.Ordered, "")
	case doc.Hint:
		// Terminal only: a printed page or a website has no commands to run.
	case doc.TaskList:
		r.taskList(bl)
	case doc.Task:
		if !r.tasks {
			b.WriteString("<ol class=\"tasks\">\n")
			r.tasks = true
		}
		r.task(bl)
	case doc.Ranking:
		b.WriteString("<ol class=\"ranking\">\n")
		for _, it := range bl.Items {
			fmt.Fprintf(b, "<li><p><strong>%s</strong></p>\n<ul>\n", esc(it.Name))
			for _, s := range it.For {
				fmt.Fprintf(b, "<li>For: %s</li>\n", r.inline(s))
			}
			for _, s := range it.Against {
				fmt.Fprintf(b, "<li>Mot: %s</li>\n", r.inline(s))
			}
			if len(it.For)+len(it.Against) == 0 {
				b.WriteString("<li>Svarene dine sier lite om denne formen.</li>\n")
			}
			b.WriteString("</ul>\n</li>\n")
		}
		b.WriteString("</ol>\n")
	case doc.Sources:
		b.WriteString("<ul class=\"sources\">\n")
		for _, s := range bl.Items {
			fmt.Fprintf(b, "<li>%s</li>\n", r.source(s))
		}
		b.WriteString("</ul>\n")
	case doc.Comparison:
		r.comparison(bl)
	case doc.PageBreak:
		// A rule on screen; on paper the next sheet starts on a new page.
		b.WriteString("<hr class=\"page\">\n")
	case doc.WriteSpace:
		if bl.Lines > 0 {
			b.WriteString("<div class=\"write\" aria-hidden=\"true\">")
			for range bl.Lines {
				b.WriteString("<div></div>")
			}
			b.WriteString("</div>\n")
		}
	case doc.Choice:
		fmt.Fprintf(b, "<div class=\"choice\">\n<p><strong>%d. %s</strong></p>\n<ul>\n", bl.Number, r.inline(bl.Question))
		for i, o := range bl.Options {
			fmt.Fprintf(b, "<li><span class=\"box\" aria-hidden=\"true\"></span>%c) %s</li>\n", 'A'+i, r.inline(o))
		}
		b.WriteString("</ul>\n</div>\n")
	}
}

func (r *renderer) endTasks() {
	if r.tasks {
		r.b.WriteString("</ol>\n")
		r.tasks = false
	}
}

func (r *renderer) list(items []string, ordered bool, class string) {
	tag := "ul"
	if ordered {
		tag = "ol"
	}
	if class != "" {
		fmt.Fprintf(&r.b, "<%s class=\"%s\">\n", tag, class)
	} else {
		fmt.Fprintf(&r.b, "<%s>\n", tag)
	}
	for _, it := range items {
		fmt.Fprintf(&r.b, "<li>%s</li>\n", r.inline(it))
	}
	fmt.Fprintf(&r.b, "</%s>\n", tag)
}

// task is one checklist item: a list item with a heading that starts with
// the tick box. The box is drawn with a border, so it prints; the words
// before the title say whether it is ticked.
func (r *renderer) task(t doc.Task) {
	b := &r.b
	h := min(r.level+1, 6)
	class := "task"
	if t.Done {
		class += " done"
	}
	if t.Number > 0 {
		fmt.Fprintf(b, "<li class=\"%s\" id=\"punkt-%d\">\n", class, t.Number)
	} else {
		fmt.Fprintf(b, "<li class=\"%s\">\n", class)
	}
	status := "Ikke gjort: "
	if t.Done {
		status = "Gjort: "
	}
	fmt.Fprintf(b, "<h%d><span class=\"box\" aria-hidden=\"true\"></span><span class=\"vh\">%s</span>", h, status)
	if t.Number > 0 {
		fmt.Fprintf(b, "%d. ", t.Number)
	}
	b.WriteString(esc(t.Title))
	if t.New {
		b.WriteString(" <span class=\"new\">(ny)</span>")
	}
	fmt.Fprintf(b, "</h%d>\n", h)

	priority := "Dette " + locale.Priority(t.Priority) + "."
	if t.Condition != "" {
		priority = t.Condition + ", " + t.Priority + " dette gjøres."
	}
	fmt.Fprintf(b, "<p><strong class=\"priority\">%s</strong>", esc(priority))
	if len(t.Why) > 0 {
		b.WriteString(" " + r.inline(strings.Join(t.Why, " ")))
	}
	b.WriteString("</p>\n")
	if strings.TrimSpace(t.Do) != "" {
		b.WriteString("<div class=\"do\">\n")
		saved := r.level
		r.markdown(t.Do, h)
		r.level = saved
		b.WriteString("</div>\n")
	}
	topic := r.topicLink(t.Topic)
	if len(t.Facts) > 0 || topic != "" || len(t.Sources) > 0 || len(t.Notes) > 0 {
		b.WriteString("<dl class=\"facts\">\n")
		for _, f := range t.Facts {
			r.fact(f)
		}
		if topic != "" {
			fmt.Fprintf(b, "<dt>Les mer</dt>\n<dd>%s</dd>\n", topic)
		}
		if len(t.Sources) > 0 {
			b.WriteString("<dt>Kilder</dt>\n")
			for _, s := range t.Sources {
				fmt.Fprintf(b, "<dd>%s</dd>\n", r.source(s))
			}
		}
		if len(t.Notes) > 0 {
			refs := make([]string, len(t.Notes))
			for i, n := range t.Notes {
				refs[i] = fmt.Sprintf("<a href=\"#kilde-%d\">[%d]</a>", n, n)
			}
			fmt.Fprintf(b, "<dt>Kilder</dt>\n<dd>%s</dd>\n", strings.Join(refs, ", "))
		}
		b.WriteString("</dl>\n")
	}
	for _, u := range t.Uncertain {
		fmt.Fprintf(b, "<p class=\"uncertain\"><strong>Usikkert:</strong> %s</p>\n", r.inline(u))
	}
	if t.ID != "" {
		fmt.Fprintf(b, "<p class=\"id\">ID: <code>%s</code></p>\n", esc(t.ID))
	}
	b.WriteString("</li>\n")
}

// taskList is a heading and a list with a row per task: the box, the
// number and title, and the deadline beside it (below it on a narrow
// screen).
func (r *renderer) taskList(l doc.TaskList) {
	b := &r.b
	h := r.heading(2)
	fmt.Fprintf(b, "<h%d>%s</h%d>\n<ul class=\"rows\">\n", h, esc(l.Heading), h)
	for _, row := range l.Rows {
		class, status := "", "Ikke gjort: "
		if row.Done {
			class, status = " class=\"done\"", "Gjort: "
		}
		fmt.Fprintf(b, "<li%s id=\"punkt-%d\"><span class=\"what\"><span class=\"box\" aria-hidden=\"true\"></span><span class=\"vh\">%s</span>%s</span>", class, row.Number, status, esc(doc.RowTitle(row)))
		if row.Deadline != "" {
			fmt.Fprintf(b, " <span class=\"when\"><span class=\"label\">Frist:</span> %s</span>", esc(row.Deadline))
		}
		b.WriteString("</li>\n")
	}
	b.WriteString("</ul>\n")
}

// topicLink is a link to a handbook topic's page, when the site has one.
func (r *renderer) topicLink(l *doc.Link) string {
	if l == nil {
		return ""
	}
	if l.URL != "" {
		return r.link(l.URL, l.Title)
	}
	if to, ok := r.o.Commands["sosabc les "+l.ID]; ok && l.ID != "" {
		return fmt.Sprintf("<a href=\"%s\">%s</a>", attrURL(r.o.Base+to.URL), esc(firstOf(to.Title, l.Title, l.ID)))
	}
	return ""
}

func (r *renderer) fact(f doc.Fact) {
	value := esc(f.Value)
	if f.URL != "" {
		value = r.link(f.URL, f.Value)
	}
	fmt.Fprintf(&r.b, "<dt>%s</dt>\n<dd>%s</dd>\n", esc(f.Label), value)
}

// source is a source as a link, with the day we read it.
func (r *renderer) source(s doc.Source) string {
	out := r.link(s.URL, s.Label)
	if s.Read != "" {
		out += " (" + esc(s.Read) + ")"
	}
	return out
}

// link is an <a> to an outside address, or the text alone when the address
// is not one we link to.
func (r *renderer) link(u, text string) string {
	if text == "" {
		text = u
	}
	if !safeURL(u) {
		return esc(text)
	}
	return fmt.Sprintf("<a href=\"%s\">%s</a>", attrURL(u), esc(text))
}

// comparison is one section per point, the compared things as a
// description list: it reads well at any width and on paper, where a
// table of eight columns would not.
func (r *renderer) comparison(c doc.Comparison) {
	b := &r.b
	outer := r.level
	h := min(outer+1, 6)
	for _, row := range c.Rows {
		fmt.Fprintf(b, "<h%d>%s</h%d>\n<dl class=\"compare\">\n", h, esc(row.Label), h)
		for i, cell := range row.Cells {
			col := ""
			if i < len(c.Columns) {
				col = c.Columns[i]
			}
			fmt.Fprintf(b, "<dt>%s</dt>\n<dd>%s</dd>\n", esc(col), r.inline(cell))
		}
		b.WriteString("</dl>\n")
	}
	r.level = outer
	if len(c.Rows) > 0 {
		r.level = h
	}
}

// inline writes text written by sosabc with its two marks: `code` and
// **strong**. Everything else is escaped. Code that names a command the
// site has a page for becomes a link.
func (r *renderer) inline(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		i := strings.IndexAny(s, "`*")
		if i < 0 {
			b.WriteString(r.text(s))
			break
		}
		b.WriteString(r.text(s[:i]))
		s = s[i:]
		switch {
		case s[0] == '`':
			if end := strings.IndexByte(s[1:], '`'); end >= 0 {
				b.WriteString(r.code(s[1 : 1+end]))
				s = s[end+2:]
				continue
			}
		case strings.HasPrefix(s, "**"):
			if end := strings.Index(s[2:], "**"); end > 0 {
				b.WriteString("<strong>" + r.inline(s[2:2+end]) + "</strong>")
				s = s[end+4:]
				continue
			}
			b.WriteString("**")
			s = s[2:]
			continue
		}
		b.WriteString(esc(s[:1]))
		s = s[1:]
	}
	return b.String()
}

// urlRe finds a web address in running text; the address ends before
// trailing punctuation, so «Sjekk https://x.no/a.» links to https://x.no/a.
var urlRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`https?://[^\s<>"»«)]*[^\s<>"»«).,;:!?]`) })

// text escapes plain text and makes each web address in it a link.
func (r *renderer) text(s string) string {
	var b strings.Builder
	for {
		loc := urlRe().FindStringIndex(s)
		if loc == nil {
			b.WriteString(esc(s))
			return b.String()
		}
		b.WriteString(esc(s[:loc[0]]))
		b.WriteString(bareLink(s[loc[0]:loc[1]]))
		s = s[loc[1]:]
	}
}

// bareLink is a link whose text is its address: class "bare" keeps the
// print stylesheet from writing the address twice.
func bareLink(u string) string {
	if !safeURL(u) {
		return esc(u)
	}
	return fmt.Sprintf("<a class=\"bare\" href=\"%s\">%s</a>", attrURL(u), esc(u))
}

// code is a code span, or a link when it names a command that the site
// has a page for.
func (r *renderer) code(text string) string {
	if to, ok := r.o.Commands[text]; ok {
		label := "<code>" + esc(text) + "</code>"
		if to.Title != "" {
			label = esc(to.Title)
		}
		return fmt.Sprintf("<a href=\"%s\">%s</a>", attrURL(r.o.Base+to.URL), label)
	}
	return "<code>" + esc(text) + "</code>"
}

func esc(s string) string { return stdhtml.EscapeString(s) }

// attrURL makes an address safe inside a double-quoted attribute.
func attrURL(u string) string {
	return esc(strings.ReplaceAll(u, " ", "%20"))
}

// safeURL: we link only to the web and to e-mail addresses; never to
// javascript:, data: or file: addresses.
func safeURL(u string) bool {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return false
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return p.Host != ""
	case "mailto":
		return p.Opaque != ""
	}
	return false
}

// firstOf is the first of its arguments that is not empty.
func firstOf(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
