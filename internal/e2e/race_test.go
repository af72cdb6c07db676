//go:build race

package e2e

// raceEnabled: the tests run with -race, so the binary is built with it too,
// and the real terminal paths (huh, bubbletea, signal handling) are raced.
const raceEnabled = true
