// Package manpages generates sosabc's man pages from the command tree. It
// lives outside the binary's packages so that sosabc itself does not link
// the Markdown-to-roff converter.
package manpages

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/cpuguy83/go-md2man/v2/md2man"
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
	f := &cmdutil.Factory{IO: ios, Content: content.FS(), Now: time.Now, Version: "dev"}
	cmd := root.NewCmdRoot(f)
	cmd.DisableAutoGenTag = true
	date := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	header := &doc.GenManHeader{Title: "SOSABC", Section: "1", Source: "sosabc", Manual: "Start-ABC for sosiale entreprenører", Date: &date}
	if err := doc.GenManTree(cmd, header, dir); err != nil {
		return err
	}
	for _, t := range root.HelpTopics() {
		text, err := t.Text(f)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "sosabc-"+t.Name+".7"), helpPage(t, text, date), 0o644); err != nil {
			return err
		}
	}
	return nil
}

var subheadingRe = regexp.MustCompile(`(?m)^#(#+) `)

// helpPage is a help topic as a man page in section 7: its Markdown with
// every heading one level up, so «## Kontakter» becomes a section.
func helpPage(t root.HelpTopic, text string, date time.Time) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "%% \"SOSABC\" \"7\" \"%s\" \"sosabc\" \"Start-ABC for sosiale entreprenører\"\n", date.Format("Jan 2006"))
	fmt.Fprintf(&b, "# NAME\nsosabc-%s \\- %s\n\n# DESCRIPTION\n", t.Name, t.Short)
	b.WriteString(subheadingRe.ReplaceAllString(text, "$1 "))
	return md2man.Render([]byte(b.String()))
}
