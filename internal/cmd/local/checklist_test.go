package local_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/kommune"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

// section is the part of a Markdown checklist under the item titled title.
func section(t *testing.T, md, title string) string {
	t.Helper()
	_, rest, ok := strings.Cut(md, ". "+title+"\n")
	if !ok {
		t.Fatalf("the checklist has no item «%s»", title)
	}
	if end := strings.Index(rest, "\n### "); end >= 0 {
		rest = rest[:end]
	}
	return rest
}

// A founder in Drammen, one in Hammerfest and one in Kautokeino (who wrote
// the Sami name) each read their own zone and rate on the employer items,
// marked uncertain once, and on the item about the etablerertjeneste the
// contacts of their own fylke, or the national ones where we have no page
// for the fylke (Buskerud).
func TestChecklistUsesTheKommune(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		typed, tax, fylke, contact string
	}{
		{"Drammen", "Arbeidsgiveravgift: Drammen er i sone 1. Satsen er 14,1 prosent av lønnen.\n", "hele Norge", "Innovasjon Norge. "},
		{"Hammerfest", "Arbeidsgiveravgift: Hammerfest er i sone 5. Satsen er 0 prosent av lønnen.\n", "Finnmark", "Innovasjon Norge Arktis. Regionkontoret for Troms og Finnmark"},
		{"Guovdageaidnu", "Arbeidsgiveravgift: Kautokeino er i sone 5. Satsen er 0 prosent av lønnen.\n", "Finnmark", "Innovasjon Norge Arktis. Regionkontoret for Troms og Finnmark"},
	} {
		answers := cmdtest.WriteFile(t, dir, tt.typed+".yaml", "version: 2\nstage: idea\nform: AS\nemployees: 2\nkommune: "+tt.typed+"\n")
		r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", answers, "--format", "md")
		if r.Code != 0 {
			t.Fatalf("%s: exit %d %s", tt.typed, r.Code, r.Err)
		}
		for _, title := range []string{"Meld virksomheten som arbeidsgiver", "Betal arbeidsgiveravgift annenhver måned"} {
			s := section(t, r.Out, title)
			if !strings.Contains(s, "- "+tt.tax) {
				t.Errorf("%s, «%s» lacks %q:\n%s", tt.typed, title, tt.tax, s)
			}
			if n := strings.Count(s, "- Usikkert: "); n != 1 || !strings.Contains(s, "- Usikkert: Satsene for arbeidsgiveravgift i 2026") {
				t.Errorf("%s, «%s»: %d uncertain notes, want the one entry on the rates:\n%s", tt.typed, title, n, s)
			}
		}
		s := section(t, r.Out, "Snakk med etablerertjenesten i kommunen")
		if !strings.Contains(s, "- Hjelp i "+tt.fylke+": ") || (tt.contact != "" && !strings.Contains(s, tt.contact)) {
			t.Errorf("%s: the etablerertjeneste item lacks the contacts in %s:\n%s", tt.typed, tt.fylke, s)
		}
		if strings.Contains(s, "Viken.,") || strings.Contains(s, "., https") {
			t.Errorf("%s: a contact reads «., https»:\n%s", tt.typed, s)
		}
	}
}

// The employer tax data names the uncertain entry that says the same to
// the reader, and that entry exists.
func TestTaxUncertainEntryExists(t *testing.T) {
	reg, err := kommune.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	id := reg.AGA().Info().UncertainID
	entries := source.Registry{}
	var errs strictyaml.Errors
	source.LoadUncertain(content.FS(), "content", entries, &errs)
	if _, ok := entries[id]; !ok || errs.Err() != nil {
		t.Errorf("uncertain_id «%s» is not in content/uncertain: %v", id, errs.Err())
	}
}

// A local folder adds an item for its own kommune and a contact; the
// founder in that kommune sees both, marked local, and one elsewhere sees
// neither.
func TestLocalFolderOnTheChecklist(t *testing.T) {
	example := filepath.Join("..", "..", "..", "docs", "eksempel-lokalt-innhold")
	dir := t.TempDir()
	drammen := cmdtest.WriteFile(t, dir, "drammen.yaml", "version: 2\nstage: idea\nform: AS\nkommune: drammen\n")
	skien := cmdtest.WriteFile(t, dir, "skien.yaml", "version: 2\nstage: idea\nform: AS\nkommune: Skien\n")

	r := cmdtest.Run(t, cmdtest.Env{}, "--content-dir", example, "sjekkliste", "--answers", drammen, "--format", "md")
	if r.Code != 0 {
		t.Fatalf("exit %d %s", r.Code, r.Err)
	}
	s := section(t, r.Out, "Gå på gründerkafeen hos etablerertjenesten (eksempel)")
	for _, want := range []string{
		"Dette kan gjøres. Fordi du skal starte i Drammen i Buskerud. Der har etablerertjenesten en gründerkafé for nye gründere.",
		"- Lokalt: Punktet kommer fra lokalt innhold, ikke fra sosabc.",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the local item lacks %q:\n%s", want, s)
		}
	}
	// It comes after the built-in item it names in «after».
	if strings.Index(r.Out, "Snakk med etablerertjenesten") > strings.Index(r.Out, "Gå på gründerkafeen") {
		t.Error("the local item comes before «Snakk med etablerertjenesten»")
	}
	s = section(t, r.Out, "Snakk med etablerertjenesten i kommunen")
	if !strings.Contains(s, "- Hjelp i Drammen: Etablerertjenesten i kommunen (eksempel). Etablerertjenesten gir gratis råd til deg som vil starte noe i kommunen, <https://www.example.org/etablerertjenesten>") {
		t.Errorf("the local contact is not on the item:\n%s", s)
	}

	r = cmdtest.Run(t, cmdtest.Env{}, "--content-dir", example, "sjekkliste", "--answers", skien, "--format", "md")
	if r.Code != 0 || strings.Contains(r.Out, "gründerkafeen") || strings.Contains(r.Out, "(eksempel)") {
		t.Errorf("Skien gets Drammen's local content: exit %d\n%s", r.Code, r.Err)
	}

	r = cmdtest.Run(t, cmdtest.Env{}, "--content-dir", example, "lokalt", "Drammen")
	if !strings.Contains(r.Out, "Hjelp i nærheten\n  Etablerertjenesten i kommunen (eksempel) (Etablerertjeneste)\n") ||
		!strings.Contains(r.Out, "Lokale sider\n  Gründerkafé hos etablerertjenesten (eksempel): sosabc les eksempel-grunderkafe\n") {
		t.Errorf("lokalt Drammen with the example folder:\n%s", r.Out)
	}
}

// A kommune name two kommuner share keeps its fylke in the answer, so the
// checklist still knows which one it is.
func TestSharedNameKeepsItsFylke(t *testing.T) {
	answers := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", "version: 2\nstage: idea\nform: AS\nemployees: 1\nkommune: Våler i Østfold\n")
	r := cmdtest.Run(t, cmdtest.Env{}, "sjekkliste", "--answers", answers, "--format", "md")
	if r.Code != 0 || !strings.Contains(r.Out, "Arbeidsgiveravgift: Våler i Østfold er i sone") {
		t.Errorf("exit %d %s\n%.2000s", r.Code, r.Err, r.Out)
	}
}

// «sosabc lokalt Drammen» next to «sosabc les as», the command the
// README's budget table measures: both in one run, one after the other,
// so a busy machine slows both alike. The ratios are what to compare:
// by the clock, and by CPU time, which a busy machine disturbs less.
func BenchmarkLocalDrammen(b *testing.B) {
	var local, read, localCPU, readCPU time.Duration
	for b.Loop() {
		start, cpu0 := time.Now(), cpuTime()
		if r := cmdtest.Run(b, cmdtest.Env{}, "lokalt", "Drammen"); r.Code != 0 {
			b.Fatal(r.Err)
		}
		mid, cpu1 := time.Now(), cpuTime()
		if r := cmdtest.Run(b, cmdtest.Env{}, "les", "as"); r.Code != 0 {
			b.Fatal(r.Err)
		}
		local, read = local+mid.Sub(start), read+time.Since(mid)
		localCPU, readCPU = localCPU+cpu1-cpu0, readCPU+cpuTime()-cpu1
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
	b.ReportMetric(ms(local), "ms-lokalt")
	b.ReportMetric(ms(read), "ms-les")
	b.ReportMetric(float64(local)/float64(read), "lokalt/les")
	if readCPU > 0 {
		b.ReportMetric(ms(localCPU), "cpu-ms-lokalt")
		b.ReportMetric(ms(readCPU), "cpu-ms-les")
		b.ReportMetric(float64(localCPU)/float64(readCPU), "cpu-lokalt/les")
	}
}
