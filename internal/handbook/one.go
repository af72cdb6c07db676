package handbook

import (
	"errors"
	"io/fs"

	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// ErrNoSuchTopic means no layer has a file for the topic id.
var ErrNoSuchTopic = errors.New("emnet finnes ikke")

// LoadTopic reads just what one page needs: the areas, the topic, and the
// topics it links to (for their titles), plus every file of local layers. Reading one page should not cost
// parsing the whole handbook; `sosabc innhold sjekk` and the tests check the
// rest. It returns ErrNoSuchTopic when no file has that id.
func LoadTopic(id string, layers ...Layer) (*Handbook, error) {
	h := &Handbook{byID: map[string]*Topic{}, Uncertain: source.Registry{}}
	var errs strictyaml.Errors
	for _, l := range layers {
		if err := loadAreas(l, h, &errs); err != nil {
			return nil, err
		}
		loadUncertain(l, h.Uncertain, &errs)
		// A local directory is small and written by hand: check all of it
		// every time, so a mistake shows up at once, not only in the check.
		if l.Local {
			loadTopics(l, &Handbook{byID: map[string]*Topic{}}, &errs)
			loadGlossary(l, &errs)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	t, err := findAndParse(id, layers, &errs)
	if err != nil {
		return nil, err
	}
	h.Topics, h.byID[id] = append(h.Topics, t), t
	for _, r := range t.Related {
		rt, err := findAndParse(r, layers, &errs)
		if errors.Is(err, ErrNoSuchTopic) {
			errs.Add(t.File, 0, "«related» viser til «%s», som ikke finnes", r)
			continue
		}
		if err != nil {
			return nil, err
		}
		h.Topics, h.byID[r] = append(h.Topics, rt), rt
	}
	for _, p := range h.Topics {
		p.Uncertain = h.Uncertain.Resolve(p.UncertainIDs, p.File, 0, &errs)
	}
	if h.Area(t.Area) == nil {
		errs.Add(t.File, 0, "ukjent område «%s»: se areas.yaml", t.Area)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return h, nil
}

// findAndParse parses topics/*/<id>.md from the last layer that has it.
func findAndParse(id string, layers []Layer, errs *strictyaml.Errors) (*Topic, error) {
	if !idRe().MatchString(id) {
		return nil, ErrNoSuchTopic
	}
	for i := len(layers) - 1; i >= 0; i-- {
		l := layers[i]
		matches, _ := fs.Glob(l.FS, "topics/*/"+id+".md")
		if len(matches) == 0 {
			continue
		}
		data, err := contentfs.ReadFile(l.FS, matches[0])
		if err != nil {
			var e strictyaml.Errors
			e.Add(display(l, matches[0]), 0, "kan ikke lese filen: %v", err)
			return nil, e
		}
		before := len(*errs)
		t, ok := parseTopic(display(l, matches[0]), data, errs)
		if !ok {
			return nil, (*errs)[before:]
		}
		t.Local = l.Local
		return t, nil
	}
	return nil, ErrNoSuchTopic
}
