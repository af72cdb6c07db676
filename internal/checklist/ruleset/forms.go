package ruleset

import (
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

var pointIDRe = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)

func (l *loader) loadForms(env map[string]any) {
	var doc struct {
		Points []Point `yaml:"points"`
		Forms  []Form  `yaml:"forms"`
	}
	root, ok := l.decode(formsFile, false, &doc)
	if !ok {
		return
	}
	file := "content/" + formsFile
	r := l.set

	pointList := strictyaml.Child(root, "points")
	if len(doc.Points) == 0 {
		l.errs.Add(file, strictyaml.KeyLine(root, "points"), "mangler «points»: skriv minst ett sammenligningspunkt")
	}
	for i, p := range doc.Points {
		n := strictyaml.Item(pointList, i)
		switch {
		case !pointIDRe.MatchString(p.ID):
			l.errs.Add(file, strictyaml.KeyLine(n, "id"), "punkt-id «%s» kan bare ha små bokstaver a–z, tall, _ og bindestrek", p.ID)
		case slices.ContainsFunc(r.Points, func(q Point) bool { return q.ID == p.ID }):
			l.errs.Add(file, strictyaml.KeyLine(n, "id"), "punktet «%s» står to ganger", p.ID)
			continue
		}
		if strings.TrimSpace(p.Title) == "" {
			l.errs.Add(file, strictyaml.KeyLine(n, "title"), "punktet «%s» mangler title", p.ID)
		}
		r.Points = append(r.Points, p)
	}

	var formValues []string
	if q := r.Schema.Question("form"); q != nil {
		for _, v := range q.OptionValues() {
			if v != "undecided" {
				formValues = append(formValues, v)
			}
		}
	} else {
		l.errs.Add(file, 0, "intervjuet har ikke spørsmålet «form», så selskapsformene kan ikke kobles til svarene")
	}

	formList := strictyaml.Child(root, "forms")
	if len(doc.Forms) == 0 {
		l.errs.Add(file, strictyaml.KeyLine(root, "forms"), "mangler «forms»: skriv minst én selskapsform")
	}
	for i, f := range doc.Forms {
		n := strictyaml.Item(formList, i)
		line := func(key string) int { return strictyaml.KeyLine(n, key) }
		switch {
		case formValues != nil && !slices.Contains(formValues, f.ID):
			l.errs.Add(file, line("id"), "«%s» er ikke et svar på spørsmålet «form»: bruk %s", f.ID, locale.JoinOr(formValues))
		case slices.ContainsFunc(r.Forms, func(g Form) bool { return g.ID == f.ID }):
			l.errs.Add(file, line("id"), "selskapsformen «%s» står to ganger", f.ID)
			continue
		}
		if strings.TrimSpace(f.Name) == "" {
			l.errs.Add(file, line("name"), "selskapsformen «%s» mangler name", f.ID)
		}
		l.checkTopic(file, line("topic"), f.Topic)
		l.checkPoints(file, n, f)
		l.checkReasons(file, strictyaml.Child(n, "for"), f.For, env)
		l.checkReasons(file, strictyaml.Child(n, "against"), f.Against, env)
		r.Forms = append(r.Forms, f)
	}
}

// checkPoints demands one text for every comparison point, so the
// comparison never has holes, and no text for a point that does not exist.
func (l *loader) checkPoints(file string, n *yaml.Node, f Form) {
	pointsNode := strictyaml.Child(n, "points")
	for _, p := range l.set.Points {
		text, ok := f.Points[p.ID]
		switch {
		case !ok:
			l.errs.Add(file, strictyaml.KeyLine(n, "points"), "«%s» mangler punktet «%s» under «points»", f.ID, p.ID)
		case strings.TrimSpace(text) == "":
			l.errs.Add(file, strictyaml.KeyLine(pointsNode, p.ID), "«%s» har tom tekst for punktet «%s»", f.ID, p.ID)
		}
	}
	for _, id := range sortedKeys(f.Points) {
		if !slices.ContainsFunc(l.set.Points, func(p Point) bool { return p.ID == id }) {
			l.errs.Add(file, strictyaml.KeyLine(pointsNode, id), "ukjent punkt «%s»: punktene står øverst i filen under «points»", id)
		}
	}
}

func (l *loader) checkReasons(file string, list *yaml.Node, reasons []Reason, env map[string]any) {
	for i := range reasons {
		reason := &reasons[i]
		n := strictyaml.Item(list, i)
		if strings.TrimSpace(reason.When) == "" {
			l.errs.Add(file, strictyaml.KeyLine(n, "when"), "grunnen mangler when")
		} else {
			l.compile(file, strictyaml.KeyLine(n, "when"), reason.When)
		}
		if strings.TrimSpace(reason.Text) == "" {
			l.errs.Add(file, strictyaml.KeyLine(n, "text"), "grunnen mangler text")
		}
		l.checkPlaceholders(file, strictyaml.KeyLine(n, "text"), reason.Text, env)
		if reason.Weight < 1 || reason.Weight > 3 {
			l.errs.Add(file, strictyaml.KeyLine(n, "weight"), "vekten (weight) må være 1, 2 eller 3, ikke %d", reason.Weight)
		}
	}
}
