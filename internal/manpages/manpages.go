// Package manpages generates sosabc's man pages from the command tree. It
// lives outside the binary's packages so that sosabc itself does not link
// the Markdown-to-roff converter.
package manpages

import (
	"os"
	"time"

	"github.com/spf13/cobra/doc"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/cmd/root"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/iostreams"
)

// Write generates one man page per command into dir. The date is
// fixed so that regenerating gives the same files (a test checks drift).
func Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	ios, _, _, _ := iostreams.Test()
	cmd := root.NewCmdRoot(&cmdutil.Factory{IO: ios, Content: content.FS(), Now: time.Now, Version: "dev"})
	cmd.DisableAutoGenTag = true
	date := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	header := &doc.GenManHeader{Title: "SOSABC", Section: "1", Source: "sosabc", Manual: "Start-ABC for sosiale entreprenører", Date: &date}
	return doc.GenManTree(cmd, header, dir)
}
