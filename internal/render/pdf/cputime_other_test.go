//go:build !unix

package pdf

import "time"

// cpuTime is 0 where there is no getrusage (Windows): the benchmarks then
// report wall time only.
func cpuTime() time.Duration { return 0 }
