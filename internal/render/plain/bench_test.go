package plain_test

import (
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/persona"
	"github.com/sosabc/sosabc/internal/render/plain"
	"github.com/sosabc/sosabc/internal/report"
)

// BenchmarkChecklist is a founder's whole plan as plain text at 100
// columns: what «sosabc sjekkliste | less» renders.
func BenchmarkChecklist(b *testing.B) {
	f, _, _ := cmdtest.Factory(b, cmdtest.Env{})
	eng, err := f.Engine()
	if err != nil {
		b.Fatal(err)
	}
	all, err := f.Personas()
	if err != nil {
		b.Fatal(err)
	}
	p, ok := persona.Find(all, "arbeid-etter-rus")
	if !ok {
		b.Fatal("no persona arbeid-etter-rus")
	}
	in := report.Build(eng.Rules, p.Answers, nil, f.Now())
	d := doc.Checklist(in, doc.ChecklistOptions{})
	b.ReportAllocs()
	for b.Loop() {
		plain.Render(d, 100)
	}
}
