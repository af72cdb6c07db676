// Package source is where a fact comes from: the type, and the checks every
// content file applies to it (handbook topics and checklist items alike).
package source

import (
	"net/url"
	"regexp"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/internal/strictyaml"
)

// Source is a publication, its address, and the day we last checked it.
type Source struct {
	Title   string `yaml:"title" json:"title"`
	URL     string `yaml:"url" json:"url"`
	Checked string `yaml:"checked" json:"checked"`
}

// Check reports what is wrong with s; n (may be nil) gives the lines.
func Check(errs *strictyaml.Errors, file string, n *yaml.Node, s Source) {
	if strings.TrimSpace(s.Title) == "" {
		errs.Add(file, strictyaml.KeyLine(n, "title"), "kilden mangler title")
	}
	CheckURL(errs, file, strictyaml.KeyLine(n, "url"), s.URL)
	if s.Checked == "" {
		errs.Add(file, strictyaml.KeyLine(n, "checked"), "kilden «%s» mangler checked (datoen vi sjekket den)", s.Title)
		return
	}
	CheckDate(errs, file, strictyaml.KeyLine(n, "checked"), "checked", s.Checked)
}

// CheckURL accepts only full web addresses a reader can open.
func CheckURL(errs *strictyaml.Errors, file string, line int, raw string) {
	u, err := url.Parse(raw)
	if raw == "" || err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || strings.ContainsAny(raw, " \t") {
		errs.Add(file, line, "ugyldig nettadresse «%s»: skriv en full adresse som starter med https://", raw)
	}
}

var dateRe = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// CheckDate accepts real dates written YYYY-MM-DD.
func CheckDate(errs *strictyaml.Errors, file string, line int, key, value string) {
	if !dateRe.MatchString(value) {
		errs.Add(file, line, "ugyldig dato «%s» i «%s»: skriv ÅÅÅÅ-MM-DD", value, key)
		return
	}
	if _, err := time.Parse(time.DateOnly, value); err != nil {
		errs.Add(file, line, "datoen «%s» i «%s» finnes ikke", value, key)
	}
}
