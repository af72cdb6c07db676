package workshop_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
)

// boxedModule is localModule with its minutes right and two handouts: one
// with three frames of n lines to write in, and a long reading sheet
// without frames that runs over two pages.
func boxedModule(n string) string {
	m := strings.Replace(localModule, "minutes: 30", "minutes: 40", 1)
	return strings.Replace(m, `  - id: vart-ark
    title: Arket
    body: Skriv ned ideen.
`, `  - id: vart-ark
    title: Arket
    lines: `+n+`
    body: |
      ## Problemet
      Hvem gjelder det?
      ## Løsningen
      Hva vil dere gjøre?
      ## Neste steg
      Hva gjør dere først?
  - id: lese-ark
    title: Les før økten
    body: |
`+strings.Repeat("      Les saken. Skriv ned det du lurer på.\n\n", 50), 1)
}

// A sheet with frames must fit on one page of the PDF: three frames of 6
// lines do, three of 12 take two pages, and the check says where the
// handout is and what to do. The reading sheet without frames runs over
// two pages, as it may.
func TestCheckBoxedSheetFitsOnePage(t *testing.T) {
	dir := t.TempDir()
	cmdtest.WriteFile(t, dir, "workshops/var-okt.yaml", boxedModule("6"))
	r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "sjekk", dir)
	if r.Code != 0 || !strings.HasSuffix(r.Err, "Verkstedet er i orden.\n") {
		t.Errorf("three frames of 6 lines: exit %d\n%s", r.Code, r.Err)
	}
	pdf := filepath.Join(dir, "ark.pdf")
	if r := cmdtest.Run(t, cmdtest.Env{}, "--content-dir", dir, "verksted", "utdeling", "var-okt", "--output", pdf); r.Code != 0 {
		t.Fatalf("utdeling: exit %d %s", r.Code, r.Err)
	}

	cmdtest.WriteFile(t, dir, "workshops/var-okt.yaml", boxedModule("12"))
	r = cmdtest.Run(t, cmdtest.Env{}, "verksted", "sjekk", dir)
	file := filepath.Join(dir, "workshops/var-okt.yaml")
	want := file + ":22: arket «vart-ark» tar 2 sider i PDF-en, men et ark med rammer må få plass på én side: gi rammene færre linjer (nå 12 i «lines»), skriv kortere tekst eller del arket i to\n"
	if got := withoutAdvice(r.Err); r.Code != 1 || got != want {
		t.Errorf("three frames of 12 lines: exit %d\n%s\nwant:\n%s", r.Code, got, want)
	}
	if !strings.HasPrefix(r.Out, "var-okt ") {
		t.Errorf("the list of modules is still printed: %q", r.Out)
	}
}

// Every built-in module passes the check: its sheets with frames fit on
// one page each.
func TestCheckBuiltIn(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "verksted", "sjekk")
	if r.Code != 0 || r.Err != "10 verksteder er i orden.\n" || strings.Count(r.Out, "\n") != 10 {
		t.Errorf("exit %d\n%s%s", r.Code, r.Out, r.Err)
	}
}

// withoutAdvice is stderr without the lines of advice («Råd: …»).
func withoutAdvice(s string) string {
	var out strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		if !strings.HasPrefix(l, "Råd: ") {
			out.WriteString(l)
		}
	}
	return out.String()
}
