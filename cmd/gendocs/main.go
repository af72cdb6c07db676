// Command gendocs writes sosabc's man pages into a directory: `make docs`.
package main

import (
	"fmt"
	"os"

	"github.com/sosabc/sosabc/internal/manpages"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "bruk: gendocs MAPPE")
		os.Exit(2)
	}
	if err := manpages.Write(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
