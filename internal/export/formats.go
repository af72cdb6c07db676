// Package export writes documents to files: one plan in any format, a
// batch of plans for many clients, and (site.go) the handbook as a website.
// Rendering lives in internal/render/*; this package picks the renderer and
// writes the result safely (never a half-written file, never an overwrite
// without asking).
package export

import (
	"fmt"
	"time"

	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/render/html"
	"github.com/sosabc/sosabc/internal/render/ics"
	"github.com/sosabc/sosabc/internal/render/markdown"
	"github.com/sosabc/sosabc/internal/render/pdf"
)

// Renderers turns a document into the bytes of one format.
var Renderers = map[string]func(d *doc.Document, now time.Time) ([]byte, error){
	"md":  func(d *doc.Document, _ time.Time) ([]byte, error) { return []byte(markdown.Render(d)), nil },
	"ics": func(d *doc.Document, now time.Time) ([]byte, error) { return ics.Render(d, now), nil },
	"html": func(d *doc.Document, _ time.Time) ([]byte, error) {
		return html.Render(d, html.Options{})
	},
	"pdf": func(d *doc.Document, now time.Time) ([]byte, error) {
		return pdf.Render(d, pdf.Options{Created: now})
	},
}

// Binary formats must not be written to a terminal.
var Binary = map[string]bool{"pdf": true}

// Extensions for file names, by format.
var Extensions = map[string]string{"md": ".md", "html": ".html", "pdf": ".pdf", "ics": ".ics", "json": ".json"}

// Render renders d in format.
func Render(d *doc.Document, format string, now time.Time) ([]byte, error) {
	r, ok := Renderers[format]
	if !ok {
		return nil, fmt.Errorf("formatet «%s» finnes ikke i denne versjonen av sosabc", format)
	}
	return r(d, now)
}
