//go:build unix

package e2e

import (
	"syscall"
	"testing"
)

// runRSS is run, and the program's peak resident memory in bytes.
func runRSS(b *testing.B, env []string, name string, args ...string) (timing, int64) {
	b.Helper()
	t, state := runState(b, env, name, args...)
	if ru, ok := state.SysUsage().(*syscall.Rusage); ok {
		return t, ru.Maxrss * 1024 // kilobytes on Linux
	}
	return t, 0
}
