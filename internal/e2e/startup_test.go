package e2e

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestGCBeforeInit: internal/startup tunes the garbage collector before
// glamour's syntax highlighter starts, so a command runs without a
// collection; GOGC in the environment still wins.
func TestGCBeforeInit(t *testing.T) {
	trace := func(gogc string) string {
		t.Helper()
		cmd := exec.Command(binary, "version")
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "GOGC=") && !strings.HasPrefix(kv, "GODEBUG=") {
				cmd.Env = append(cmd.Env, kv)
			}
		}
		cmd.Env = append(cmd.Env, "GODEBUG=inittrace=1,gctrace=1")
		if gogc != "" {
			cmd.Env = append(cmd.Env, "GOGC="+gogc)
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("sosabc version: %v\n%s", err, out)
		}
		return string(out)
	}
	out := trace("")
	startup := strings.Index(out, "init github.com/sosabc/sosabc/internal/startup ")
	chroma := strings.Index(out, "init github.com/alecthomas/chroma/v2/lexers ")
	if startup < 0 || chroma < 0 || startup > chroma {
		t.Errorf("internal/startup does not start before chroma (at %d and %d):\n%s", startup, chroma, out)
	}
	if strings.Contains(out, "\ngc ") {
		t.Errorf("sosabc version collected garbage:\n%s", out)
	}
	if out := trace("100"); !strings.Contains(out, "\ngc ") {
		t.Errorf("with GOGC=100, sosabc version never collected garbage: the environment did not win\n%s", out)
	}
}
