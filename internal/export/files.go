package export

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/google/renameio/v2/maybe"

	"github.com/sosabc/sosabc/internal/apperr"
)

// ExistsError is under the error WriteAtomic returns when the file is
// there and force is false.
type ExistsError struct{ Path string }

func (e *ExistsError) Error() string {
	return fmt.Sprintf("Filen «%s» finnes fra før. Velg et annet navn, eller bruk --force for å skrive over den.", e.Path)
}

// WriteAtomic writes data to path: the folder is made if needed, the file
// appears whole or not at all, and an existing file is replaced only with
// force.
func WriteAtomic(path string, data []byte, force bool) error {
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return apperr.Usagef("«%s» er en mappe. Skriv et filnavn, for eksempel %s.", path, filepath.Join(path, "plan.pdf"))
		}
		if !force {
			exists := &ExistsError{Path: path}
			return &apperr.UsageError{Msg: exists.Error(), Err: exists}
		}
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return writeError(path, err)
		}
	}
	if err := maybe.WriteFile(path, data, 0o644); err != nil {
		return writeError(path, err)
	}
	return nil
}

// writeError says why a file could not be written, in words a user can act on.
func writeError(path string, err error) error {
	why := "Sjekk at mappen finnes og at du kan skrive i den."
	switch {
	case errors.Is(err, fs.ErrPermission):
		why = "Du har ikke lov til å skrive der. Velg en annen mappe."
	case errors.Is(err, syscall.ENOSPC):
		why = "Disken er full. Gjør plass, eller velg en annen disk."
	case errors.Is(err, syscall.EROFS):
		why = "Mappen kan bare leses. Velg en annen mappe."
	case errors.Is(err, syscall.ENOTDIR):
		why = "En del av stien er en fil, ikke en mappe."
	}
	return fmt.Errorf("kunne ikke skrive %s. %s", path, why)
}
