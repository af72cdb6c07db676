package contentfs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// MaxFileSize is the largest content file sosabc reads. A topic is a few
// kilobytes; without a limit a huge or endless file in a local folder
// would fill the memory.
const MaxFileSize = 1 << 20

// ReadError is a content file (or folder) that could not be read, said in
// words a content writer can act on. It wraps the cause, so
// errors.Is(err, fs.ErrNotExist) still works.
type ReadError struct {
	Err error
	why string
}

func (e *ReadError) Error() string { return e.why }
func (e *ReadError) Unwrap() error { return e.Err }

// ReadFile reads name from fsys like fs.ReadFile, but refuses a file over
// MaxFileSize and anything that is not a plain file, and its errors are
// Norwegian (see Explain).
func ReadFile(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, Explain(err)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil {
		switch {
		case info.IsDir():
			return nil, &ReadError{Err: fs.ErrInvalid, why: "det er en mappe, ikke en fil"}
		case !info.Mode().IsRegular():
			return nil, &ReadError{Err: fs.ErrInvalid, why: "det er ikke en vanlig fil"}
		}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, Explain(err)
	}
	if len(data) > MaxFileSize {
		return nil, &ReadError{Err: fs.ErrInvalid, why: "filen er større enn 1 MB. Et emne er vanligvis noen få kB: del teksten i flere filer"}
	}
	return data, nil
}

// Explain turns an error from reading a content folder into Norwegian: no
// access, a link out of the folder (an os.Root refuses those), or the
// system's own words for anything else.
func Explain(err error) error {
	var re *ReadError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &re):
		return err
	case errors.Is(err, fs.ErrNotExist):
		return &ReadError{Err: err, why: "finner den ikke"}
	case errors.Is(err, fs.ErrPermission):
		return &ReadError{Err: err, why: "sosabc har ikke tilgang til den. Sjekk hvem som kan lese den"}
	case strings.Contains(err.Error(), "path escapes from parent"):
		return &ReadError{Err: err, why: "det er en lenke som peker ut av innholdsmappen, og sosabc leser bare det som ligger i mappen. Kopier filen inn i stedet for å lenke til den"}
	}
	return &ReadError{Err: err, why: fmt.Sprint(err)}
}

// ReadString reads name from fsys whole, as a string made from one copy
// of the file: fs.ReadFile followed by a conversion to string copies it
// twice. For a cache of built-in content that is read into strings (the
// checklist's is 336 kB), the second copy was about 80 fresh memory pages
// on every «sosabc sjekkliste».
func ReadString(fsys fs.FS, name string) (string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if info, err := f.Stat(); err == nil && info.Size() > 0 {
		b.Grow(int(info.Size()))
	}
	if _, err := io.Copy(&b, f); err != nil {
		return "", err
	}
	return b.String(), nil
}
