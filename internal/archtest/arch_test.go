// Package archtest holds the rules of the code's shape as a test: which
// packages may use which UI library, and that the engines use none.
package archtest

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/sosabc/sosabc/"

// ui are the libraries that draw on a terminal or parse a command line.
var ui = []string{
	"github.com/spf13/cobra",
	"charm.land/huh/v2",
	"charm.land/bubbletea/v2",
	"charm.land/bubbles/v2",
	"charm.land/lipgloss/v2",
	"charm.land/glamour/v2",
}

// allowed says which packages may import a library (by prefix). Everything
// not listed may import none of ui, not even through another package.
var allowed = map[string][]string{
	"github.com/spf13/cobra":  {"internal/cmd/", "internal/cmdutil", "internal/docout", "internal/cmdtest", "internal/manpages"},
	"charm.land/huh/v2":       {"internal/prompt"},
	"charm.land/bubbletea/v2": {"internal/prompt", "internal/pager", "internal/tui/"},
	// huh's key map and help styles are bubbles types, so prompt needs them.
	"charm.land/bubbles/v2":  {"internal/prompt", "internal/pager", "internal/tui/"},
	"charm.land/lipgloss/v2": {"internal/prompt", "internal/tui/"},
	"charm.land/glamour/v2":  {"internal/render"},
}

// engines are pure: they must not reach any ui library, directly or
// through another of our packages.
var engines = []string{
	"internal/answers", "internal/apperr", "internal/checklist", "internal/checklist/ruleset", "internal/contentcheck", "internal/fuzzy",
	"internal/handbook", "internal/interview", "internal/interview/condition", "internal/kommune", "internal/kommune/aga", "internal/kommune/check", "internal/kommune/contacts", "internal/kommune/fold", "internal/kommune/resolve",
	"internal/lix", "internal/locale",
	"internal/persona", "internal/progress", "internal/report", "internal/search", "internal/source",
	"internal/state", "internal/strictyaml", "internal/doc", "internal/workshop", "internal/quiz", "internal/export",
}

// imports maps each package under internal/ (path relative to the module)
// to what its non-test files import.
func imports(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(filepath.Join(root, "internal"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(p))
		pkg := filepath.ToSlash(rel)
		f, err := parser.ParseFile(token.NewFileSet(), p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if !slices.Contains(out[pkg], path) {
				out[pkg] = append(out[pkg], path)
			}
		}
		if _, ok := out[pkg]; !ok {
			out[pkg] = nil
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// reach lists every ui library pkg uses, directly or through our packages,
// with the chain that brings it in.
func reach(graph map[string][]string, pkg string) map[string]string {
	found := map[string]string{}
	seen := map[string]bool{}
	var walk func(p, chain string)
	walk = func(p, chain string) {
		if seen[p] {
			return
		}
		seen[p] = true
		for _, imp := range graph[p] {
			for _, lib := range ui {
				if imp == lib || strings.HasPrefix(imp, lib+"/") {
					if _, ok := found[lib]; !ok {
						found[lib] = chain + " → " + imp
					}
				}
			}
			if strings.HasPrefix(imp, module) {
				dep := strings.TrimPrefix(imp, module)
				walk(dep, chain+" → "+dep)
			}
		}
	}
	walk(pkg, pkg)
	return found
}

func TestUILibrariesStayInTheirPackages(t *testing.T) {
	graph := imports(t)
	var pkgs []string
	for p := range graph {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	for _, p := range pkgs {
		for _, imp := range graph[p] {
			for lib, ok := range allowed {
				if imp != lib && !strings.HasPrefix(imp, lib+"/") {
					continue
				}
				if !slices.ContainsFunc(ok, func(prefix string) bool { return p == prefix || strings.HasPrefix(p, prefix) }) {
					t.Errorf("%s imports %s; only %s may", p, imp, strings.Join(ok, ", "))
				}
			}
		}
	}
}

func TestEnginesArePure(t *testing.T) {
	graph := imports(t)
	for _, e := range engines {
		if _, ok := graph[e]; !ok {
			continue // not written yet
		}
		for lib, chain := range reach(graph, e) {
			t.Errorf("engine %s reaches %s: %s", e, lib, chain)
		}
	}
}

func TestNoOSStdoutBelowTheCommands(t *testing.T) {
	root := filepath.Join("..", "..", "internal")
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		if strings.Contains(filepath.ToSlash(p), "internal/iostreams/") {
			return nil // the one place that knows the real streams
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, s := range []string{"os.Stdout", "os.Stderr", "os.Stdin"} {
			if strings.Contains(string(data), s) {
				t.Errorf("%s uses %s: pass the streams in (iostreams)", p, s)
			}
		}
		return nil
	})
}
