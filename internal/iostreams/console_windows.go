//go:build windows

package iostreams

import (
	"os"
	"syscall"
)

// enableVirtualTerminalProcessing is ENABLE_VIRTUAL_TERMINAL_PROCESSING:
// the console reads ANSI escape codes (colour, bold) instead of printing
// them. The syscall package has GetConsoleMode but not SetConsoleMode.
const enableVirtualTerminalProcessing = 0x0004

var procSetConsoleMode = syscall.NewLazyDLL("kernel32.dll").NewProc("SetConsoleMode")

// colorCodesWork turns on escape codes in a Windows console and reports
// whether they work. Windows Terminal has them on already. The old console
// (conhost: cmd.exe and Windows PowerShell in their own window) shows them
// as «←[1m» unless the program turns them on, which Windows 10 and newer
// allow. bubbletea does the same for the interview and the pager; this is
// for everything printed straight to standard out and standard error.
// A file or a pipe is not a console: there the answer does not matter.
func colorCodesWork(f *os.File) bool {
	h := syscall.Handle(f.Fd())
	var mode uint32
	if err := syscall.GetConsoleMode(h, &mode); err != nil {
		return true
	}
	if mode&enableVirtualTerminalProcessing != 0 {
		return true
	}
	ok, _, _ := procSetConsoleMode.Call(uintptr(h), uintptr(mode|enableVirtualTerminalProcessing))
	return ok != 0
}
