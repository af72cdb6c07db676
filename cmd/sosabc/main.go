// Command sosabc is the start-up ABC for social entrepreneurs in Norway.
package main

import (
	"os"

	"github.com/sosabc/sosabc/internal/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:])) }
