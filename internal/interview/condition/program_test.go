package condition

import (
	"os"
	"reflect"
	"regexp"
	"testing"
)

// TestExprVersionIsGoMod: exprVersion, which decides whether the cached
// programs can be used, is the expr that go.mod builds with.
func TestExprVersionIsGoMod(t *testing.T) {
	data, err := os.ReadFile("../../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*github\.com/expr-lang/expr (\S+)`).FindSubmatch(data)
	if m == nil || string(m[1]) != exprVersion {
		t.Fatalf("go.mod has expr %q, exprVersion in program.go says %q: update exprVersion (and make the caches again: go generate ./content)", m, exprVersion)
	}
}

// TestProgramKey: the key changes with expr's version and with the type
// of a name, and is empty when the program was built with another expr.
func TestProgramKey(t *testing.T) {
	env := map[string]any{"a": 0, "b": ""}
	key := ProgramKey(env)
	if key == "" || key != ProgramKey(map[string]any{"b": "x", "a": 7}) {
		t.Fatalf("the key of the same types differs: %q", key)
	}
	if ProgramKey(map[string]any{"a": "", "b": ""}) == key {
		t.Error("a name of another type has the same key")
	}
	defer func(v string) { exprVersion = v }(exprVersion)
	exprVersion = "v9.9.9"
	if ProgramKey(env) == key {
		t.Error("another expr version has the same key")
	}
	defer func(v string) { builtExprVersion = v }(builtExprVersion)
	builtExprVersion = "v1.0.0"
	if ProgramKey(env) != "" {
		t.Error("a build with another expr than exprVersion says has a key")
	}
}

// TestProgram: a condition read back from its Program evaluates as the
// compiled one, names and comparisons alike, and reports a failure with
// its source.
func TestProgram(t *testing.T) {
	env := map[string]any{"form": "", "funding": []string{}, "revenue": 0, "har_ansatte": false}
	cc := NewCompiler(env)
	sources := []string{`form in ["AS", "ENK"] && revenue > 100000 * 2`, `"grants" in funding || !har_ansatte`, `len(funding) == 0`, `form != "AS" and not (revenue <= 5)`}
	envs := []map[string]any{
		{"form": "AS", "funding": []string{"grants"}, "revenue": 300000, "har_ansatte": true},
		{"form": "SA", "funding": []string{}, "revenue": 3, "har_ansatte": false},
		{"form": "ENK", "funding": []string{"loans"}, "revenue": 200001, "har_ansatte": true},
	}
	for _, src := range sources {
		c, err := cc.Compile(src)
		if err != nil {
			t.Fatal(err)
		}
		p, ok := c.Program()
		if !ok {
			t.Fatalf("%s: no program", src)
		}
		back := FromProgram(src, p)
		if !reflect.DeepEqual(back.Names(), c.Names()) || !reflect.DeepEqual(back.Comparisons(), c.Comparisons()) {
			t.Errorf("%s: names %v, %v; comparisons %v, %v", src, back.Names(), c.Names(), back.Comparisons(), c.Comparisons())
		}
		for _, e := range envs {
			want, werr := c.Eval(e)
			got, gerr := back.Eval(e)
			if got != want || (gerr == nil) != (werr == nil) {
				t.Errorf("%s for %v: %v %v, compiled %v %v", src, e, got, gerr, want, werr)
			}
		}
	}
	// A failure at run time names the condition, as a compiled one does.
	c, _ := cc.Compile(`revenue > 0`)
	p, _ := c.Program()
	_, gerr := FromProgram(`revenue > 0`, p).Eval(map[string]any{"revenue": "x"})
	_, werr := c.Eval(map[string]any{"revenue": "x"})
	if gerr == nil || werr == nil || gerr.Error() != werr.Error() {
		t.Errorf("failures: %v\n%v", gerr, werr)
	}
}
