package cmdutil

import (
	"os"
	"reflect"
	"testing"
	"testing/fstest"
	"time"

	"github.com/sosabc/sosabc/internal/handbook"
	"github.com/sosabc/sosabc/internal/iostreams"
)

// TestWithContentDir: the copy keeps every exported field (a new field
// must be added to WithContentDir) and none of the loaded content.
func TestWithContentDir(t *testing.T) {
	f := &Factory{IO: &iostreams.IOStreams{}, Content: fstest.MapFS{}, Now: time.Now, Version: "1", ContentDir: "a", hb: &handbook.Handbook{},
		StateDir: func() (string, error) { return "/tmp/x", nil },
		Signals:  func() (<-chan os.Signal, func()) { return nil, func() {} }}
	g := f.WithContentDir("b")
	fv, gv := reflect.ValueOf(f).Elem(), reflect.ValueOf(g).Elem()
	for i := range fv.NumField() {
		field := fv.Type().Field(i)
		if !field.IsExported() || field.Name == "ContentDir" {
			continue
		}
		a, b := fv.Field(i), gv.Field(i)
		same := a.Kind() == reflect.Func && a.Pointer() == b.Pointer() || a.Kind() != reflect.Func && reflect.DeepEqual(a.Interface(), b.Interface())
		if !same {
			t.Errorf("WithContentDir does not copy %s", field.Name)
		}
	}
	if g.ContentDir != "b" || f.ContentDir != "a" || g.hb != nil {
		t.Errorf("content dir %q (was %q), handbook %v", g.ContentDir, f.ContentDir, g.hb)
	}
}
