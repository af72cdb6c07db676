//go:build unix

package local_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, user and system: on a
// busy machine it says more about a command's work than the clock does.
func cpuTime() time.Duration {
	var r syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &r) != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}
