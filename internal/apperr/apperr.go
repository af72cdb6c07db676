// Package apperr holds the kinds of failure every part of sosabc can
// report, and the exit code each one gives: 0 ok, 1 failure, 2 bad input
// (usage), 130 aborted. It is a leaf, so application packages can say «bad
// input» without depending on the command layer.
package apperr

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
type UsageError struct {
	Msg string
	Err error // what went wrong underneath, when Msg wraps it; may be nil
}

func (e *UsageError) Error() string { return e.Msg }

// Unwrap gives the error underneath, so a caller can list each problem.
func (e *UsageError) Unwrap() error { return e.Err }

// Usagef makes a UsageError.
func Usagef(format string, args ...any) error {
	return &UsageError{Msg: fmt.Sprintf(format, args...)}
}

// AbortError means the user stopped the program (Ctrl-C) or a signal did.
// Its message says what was kept and how to go on. Code is the exit code:
// 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP.
type AbortError struct {
	Msg  string
	Code int
}

func (e *AbortError) Error() string { return e.Msg }

// ErrSilent fails with exit code 1 after the command has already said why.
var ErrSilent = errors.New("silent")

// Code is the exit code for err.
func Code(err error) int {
	var usage *UsageError
	var abort *AbortError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &usage):
		return ExitUsage
	case errors.As(err, &abort):
		if abort.Code != 0 {
			return abort.Code
		}
		return ExitAborted
	default:
		return ExitFailure
	}
}
