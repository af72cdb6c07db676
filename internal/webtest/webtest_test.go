package webtest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/webtest"
)

// recorder keeps what a validator reports instead of failing the test.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func (r *recorder) Helper() {}

// A broken page must fail: the validators really look at the page.
const bad = `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"></head>
<body>
<h3>Ingen tittel, ingen lang, en overskrift som hopper</h3>
<p style="color:#bbb;background:#fff">Svak kontrast</p>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<a href="#"></a>
<p><div>feil nesting</p>
</body>
</html>
`

func writeBad(t *testing.T) string {
	p := filepath.Join(t.TempDir(), "bad.html")
	if err := os.WriteFile(p, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestVNUFindsErrors(t *testing.T) {
	p := writeBad(t)
	r := &recorder{TB: t}
	webtest.VNU(r, p)
	all := strings.Join(r.errs, "\n")
	if !strings.Contains(all, "title") {
		t.Errorf("vnu did not report the missing <title>:\n%s", all)
	}
}

func TestAxeFindsViolations(t *testing.T) {
	p := writeBad(t)
	b := webtest.NewBrowser(t)
	r := &recorder{TB: t}
	b.Axe(r, p)
	all := strings.Join(r.errs, "\n")
	for _, rule := range []string{"html-has-lang", "image-alt", "color-contrast", "link-name", "document-title"} {
		if !strings.Contains(all, "axe "+rule+" ") {
			t.Errorf("axe did not report %s:\n%s", rule, all)
		}
	}
}
