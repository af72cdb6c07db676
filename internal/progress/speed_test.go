package progress

import (
	"errors"
	"testing"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/kommune"
	kommuneresolve "github.com/sosabc/sosabc/internal/kommune/resolve"
	"github.com/sosabc/sosabc/internal/persona"
	"github.com/sosabc/sosabc/internal/state"
)

// checkedSchema is the interview with «kommune» checked against the
// register as the commands check it (cmdutil.checkKommune), the register
// loaded by reg.
func checkedSchema(b *testing.B, reg func() *kommune.Register) *interview.Schema {
	s := schema(b)
	s.Question("kommune").Check = func(name string) (string, string, error) {
		res := kommuneresolve.Kommune(reg(), name)
		if res.Kommune == nil {
			return name, "", errors.New(res.Note)
		}
		return res.Kommune.Label(), res.Note, nil
	}
	return s
}

// savedPersona saves the answers of a persona (kommune: Notodden) in the
// store, as «sosabc start --persona arbeid-etter-rus» does.
func savedPersona(b *testing.B, s Store) {
	ps, err := persona.LoadAll(content.FS(), s.Schema)
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range ps {
		if p.ID == "arbeid-etter-rus" {
			if err := s.Update(func(st *state.State) error { st.Answers = p.Answers; return nil }); err != nil {
				b.Fatal(err)
			}
			return
		}
	}
	b.Fatal("no persona arbeid-etter-rus")
}

// BenchmarkStoreLoad is reading a saved plan with a kommune, as every
// «sosabc sjekkliste» does: the answers checked against the schema and the
// kommune against the register, which is loaded already.
func BenchmarkStoreLoad(b *testing.B) {
	reg, err := kommune.Load(content.FS())
	if err != nil {
		b.Fatal(err)
	}
	s, _ := store(b, checkedSchema(b, func() *kommune.Register { return reg }))
	savedPersona(b, s)
	for b.Loop() {
		st, err := s.Load()
		if err != nil || st.Answers["kommune"] != "Notodden" {
			b.Fatal(st, err)
		}
	}
}

// BenchmarkStoreLoadFreshRegister is BenchmarkStoreLoad in a new process:
// the register is loaded from the content's cache first, and answering
// the kommune is the first thing it is asked.
func BenchmarkStoreLoadFreshRegister(b *testing.B) {
	var reg *kommune.Register
	s, _ := store(b, checkedSchema(b, func() *kommune.Register { return reg }))
	var err error
	if reg, err = kommune.Load(content.FS()); err != nil {
		b.Fatal(err)
	}
	savedPersona(b, s)
	for b.Loop() {
		if reg, err = kommune.Load(content.FS()); err != nil {
			b.Fatal(err)
		}
		st, err := s.Load()
		if err != nil || st.Answers["kommune"] != "Notodden" {
			b.Fatal(st, err)
		}
	}
}
