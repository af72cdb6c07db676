package contentcheck

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/kommune/contacts"
	"github.com/sosabc/sosabc/internal/workshop"
)

// LocalReport says what sosabc found in a local content folder, so the
// people who write it see that every file was read and understood. A list
// is nil (null in JSON) when its files have errors and could not be read.
type LocalReport struct {
	Dir       string         `json:"dir"`
	Topics    []string       `json:"topics"`
	Terms     []string       `json:"terms"`
	Items     []LocalItem    `json:"items"`
	Contacts  []LocalContact `json:"contacts"`
	Workshops []string       `json:"workshops"`
}

// LocalItem is a checklist item from the folder and whom it is for.
type LocalItem struct {
	ID       string `json:"id"`
	File     string `json:"file"`
	Phase    string `json:"phase"`
	Priority string `json:"priority"`
	When     string `json:"when"` // empty: every founder
}

// LocalContact is a contact from the folder and the area it serves.
type LocalContact struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	Area string `json:"area"` // «3301 Drammen», «fylke 33 Buskerud», «hele landet»
}

// Local lists what the folder dir adds. Any argument may be nil when it
// could not be loaded; its part of the report is then nil.
func Local(dir string, h *handbook.Handbook, r *checklist.Rules, reg *kommune.Register, cs *contacts.Contacts, ws *workshop.Set) LocalReport {
	rep := LocalReport{Dir: dir}
	inDir := func(file string) bool { return strings.HasPrefix(file, strings.TrimSuffix(dir, "/")+"/") }
	if h != nil {
		rep.Topics, rep.Terms = []string{}, []string{}
		for _, t := range h.Topics {
			if t.Local {
				rep.Topics = append(rep.Topics, t.ID)
			}
		}
		for _, t := range h.Glossary {
			if inDir(t.File) {
				rep.Terms = append(rep.Terms, t.Term)
			}
		}
	}
	if r != nil {
		rep.Items = []LocalItem{}
		for _, it := range r.Items {
			if it.LocalFile {
				rep.Items = append(rep.Items, LocalItem{ID: it.ID, File: it.File, Phase: it.Phase, Priority: it.Priority, When: it.When})
			}
		}
	}
	if cs != nil {
		rep.Contacts = []LocalContact{}
		for _, c := range cs.All() {
			if c.Local {
				rep.Contacts = append(rep.Contacts, LocalContact{Name: c.Name, Kind: string(c.Kind), Area: area(reg, c)})
			}
		}
	}
	if ws != nil {
		rep.Workshops = []string{}
		for _, w := range ws.Workshops {
			if inDir(w.File) {
				rep.Workshops = append(rep.Workshops, w.ID)
			}
		}
	}
	return rep
}

// area names where a contact serves, in words.
func area(reg *kommune.Register, c contacts.Contact) string {
	var names []string
	switch c.Scope {
	case contacts.ScopeNational:
		return "hele landet"
	case contacts.ScopeFylke:
		for _, nr := range c.Fylker {
			name := "fylke " + nr
			if reg != nil {
				if f, ok := reg.Fylke(nr); ok {
					name += " " + f.Name
				}
			}
			names = append(names, name)
		}
	default:
		for _, nr := range c.Kommuner {
			name := nr
			if reg != nil {
				if k, ok := reg.Kommune(nr); ok {
					name += " " + k.Label()
				}
			}
			names = append(names, name)
		}
	}
	return strings.Join(names, ", ")
}

// localFiles are the files a local content folder may hold, as patterns
// for path.Match, and the loader that reads them.
var localFiles = []string{
	"topics/*.md", "topics/*/*.md", "glossary.yaml", "areas.yaml", "uncertain.yaml", "uncertain/*.yaml",
	"checklist/items/*.yaml", "kommuner/kontakter.yaml", "workshops/*.yaml",
	// Refused by the checklist loader, with its own message.
	"checklist/phases.yaml", "checklist/derived.yaml", "forms.yaml",
}

// Unread lists the files in a local content folder that no loader reads,
// each with what to do about it: a file in the wrong folder or with the
// wrong ending is otherwise silently left out. Hidden files and a
// README.md or LESMEG.md at the top are not content and not listed.
func Unread(fsys fs.FS, dir string) []string {
	var out []string
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "." {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		switch strings.ToLower(p) {
		case "readme.md", "lesmeg.md", "readme.txt", "lesmeg.txt":
			return nil
		}
		for _, pattern := range localFiles {
			if ok, _ := path.Match(pattern, p); ok {
				return nil
			}
		}
		if strings.HasPrefix(p, "topics/") && strings.HasSuffix(p, ".md") {
			return nil // topics may sit in deeper folders too
		}
		out = append(out, fmt.Sprintf("%s blir ikke lest: %s", path.Join(dir, p), unreadHint(p)))
		return nil
	})
	return out
}

func unreadHint(p string) string {
	switch {
	case strings.HasSuffix(p, ".yml"):
		return "gi filen endelsen .yaml"
	case strings.HasPrefix(p, "kommuner/"):
		return "fra en lokal mappe leser sosabc bare kommuner/kontakter.yaml. Lista over kommuner og sonene for arbeidsgiveravgift er innebygd"
	case strings.HasPrefix(p, "checklist/") && strings.HasSuffix(p, ".yaml"):
		return "sjekkpunkter skal ligge i checklist/items/"
	case strings.HasSuffix(p, ".md"):
		return "en side i håndboken skal ligge i topics/OMRÅDE/, for eksempel topics/kommune/"
	}
	return "se «sosabc help lokalt-innhold» for hvilke filer en lokal mappe kan ha"
}
