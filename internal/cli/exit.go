package cli

import (
	"errors"
	"fmt"
)

// Exit codes, in one place.
const (
	ExitOK      = 0
	ExitFailure = 1
	ExitUsage   = 2 // usage or bad input
	ExitAborted = 130
)

// UsageError is bad input from the user: a wrong flag, an unknown topic, a
// broken answers file. The message says what to do instead.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usageErrorf(format string, args ...any) error {
	return &UsageError{Msg: fmt.Sprintf(format, args...)}
}

// AbortError means the user stopped the program (Ctrl-C). Its message says
// what was kept and how to go on.
type AbortError struct{ Msg string }

func (e *AbortError) Error() string { return e.Msg }

// SilentError fails with exit code 1 after the command has already said why.
var errSilent = errors.New("silent")

func exitCode(err error) int {
	var usage *UsageError
	var abort *AbortError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &usage):
		return ExitUsage
	case errors.As(err, &abort):
		return ExitAborted
	default:
		return ExitFailure
	}
}
