package answers

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/sanitize"
	"github.com/sosabc/sosabc/internal/strictyaml"
	"github.com/sosabc/sosabc/internal/strictyaml/yamltest"
)

// Seeds: every real answers file (format 1 in testdata, the personas'
// answers), and the broken files of the reliability review.
func answersSeeds(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "format1", "*.yaml"))
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	personas, _ := fs.Glob(content.FS(), "personas/*.yaml")
	for _, p := range personas {
		data, err := fs.ReadFile(content.FS(), p)
		if err != nil {
			f.Fatal(err)
		}
		var doc struct {
			Answers yaml.Node `yaml:"answers"`
		}
		if err := yaml.Unmarshal(data, &doc); err != nil {
			f.Fatal(err)
		}
		out, err := yaml.Marshal(&doc.Answers)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(out)
	}
	for _, s := range []string{
		"", "# bare en kommentar\n", "- version: 1\n",
		"version: 1\nstage: idea\nform: AS\n",
		"version: 2\nclient: Amina Hansen\nstage: idea\nform: AS\nkommune: Skien\n",
		"version: 1\nstage: 3\nform: [AS]\nfounders: \"tre\"\nvolunteers: ja\ntarget_groups: elderly\nrevenue: 45 000\n",
		"version: 1\nfounders: -5\nrevenue: 1e309\nemployees: 9223372036854775808\n",
		"version: 1\nfounders: .inf\nrevenue: .nan\n",
		"version: 1\nfounders: 010\nrevenue: 045000\nemployees: 0x10\nstart_capital: 0o17\n",
		"version: 1\nstgae: idea\nfavourite_color: blue\n",
		"version: 1\nstage: idea\nstage: running\n",
		"a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nversion: 1\nstage: *c\n",
		strings.Repeat("[", 200) + "\n",
		"version: 1\nstage: idea\nkommune: Bod\xf8\n",
		"\ufeffversion: 1\nstage: idea\nform: AS\n",
		"version: 1\r\nstage: idea\r\nform: AS\r\n",
		"version: 1\nstage: idea\n\tkommune: Bodø\n",
		"version:\t1\nstage: idea\nform: AS\n",
		"\xff\xfev\x00e\x00r\x00s\x00i\x00o\x00n\x00:\x00 \x001\x00\n\x00",
		"version: 1\nkommune: a\x00b\n",
		"version: 2\nstage: idea\nform: AS\n",
		"version: 3\nstage: x\n",
		"version: \"1\"\n", "version: 0\n", "version: 100000000000000000000\n",
		"version: 1\nkommune:\nfounders: ~\n",
		"version: 1\nkommune: \"Bod\\e]0;pwned\\a\\e]52;c;cHduZWQ=\\a\\e[2J\"\n",
		"version: 1\nstage: \"\\e]0;err-pwned\\a\"\n",
		"version: 2\nvolunteers: ja\npremises: nei\n",
		"version: 1\nstage: [idea\n", "version: 1\nkommune: \"Bodø\nstage: x\n", "version: 1\nkommune: @x\n",
	} {
		f.Add([]byte(s))
	}
}

// FuzzParse: no input makes Parse panic; every error is a Norwegian user
// error with this file's name, a line inside the file and no control
// characters; and what parses survives Marshal and Parse unchanged.
func FuzzParse(f *testing.F) {
	answersSeeds(f)
	schema, err := interview.LoadSchema(content.FS(), "interview/questions.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("svar.yaml", data, schema)
		if err != nil {
			checkUserError(t, data, err)
			return
		}
		if !sanitize.Clean(file.Client) {
			t.Fatalf("client %q has control characters", file.Client)
		}
		for k, v := range file.Answers {
			if s, ok := v.(string); ok && !sanitize.Clean(s) {
				t.Fatalf("answer %s = %q has control characters", k, s)
			}
		}
		out, err := Marshal(file.Answers, schema)
		if err != nil {
			t.Fatalf("Marshal of parsed answers %v: %v", file.Answers, err)
		}
		again, err := Parse("lagret.yaml", out, schema)
		if err != nil {
			t.Fatalf("Parse(Marshal(%v)): %v\n%s", file.Answers, err, out)
		}
		if !reflect.DeepEqual(again.Answers, file.Answers) {
			t.Fatalf("round trip changed the answers:\n got %#v\nwant %#v\nfile:\n%s", again.Answers, file.Answers, out)
		}
	})
}

// checkUserError holds an error from Parse to what a person may see.
func checkUserError(t *testing.T, data []byte, err error) {
	t.Helper()
	var newer *NewerVersionError
	if errors.As(err, &newer) {
		return
	}
	var errs strictyaml.Errors
	var one *strictyaml.Error
	switch {
	case errors.As(err, &errs) && len(errs) > 0:
	case errors.As(err, &one):
		errs = strictyaml.Errors{one}
	default:
		t.Fatalf("error of type %T, not a problem in the file: %v", err, err)
	}
	yamltest.CheckProblems(t, "svar.yaml", data, errs)
}
