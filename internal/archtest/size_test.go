package archtest

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// maxLines is the most lines of code a package under internal/ may have:
// lines of its non-test files that are neither blank nor only a comment.
// A package a newcomer can read in one sitting; past this, split it by
// what its parts do.
const maxLines = 1000

func TestPackagesStaySmall(t *testing.T) {
	lines := map[string]int{}
	root := filepath.Join("..", "..", "internal")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		n, err := codeLines(p)
		rel, _ := filepath.Rel(filepath.Join("..", ".."), filepath.Dir(p))
		lines[filepath.ToSlash(rel)] += n
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var big []string
	for pkg, n := range lines {
		if n > maxLines {
			big = append(big, fmt.Sprintf("%s: %d", pkg, n))
		}
	}
	sort.Strings(big)
	if len(big) > 0 {
		t.Errorf("packages over %d lines of code; split them by what their parts do:\n%s", maxLines, strings.Join(big, "\n"))
	}
	if len(lines) < 20 {
		t.Errorf("found only %d packages under internal/: is the walk looking in the right place?", len(lines))
	}
}

// codeLines counts the lines of a Go file that are neither blank nor only
// a // comment.
func codeLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 1<<20), 1<<20)
	for s.Scan() {
		l := strings.TrimSpace(s.Text())
		if l != "" && !strings.HasPrefix(l, "//") {
			n++
		}
	}
	return n, s.Err()
}
