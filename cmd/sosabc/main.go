// Command sosabc is the start-up ABC for social entrepreneurs in Norway.
package main

import (
	"os"

	"github.com/sosabc/sosabc/internal/cmd/root"
)

func main() { os.Exit(root.Main(os.Args[1:])) }
