//go:build unix

package pdf

import (
	"syscall"
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
