// Package markdown renders a doc.Document as Markdown: the source of the
// terminal view (through glamour) and the --format md export.
package markdown

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/sanitize"
)

// Render writes d as Markdown.
func Render(d *doc.Document) string {
	parts := []string{"# " + d.Title + "\n"}
	if len(d.Meta) > 0 {
		var b strings.Builder
		for _, m := range d.Meta {
			fmt.Fprintf(&b, "- %s: %s\n", m.Label, m.Value)
		}
		parts = append(parts, b.String())
	}
	for _, bl := range d.Blocks {
		if s := block(bl); s != "" {
			parts = append(parts, s)
		}
	}
	if len(d.Notes) > 0 {
		parts = append(parts, "## Kilder\n")
		var b strings.Builder
		for _, n := range d.Notes {
			fmt.Fprintf(&b, "%d. %s, %s (%s)\n", n.Number, n.Label, n.URL, n.Read)
		}
		parts = append(parts, b.String())
	}
	// A Markdown file is read with cat as often as in an editor: no
	// terminal control sequence may be in it, whatever the text came from.
	return sanitize.Strip(autolink(strings.Join(parts, "\n")))
}

// bareURLs finds the web addresses in running text, without the
// punctuation that may follow one in a sentence: what the expression
// https?://[^\s<>)»]*[^\s<>)».,;:] finds (FuzzBareURLs holds it to that).
// It is written out because the expression took half the time to write a
// plan as Markdown, which a plan on the screen waits for.
func bareURLs(l string) [][2]int {
	var found [][2]int
	for i := 0; i < len(l); {
		j := strings.Index(l[i:], "http")
		if j < 0 {
			break
		}
		start := i + j
		i = start + 1 // where to look next, unless an address starts here
		k := start + len("http")
		if k < len(l) && l[k] == 's' {
			k++
		}
		if !strings.HasPrefix(l[k:], "://") {
			continue
		}
		k += len("://")
		end := k
		for end < len(l) && !urlEnd(l[end:]) {
			end++
		}
		for end > k && strings.IndexByte(".,;:", l[end-1]) >= 0 {
			end--
		}
		if end > k {
			found = append(found, [2]int{start, end})
			i = end
		}
	}
	return found
}

// urlEnd reports whether s starts with what ends a web address in text:
// white space, <, >, ) or ».
func urlEnd(s string) bool {
	switch s[0] {
	case ' ', '\t', '\n', '\f', '\r', '<', '>', ')':
		return true
	}
	return strings.HasPrefix(s, "»")
}

// autolink puts angle brackets around bare web addresses, so that every
// CommonMark reader makes them links, not only GitHub's. Addresses that
// are already links (`](…)` or `<…>`) and code are left alone.
func autolink(md string) string {
	lines := strings.Split(md, "\n")
	fence := false
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			fence = !fence
			continue
		}
		if fence || !strings.Contains(l, "://") {
			continue
		}
		lines[i] = autolinkLine(l)
	}
	return strings.Join(lines, "\n")
}

func autolinkLine(l string) string {
	var b strings.Builder
	last := 0
	for _, m := range bareURLs(l) {
		before := l[:m[0]]
		if strings.HasSuffix(before, "<") || strings.HasSuffix(before, "](") || strings.Count(before, "`")%2 == 1 {
			continue
		}
		b.WriteString(l[last:m[0]])
		b.WriteString("<" + l[m[0]:m[1]] + ">")
		last = m[1]
	}
	b.WriteString(l[last:])
	return b.String()
}

func block(bl doc.Block) string {
	switch b := bl.(type) {
	case doc.Heading:
		return strings.Repeat("#", b.Level+1) + " " + b.Text + "\n"
	case doc.Paragraph:
		return b.Text + "\n"
	case doc.Notice:
		return b.Text + "\n"
	case doc.Markdown:
		return shift(strings.TrimSpace(b.Text), b.Shift) + "\n"
	case doc.List:
		return list(b.Items, b.Ordered)
	case doc.Hint:
		s := list(b.Items, false)
		if b.Text != "" {
			s = b.Text + "\n\n" + s
		}
		return s
	case doc.Task:
		return task(b)
	case doc.TaskList:
		return taskList(b)
	case doc.Ranking:
		var s strings.Builder
		for i, r := range b.Items {
			fmt.Fprintf(&s, "%d. **%s**\n", i+1, r.Name)
			for _, reason := range r.For {
				fmt.Fprintf(&s, "   - For: %s\n", reason)
			}
			for _, reason := range r.Against {
				fmt.Fprintf(&s, "   - Mot: %s\n", reason)
			}
			if len(r.For)+len(r.Against) == 0 {
				s.WriteString("   - Svarene dine sier lite om denne formen.\n")
			}
		}
		return s.String()
	case doc.Sources:
		var s strings.Builder
		for _, src := range b.Items {
			fmt.Fprintf(&s, "- %s. %s (%s)\n", src.Label, src.URL, src.Read)
		}
		return s.String()
	case doc.PageBreak:
		return "---\n"
	case doc.WriteSpace:
		return "" // paper only
	case doc.Choice:
		var s strings.Builder
		fmt.Fprintf(&s, "**%d. %s**\n\n", b.Number, b.Question)
		for i, o := range b.Options {
			fmt.Fprintf(&s, "- [ ] %c) %s\n", 'A'+i, o)
		}
		return s.String()
	case doc.Comparison:
		var s strings.Builder
		for i, row := range b.Rows {
			if i > 0 {
				s.WriteString("\n")
			}
			fmt.Fprintf(&s, "## %s\n\n", row.Label)
			for j, cell := range row.Cells {
				fmt.Fprintf(&s, "- **%s**: %s\n", b.Columns[j], cell)
			}
		}
		return s.String()
	}
	return ""
}

// numbered is a line that starts like an ordered list item («11. Kjøp
// forsikring»): inside a list item Markdown would start a nested list.
var numbered = regexp.MustCompile(`^(\d+)\. `)

func list(items []string, ordered bool) string {
	var s strings.Builder
	for i, it := range items {
		it = numbered.ReplaceAllString(it, `$1\. `)
		if ordered {
			fmt.Fprintf(&s, "%d. %s\n", i+1, it)
		} else {
			fmt.Fprintf(&s, "- %s\n", it)
		}
	}
	return s.String()
}

func task(t doc.Task) string {
	var s strings.Builder
	box := "[ ]"
	if t.Done {
		box = "[x]"
	}
	title := t.Title
	if t.New {
		title += " (ny)"
	}
	fmt.Fprintf(&s, "### %s %d. %s\n\n", box, t.Number, title)
	if t.Condition != "" {
		fmt.Fprintf(&s, "%s, %s dette gjøres. %s\n\n", t.Condition, t.Priority, strings.Join(t.Why, " "))
	} else {
		fmt.Fprintf(&s, "Dette %s. %s\n\n", locale.Priority(t.Priority), strings.Join(t.Why, " "))
	}
	if t.Do != "" {
		fmt.Fprintf(&s, "%s\n\n", t.Do)
	}
	var facts []string
	for _, f := range t.Facts {
		if f.URL != "" {
			facts = append(facts, fmt.Sprintf("%s: %s, %s", f.Label, f.Value, f.URL))
		} else {
			facts = append(facts, f.Label+": "+f.Value)
		}
	}
	for _, u := range t.Uncertain {
		facts = append(facts, "Usikkert: "+u)
	}
	if t.Topic != nil && t.ID != "" {
		facts = append(facts, fmt.Sprintf("Les mer: `sosabc les %s`", t.Topic.ID))
	}
	for _, src := range t.Sources {
		facts = append(facts, fmt.Sprintf("Kilde: %s, %s (%s)", src.Label, src.URL, src.Read))
	}
	if len(t.Notes) > 0 {
		refs := make([]string, len(t.Notes))
		for i, n := range t.Notes {
			refs[i] = fmt.Sprintf("[%d]", n)
		}
		facts = append(facts, "Kilder: "+strings.Join(refs, ", "))
	}
	for _, f := range facts {
		fmt.Fprintf(&s, "- %s\n", f)
	}
	if t.ID != "" {
		fmt.Fprintf(&s, "\nID: `%s`\n", t.ID)
	}
	return strings.TrimRight(s.String(), "\n") + "\n"
}

// taskList is a section with a line per task: the box, the number and
// title, and the deadline.
func taskList(l doc.TaskList) string {
	var s strings.Builder
	fmt.Fprintf(&s, "## %s\n\n", l.Heading)
	for _, r := range l.Rows {
		box := "[ ]"
		if r.Done {
			box = "[x]"
		}
		fmt.Fprintf(&s, "- %s %s\n", box, doc.RowText(r))
	}
	return s.String()
}

// shift moves the headings of authored Markdown down n levels, outside
// code blocks.
func shift(md string, n int) string {
	if n <= 0 {
		return md
	}
	lines := strings.Split(md, "\n")
	fence := false
	for i, l := range lines {
		if strings.HasPrefix(l, "```") {
			fence = !fence
		}
		if !fence && strings.HasPrefix(l, "#") {
			lines[i] = strings.Repeat("#", n) + l
		}
	}
	return strings.Join(lines, "\n")
}
