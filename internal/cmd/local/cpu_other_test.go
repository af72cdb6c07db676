//go:build !unix

package local_test

import "time"

// cpuTime is not measured here; the benchmark reports the clock only.
func cpuTime() time.Duration { return 0 }
