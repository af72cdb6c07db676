// Command sosabc is the start-up ABC for social entrepreneurs in Norway.
package main

import (
	"os"

	"github.com/sosabc/sosabc/internal/cmd/root"
	_ "github.com/sosabc/sosabc/internal/startup" // the garbage collector's settings, before anything else starts
)

func main() { os.Exit(root.Main(os.Args[1:])) }
