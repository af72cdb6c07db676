//go:build windows

package state

import (
	"errors"
	"os"
	"syscall"
)

func writeFile(path string, data []byte, perm os.FileMode) error {
	return replaceFile(path, data, perm, busy)
}

// busy reports whether a rename failed because another program has the
// file open for a moment. Go opens files without FILE_SHARE_DELETE, so a
// second sosabc reading state.json blocks the rename until it is done.
func busy(err error) bool {
	const errorSharingViolation, errorLockViolation syscall.Errno = 32, 33
	return errors.Is(err, syscall.ERROR_ACCESS_DENIED) ||
		errors.Is(err, errorSharingViolation) ||
		errors.Is(err, errorLockViolation)
}
