// Command demo runs the presenter on its own: for the pseudo-terminal test
// in internal/e2e, and to try the presenter before «sosabc verksted kjør»
// reaches it.
//
//	go run ./internal/tui/presenter/internal/demo                    # a short module of its own
//	go run ./internal/tui/presenter/internal/demo trippel-bunnlinje  # a module from the content
//	SOSABC_PRESENTER_SPEED=60 go run ./internal/tui/presenter/internal/demo   # one minute a second
package main

import (
	"fmt"
	"os"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/iostreams"
	"github.com/sosabc/sosabc/internal/tui/presenter"
	"github.com/sosabc/sosabc/internal/workshop"
)

func main() {
	io := iostreams.System()
	w := short
	if len(os.Args) > 1 {
		set, err := workshop.Load(content.FS(), workshop.Refs{})
		if err != nil {
			fmt.Fprintln(io.ErrOut, err)
			os.Exit(1)
		}
		if w = set.Workshop(os.Args[1]); w == nil {
			fmt.Fprintf(io.ErrOut, "Fant ingen modul med id «%s».\n", os.Args[1])
			os.Exit(2)
		}
	}
	o := presenter.Options{Color: io.ColorEnabled(), Width: io.Width(), Height: io.Height(), Getenv: io.Getenv}
	if err := presenter.Run(io.In, io.Out, w, o); err != nil {
		fmt.Fprintln(io.ErrOut, err)
		os.Exit(1)
	}
}

// short is a module of three short activities, so a fast clock reaches
// «Tiden er ute» in a second or two.
var short = &workshop.Workshop{
	ID: "demo", Title: "Demo av presentasjonen", Minutes: 4,
	Agenda: []workshop.Activity{
		{Title: "Velkommen", Minutes: 2, Kind: workshop.Talk, Instructions: "Ønsk **velkommen** og si målene for økten.\n\n- Hvem er vi?\n- Hva skal vi gjøre?"},
		{Title: "Idémyldring", Minutes: 1, Kind: workshop.Task, Instructions: "Hver skriver tre idéer på gule lapper."},
		{Title: "Oppsummering", Minutes: 1, Kind: workshop.Dialogue, Instructions: "Hver sier én ting de tar med seg."},
	},
	Notes: "- Husk kaffe.",
}
