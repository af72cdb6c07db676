package cmdutil

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hinshun/vt10x"

	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/iostreams"
	"github.com/sosabc/sosabc/internal/render"
	"github.com/sosabc/sosabc/internal/render/markdown"
)

// screen is a terminal that shows what the pager writes. A newline goes
// to the start of the next line, as the terminal driver makes it.
type screen struct {
	mu sync.Mutex
	vt vt10x.Terminal
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.vt.Write(bytes.ReplaceAll(p, []byte("\n"), []byte("\r\n"))); err != nil {
		return 0, err
	}
	return len(p), nil
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.vt.String()
}

// waitFor waits until the screen shows text; it never sleeps a fixed time.
func (s *screen) waitFor(t *testing.T, text string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if strings.Contains(s.String(), text) {
			return
		}
	}
	t.Fatalf("the screen never showed %q. Screen:\n%s", text, s.String())
}

// terminal is a Factory on a terminal of 60 × 20, the keys typed on it and
// the screen.
func terminal(t *testing.T) (*Factory, *io.PipeWriter, *screen) {
	ios, _, _, _ := iostreams.Test()
	ios.SetTTY(60, 20)
	keys, typed := io.Pipe()
	t.Cleanup(func() { typed.Close() })
	scr := &screen{vt: vt10x.New(vt10x.WithSize(60, 20))}
	ios.In, ios.Out = keys, scr
	return &Factory{IO: ios}, typed, scr
}

// long is a page of n sections that ends with «Siste linje.».
func long(n int) *doc.Document {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "## Del %d\n\nTekst i del %d.\n\n", i, i)
	}
	b.WriteString("Siste linje.\n")
	return &doc.Document{Title: "Side", Blocks: []doc.Block{doc.Markdown{Text: b.String()}}}
}

func showAll(f *Factory, d *doc.Document) <-chan error {
	done := make(chan error, 1)
	go func() {
		paged, err := f.ShowAll(render.Options{Width: 60, Style: "standard"}, false, d)
		if err == nil && !paged {
			err = errors.New("not paged")
		}
		done <- err
	}()
	return done
}

// The pager shows the first screen, and the rest of the page comes while
// the reader reads: G goes to its end and a search finds its text.
func TestPagerGetsTheWholePage(t *testing.T) {
	f, typed, scr := terminal(t)
	readWholePage(t, f, typed, scr, long(60))
}

// readWholePage shows d (a page that ends with «Siste linje.» and has a
// «Tekst i del 40.»), and reads it as a reader would: the first screen,
// G to the end, every line of the page there, a search, q.
func readWholePage(t *testing.T, f *Factory, typed io.Writer, scr *screen, d *doc.Document) {
	t.Helper()
	whole, err := render.Markdown(markdown.Render(d), render.Options{Width: 60, Style: "standard"})
	if err != nil {
		t.Fatal(err)
	}
	n := strings.Count(strings.TrimRight(whole, "\n"), "\n") + 1
	done := showAll(f, d)
	scr.waitFor(t, "Linje 1–19 av ")
	_, _ = io.WriteString(typed, "G")
	scr.waitFor(t, "Siste linje.")
	scr.waitFor(t, fmt.Sprintf("Linje %d–%d av %d ·", n-18, n, n)) // every line of the page
	_, _ = io.WriteString(typed, "g/i del 40.\r")
	scr.waitFor(t, "«i del 40.»: treff 1 av 1")
	_, _ = io.WriteString(typed, "q")
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// A reader who quits at once, before the rest of the page is rendered,
// is not kept waiting.
func TestQuitBeforeTheRest(t *testing.T) {
	f, typed, scr := terminal(t)
	done := showAll(f, long(400))
	scr.waitFor(t, "Linje 1–19 av ")
	_, _ = io.WriteString(typed, "q")
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// fakeSections fails at section failAt.
type fakeSections struct {
	mu       sync.Mutex
	next     int
	failAt   int
	released bool
	erred    chan struct{}
}

func (s *fakeSections) Next() (render.Section, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next++
	if s.next == s.failAt {
		close(s.erred)
		return render.Section{Err: errors.New("kan ikke vise teksten")}, true
	}
	return render.Section{Text: fmt.Sprintf("Del %d\n", s.next)}, true
}

func (s *fakeSections) Release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.released = true
}

func (s *fakeSections) Close() {}

// An error in a later section is reported when the reader closes the
// pager; the rest was asked for only after the first screen was written.
func TestErrorInALaterSection(t *testing.T) {
	f, typed, scr := terminal(t)
	rest := &fakeSections{failAt: 5, erred: make(chan struct{})}
	done := make(chan error, 1)
	go func() { done <- page(f, strings.Repeat("Første skjerm\n", 20), func() sections { return rest }, 60) }()
	scr.waitFor(t, "Første skjerm")
	<-rest.erred
	rest.mu.Lock()
	released := rest.released
	rest.mu.Unlock()
	if !released {
		t.Error("the rest was asked for before Release")
	}
	_, _ = io.WriteString(typed, "q")
	if err := <-done; err == nil || err.Error() != "kan ikke vise teksten" {
		t.Fatalf("error %v, want «kan ikke vise teksten»", err)
	}
}

// headed is a page of n headings, each with a paragraph, that ends with
// «Siste linje.»: sure to be longer than the screen, so the pager opens
// before it is rendered (pageEarly).
func headed(n int) *doc.Document {
	d := &doc.Document{Title: "Side"}
	for i := 1; i <= n; i++ {
		d.Blocks = append(d.Blocks, doc.Heading{Level: 1, Text: fmt.Sprintf("Del %d", i)}, doc.Paragraph{Text: fmt.Sprintf("Tekst i del %d.", i)})
	}
	d.Blocks = append(d.Blocks, doc.Paragraph{Text: "Siste linje."})
	return d
}

// writes records every write on its way to the screen.
type writes struct {
	mu  sync.Mutex
	all []string
	w   io.Writer
}

func (w *writes) Write(p []byte) (int, error) {
	w.mu.Lock()
	w.all = append(w.all, string(p))
	w.mu.Unlock()
	return w.w.Write(p)
}

// A page sure to be longer than the screen: the pager opens first, shows
// nothing until the first screen has come whole, and then gets the rest.
func TestEarlyPagerGetsTheWholePage(t *testing.T) {
	f, typed, scr := terminal(t)
	if !surelyLonger([]*doc.Document{headed(60)}, 20) || surelyLonger([]*doc.Document{long(60)}, 20) {
		t.Fatal("surelyLonger counts the wrong blocks")
	}
	rec := &writes{w: scr}
	f.IO.Out = rec
	readWholePage(t, f, typed, scr, headed(60))
	rec.mu.Lock()
	defer rec.mu.Unlock()
	for _, w := range rec.all {
		if strings.Contains(w, "Linje ") {
			if !strings.Contains(w, "Linje 1–19 av ") {
				t.Errorf("the first status line was not for a whole screen: %q", w)
			}
			return
		}
	}
}

// q before anything is on the screen ends the pager, and nothing waits.
func TestEarlyPagerQuitAtOnce(t *testing.T) {
	f, typed, _ := terminal(t)
	go func() { _, _ = io.WriteString(typed, "q") }() // the pipe waits for the pager to read
	if err := <-showAll(f, headed(400)); err != nil {
		t.Fatal(err)
	}
}

// A page that cannot be rendered closes the pager by itself, and the
// error is returned.
func TestEarlyPagerError(t *testing.T) {
	f, _, _ := terminal(t)
	_, err := f.ShowAll(render.Options{Width: 60, Style: "finnesikke"}, false, headed(60))
	if err == nil || !strings.Contains(err.Error(), "finnesikke") {
		t.Fatalf("error %v, want one that names the style", err)
	}
}
