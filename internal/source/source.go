// Package source is where a fact comes from: the type, and the checks every
// content file applies to it (handbook topics, checklist items, uncertain
// figures and local content alike).
package source

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// Source is the page that states a fact. Date is the date the page itself
// states (when it has one); Read is the day we read it. A bare front page
// is allowed only with a reason in FrontPage: a reader must be able to
// check the fact from the link.
type Source struct {
	Title     string `yaml:"title" json:"title"`
	URL       string `yaml:"url" json:"url"`
	Date      string `yaml:"date" json:"date,omitempty"`
	Read      string `yaml:"read" json:"read"`
	FrontPage string `yaml:"front_page" json:"front_page,omitempty"`

	// Where is file:line of the source in the content, set by the loader
	// for messages.
	Where string `yaml:"-" json:"-"`
}

// Check reports what is wrong with s, and sets s.Where; n (may be nil)
// gives the lines. Without n, a Where that is already known is kept (data
// read from a snapshot that recorded the lines).
func Check(errs *strictyaml.Errors, file string, n *yaml.Node, s *Source) {
	if n != nil || s.Where == "" {
		s.Where = fmt.Sprintf("%s:%d", file, strictyaml.KeyLine(n, "url"))
	}
	if strings.TrimSpace(s.Title) == "" {
		errs.Add(file, strictyaml.KeyLine(n, "title"), "kilden mangler title")
	}
	CheckURL(errs, file, strictyaml.KeyLine(n, "url"), s.URL)
	if s.Date != "" {
		CheckPageDate(errs, file, strictyaml.KeyLine(n, "date"), s.Date)
	}
	if s.Read == "" {
		errs.Add(file, strictyaml.KeyLine(n, "read"), "kilden «%s» mangler read (datoen vi leste siden, ÅÅÅÅ-MM-DD)", s.Title)
		return
	}
	CheckDate(errs, file, strictyaml.KeyLine(n, "read"), "read", s.Read)
}

// CheckURL accepts only full web addresses a reader can open.
func CheckURL(errs *strictyaml.Errors, file string, line int, raw string) {
	u, err := url.Parse(raw)
	if raw == "" || err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || strings.ContainsAny(raw, " \t") {
		errs.Add(file, line, "ugyldig nettadresse «%s»: skriv en full adresse som starter med https://", raw)
	}
}

// IsFrontPage reports whether raw is a site's front page: no path, or only «/».
func IsFrontPage(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return false
	}
	return (u.Path == "" || u.Path == "/") && u.RawQuery == "" && u.Fragment == ""
}

// The expressions are compiled when a date is first checked, not when
// sosabc starts: most commands never check one.
var (
	dateRe      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`) })
	pageDateRes = sync.OnceValue(func() []pageDate {
		return []pageDate{
			{dateRe(), time.DateOnly},
			{regexp.MustCompile(`^\d{4}-\d{2}$`), "2006-01"},
			{regexp.MustCompile(`^\d{4}$`), "2006"},
		}
	})
)

type pageDate struct {
	re     *regexp.Regexp
	layout string
}

// CheckDate accepts real dates written YYYY-MM-DD.
func CheckDate(errs *strictyaml.Errors, file string, line int, key, value string) {
	if !dateRe().MatchString(value) {
		errs.Add(file, line, "ugyldig dato «%s» i «%s»: skriv ÅÅÅÅ-MM-DD", value, key)
		return
	}
	if _, err := time.Parse(time.DateOnly, value); err != nil {
		errs.Add(file, line, "datoen «%s» i «%s» finnes ikke", value, key)
	}
}

// CheckPageDate accepts the date a page states: a day (ÅÅÅÅ-MM-DD), a
// month (ÅÅÅÅ-MM) or a year (ÅÅÅÅ), as precise as the page is.
func CheckPageDate(errs *strictyaml.Errors, file string, line int, value string) {
	for _, f := range pageDateRes() {
		if f.re.MatchString(value) {
			if _, err := time.Parse(f.layout, value); err != nil {
				errs.Add(file, line, "datoen «%s» i «date» finnes ikke", value)
			}
			return
		}
	}
	errs.Add(file, line, "ugyldig dato «%s» i «date»: skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, så nøyaktig som siden selv er", value)
}

// Label is the title with the date the page states: «Skatteetaten:
// Arbeidsgiveravgift (20. februar 2025)».
func (s Source) Label() string {
	title := strings.TrimSuffix(strings.TrimSpace(s.Title), ".")
	if s.Date == "" {
		return title
	}
	return title + " (" + locale.Date(s.Date) + ")"
}

// ReadOn is when we read the page, for the reader: «lest 1. desember 2026».
func (s Source) ReadOn() string { return "lest " + locale.Date(s.Read) }
