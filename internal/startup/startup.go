// Package startup tunes the garbage collector for a command that lives a
// fraction of a second, before the packages it uses start. Only
// cmd/sosabc imports it, so tests keep Go's defaults.
//
// A command keeps little (the content, about 10 MB) but makes a lot of
// short-lived garbage: glamour's syntax highlighter (chroma) alone makes
// 4 MB while its packages start. Go's default (GOGC=100) collects each
// time the heap has doubled, which was twice before sosabc's own code
// ran: on a machine with two cores that cost about a fifth of what
// «sosabc sjekkliste | less» took. Collecting when the heap has grown
// five times means a command like it does not collect at all.
// GOGC in the environment wins: the runtime has read it already.
//
// Go starts packages in the order of their import paths, where their
// imports allow. runtime/debug.SetGCPercent would come too late: its
// package waits for every package whose path sorts before it, chroma
// among them. So the runtime's function behind it is reached directly
// (go:linkname; the runtime exports it under that name for
// runtime/debug), and the only other import is os. TestGCBeforeInit in
// internal/e2e holds both: this package starts before chroma, and a
// command runs without a collection. If a Go release renames the
// function, the program no longer links, so it cannot fail silently.
package startup

import (
	"os"
	_ "unsafe" // for go:linkname
)

// setGCPercent is runtime/debug.SetGCPercent without its package.
//
//go:linkname setGCPercent runtime/debug.setGCPercent
func setGCPercent(int32) int32

func init() {
	if os.Getenv("GOGC") == "" {
		setGCPercent(400)
	}
}
