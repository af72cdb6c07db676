package plain_test

import (
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/render/plain"
)

// BenchmarkChecklist is a founder's whole plan as plain text at 100
// columns: what «sosabc sjekkliste | less» renders.
func BenchmarkChecklist(b *testing.B) {
	d := doc.Checklist(cmdtest.PersonaPlan(b, "arbeid-etter-rus", nil), doc.ChecklistOptions{})
	b.ReportAllocs()
	for b.Loop() {
		plain.Render(d, 100)
	}
}
