package pdf

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time the process has used, all threads (the garbage
// collector too). On a loaded machine it says more than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the CPU milliseconds per operation to a benchmark.
func reportCPU(b *testing.B, start time.Duration) {
	if b.N > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
	}
}

// go test ./internal/render/pdf -run '^$' -bench . -benchmem
//
// Targets on a 2-core machine: one checklist at most 100 ms, a batch of
// 100 at most 5 s (sequential: running them in parallel is the caller's
// business; Render is safe for it).

func BenchmarkChecklist(b *testing.B) {
	d := checklistDoc(b)
	if _, err := Render(d, Options{}); err != nil { // fonts parsed outside the timing
		b.Fatal(err)
	}
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, err := Render(d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

func BenchmarkPage(b *testing.B) {
	d := pageDoc(b, "as")
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, err := Render(d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

func BenchmarkChecklistBatch100(b *testing.B) {
	d := checklistDoc(b)
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		for range 100 {
			if _, err := Render(d, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, start)
}

func BenchmarkChecklistParallel(b *testing.B) {
	d := checklistDoc(b)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := Render(d, Options{}); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// TestRenderMemory renders the checklist N times in a row and reports the
// peak heap and the process's peak resident memory. It runs only when
// asked, one count per process, since peak RSS is per process:
//
//	SOSABC_PDF_MEMTEST=100 go test ./internal/render/pdf -run TestRenderMemory -v
//	SOSABC_PDF_MEMTEST=1000 go test ./internal/render/pdf -run TestRenderMemory -v
func TestRenderMemory(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("SOSABC_PDF_MEMTEST"))
	if n <= 0 {
		t.Skip("set SOSABC_PDF_MEMTEST=N to render N checklists and report memory")
	}
	d := checklistDoc(t)
	var ms runtime.MemStats
	var peak, after10 uint64
	size := 0
	for i := range n {
		out, err := Render(d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		size = len(out)
		if i%10 == 9 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			if i == 9 {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				after10 = ms.HeapInuse
			}
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	t.Logf("%d renders of %d KB: peak heap in use %.1f MB, after GC %.1f MB (after 10: %.1f MB), peak RSS %s",
		n, size/1024, mb(peak), mb(ms.HeapInuse), mb(after10), vmHWM())
	if ms.HeapInuse > after10+8<<20 {
		t.Errorf("the heap grew from %.1f MB to %.1f MB over %d renders", mb(after10), mb(ms.HeapInuse), n)
	}
}

func mb(b uint64) float64 { return float64(b) / (1 << 20) }

// vmHWM is the peak resident set size, on Linux.
func vmHWM() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
