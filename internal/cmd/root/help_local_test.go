package root_test

import (
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/cmd/root"
	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/kommune/contacts"
)

// «sosabc help lokalt-innhold» is rendered like a page and documents
// every phase, contact kind, local fact and value a rule can use: when one
// is added to the code, the text must say so.
func TestHelpLocalContent(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "help", "lokalt-innhold")
	if r.Code != 0 || !strings.HasPrefix(r.Out, "Lokalt innhold\n") {
		t.Fatalf("exit %d %s\n%.300s", r.Code, r.Err, r.Out)
	}
	if en := cmdtest.Run(t, cmdtest.Env{}, "help", "local-content"); en.Out != r.Out {
		t.Error("«help local-content» differs from «help lokalt-innhold»")
	}
	f, _, _ := cmdtest.Factory(t, cmdtest.Env{})
	eng, err := f.Engine()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, p := range eng.Rules.Phases {
		want = append(want, "`"+p.ID+"`")
	}
	for _, k := range contacts.Kinds {
		want = append(want, "`"+string(k)+"`")
	}
	for _, x := range checklist.LocalFacts {
		want = append(want, "local: ["+x+"]")
	}
	for _, v := range cmdutil.KommuneVars() {
		want = append(want, "`"+v.Name+"`")
	}
	want = append(want, "sosabc innhold sjekk", "--content-dir", "SOSABC_CONTENT_DIR", "checklist/items/", "kommuner/kontakter.yaml", "glossary.yaml", "topics/kommune/", "uncertain.yaml")
	text := cmdtest.Run(t, cmdtest.Env{}, "help", "lokalt-innhold", "--content-dir", t.TempDir()).Out
	md, err := root.LocalContentHelp(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !strings.Contains(md, w) {
			t.Errorf("the help does not mention %s", w)
		}
	}
	if text != r.Out {
		t.Error("a local content folder changes the help text")
	}
	if r := cmdtest.Run(t, cmdtest.Env{}, "help"); !strings.Contains(r.Out, "  sosabc help lokalt-innhold (local-content)\n      Egne sider, sjekkpunkter og kontakter for en kommune\n") {
		t.Errorf("«sosabc help» does not list the topic:\n%s", r.Out)
	}
}
