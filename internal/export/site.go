// Package export makes the handbook into a website: a page per topic, an
// index by area, the glossary and the company forms side by side, linked
// to each other with relative links, so the folder works from a disk, a
// memory stick or any web server. It is pure logic: Site writes through a
// Writer (memory in tests), and Publish puts a site in a folder without
// ever leaving half of one behind.
package export

import (
	"fmt"
	"path"
	"strings"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/render/html"
)

// Input is what the website is made from.
type Input struct {
	Handbook *handbook.Handbook
	// Points and Forms are the company-form comparison (forms.yaml).
	Points []checklist.Point
	Forms  []checklist.Form
}

// Writer receives the files of a site. Names are slash-separated paths
// relative to the root of the site, such as "emne/as.html".
type Writer interface {
	WriteFile(name string, data []byte) error
}

// The files of the site besides the topic pages.
const (
	IndexFile      = "index.html"
	GlossaryFile   = "ordliste.html"
	ComparisonFile = "selskapsformer.html"
	StyleFile      = "stil.css"
	topicDir       = "emne"
)

// TopicFile is where the page of a topic goes.
func TopicFile(id string) string { return topicDir + "/" + id + ".html" }

// Site writes the whole website to w and returns how many pages it wrote.
func Site(in Input, w Writer) (int, error) {
	h := in.Handbook
	s := site{in: in, commands: commands(in)}
	if err := w.WriteFile(StyleFile, []byte(html.CSS())); err != nil {
		return 0, err
	}
	pages := 0
	write := func(name string, d *doc.Document) error {
		out, err := html.Render(d, s.options(name))
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := w.WriteFile(name, out); err != nil {
			return err
		}
		pages++
		return nil
	}
	if err := write(IndexFile, Index(h)); err != nil {
		return pages, err
	}
	if err := write(GlossaryFile, Glossary(h)); err != nil {
		return pages, err
	}
	if err := write(ComparisonFile, Comparison(in.Points, in.Forms)); err != nil {
		return pages, err
	}
	for _, t := range h.Topics {
		if err := write(TopicFile(t.ID), TopicPage(h, t)); err != nil {
			return pages, err
		}
	}
	return pages, nil
}

type site struct {
	in       Input
	commands map[string]doc.Link
}

// nav is on every page, in this order.
var nav = []doc.Link{
	{Title: "Emner", URL: IndexFile},
	{Title: "Ordliste", URL: GlossaryFile},
	{Title: "Selskapsformene side om side", URL: ComparisonFile},
}

func (s site) options(name string) html.Options {
	return html.Options{
		Base:       strings.Repeat("../", strings.Count(name, "/")),
		Stylesheet: StyleFile,
		Nav:        nav,
		Here:       name,
		Commands:   s.commands,
	}
}

// commands are the sosabc commands in the text that have a page on the
// site: «`sosabc les as`» becomes a link to the page on AS with its title;
// the comparison, the glossary and the topic list keep the command as the
// text of the link, since the sentence around it names a command.
func commands(in Input) map[string]doc.Link {
	m := map[string]doc.Link{}
	for _, t := range in.Handbook.Topics {
		l := doc.Link{Title: t.Title, URL: TopicFile(t.ID), ID: t.ID}
		m["sosabc les "+t.ID] = l
		m["sosabc read "+t.ID] = l
	}
	for _, c := range []string{"sosabc former sammenlign", "sosabc forms compare", "sosabc selskapsformer sammenlign"} {
		m[c] = doc.Link{URL: ComparisonFile}
	}
	for _, c := range []string{"sosabc ordliste", "sosabc glossary"} {
		m[c] = doc.Link{URL: GlossaryFile}
	}
	for _, c := range []string{"sosabc emner", "sosabc topics"} {
		m[c] = doc.Link{URL: IndexFile}
	}
	return m
}

// readLink is how a topic is named in a list so that the page links to it.
func readLink(id string) string { return "`sosabc les " + id + "`" }

// TopicPage is the handbook page of t for the web: the printed page, with
// its list of related pages turned into links.
func TopicPage(h *handbook.Handbook, t *handbook.Topic) *doc.Document {
	d := doc.Page(h, t, doc.PageOptions{Print: true})
	var related []string
	for _, id := range t.Related {
		if h.Topic(id) != nil {
			related = append(related, readLink(id))
		}
	}
	for i, b := range d.Blocks {
		head, ok := b.(doc.Heading)
		if !ok || head.Text != "Les også" || i+1 >= len(d.Blocks) {
			continue
		}
		if l, ok := d.Blocks[i+1].(doc.List); ok && len(l.Items) == len(related) {
			d.Blocks[i+1] = doc.List{Items: related}
		}
	}
	return d
}

// Index is the front page: every topic, by area, with its summary.
func Index(h *handbook.Handbook) *doc.Document {
	d := &doc.Document{Lang: "nb", Title: "Håndbok for sosiale entreprenører"}
	d.Blocks = append(d.Blocks,
		doc.Paragraph{Text: fmt.Sprintf("Her er hele håndboken i sosabc: %d emner, ordnet etter område. Hvert emne sier hva du må gjøre, og viser til kildene.", len(h.Topics))},
		doc.Notice{Text: "sosabc gir råd, men det er myndighetene som bestemmer. Sjekk alltid hos dem før du bestemmer deg."},
	)
	for _, a := range h.Areas {
		topics := h.TopicsIn(a.ID)
		if len(topics) == 0 {
			continue
		}
		items := make([]string, len(topics))
		for i, t := range topics {
			items[i] = readLink(t.ID) + ": " + t.Summary
		}
		d.Blocks = append(d.Blocks, doc.Heading{Level: 1, Text: a.Title})
		if a.Description != "" {
			d.Blocks = append(d.Blocks, doc.Paragraph{Text: a.Description})
		}
		d.Blocks = append(d.Blocks, doc.List{Items: items})
	}
	d.Blocks = append(d.Blocks,
		doc.Heading{Level: 1, Text: "Mer i håndboken"},
		doc.List{Items: []string{
			"Ordlisten forklarer ord og uttrykk: `sosabc ordliste`",
			"Alle selskapsformene side om side: `sosabc former sammenlign`",
		}},
	)
	return d
}

// Glossary is every term, in Norwegian alphabetical order.
func Glossary(h *handbook.Handbook) *doc.Document {
	d := &doc.Document{Lang: "nb", Title: "Ordliste"}
	d.Blocks = append(d.Blocks, doc.Paragraph{Text: fmt.Sprintf("%d ord og uttrykk fra håndboken, forklart kort.", len(h.Glossary))})
	for _, t := range h.Glossary {
		d.Blocks = append(d.Blocks, doc.Heading{Level: 1, Text: t.Term}, doc.Paragraph{Text: t.Definition})
		if len(t.Aliases) > 0 {
			d.Blocks = append(d.Blocks, doc.Paragraph{Text: "Også kalt: " + strings.Join(t.Aliases, ", ") + "."})
		}
		if t.Topic != "" && h.Topic(t.Topic) != nil {
			d.Blocks = append(d.Blocks, doc.Paragraph{Text: "Les mer: " + readLink(t.Topic)})
		}
	}
	return d
}

// Comparison is the company forms side by side, point by point, as
// «sosabc former sammenlign» shows them.
func Comparison(points []checklist.Point, forms []checklist.Form) *doc.Document {
	d := &doc.Document{Lang: "nb", Title: "Selskapsformene side om side"}
	c := doc.Comparison{}
	for _, f := range forms {
		c.Columns = append(c.Columns, f.Name)
	}
	for _, p := range points {
		row := doc.ComparisonRow{Label: p.Title}
		for _, f := range forms {
			row.Cells = append(row.Cells, f.Points[p.ID])
		}
		c.Rows = append(c.Rows, row)
	}
	var more []string
	for _, f := range forms {
		if f.Topic != "" {
			more = append(more, readLink(f.Topic))
		}
	}
	d.Blocks = append(d.Blocks,
		doc.Paragraph{Text: fmt.Sprintf("Her er de %d selskapsformene punkt for punkt: hvem de passer for, eierne, kapitalen, ansvaret og mer. Svarer du på spørsmålene i sosabc med `sosabc start`, får du et forslag som passer deg.", len(forms))},
		c,
	)
	if len(more) > 0 {
		d.Blocks = append(d.Blocks, doc.Heading{Level: 1, Text: "Les mer om hver form"}, doc.List{Items: more})
	}
	return d
}

// clean rejects a name that would leave the site's folder.
func clean(name string) (string, error) {
	c := path.Clean(name)
	if c != name || c == "." || strings.HasPrefix(c, "../") || c == ".." || path.IsAbs(c) || strings.Contains(c, "\\") {
		return "", fmt.Errorf("ugyldig filnavn i nettstedet: %q", name)
	}
	return c, nil
}
