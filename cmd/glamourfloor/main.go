// Command glamourfloor only starts glamour: a renderer in sosabc's
// default style (dark, 100 columns) renders a trivial document. No sosabc
// command that shows a page can start faster, so it is the floor that the
// speed benchmarks in internal/e2e compare with. It is not shipped.
package main

import (
	"fmt"
	"os"

	"charm.land/glamour/v2"
)

func main() {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(100), glamour.WithEmoji())
	if err == nil {
		var out string
		if out, err = r.Render("# Sjekklisten din\n\nHei.\n"); err == nil {
			_, err = os.Stdout.WriteString(out)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
