package export

import (
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/locale"
)

// Plan is one client's document in a batch, or why it could not be made.
type Plan struct {
	Doc    *doc.Document
	Data   []byte // already rendered (JSON); used instead of Doc when set
	Client string // names the output file when set
}

// Result is what happened to one answers file.
type Result struct {
	Input  string // the answers file
	Output string // the file written, when it worked
	Err    error
}

// Batch makes one document per input with build, renders it in format and
// writes it into dir, on every core. A failure is recorded and the rest go
// on. Output names come from the client, else the input file's name, made
// unique. progress, when not nil, is called after each file.
func Batch(inputs []string, build func(input string) (Plan, error), format, dir string, force bool, now time.Time, progress func(done, total int)) []Result {
	results := make([]Result, len(inputs))
	plans := make([]Plan, len(inputs))
	var mu sync.Mutex
	done := 0
	tick := func() {
		if progress == nil {
			return
		}
		mu.Lock()
		done++
		progress(done, len(inputs))
		mu.Unlock()
	}
	for i, in := range inputs {
		results[i].Input = in
	}
	// A first pass only names the files, so names are the same on every
	// run; documents are made again by the second and dropped once
	// written, so memory does not grow with the batch.
	onEveryCore(len(inputs), func(i int) {
		p, err := build(inputs[i])
		plans[i], results[i].Err = Plan{Client: p.Client}, err
	})
	names := outputNames(inputs, plans, results, Extensions[format])
	onEveryCore(len(inputs), func(i int) {
		defer tick()
		if results[i].Err != nil {
			return
		}
		p, err := build(inputs[i])
		data := p.Data
		if err == nil && data == nil {
			data, err = Render(p.Doc, format, now)
		}
		if err == nil {
			path := filepath.Join(dir, names[i])
			if err = WriteAtomic(path, data, force); err == nil {
				results[i].Output = path
			}
		}
		results[i].Err = err
	})
	return results
}

// onEveryCore calls do for 0 … n-1, as many at a time as there are cores.
func onEveryCore(n int, do func(i int)) {
	var wg sync.WaitGroup
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				do(i)
			}
		})
	}
	wg.Wait()
}

// outputNames gives each plan a file name: the client's, else the answers
// file's, lower case without æøå, and unique.
func outputNames(inputs []string, plans []Plan, results []Result, ext string) []string {
	names := make([]string, len(inputs))
	seen := map[string]int{}
	for i, in := range inputs {
		if results[i].Err != nil {
			continue
		}
		base := plans[i].Client
		if base == "" {
			base = strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		}
		base = Slug(base)
		name := base
		if n := seen[base]; n > 0 {
			name = base + "-" + strconv.Itoa(n+1)
		}
		seen[base]++
		names[i] = name + ext
	}
	return names
}

var nonSlug = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[^a-z0-9]+`) })

// Slug makes a safe file name part: «Amina Kaffesen» → «amina-kaffesen».
func Slug(s string) string {
	s = strings.Trim(nonSlug().ReplaceAllString(locale.Fold(s), "-"), "-")
	if s == "" {
		return "plan"
	}
	return s
}
