package workshop

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// Dir is the folder of the modules in a content tree; AimsFile is the
// list of competence aims inside it.
const (
	Dir      = "workshops"
	AimsFile = Dir + "/kompetansemal.yaml"
)

// MaxAimText is the longest paraphrase of a competence aim, in letters:
// a short paraphrase, never the aim's full text.
const MaxAimText = 90

// Refs checks links from the modules to the rest of the content. A nil
// function skips that check.
type Refs struct {
	Topic   func(id string) bool // a handbook topic id exists
	Persona func(id string) bool // a persona id exists
}

// Set is every module and the competence aims they use.
type Set struct {
	Workshops []*Workshop // by audience (grundere, vgs, kommune), then title
	Aims      []Aim       // in file order

	byID map[string]*Workshop
	aims map[string]Aim
}

// Workshop returns the module with id, or nil.
func (s *Set) Workshop(id string) *Workshop { return s.byID[id] }

// Aim returns the competence aim with code.
func (s *Set) Aim(code string) (Aim, bool) {
	a, ok := s.aims[code]
	return a, ok
}

// ByAudience lists the modules for one audience, in list order.
func (s *Set) ByAudience(a Audience) []*Workshop {
	var out []*Workshop
	for _, w := range s.Workshops {
		if w.Audience == a {
			out = append(out, w)
		}
	}
	return out
}

var (
	idRe   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`) })
	codeRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^KM[0-9]+$`) })
)

// Load reads workshops/kompetansemal.yaml and every other
// workshops/*.yaml, and checks them all. Every problem is reported, in
// Norwegian with file and line, not only the first. A tree without a
// workshops folder gives an empty set.
func Load(fsys fs.FS, refs Refs) (*Set, error) {
	s := &Set{byID: map[string]*Workshop{}, aims: map[string]Aim{}}
	var errs strictyaml.Errors
	loadAims(fsys, s, &errs)

	names, err := fs.Glob(fsys, Dir+"/*.yaml")
	if err != nil {
		return nil, err
	}
	ids := map[string]string{} // handout and exercise ids → where first seen
	for _, name := range names {
		if name == AimsFile {
			continue
		}
		file := contentfs.Display(fsys, name)
		data, err := contentfs.ReadFile(fsys, name)
		if err != nil {
			errs.Add(file, 0, "kan ikke lese filen: %v", err)
			continue
		}
		w := &Workshop{}
		node, err := strictyaml.Decode(file, data, 0, w)
		if err != nil {
			errs.Append(err)
			continue
		}
		w.File = file
		if want := strings.TrimSuffix(path.Base(name), ".yaml"); w.ID != want {
			errs.Add(file, strictyaml.KeyLine(node, "id"), "id «%s» skal være lik filnavnet «%s»", w.ID, want)
			continue
		}
		start := len(errs)
		check(&errs, w, node, s.aims, refs, ids)
		// A file's problems in the order of its lines, as an editor shows them.
		mine := errs[start:]
		sort.SliceStable(mine, func(i, j int) bool { return mine[i].Line < mine[j].Line })
		s.byID[w.ID] = w
		s.Workshops = append(s.Workshops, w)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	order := map[Audience]int{}
	for i, a := range Audiences {
		order[a] = i
	}
	less := locale.Less()
	sort.SliceStable(s.Workshops, func(i, j int) bool {
		a, b := s.Workshops[i], s.Workshops[j]
		if order[a.Audience] != order[b.Audience] {
			return order[a.Audience] < order[b.Audience]
		}
		return less(a.Title, b.Title)
	})
	return s, nil
}

func loadAims(fsys fs.FS, s *Set, errs *strictyaml.Errors) {
	file := contentfs.Display(fsys, AimsFile)
	data, err := contentfs.ReadFile(fsys, AimsFile)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		errs.Add(file, 0, "kan ikke lese filen: %v", err)
		return
	}
	var doc struct {
		Aims []Aim `yaml:"aims"`
	}
	node, err := strictyaml.Decode(file, data, 0, &doc)
	if err != nil {
		errs.Append(err)
		return
	}
	list := strictyaml.Child(node, "aims")
	for i, a := range doc.Aims {
		n := strictyaml.Item(list, i)
		line := func(key string) int { return strictyaml.KeyLine(n, key) }
		ok := true
		switch {
		case !codeRe().MatchString(a.Code):
			errs.Add(file, line("code"), "ugyldig kode «%s»: en kode for et kompetansemål ser slik ut: KM1234", a.Code)
			ok = false
		case s.aims[a.Code].Code != "":
			errs.Add(file, line("code"), "kompetansemålet «%s» står to ganger", a.Code)
			ok = false
		}
		if strings.TrimSpace(a.Subject) == "" {
			errs.Add(file, line("code"), "kompetansemålet «%s» mangler «subject» (faget)", a.Code)
			ok = false
		}
		switch text := strings.TrimSpace(a.Text); {
		case text == "":
			errs.Add(file, line("code"), "kompetansemålet «%s» mangler «text» (en kort omskrivning)", a.Code)
			ok = false
		case utf8.RuneCountInString(text) > MaxAimText:
			errs.Add(file, line("text"), "teksten til «%s» har %d tegn: skriv en kort omskrivning med egne ord, høyst %d tegn, ikke hele målet", a.Code, utf8.RuneCountInString(text), MaxAimText)
			ok = false
		}
		checkSources(errs, file, n, a.Sources)
		for j, src := range a.Sources {
			if !onUdir(src.URL) {
				errs.Add(file, strictyaml.KeyLine(strictyaml.Item(strictyaml.Child(n, "sources"), j), "url"),
					"kilden til «%s» skal være læreplanen på udir.no (www.udir.no/lk20/… eller data.udir.no), ikke «%s»", a.Code, src.URL)
				ok = false
			}
		}
		if ok {
			s.aims[a.Code] = a
			s.Aims = append(s.Aims, a)
		}
	}
}

func onUdir(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	host := strings.ToLower(u.Hostname())
	return host == "udir.no" || strings.HasSuffix(host, ".udir.no")
}

// checkSources checks the sources under n (a mapping with «sources»):
// at least one, each valid, no bare front page without a reason.
func checkSources(errs *strictyaml.Errors, file string, n *yaml.Node, srcs []source.Source) {
	if len(srcs) == 0 {
		errs.Add(file, strictyaml.KeyLine(n, "sources"), "mangler kilder: skriv minst én under «sources» med title, url og read")
		return
	}
	list := strictyaml.Child(n, "sources")
	for i := range srcs {
		item := strictyaml.Item(list, i)
		source.Check(errs, file, item, &srcs[i])
		if source.IsFrontPage(srcs[i].URL) && strings.TrimSpace(srcs[i].FrontPage) == "" {
			errs.Add(file, strictyaml.KeyLine(item, "url"), "«%s» er forsiden til et nettsted: lenk til siden som sier det du bruker, eller forklar i «front_page» hvorfor forsiden er riktig", srcs[i].URL)
		}
	}
}

// check validates one module; node gives the lines. ids collects handout
// and exercise ids across modules, which must be unique everywhere.
func check(errs *strictyaml.Errors, w *Workshop, node *yaml.Node, aims map[string]Aim, refs Refs, ids map[string]string) {
	file := w.File
	line := func(key string) int { return strictyaml.KeyLine(node, key) }
	item := func(key string, i int) *yaml.Node { return strictyaml.Item(strictyaml.Child(node, key), i) }
	where := func(n *yaml.Node, key string) string { return fmt.Sprintf("%s:%d", file, strictyaml.KeyLine(n, key)) }
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }

	if !idRe().MatchString(w.ID) {
		errs.Add(file, line("id"), "id «%s» kan bare ha små bokstaver a–z, tall og bindestrek", w.ID)
	}
	for _, f := range []struct{ key, value string }{{"title", w.Title}, {"summary", w.Summary}, {"preparation", w.Preparation}} {
		if blank(f.value) {
			errs.Add(file, line(f.key), "mangler feltet «%s»", f.key)
		}
	}
	if !w.Audience.valid() {
		errs.Add(file, line("audience"), "ukjent målgruppe «%s» i «audience»: skriv vgs, grundere eller kommune", w.Audience)
	}
	if w.Minutes <= 0 {
		errs.Add(file, line("minutes"), "«minutes» skal være hvor mange minutter økten varer, et tall over 0")
	}
	if w.Group.Min < 1 || w.Group.Max < w.Group.Min {
		errs.Add(file, line("group"), "«group» skal ha «min» på minst 1 og «max» som er minst like stor som «min» (nå %d og %d)", w.Group.Min, w.Group.Max)
	}

	// Goals, and the competence aims they name.
	if len(w.Goals) == 0 {
		errs.Add(file, line("goals"), "mangler mål: skriv minst ett under «goals»")
	}
	for i, g := range w.Goals {
		n := item("goals", i)
		if blank(g.Text) {
			errs.Add(file, n.Line, "målet mangler «text»")
		}
		if len(g.Aims) > 0 && w.Audience != School {
			errs.Add(file, strictyaml.KeyLine(n, "aims"), "bare moduler for vgs kan vise til kompetansemål, men denne er for «%s»", w.Audience)
			continue
		}
		for _, code := range g.Aims {
			if _, ok := aims[code]; !ok {
				// A teacher has no content/ folder: name the codes instead.
				errs.Add(file, strictyaml.KeyLine(n, "aims"), "ukjent kompetansemål «%s» i «aims»: sosabc kjenner %s. Skriv en av dem, eller ta koden bort", code, knownAims(aims))
			}
		}
	}
	for i, m := range w.Materials {
		if blank(m) {
			errs.Add(file, strictyaml.Item(strictyaml.Child(node, "materials"), i).Line, "tomt punkt i «materials»")
		}
	}

	// The agenda, and that it fills the time exactly.
	if len(w.Agenda) == 0 {
		errs.Add(file, line("agenda"), "mangler agenda: skriv minst én aktivitet under «agenda»")
	}
	sum := 0
	for i, a := range w.Agenda {
		n := item("agenda", i)
		sum += a.Minutes
		name := a.Title
		if blank(name) {
			errs.Add(file, n.Line, "aktivitet nummer %d mangler «title»", i+1)
			name = fmt.Sprintf("nummer %d", i+1)
		}
		if a.Minutes <= 0 {
			errs.Add(file, strictyaml.KeyLine(n, "minutes"), "aktiviteten «%s» skal vare minst ett minutt", name)
		}
		if !a.Kind.valid() {
			errs.Add(file, strictyaml.KeyLine(n, "kind"), "ukjent type «%s» i aktiviteten «%s»: skriv innlegg, oppgave, samtale eller pause", a.Kind, name)
		} else if a.Kind != Break && blank(a.Instructions) {
			errs.Add(file, n.Line, "aktiviteten «%s» mangler «instructions»: skriv hva som skjer, og hva du sier og gjør", name)
		}
	}
	if len(w.Agenda) > 0 && w.Minutes > 0 && sum != w.Minutes {
		diff, more := sum-w.Minutes, "for mye"
		if diff < 0 {
			diff, more = -diff, "for lite"
		}
		errs.Add(file, line("minutes"), "agendaen er %d minutter til sammen, men «minutes» er %d: %s %s i agendaen", sum, w.Minutes, minutes(diff), more)
	}

	// Handouts and exercises: ids unique across every module.
	useID := func(n *yaml.Node, kind, id string) {
		if !idRe().MatchString(id) {
			errs.Add(file, strictyaml.KeyLine(n, "id"), "%s-id «%s» kan bare ha små bokstaver a–z, tall og bindestrek", kind, id)
			return
		}
		if other, dup := ids[id]; dup {
			errs.Add(file, strictyaml.KeyLine(n, "id"), "id «%s» finnes også i %s", id, other)
			return
		}
		ids[id] = where(n, "id")
	}
	if len(w.Handouts) == 0 {
		errs.Add(file, line("handouts"), "mangler utdelingsark: skriv minst ett under «handouts»")
	}
	for i, h := range w.Handouts {
		n := item("handouts", i)
		w.Handouts[i].Line = strictyaml.KeyLine(n, "id")
		useID(n, "ark", h.ID)
		if blank(h.Title) {
			errs.Add(file, strictyaml.KeyLine(n, "id"), "arket «%s» mangler «title»", h.ID)
		}
		if blank(h.Body) {
			errs.Add(file, strictyaml.KeyLine(n, "id"), "arket «%s» mangler innhold i «body»", h.ID)
		}
		if h.Lines < 0 || h.Lines > maxLines {
			errs.Add(file, strictyaml.KeyLine(n, "lines"), "«lines» i arket «%s» er %d: skriv et tall fra 0 til %d", h.ID, h.Lines, maxLines)
		}
	}
	if len(w.Exercises) == 0 {
		errs.Add(file, line("exercises"), "mangler oppgaver: skriv minst én under «exercises»")
	}
	for i, e := range w.Exercises {
		n := item("exercises", i)
		useID(n, "oppgave", e.ID)
		if blank(e.Title) {
			errs.Add(file, strictyaml.KeyLine(n, "id"), "oppgaven «%s» mangler «title»", e.ID)
		}
		if blank(e.Task) {
			errs.Add(file, strictyaml.KeyLine(n, "id"), "oppgaven «%s» mangler «task»", e.ID)
		}
		if blank(e.Answer) {
			errs.Add(file, strictyaml.KeyLine(n, "id"), "oppgaven «%s» mangler et løsningsforslag i «answer»", e.ID)
		}
	}

	// The quiz.
	if len(w.Quiz) == 0 {
		errs.Add(file, line("quiz"), "mangler quiz: skriv minst ett spørsmål under «quiz»")
	}
	for i, q := range w.Quiz {
		n := item("quiz", i)
		name := strings.TrimSpace(q.Question)
		if name == "" {
			errs.Add(file, n.Line, "spørsmål nummer %d mangler «question»", i+1)
			name = fmt.Sprintf("nummer %d", i+1)
		}
		seen := map[string]bool{}
		for _, o := range q.Options {
			key := strings.ToLower(strings.TrimSpace(o))
			if key == "" {
				errs.Add(file, strictyaml.KeyLine(n, "options"), "spørsmålet «%s» har et tomt svaralternativ", name)
			} else if seen[key] {
				errs.Add(file, strictyaml.KeyLine(n, "options"), "spørsmålet «%s» har svaralternativet «%s» to ganger", name, o)
			}
			seen[key] = true
		}
		switch {
		case len(q.Options) < 2:
			errs.Add(file, strictyaml.KeyLine(n, "options"), "spørsmålet «%s» trenger minst to svaralternativer under «options»", name)
		case q.Correct < 1 || q.Correct > len(q.Options):
			errs.Add(file, strictyaml.KeyLine(n, "correct"), "«correct» er %d, men spørsmålet «%s» har %d svaralternativer: skriv et tall fra 1 til %d", q.Correct, name, len(q.Options), len(q.Options))
		}
		if blank(q.Explanation) {
			errs.Add(file, strictyaml.KeyLine(n, "question"), "spørsmålet «%s» mangler «explanation»: si kort hvorfor svaret er riktig", name)
		}
	}

	// Links to the rest of the content.
	for _, id := range w.Topics {
		if refs.Topic != nil && !refs.Topic(id) {
			errs.Add(file, line("topics"), "«topics» viser til emnet «%s», som ikke finnes", id)
		}
	}
	for _, id := range w.Personas {
		if refs.Persona != nil && !refs.Persona(id) {
			errs.Add(file, line("personas"), "«personas» viser til personen «%s», som ikke finnes", id)
		}
	}
	checkSources(errs, file, node, w.Sources)
}

// maxLines is the most writing lines a handout may ask for under each
// section: more would not leave room for the questions on an A4 page.
const maxLines = 12

// minutes is «1 minutt» or «5 minutter».
func minutes(n int) string {
	if n == 1 {
		return "1 minutt"
	}
	return fmt.Sprintf("%d minutter", n)
}

// knownAims is «KM6126, KM6136 og KM6147», sorted; «ingen kompetansemål»
// when there are none.
func knownAims(aims map[string]Aim) string {
	if len(aims) == 0 {
		return "ingen kompetansemål"
	}
	codes := make([]string, 0, len(aims))
	for c := range aims {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return locale.JoinAnd(codes)
}
