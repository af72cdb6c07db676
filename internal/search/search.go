// Package search finds handbook pages for a free-text query. It forgives
// inflection ("forsikringer" finds "forsikring"), compounds ("styreansvar"
// finds "styreansvarsforsikring") and ae/oe/aa for æ/ø/å.
package search

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/sosabc/sosabc/internal/fuzzy"
	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/locale"
)

// Result is one page that matched.
type Result struct {
	ID      string  `json:"id"`
	Title   string  `json:"title"`
	Area    string  `json:"area"`
	Summary string  `json:"summary"`
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"`
}

// Weights: a hit in the title says more than a hit somewhere in the body.
// The area («Finansiering: Hvor pengene kan komme fra») places a page in
// its field, so a plain word like «penger» leads to the right part of the
// handbook.
const (
	weightTitle    = 10
	weightKeyword  = 6
	weightGlossary = 4
	weightSummary  = 3
	weightArea     = 2
	weightBody     = 1

	// weightSynonym is a hit on a word that means the same as the one
	// searched for: a little less than the word itself.
	weightSynonym = 0.8
	// boostOverview favours an area's overview page (order -1) among pages
	// that match: it is where a broad question should land.
	boostOverview = 1.25
)

type field struct {
	weight float64
	tokens []string
}

type doc struct {
	topic    *handbook.Topic
	overview bool
	fields   []field
	// body is the folded body text. It is searched as text, not split into
	// words: splitting every page was most of the cost of a search.
	body string
}

// Index is built once per run; building it is cheap (milliseconds).
type Index struct{ docs []doc }

// New indexes every topic, and lets glossary terms point at their topic.
func New(h *handbook.Handbook) *Index {
	glossary := map[string][]string{}
	for _, g := range h.Glossary {
		if g.Topic == "" {
			continue
		}
		words := append([]string{g.Term}, g.Aliases...)
		glossary[g.Topic] = append(glossary[g.Topic], Tokens(strings.Join(words, " "))...)
	}
	ix := &Index{}
	for _, t := range h.Topics {
		var area []string
		if a := h.Area(t.Area); a != nil {
			area = Tokens(a.Title + " " + a.Description)
		}
		ix.docs = append(ix.docs, doc{topic: t, overview: t.Order < 0, fields: []field{
			{weightTitle, Tokens(t.Title)},
			{weightKeyword, Tokens(strings.Join(t.Keywords, " "))},
			{weightGlossary, glossary[t.ID]},
			{weightSummary, Tokens(t.Summary)},
			{weightArea, area},
		}, body: " " + locale.Fold(t.Body)})
	}
	return ix
}

// Search returns matching pages, best first. Every query word must match
// (itself or a word that means the same); a page that matches only some
// words is shown only when none match all. Small words that carry no
// meaning («hvordan», «jeg», «få») are left out, so a plain question works
// like its key words.
func (ix *Index) Search(query string) []Result {
	terms := Tokens(query)
	if len(terms) == 0 {
		return nil
	}
	var all, some []Result
	for _, d := range ix.docs {
		total, matched := 0.0, 0
		for _, q := range terms {
			s := termScore(d, q)
			for _, syn := range synonyms()[q] {
				s = max(s, weightSynonym*termScore(d, syn))
			}
			if s > 0 {
				matched++
			}
			total += s
		}
		if matched == 0 {
			continue
		}
		if d.overview {
			total *= boostOverview
		}
		r := Result{ID: d.topic.ID, Title: d.topic.Title, Area: d.topic.Area, Summary: d.topic.Summary,
			Score: math.Round(total*100) / 100, Snippet: snippet(d.topic.Body, terms)}
		if matched == len(terms) {
			all = append(all, r)
		} else {
			r.Score = math.Round(r.Score*float64(matched)/float64(len(terms))*100) / 100
			some = append(some, r)
		}
	}
	out := all
	if len(out) == 0 {
		out = some
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// termScore is how well one search term matches a page.
func termScore(d doc, q string) float64 {
	s := 0.0
	for _, f := range d.fields {
		s += f.weight * fieldScore(q, f.tokens)
	}
	return s + weightBody*bodyScore(q, d.body)
}

// fieldScore: 1 for a whole-word hit, less for a hit inside a compound;
// repeated hits in long text count with diminishing weight.
func fieldScore(q string, tokens []string) float64 {
	best, hits := 0.0, 0
	for _, t := range tokens {
		s := match(q, t)
		if s > 0 {
			hits++
			if s > best {
				best = s
			}
		}
	}
	if hits == 0 {
		return 0
	}
	return best * (1 + math.Log(float64(hits)))
}

// bodyScore scores a term in running text: a hit at the start of a word
// counts like a prefix match, one inside a compound like a compound match.
func bodyScore(q, body string) float64 {
	hits := strings.Count(body, q)
	if hits == 0 || len(q) < 3 {
		return 0
	}
	best := 0.0
	for i := 0; ; {
		j := strings.Index(body[i:], q)
		if j < 0 {
			break
		}
		at := i + j
		if at > 0 && !isWordByte(body[at-1]) {
			best = 0.7
			break
		}
		if len(q) >= 5 {
			best = 0.5
		}
		i = at + len(q)
	}
	if best == 0 {
		return 0
	}
	return best * (1 + math.Log(float64(hits)))
}

// isWordByte: the folded text is ASCII apart from rare letters such as ð.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

func match(q, t string) float64 {
	switch {
	case q == t:
		return 1
	case len(q) >= 4 && strings.HasPrefix(t, q):
		return 0.7 // styreansvar → styreansvarsforsikring
	case len(q) >= 5 && strings.Contains(t, q):
		return 0.5 // forsikring → styreansvarsforsikring
	}
	return 0
}

// Tokens folds, splits and stems text into search terms.
func Tokens(s string) []string {
	words := strings.FieldsFunc(locale.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := make([]string, 0, len(words))
	for _, w := range words {
		if stop()[w] {
			continue
		}
		out = append(out, Stem(w))
	}
	return out
}

// stop words carry no meaning for search: the small words of a question
// («hvordan kan jeg få …»). Folded, as Tokens sees them. «under» is not
// one of them: «under 18 år» is a search. Made at the first search, as
// are the synonyms: not for every command that starts.
var stop = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		og i på til for en et ei av å som med er det den de du om at
		hvordan hva hvem hvor hvilken hvilket hvilke når hvorfor hvis
		jeg meg min mitt mine vi oss vår vårt våre dere deres man seg sin sitt sine
		kan skal må bør vil får få gjøre gjør trenger ha har hatt være var blir bli
		noe noen nå her der da så men eller også bare ikke mye mer
		fra hos ved etter inn ut mot`) {
		m[locale.Fold(w)] = true
	}
	return m
})

// synonyms lead a plain word to the words the handbook uses: «penger» to
// «finansiering», «moms» to «mva». Keys and values are written as people
// write them; they are folded and stemmed like the text.
var synonyms = sync.OnceValue(func() map[string][]string {
	words := map[string][]string{
		"penger":     {"finansiering", "kapital"},
		"moms":       {"mva", "merverdiavgift"},
		"mva":        {"moms", "merverdiavgift"},
		"koster":     {"kostnad", "gebyr", "pris", "budsjett"},
		"kostnad":    {"gebyr", "pris", "budsjett"},
		"ansette":    {"ansatt", "arbeidsgiver", "ansettelse"},
		"ansetter":   {"ansatt", "arbeidsgiver", "ansettelse"},
		"betalt":     {"honorar", "lønn", "godtgjørelse"},
		"betaling":   {"honorar", "lønn"},
		"firma":      {"virksomhet", "foretak", "bedrift"},
		"bedrift":    {"virksomhet", "foretak"},
		"starte":     {"stifte", "etablere", "oppstart"},
		"starter":    {"stifte", "etablere", "oppstart"},
		"oppstart":   {"oppstartslån", "oppstartstilskudd"},
		"investor":   {"investering", "kapital"},
		"investorer": {"investering", "kapital"},
	}
	out := map[string][]string{}
	for k, vs := range words {
		key := Stem(locale.Fold(k))
		for _, v := range vs {
			out[key] = append(out[key], Stem(locale.Fold(v)))
		}
	}
	return out
})

// Stem strips common Norwegian inflection endings from a folded word.
// It is deliberately light: both the text and the query go through it, so
// it only needs to be consistent, not linguistically perfect.
func Stem(w string) string {
	for _, suf := range []string{"ene", "ane", "ers", "ens", "ets", "er", "en", "et", "a", "e"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 && isLetters(w) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// The expression and the replacer are made once, when the first snippet
// is: not for every page that matches, and not for commands that never
// search.
var (
	listMarkerRe    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:[-*+]|\d+[.)])\s+`) })
	snippetReplacer = strings.NewReplacer("*", "", "`", "", "\\", "")
)

// snippet is the first sentence of the body with a query word, shortened.
// Headings are not sentences, and a list item is a sentence of its own:
// joined to the text around them they made «… i eget AS Tar du ut lønn …»
// and «… lønnssystem - e-post og lagring …».
func snippet(body string, terms []string) string {
	var sentences []string
	for _, block := range blocks(body) {
		sentences = append(sentences, splitSentences(snippetReplacer.Replace(block))...)
	}
	for _, s := range sentences {
		for _, tok := range Tokens(s) {
			for _, q := range terms {
				if match(q, tok) > 0 {
					return shorten(strings.Join(strings.Fields(s), " "), 160)
				}
			}
		}
	}
	for _, s := range sentences {
		if strings.TrimSpace(s) != "" {
			return shorten(strings.Join(strings.Fields(s), " "), 160)
		}
	}
	return ""
}

// splitSentences cuts a paragraph after «.», «!» or «?» followed by a
// space and a capital letter, so «5.: a-melding» and «15. januar» stay
// whole.
func splitSentences(p string) []string {
	var out []string
	r := []rune(p)
	start := 0
	for i := 0; i < len(r)-2; i++ {
		if (r[i] == '.' || r[i] == '!' || r[i] == '?') && unicode.IsSpace(r[i+1]) && unicode.IsUpper(r[i+2]) {
			out = append(out, string(r[start:i+1]))
			start = i + 2
		}
	}
	return append(out, string(r[start:]))
}

// blocks splits Markdown into paragraphs and list items, without the list
// markers, and leaves out headings.
func blocks(body string) []string {
	var out, lines []string
	flush := func() {
		if len(lines) > 0 {
			out = append(out, strings.Join(lines, " "))
			lines = nil
		}
	}
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "#"):
			flush()
		case listMarkerRe().MatchString(t):
			flush()
			lines = []string{listMarkerRe().ReplaceAllString(t, "")}
		default:
			lines = append(lines, t)
		}
	}
	flush()
	return out
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := strings.LastIndex(string(r[:n]), " ")
	if cut < 0 {
		cut = len(string(r[:n]))
	}
	return string(r[:n])[:cut] + " …"
}

// Closest finds up to n topics near name: spelling distance on ids, titles
// and keywords, and full-text hits, so both «aksjeselkap» and «aksjer»
// lead somewhere useful. A near miss in spelling (a letter or two) comes
// first; otherwise the full-text hits do, since a distant spelling match
// is mostly chance.
func Closest(h *handbook.Handbook, name string, n int) []*handbook.Topic {
	var out []*handbook.Topic
	seen := map[string]bool{}
	add := func(t *handbook.Topic) {
		if t != nil && !seen[t.ID] && len(out) < n {
			seen[t.ID] = true
			out = append(out, t)
		}
	}
	folded := locale.Fold(name)
	best, bestDist := []*handbook.Topic{}, 1+len(folded)/3
	for _, t := range h.Topics {
		d := fuzzy.Distance(folded, locale.Fold(t.ID))
		names := append([]string{t.Title, handbook.TitleWithoutParens(t.Title)}, t.Keywords...)
		for _, n := range names {
			d = min(d, fuzzy.Distance(folded, locale.Fold(n)))
		}
		switch {
		case d < bestDist:
			best, bestDist = []*handbook.Topic{t}, d
		case d == bestDist:
			best = append(best, t)
		}
	}
	hits := New(h).Search(name)
	if bestDist > 2 {
		for _, r := range hits {
			add(h.Topic(r.ID))
		}
	}
	for _, t := range best {
		add(t)
	}
	for _, r := range hits {
		add(h.Topic(r.ID))
	}
	return out
}
