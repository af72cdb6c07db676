// Command gencache writes the caches of the built-in content into the
// content folder: `go generate ./content` (or `make cache`) after editing
// the checklist, the forms or what they name.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/cmdutil"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "bruk: gencache INNHOLDSMAPPE")
		os.Exit(2)
	}
	files, err := cmdutil.CacheFiles(content.FS())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for name, data := range files {
		p := filepath.Join(os.Args[1], filepath.FromSlash(name))
		err := os.MkdirAll(filepath.Dir(p), 0o755)
		if err == nil {
			err = os.WriteFile(p, data, 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
