//go:build !windows

package state

import (
	"os"

	"github.com/google/renameio/v2/maybe"
)

func writeFile(path string, data []byte, perm os.FileMode) error {
	return maybe.WriteFile(path, data, perm)
}
