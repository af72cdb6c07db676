package root_test

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmd/root"
	"github.com/sosabc/sosabc/internal/cmdtest"
	"github.com/sosabc/sosabc/internal/workshop"
)

// «sosabc help verkstedfil» has an example module that a teacher can copy
// as it is: it passes «sosabc verksted sjekk» without an error or a piece
// of advice, and shows, prints and can be presented. The help names every
// field of a module.
func TestHelpWorkshopFile(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "help", "verkstedfil")
	if r.Code != 0 || !strings.HasPrefix(r.Out, "Et verksted du lager selv\n") {
		t.Fatalf("exit %d %s\n%.300s", r.Code, r.Err, r.Out)
	}
	if en := cmdtest.Run(t, cmdtest.Env{}, "help", "workshop-file"); en.Out != r.Out {
		t.Error("«help workshop-file» differs from «help verkstedfil»")
	}
	f, _, _ := cmdtest.Factory(t, cmdtest.Env{})
	md, err := root.WorkshopFileHelp(f)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(md, "```yaml\n")
	example, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("the help has no YAML example")
	}
	dir := t.TempDir()
	cmdtest.WriteFile(t, dir, "workshops/var-okt.yaml", example)
	r = cmdtest.Run(t, cmdtest.Env{}, "verksted", "sjekk", dir)
	if r.Code != 0 || r.Err != "Verkstedet er i orden.\n" {
		t.Errorf("the example does not pass the check: exit %d\n%s%s", r.Code, r.Out, r.Err)
	}
	for _, args := range [][]string{
		{"--content-dir", dir, "verksted", "vis", "var-okt", "--fasilitator"},
		{"--content-dir", dir, "verksted", "utdeling", "var-okt", "--output", filepath.Join(dir, "ark.pdf")},
	} {
		if r := cmdtest.Run(t, cmdtest.Env{}, args...); r.Code != 0 {
			t.Errorf("%s: exit %d %s", strings.Join(args, " "), r.Code, r.Err)
		}
	}
	for _, typ := range []any{workshop.Workshop{}, workshop.Activity{}, workshop.Handout{}, workshop.Exercise{}, workshop.Question{}, workshop.Goal{}} {
		rt := reflect.TypeOf(typ)
		for i := range rt.NumField() {
			key, _, _ := strings.Cut(rt.Field(i).Tag.Get("yaml"), ",")
			if key == "" || key == "-" {
				continue
			}
			if !strings.Contains(md, "`"+key+"`") && !strings.Contains(example, "\n"+key+":") && !strings.Contains(example, " "+key+":") {
				t.Errorf("the help does not name the field %s.%s", rt.Name(), key)
			}
		}
	}
}
