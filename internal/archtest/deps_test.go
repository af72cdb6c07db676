package archtest

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// advisories are the vulnerable versions the reliability review found
// (D10b): go.mod must stay at or above each fixed version.
var advisories = []struct{ module, fixed, advisory string }{
	{"golang.org/x/text", "v0.39.0", "GO-2026-5970: norm.Iter loops for ever on invalid UTF-8 (reached through collate)"},
	{"github.com/yuin/goldmark", "v1.7.17", "GO-2026-5320: XSS in the HTML renderer"},
}

func TestDependenciesPastKnownAdvisories(t *testing.T) {
	data, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	versions := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && strings.HasPrefix(f[1], "v") {
			versions[f[0]] = f[1]
		}
	}
	for _, a := range advisories {
		v, ok := versions[a.module]
		if !ok {
			t.Errorf("%s is not in go.mod", a.module)
			continue
		}
		if older(v, a.fixed) {
			t.Errorf("%s %s is older than %s, which fixes %s", a.module, v, a.fixed, a.advisory)
		}
	}
	if !older("v0.24.0", "v0.39.0") || older("v1.8.7", "v1.7.17") || older("v1.7.17", "v1.7.17") {
		t.Error("older() is wrong")
	}
}

// older compares vMAJOR.MINOR.PATCH versions (a pre-release counts as
// its release).
func older(a, b string) bool {
	pa, pb := parts(a), parts(b)
	for i := range pa {
		if pa[i] != pb[i] {
			return pa[i] < pb[i]
		}
	}
	return false
}

func parts(v string) [3]int {
	var out [3]int
	v, _, _ = strings.Cut(strings.TrimPrefix(v, "v"), "-")
	for i, p := range strings.SplitN(v, ".", 3) {
		out[i], _ = strconv.Atoi(p)
	}
	return out
}
