package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// Whole commands, in process: what a user waits for, minus process start.
// The README's «Ytelse» table has the numbers for the built binary.
func BenchmarkReadTopic(b *testing.B) {
	for b.Loop() {
		if r := run(&testing.T{}, testEnv{}, "les", "as"); r.code != 0 {
			b.Fatal(r.err)
		}
	}
}

func BenchmarkSearchCommand(b *testing.B) {
	for b.Loop() {
		if r := run(&testing.T{}, testEnv{}, "søk", "forsikring"); r.code != 0 {
			b.Fatal(r.err)
		}
	}
}

func BenchmarkChecklistMarkdown(b *testing.B) {
	file := filepath.Join(b.TempDir(), "svar.yaml")
	if err := os.WriteFile(file, []byte(validAnswers), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if r := run(&testing.T{}, testEnv{}, "sjekkliste", "--answers", file, "--format", "md"); r.code != 0 {
			b.Fatal(r.err)
		}
	}
}

func BenchmarkChecklistTerminal(b *testing.B) {
	for b.Loop() {
		if r := run(&testing.T{}, testEnv{tty: true, width: 100}, "sjekkliste", "--persona", "kafe-inkludering", "--no-pager"); r.code != 0 {
			b.Fatal(r.err)
		}
	}
}
