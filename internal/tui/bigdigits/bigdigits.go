// Package bigdigits draws a clock in large digits of block characters,
// for a countdown that a class can read from the back of the room.
package bigdigits

import "strings"

// font is the countdown's large digits, five rows of full blocks, three
// cells wide (the colon one). The small clock packs two rows into one with
// half blocks; the large clock doubles every cell.
var font = map[rune][5]string{
	'0': {"███", "█ █", "█ █", "█ █", "███"},
	'1': {" █ ", "██ ", " █ ", " █ ", "███"},
	'2': {"███", "  █", "███", "█  ", "███"},
	'3': {"███", "  █", "███", "  █", "███"},
	'4': {"█ █", "█ █", "███", "  █", "  █"},
	'5': {"███", "█  ", "███", "  █", "███"},
	'6': {"███", "█  ", "███", "█ █", "███"},
	'7': {"███", "  █", "  █", "  █", "  █"},
	'8': {"███", "█ █", "███", "█ █", "███"},
	'9': {"███", "█ █", "███", "  █", "███"},
	':': {" ", "█", " ", "█", " "},
}

// Small draws s (digits and «:») in three rows of half blocks.
func Small(s string) []string {
	rows := make([]string, 3)
	for i, r := range s {
		g, ok := font[r]
		if !ok {
			continue
		}
		for row := range 3 {
			top := []rune(g[2*row])
			var bottom []rune
			if 2*row+1 < 5 {
				bottom = []rune(g[2*row+1])
			}
			var b strings.Builder
			for c := range top {
				b.WriteRune(half(top[c] != ' ', c < len(bottom) && bottom[c] != ' '))
			}
			if i > 0 {
				rows[row] += " "
			}
			rows[row] += b.String()
		}
	}
	return rows
}

func half(top, bottom bool) rune {
	switch {
	case top && bottom:
		return '█'
	case top:
		return '▀'
	case bottom:
		return '▄'
	}
	return ' '
}

// Large draws s (digits and «:») in five rows with every cell doubled
// in width.
func Large(s string) []string {
	rows := make([]string, 5)
	for i, r := range s {
		g, ok := font[r]
		if !ok {
			continue
		}
		for row := range 5 {
			if i > 0 {
				rows[row] += "  "
			}
			for _, c := range g[row] {
				rows[row] += strings.Repeat(string(c), 2)
			}
		}
	}
	return rows
}
