package source

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"sync"

	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// UncertainFile and the files in UncertainDir hold every figure or rule we
// could not confirm on its primary source. Each is written once; every
// topic and checklist item that uses it names its id, so the reader is
// warned the same way everywhere the figure appears.
const (
	UncertainFile = "uncertain.yaml"
	UncertainDir  = "uncertain"
)

// Uncertain is one figure or rule the reader must check before relying on
// it: what it is, what we found, and where to check.
type Uncertain struct {
	ID    string `yaml:"id" json:"id"`
	Fact  string `yaml:"fact" json:"fact"`
	Note  string `yaml:"note" json:"note,omitempty"`
	Check string `yaml:"check" json:"check"` // who to ask: «Brønnøysundregistrene»
	URL   string `yaml:"url" json:"url,omitempty"`
	// FrontPage says why a bare front page is the right address, as for sources.
	FrontPage string `yaml:"front_page" json:"-"`

	Where string `yaml:"-" json:"-"`
}

// Registry holds the uncertain figures by id.
type Registry map[string]*Uncertain

var uncertainIDRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`) })

// LoadUncertain reads uncertain.yaml and uncertain/*.yaml from fsys into
// reg; a later layer replaces an earlier one's entry with the same id.
// Missing files are fine. prefix is put before paths in messages.
func LoadUncertain(fsys fs.FS, prefix string, reg Registry, errs *strictyaml.Errors) {
	files, _ := fs.Glob(fsys, UncertainDir+"/*.yaml")
	seen := map[string]string{}
	for _, f := range append([]string{UncertainFile}, files...) {
		loadUncertainFile(fsys, f, path.Join(prefix, f), reg, seen, errs)
	}
}

func loadUncertainFile(fsys fs.FS, file, name string, reg Registry, seen map[string]string, errs *strictyaml.Errors) {
	data, err := contentfs.ReadFile(fsys, file)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		errs.Add(name, 0, "kan ikke lese filen: %v", err)
		return
	}
	var doc struct {
		Uncertain []Uncertain `yaml:"uncertain"`
	}
	root, err := strictyaml.Decode(name, data, 0, &doc)
	if err != nil {
		errs.Append(err)
		return
	}
	list := strictyaml.Child(root, "uncertain")
	for i := range doc.Uncertain {
		u := doc.Uncertain[i]
		n := strictyaml.Item(list, i)
		line := strictyaml.KeyLine(n, "id")
		switch {
		case !uncertainIDRe().MatchString(u.ID):
			errs.Add(name, line, "id «%s» kan bare ha små bokstaver a–z, tall og bindestrek", u.ID)
			continue
		case seen[u.ID] != "":
			errs.Add(name, line, "«%s» står også i %s", u.ID, seen[u.ID])
			continue
		case strings.TrimSpace(u.Fact) == "" || strings.TrimSpace(u.Check) == "":
			errs.Add(name, line, "«%s» trenger både «fact» (hva som er usikkert) og «check» (hvor leseren kan sjekke)", u.ID)
		}
		if u.URL != "" { // «spør forsikringsselskapet ditt» has no single address
			CheckURL(errs, name, strictyaml.KeyLine(n, "url"), u.URL)
		}
		seen[u.ID] = fmt.Sprintf("%s:%d", name, line)
		u.Where = fmt.Sprintf("%s:%d", name, strictyaml.KeyLine(n, "url"))
		reg[u.ID] = &u
	}
}

// Resolve looks up ids for a topic or item; unknown ids are errors at line.
func (reg Registry) Resolve(ids []string, file string, line int, errs *strictyaml.Errors) []Uncertain {
	var out []Uncertain
	for _, id := range ids {
		u, ok := reg[id]
		if !ok {
			errs.Add(file, line, "«uncertain» viser til «%s», som ikke finnes i uncertain.yaml eller uncertain/", id)
			continue
		}
		out = append(out, *u)
	}
	return out
}

// Text is the warning as the reader sees it, the same on every page and
// item: the fact, what we found, and where to check.
func (u Uncertain) Text() string {
	line := strings.TrimSpace(u.Fact)
	if u.Note != "" {
		line += " " + strings.TrimSpace(u.Note)
	}
	if u.URL != "" {
		return line + " Sjekk hos " + u.Check + ": " + u.URL
	}
	return line + " Sjekk hos " + u.Check + "."
}
