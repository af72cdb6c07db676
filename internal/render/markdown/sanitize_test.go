package markdown

import (
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/doc"
)

// A Markdown export never carries a terminal control sequence, whatever
// the document holds (D5: a plan.md given to a client is read with cat).
func TestNoControlSequences(t *testing.T) {
	evil := "Bod\x1b]0;tittel\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\u009b2J\x1bcø"
	d := &doc.Document{Title: evil, Meta: []doc.Fact{{Label: "Kunde", Value: evil}}, Blocks: []doc.Block{doc.Paragraph{Text: evil}, doc.Markdown{Text: evil}}}
	out := Render(d)
	if strings.ContainsAny(out, "\x1b\x07\u009b") {
		t.Errorf("control sequence in %q", out)
	}
	if !strings.Contains(out, "# Bodø\n") {
		t.Errorf("the text around the sequences is lost: %q", out)
	}
}
