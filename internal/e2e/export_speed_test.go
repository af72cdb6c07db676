package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The speed and memory of an adviser's handouts (issue 11): one plan as
// PDF in at most 100 ms, a hundred in at most 5 s on two cores with peak
// memory that does not grow with the batch, and the whole handbook as a
// website in at most 3 s. These are the whole program as the adviser runs
// it, start-up and content included.
//
//	go test ./internal/e2e -run '^$' -bench 'PDF|Site' -benchtime 5x

// answerFiles writes n answers files in a new folder, each from one of
// the fictional founders in turn, with a client's name, and returns the
// folder.
func answerFiles(b *testing.B, n int) string {
	b.Helper()
	files, err := filepath.Glob("../../content/personas/*.yaml")
	if err != nil || len(files) == 0 {
		b.Fatalf("no personas: %v", err)
	}
	var answers []map[string]any
	for _, f := range files {
		var p struct {
			Answers map[string]any `yaml:"answers"`
		}
		data, err := os.ReadFile(f)
		if err == nil {
			err = yaml.Unmarshal(data, &p)
		}
		if err != nil {
			b.Fatal(err)
		}
		answers = append(answers, p.Answers)
	}
	dir := b.TempDir()
	for i := range n {
		a := map[string]any{"client": fmt.Sprintf("Kunde %04d", i+1)}
		for k, v := range answers[i%len(answers)] {
			a[k] = v
		}
		data, err := yaml.Marshal(a)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, fmt.Sprintf("kunde-%04d.yaml", i+1)), data, 0o644)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkPDFOne is one plan as a PDF file, from an answers file.
func BenchmarkPDFOne(b *testing.B) {
	in := filepath.Join(answerFiles(b, 1), "kunde-0001.yaml")
	out := filepath.Join(b.TempDir(), "plan.pdf")
	var ts []timing
	for b.Loop() {
		ts = append(ts, run(b, []string{"HOME=" + b.TempDir()}, binary, "sjekkliste", "--answers", in, "--format", "pdf", "--output", out, "--force"))
	}
	t := medians(ts)
	b.ReportMetric(ms(t.clock), "ms")
	b.ReportMetric(ms(t.cpu), "cpu-ms")
}

func BenchmarkPDFBatch100(b *testing.B)  { pdfBatch(b, 100) }
func BenchmarkPDFBatch1000(b *testing.B) { pdfBatch(b, 1000) }

// pdfBatch is a folder of n answers files to PDF, one file per client.
func pdfBatch(b *testing.B, n int) {
	in := answerFiles(b, n)
	var ts []timing
	var peak int64
	for b.Loop() {
		out := filepath.Join(b.TempDir(), "planer")
		t, rss := runRSS(b, []string{"HOME=" + b.TempDir()}, binary, "sjekkliste", "--answers-dir", in, "--format", "pdf", "--output-dir", out)
		ts, peak = append(ts, t), max(peak, rss)
		if files, _ := os.ReadDir(out); len(files) != n {
			b.Fatalf("%d files written, want %d", len(files), n)
		}
	}
	t := medians(ts)
	b.ReportMetric(ms(t.clock), "ms")
	b.ReportMetric(ms(t.cpu), "cpu-ms")
	if peak > 0 {
		b.ReportMetric(float64(peak)/(1<<20), "peak-rss-MB")
	}
}

// BenchmarkSite is «sosabc eksport nettsted» into a new folder.
func BenchmarkSite(b *testing.B) {
	var ts []timing
	var peak int64
	for b.Loop() {
		t, rss := runRSS(b, []string{"HOME=" + b.TempDir()}, binary, "eksport", "nettsted", filepath.Join(b.TempDir(), "nettsted"))
		ts, peak = append(ts, t), max(peak, rss)
	}
	t := medians(ts)
	b.ReportMetric(ms(t.clock), "ms")
	b.ReportMetric(ms(t.cpu), "cpu-ms")
	if peak > 0 {
		b.ReportMetric(float64(peak)/(1<<20), "peak-rss-MB")
	}
}
