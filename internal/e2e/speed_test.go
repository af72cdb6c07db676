package e2e

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// The speed of «sosabc sjekkliste» as a founder meets it, measured against
// a program that only starts glamour (issue 9: within 1.3 times).
//
//	go test ./internal/e2e -run '^$' -bench Checklist -benchtime 20x
//
// The machine is shared and busy, so each benchmark runs the programs it
// compares by turns, in one run, and reports the ratio of their medians:
// by the clock, and by processor time (user and system), which a busy
// machine disturbs less. The ratios are the figures to compare; the
// milliseconds say how busy the machine was.

var (
	floorOnce sync.Once
	floorBin  string
	floorErr  error
)

// floor builds cmd/glamourfloor: a program that only starts glamour in
// sosabc's style and renders a trivial document.
func floor(b *testing.B) string {
	b.Helper()
	floorOnce.Do(func() {
		floorBin = filepath.Join(filepath.Dir(binary), "glamourfloor")
		out, err := exec.Command("go", "build", "-o", floorBin, "../../cmd/glamourfloor").CombinedOutput()
		if err != nil {
			floorErr = err
			floorBin = string(out)
		}
	})
	if floorErr != nil {
		b.Fatalf("could not build glamourfloor: %v\n%s", floorErr, floorBin)
	}
	return floorBin
}

// timing is how long one run took by the clock and in processor time.
type timing struct{ clock, cpu time.Duration }

// run runs a program with its output to a pipe, and times it.
func run(b *testing.B, env []string, name string, args ...string) timing {
	b.Helper()
	t, _ := runState(b, env, name, args...)
	return t
}

// runState is run, and how the program ended.
func runState(b *testing.B, env []string, name string, args ...string) (timing, *os.ProcessState) {
	b.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Run(); err != nil {
		b.Fatalf("%s %v: %v\n%s", name, args, err, out.String())
	}
	return timing{time.Since(start), cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}, cmd.ProcessState
}

// firstScreen runs a program in a pseudo-terminal of 100 × 30 and returns
// the time until it has written want: what a person waits for before
// there is something to read. With quit it then presses q, and waits
// (untimed) until the program has ended.
func firstScreen(b *testing.B, env []string, want string, quit bool, name string, args ...string) time.Duration {
	b.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), append([]string{"TERM=xterm-256color", "COLORTERM=", "NO_COLOR="}, env...)...)
	start := time.Now()
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 100, Rows: 30})
	if err != nil {
		b.Fatal(err)
	}
	defer ptmx.Close()
	var seen []byte
	buf := make([]byte, 64<<10)
	for !bytes.Contains(seen, []byte(want)) {
		n, err := ptmx.Read(buf)
		seen = append(seen, buf[:n]...)
		if err != nil {
			b.Fatalf("%s %v never wrote %q: %v\n%.3000q", name, args, want, err, seen)
		}
	}
	elapsed := time.Since(start)
	if quit {
		if _, err := ptmx.Write([]byte("q")); err != nil {
			b.Fatal(err)
		}
	}
	_, _ = io.Copy(io.Discard, ptmx) // until the program closes the terminal
	if err := cmd.Wait(); err != nil {
		b.Fatalf("%s %v: %v", name, args, err)
	}
	return elapsed
}

// BenchmarkGlamourFloor is the floor for BenchmarkChecklistSavedPlan: the
// same style, a trivial document, nothing else.
func BenchmarkGlamourFloor(b *testing.B) {
	bin := floor(b)
	for b.Loop() {
		run(b, nil, bin)
	}
}

// BenchmarkChecklistSavedPlan is «sosabc sjekkliste» as a founder runs it:
// a saved plan of 78 items with four ticks, rendered by glamour in the
// style a colour terminal gets, opening with «Endret siden sist» (three
// items new since the last view, two gone), all of it written to a pipe.
// Each run records what was seen, so the state is put back before the next.
func BenchmarkChecklistSavedPlan(b *testing.B) {
	savedPlan(b, "--style", "standard", "--width", "100")
}

// BenchmarkChecklistSavedPlanPlain is the same plan as plain text: what a
// pipe, NO_COLOR and screen readers get, and the cost of sosabc without
// glamour's rendering of the page.
func BenchmarkChecklistSavedPlanPlain(b *testing.B) {
	savedPlan(b, "--width", "100")
}

// BenchmarkChecklistRatio runs the floor and the saved plan by turns and
// reports the ratio of their median times: the whole plan to a pipe, as
// plain text (what «sosabc sjekkliste | less» waits for) and in colour
// (glamour renders all 2 000 lines).
//
// sosabc sets Go's garbage collector for a short run before anything
// starts (internal/startup), and so collects nothing, where the floor
// collects twice while chroma starts. pipe-samegc-ratio compares with the
// floor run with the same setting (GOGC=400): what sosabc costs beyond
// starting glamour, without that difference.
func BenchmarkChecklistRatio(b *testing.B) {
	bin := floor(b)
	env, path, stale := savedState(b)
	var floorT, sameGCT, plainT, colourT []timing
	for b.Loop() {
		floorT = append(floorT, run(b, nil, bin))
		sameGCT = append(sameGCT, run(b, []string{"GOGC=400"}, bin))
		restore(b, path, stale)
		plainT = append(plainT, run(b, env, binary, "sjekkliste", "--width", "100"))
		restore(b, path, stale)
		colourT = append(colourT, run(b, env, binary, "sjekkliste", "--style", "standard", "--width", "100"))
	}
	f, p, c := medians(floorT), medians(plainT), medians(colourT)
	report(b, "floor", f, f)
	report(b, "pipe", p, f)
	report(b, "colour", c, f)
	report(b, "pipe-samegc", p, medians(sameGCT))
}

// BenchmarkChecklistFirstScreen is «sosabc sjekkliste» on a terminal of
// 100 × 30: the time until the pager shows the first screen of the plan,
// by turns with the time until the floor has shown its page on the same
// kind of terminal. The clock is all there is to compare here: the rest
// of the plan is rendered while the reader reads.
func BenchmarkChecklistFirstScreen(b *testing.B) {
	bin := floor(b)
	env, path, stale := savedState(b)
	var floorT, screenT []timing
	for b.Loop() {
		floorT = append(floorT, timing{clock: firstScreen(b, nil, "Hei.", false, bin)})
		restore(b, path, stale)
		screenT = append(screenT, timing{clock: firstScreen(b, env, "Linje 1–", true, binary, "sjekkliste")})
	}
	f, s := medians(floorT), medians(screenT)
	b.ReportMetric(ms(f.clock), "floor-ms")
	b.ReportMetric(ms(s.clock), "first-screen-ms")
	b.ReportMetric(float64(s.clock)/float64(f.clock), "ratio")
}

// BenchmarkCommands runs the commands of the README's table by turns with
// the floor, and reports each one's median times and their ratios to the
// floor's: issue 10's «sosabc lokalt Drammen within the budget of sosabc
// les» is lokalt-ratio next to les-ratio.
func BenchmarkCommands(b *testing.B) {
	bin := floor(b)
	answers := filepath.Join(answerFiles(b, 1), "kunde-0001.yaml")
	env := []string{"HOME=" + b.TempDir(), "SOSABC_STATE_DIR=" + b.TempDir()}
	commands := []struct {
		name string
		args []string
	}{
		{"help", []string{"--help"}},
		{"version", []string{"version"}},
		{"les", []string{"les", "as"}},
		{"sok", []string{"søk", "forsikring"}},
		{"lokalt", []string{"lokalt", "Drammen"}},
		{"md", []string{"sjekkliste", "--answers", answers, "--format", "md"}},
	}
	var floorT []timing
	times := make([][]timing, len(commands))
	for b.Loop() {
		floorT = append(floorT, run(b, nil, bin))
		for i, c := range commands {
			times[i] = append(times[i], run(b, env, binary, c.args...))
		}
	}
	f := medians(floorT)
	report(b, "floor", f, f)
	for i, c := range commands {
		report(b, c.name, medians(times[i]), f)
	}
	les, lokalt := medians(times[2]), medians(times[4])
	b.ReportMetric(float64(lokalt.clock)/float64(les.clock), "lokalt/les")
	b.ReportMetric(float64(lokalt.cpu)/float64(les.cpu), "lokalt/les-cpu")
}

func restore(b *testing.B, path string, stale []byte) {
	if err := os.WriteFile(path, stale, 0o600); err != nil {
		b.Fatal(err)
	}
}

// report adds t's median clock and processor milliseconds, and unless t
// is the floor, their ratios to the floor's.
func report(b *testing.B, name string, t, floor timing) {
	b.ReportMetric(ms(t.clock), name+"-ms")
	b.ReportMetric(ms(t.cpu), name+"-cpu-ms")
	if t != floor {
		b.ReportMetric(float64(t.clock)/float64(floor.clock), name+"-ratio")
		b.ReportMetric(float64(t.cpu)/float64(floor.cpu), name+"-cpu-ratio")
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// medians is the median clock time and the median processor time.
func medians(ts []timing) timing {
	median := func(get func(timing) time.Duration) time.Duration {
		d := make([]time.Duration, len(ts))
		for i, t := range ts {
			d[i] = get(t)
		}
		slices.Sort(d)
		return d[len(d)/2]
	}
	return timing{median(func(t timing) time.Duration { return t.clock }), median(func(t timing) time.Duration { return t.cpu })}
}

func savedPlan(b *testing.B, args ...string) {
	env, path, stale := savedState(b)
	args = append([]string{"sjekkliste"}, args...)
	for b.Loop() {
		restore(b, path, stale)
		run(b, env, binary, args...)
	}
}

// savedState saves a plan of 78 items with four ticks, and returns the
// environment, the state file, and the state as it is before a view that
// has changes to tell: three items new, two gone.
func savedState(b *testing.B) (env []string, path string, stale []byte) {
	b.Helper()
	dir := b.TempDir()
	env = []string{"SOSABC_STATE_DIR=" + dir, "HOME=" + b.TempDir()}
	run(b, env, binary, "start", "--persona", "arbeid-etter-rus")
	run(b, env, binary, "sjekkliste", "gjort", "1", "2", "3", "11")
	path = filepath.Join(dir, "state.json")
	var st map[string]any
	data, err := os.ReadFile(path)
	if err == nil {
		err = json.Unmarshal(data, &st)
	}
	if err != nil {
		b.Fatal(err)
	}
	seen := st["seen"].([]any)
	if len(seen) < 70 {
		b.Fatalf("the plan has %d items, want about 80", len(seen))
	}
	st["seen"] = append(append([]any{"gammel-id", "annen-gammel-id"}, seen[:5]...), seen[8:]...)
	stale, _ = json.Marshal(st)
	// The view to measure tells the changes.
	restore(b, path, stale)
	cmd := exec.Command(binary, "sjekkliste", "--style", "notty")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil || !strings.Contains(string(out), "Endret siden sist") || strings.Count(string(out), "(ny)") != 3 {
		b.Fatalf("the plan does not tell the changes (%v):\n%.2000s", err, out)
	}
	return env, path, stale
}
