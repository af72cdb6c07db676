//go:build !unix

package e2e

import "testing"

// runRSS is run; peak memory is not measured here.
func runRSS(b *testing.B, env []string, name string, args ...string) (timing, int64) {
	b.Helper()
	t, _ := runState(b, env, name, args...)
	return t, 0
}
