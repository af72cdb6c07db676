package ruleset

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/internal/contentfs"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// loadItems reads and checks the item files. With cached, the built-in
// items are already in the set, and only local files are read.
func (l *loader) loadItems(env map[string]any, cached bool) {
	files, err := itemFiles(l.fsys)
	if err != nil {
		l.errs.Add(l.display(itemsGlob), 0, "kan ikke lese sjekkpunktene: %v", err)
		return
	}
	if len(files) == 0 {
		l.errs.Add(l.display("checklist/items"), 0, "fant ingen sjekkpunkter: legg filer med navn som slutter på .yaml her")
		return
	}
	lists := map[int]*yaml.Node{} // item index → its node, for the checks below
	for _, f := range decodeItemFiles(l.fsys, files, cached) {
		if f.hidden {
			l.errs.Add(l.display(f.path), 0, "filen har samme navn som den innebygde %s og ville skjult sjekkpunktene der. Gi filen et annet navn, for eksempel navnet på kommunen: «%s»",
				"content/"+f.path, path.Join(path.Dir(l.display(f.path)), "min-kommune.yaml"))
			continue
		}
		if f.err != nil {
			l.errs.Append(f.err)
			continue
		}
		doc, root := f.doc, f.root
		file, local := f.file, f.local
		if len(doc.Items) == 0 {
			l.errs.Add(file, strictyaml.KeyLine(root, "items"), "filen har ingen sjekkpunkter under «items»")
		}
		list := strictyaml.Child(root, "items")
		for i := range doc.Items {
			rule := doc.Items[i]
			n := strictyaml.Item(list, i)
			rule.File, rule.Line = file, strictyaml.KeyLine(n, "id")
			if first, dup := l.byID[rule.ID]; dup {
				prev := l.set.Items[first]
				if local && !prev.LocalFile {
					l.errs.Add(file, rule.Line, "sjekkpunktet «%s» finnes allerede i det innebygde innholdet (%s:%d). Et lokalt sjekkpunkt kan ikke erstatte et innebygd: gi det en egen id, for eksempel «%s»",
						rule.ID, prev.File, prev.Line, "lokalt-"+rule.ID)
				} else {
					l.errs.Add(file, rule.Line, "sjekkpunktet «%s» finnes allerede i %s:%d", rule.ID, prev.File, prev.Line)
				}
				continue
			}
			rule.LocalFile = local
			uncertain := l.checkRule(n, &rule, env)
			l.byID[rule.ID] = len(l.set.Items)
			lists[len(l.set.Items)] = n
			l.set.Items = append(l.set.Items, rule)
			l.set.Uncertain = append(l.set.Uncertain, uncertain)
		}
	}
	l.checkAfter(lists)
}

type itemFile struct {
	fsys  fs.FS
	path  string
	file  string // for messages
	local bool
	// hidden: a local file with the name of a built-in one. The built-in
	// file is read in its place, and the local one is an error.
	hidden bool
	doc    struct {
		Items []Rule `yaml:"items"`
	}
	root *yaml.Node
	err  error
}

// decodeItemFiles parses the item files on every core. Results keep file
// order. With skipBuiltin, only local files are read.
func decodeItemFiles(fsys fs.FS, files []string, skipBuiltin bool) []*itemFile {
	// Built-in files first, then local ones, each in name order: a local
	// item can then never take the place of a built-in one.
	var builtin, local []*itemFile
	for _, p := range files {
		switch {
		case contentfs.Hides(fsys, p) != "":
			builtin = append(builtin, &itemFile{fsys: contentfs.Builtin(fsys), path: p, file: "content/" + p})
			local = append(local, &itemFile{path: p, hidden: true})
		case contentfs.IsLocal(fsys, p):
			local = append(local, &itemFile{fsys: fsys, path: p, file: contentfs.Display(fsys, p), local: true})
		default:
			builtin = append(builtin, &itemFile{fsys: fsys, path: p, file: "content/" + p})
		}
	}
	if skipBuiltin {
		builtin = nil
	}
	out := append(builtin, local...)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, f := range out {
		if f.hidden {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func(f *itemFile) {
			defer func() { <-sem; wg.Done() }()
			data, err := fs.ReadFile(f.fsys, f.path)
			if err != nil {
				f.err = &strictyaml.Error{File: f.file, Msg: fmt.Sprintf("kan ikke lese filen: %v", err)}
				return
			}
			f.root, f.err = strictyaml.Decode(f.file, data, 0, &f.doc)
		}(f)
	}
	wg.Wait()
	return out
}

// checkRule checks r and returns the uncertain figures it names.
func (l *loader) checkRule(n *yaml.Node, r *Rule, env map[string]any) (uncertain []source.Uncertain) {
	file := r.File
	line := func(key string) int { return strictyaml.KeyLine(n, key) }
	if !itemIDRe.MatchString(r.ID) {
		l.errs.Add(file, r.Line, "id «%s» kan bare ha små bokstaver a–z, tall og bindestrek", r.ID)
	}
	for _, f := range []struct{ key, value string }{{"title", r.Title}, {"do", r.Do}} {
		if strings.TrimSpace(f.value) == "" {
			l.errs.Add(file, line(f.key), "sjekkpunktet «%s» mangler feltet «%s»", r.ID, f.key)
		}
	}
	if _, ok := l.phaseIndex[r.Phase]; !ok && len(l.set.Phases) > 0 {
		ids := make([]string, len(l.set.Phases))
		for i, p := range l.set.Phases {
			ids[i] = p.ID
		}
		l.errs.Add(file, line("phase"), "ukjent fase «%s»: bruk %s", r.Phase, locale.JoinOr(ids))
	}
	if !slices.Contains(Priorities, r.Priority) {
		l.errs.Add(file, line("priority"), "ukjent prioritet «%s»: bruk må, bør eller kan", r.Priority)
	}
	l.compile(file, line("when"), r.When)

	if len(r.Why) == 0 {
		l.errs.Add(file, line("why"), "sjekkpunktet «%s» mangler «why»: skriv minst én begrunnelse", r.ID)
	}
	whyList := strictyaml.Child(n, "why")
	for i := range r.Why {
		w := &r.Why[i]
		wn := strictyaml.Item(whyList, i)
		if strings.TrimSpace(w.Text) == "" {
			l.errs.Add(file, strictyaml.KeyLine(wn, "text"), "begrunnelsen mangler text")
		}
		l.checkPlaceholders(file, strictyaml.KeyLine(wn, "text"), w.Text, env)
		l.compile(file, strictyaml.KeyLine(wn, "if"), w.If)
	}

	l.checkTopic(file, line("topic"), r.Topic)
	if r.Link != nil {
		ln := strictyaml.Child(n, "link")
		if strings.TrimSpace(r.Link.Title) == "" {
			l.errs.Add(file, strictyaml.KeyLine(ln, "title"), "lenken mangler title")
		}
		source.CheckURL(&l.errs, file, strictyaml.KeyLine(ln, "url"), r.Link.URL)
		r.Link.Where = fmt.Sprintf("%s:%d", file, strictyaml.KeyLine(ln, "url"))
	}
	if len(r.Sources) == 0 {
		l.errs.Add(file, line("sources"), "sjekkpunktet «%s» mangler kilder: skriv minst én under «sources» med title, url og read", r.ID)
	}
	srcList := strictyaml.Child(n, "sources")
	for i := range r.Sources {
		source.Check(&l.errs, file, strictyaml.Item(srcList, i), &r.Sources[i])
	}
	if l.refs.Uncertain != nil {
		uncertain = l.refs.Uncertain.Resolve(r.Uncertain, file, line("uncertain"), &l.errs)
	}
	l.checkDeadlineShort(file, line, n, r)
	l.checkDue(file, strictyaml.Child(n, "due"), r.Due)
	for _, x := range r.Local {
		if !slices.Contains(LocalFacts, x) {
			l.errs.Add(file, line("local"), "ukjent «local: %s»: bruk %s", x, locale.JoinOr(LocalFacts))
		}
	}
	return uncertain
}

// checkAfter checks `after`: an item in an earlier phase comes first
// anyway; one in a later phase can never come first, so it is an error,
// as is a ring.
func (l *loader) checkAfter(nodes map[int]*yaml.Node) {
	items := l.set.Items
	for i, item := range items {
		line := strictyaml.KeyLine(nodes[i], "after")
		for _, id := range item.After {
			j, ok := l.byID[id]
			switch {
			case !ok:
				l.errs.Add(item.File, line, "«after» peker på «%s», som ikke finnes", id)
			case l.phaseIndex[items[j].Phase] > l.phaseIndex[item.Phase]:
				l.errs.Add(item.File, line, "«%s» er i fasen %s og kan ikke komme etter «%s», som er i den senere fasen %s",
					item.ID, item.Phase, id, items[j].Phase)
			}
		}
	}
	if cycle := findCycle(items, l.byID); cycle != nil {
		first := l.byID[cycle[0]]
		l.errs.Add(items[first].File, strictyaml.KeyLine(nodes[first], "after"),
			"«after» går i ring: %s", strings.Join(cycle, " → "))
	}
}

// findCycle returns one cycle of `after` as ids (first id repeated at the
// end), or nil.
func findCycle(items []Rule, byID map[string]int) []string {
	const (
		unseen = iota
		active
		done
	)
	state := make([]int, len(items))
	var stack []int
	var visit func(i int) []string
	visit = func(i int) []string {
		state[i] = active
		stack = append(stack, i)
		for _, id := range items[i].After {
			j, ok := byID[id]
			if !ok {
				continue
			}
			switch state[j] {
			case active:
				start := slices.Index(stack, j)
				var ids []string
				for _, k := range stack[start:] {
					ids = append(ids, items[k].ID)
				}
				return append(ids, items[j].ID)
			case unseen:
				if c := visit(j); c != nil {
					return c
				}
			}
		}
		stack = stack[:len(stack)-1]
		state[i] = done
		return nil
	}
	for i := range items {
		if state[i] == unseen {
			if c := visit(i); c != nil {
				return c
			}
		}
	}
	return nil
}

var mmddRe = regexp.MustCompile(`^\d{2}-\d{2}$`)

// checkDeadlineShort checks «deadline_short», the deadline of the
// one-page overview: when it is written, it is not empty, and it shortens
// a full deadline, so that the item has one and the short one is not
// the longer of the two.
func (l *loader) checkDeadlineShort(file string, line func(string) int, n *yaml.Node, r *Rule) {
	if strictyaml.Child(n, "deadline_short") == nil {
		return
	}
	short := strings.TrimSpace(r.DeadlineShort)
	full := strings.TrimSpace(r.Deadline)
	switch {
	case short == "":
		l.errs.Add(file, line("deadline_short"), "«deadline_short» er tom: skriv fristen kort, eller ta bort feltet")
	case full == "":
		l.errs.Add(file, line("deadline_short"), "sjekkpunktet «%s» har «deadline_short», men ingen «deadline»: skriv hele fristen under «deadline»", r.ID)
	case utf8.RuneCountInString(short) > utf8.RuneCountInString(full):
		l.errs.Add(file, line("deadline_short"), "«deadline_short» (%d tegn) er lengre enn «deadline» (%d tegn): den korte fristen kan ikke være lengre enn hele fristen",
			utf8.RuneCountInString(short), utf8.RuneCountInString(full))
	}
}

// checkDue validates the calendar form of a deadline.
func (l *loader) checkDue(file string, list *yaml.Node, due []Due) {
	for i, d := range due {
		n := strictyaml.Item(list, i)
		switch d.Every {
		case "year":
			if len(d.Dates) == 0 || d.Day != 0 {
				l.errs.Add(file, strictyaml.KeyLine(n, "every"), "med «every: year» skriver du datoene under «dates» som MM-DD, for eksempel [05-31]")
			}
			for _, md := range d.Dates {
				if _, err := time.Parse("2006-01-02", "2024-"+md); err != nil || !mmddRe.MatchString(md) {
					l.errs.Add(file, strictyaml.KeyLine(n, "dates"), "«%s» er ikke en dato på formen MM-DD, for eksempel 05-31", md)
				}
			}
		case "month":
			if d.Day < 1 || d.Day > 31 || len(d.Dates) > 0 {
				l.errs.Add(file, strictyaml.KeyLine(n, "every"), "med «every: month» skriver du dagen i måneden under «day», fra 1 til 31")
			}
		default:
			l.errs.Add(file, strictyaml.KeyLine(n, "every"), "ukjent «every: %s»: bruk year eller month", d.Every)
		}
	}
}
