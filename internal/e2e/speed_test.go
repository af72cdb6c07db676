package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

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

func run(b *testing.B, env []string, name string, args ...string) {
	b.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
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
// a saved plan of 78 items with four ticks, rendered by glamour (--style
// dark, as on a colour terminal), opening with «Endret siden sist» (three
// items new since the last view, two gone). Each run records what was
// seen, so the state is put back before the next.
func BenchmarkChecklistSavedPlan(b *testing.B) {
	savedPlan(b, "--style", "dark", "--width", "100")
}

// BenchmarkChecklistSavedPlanPlain is the same plan as plain text
// (NO_COLOR, pipes, screen readers): the cost of sosabc without glamour's
// rendering of the page.
func BenchmarkChecklistSavedPlanPlain(b *testing.B) {
	savedPlan(b, "--style", "notty", "--width", "100")
}

// BenchmarkChecklistRatio runs the floor and the saved plan (glamour) by
// turns, so a busy machine slows both alike, and reports the ratio of
// their median times: the README's «within 1.3× of glamour» figure.
func BenchmarkChecklistRatio(b *testing.B) {
	bin := floor(b)
	env, path, stale := savedState(b)
	var floorTimes, planTimes []time.Duration
	for b.Loop() {
		start := time.Now()
		run(b, nil, bin)
		floorTimes = append(floorTimes, time.Since(start))
		if err := os.WriteFile(path, stale, 0o600); err != nil {
			b.Fatal(err)
		}
		start = time.Now()
		run(b, env, binary, "sjekkliste", "--style", "dark", "--width", "100")
		planTimes = append(planTimes, time.Since(start))
	}
	f, p := median(floorTimes), median(planTimes)
	b.ReportMetric(float64(f.Microseconds())/1000, "floor-ms")
	b.ReportMetric(float64(p.Microseconds())/1000, "sjekkliste-ms")
	b.ReportMetric(float64(p)/float64(f), "ratio")
}

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

func savedPlan(b *testing.B, args ...string) {
	env, path, stale := savedState(b)
	args = append([]string{"sjekkliste"}, args...)
	for b.Loop() {
		if err := os.WriteFile(path, stale, 0o600); err != nil {
			b.Fatal(err)
		}
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
	if err := os.WriteFile(path, stale, 0o600); err != nil {
		b.Fatal(err)
	}
	cmd := exec.Command(binary, "sjekkliste", "--style", "notty")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil || !strings.Contains(string(out), "Endret siden sist") || strings.Count(string(out), "(ny)") != 3 {
		b.Fatalf("the plan does not tell the changes (%v):\n%.2000s", err, out)
	}
	return env, path, stale
}
