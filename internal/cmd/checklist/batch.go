package checklist

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/export"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/progress"
	"github.com/sosabc/sosabc/internal/report"
	"github.com/sosabc/sosabc/internal/sanitize"
	"github.com/sosabc/sosabc/internal/tui/progressbar"
)

// batchRun makes one plan per answers file into --output-dir.
func batchRun(opts *ListOptions) error {
	f := opts.Factory
	switch {
	case opts.OutputDir == "":
		return apperr.Usagef("Skriv hvor planene skal lagres med --output-dir MAPPE. Hver kunde får sin egen fil der.")
	case opts.Persona != "":
		return apperr.Usagef("--persona kan ikke brukes sammen med flere svarfiler.")
	case opts.Format == "terminal":
		return apperr.Usagef("Velg et format for filene med --format: md, html, pdf, json eller ics.")
	case opts.Output != "":
		return apperr.Usagef("Med flere svarfiler bruker du --output-dir MAPPE, ikke --output.")
	}
	inputs := append([]string(nil), opts.Answers...)
	if opts.AnswersDir != "" {
		found, err := answerFiles(opts.AnswersDir)
		if err != nil {
			return err
		}
		inputs = append(inputs, found...)
	}
	if len(inputs) == 0 {
		return apperr.Usagef("Fant ingen svarfiler (.yaml) i «%s».", opts.AnswersDir)
	}
	eng, err := f.Engine()
	if err != nil {
		return err
	}
	build := func(file string) (export.Plan, error) {
		given, err := progress.Input{File: file}.Load(nil, eng.Schema, f.Personas)
		if err != nil {
			return export.Plan{}, err
		}
		in := report.Build(eng.Rules, given.Answers, nil, f.Now())
		in.Assumed, in.Notes = given.Assumed, given.Notes
		in.Local = f.Local(given.Answers)
		o := opts.docOptions(f, given)
		if opts.Format == "json" {
			var b bytes.Buffer
			err := cmdutil.WriteJSON(&b, planJSON(in, o))
			return export.Plan{Data: b.Bytes(), Client: o.Client}, err
		}
		return export.Plan{Doc: doc.Checklist(in, o), Client: o.Client}, nil
	}
	var bar *progressbar.Bar
	if f.IO.ErrTTY && len(inputs) > 3 {
		bar = progressbar.New(f.IO.ErrOut, len(inputs), "Lager planer")
	}
	tick := func(done, total int) {
		if bar != nil {
			bar.Set(done)
		}
	}
	results := export.Batch(inputs, build, opts.Format, opts.OutputDir, opts.Force, f.Now(), tick)
	if bar != nil {
		bar.Done()
	}
	return summary(f.IO.ErrOut, opts.OutputDir, results)
}

// answerFiles lists the .yaml and .yml files in dir, sorted.
func answerFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, apperr.Usagef("Fant ikke mappen «%s». Sjekk navnet, og at du står i riktig mappe.", dir)
		}
		if fi, serr := os.Stat(dir); serr == nil && !fi.IsDir() {
			return nil, apperr.Usagef("«%[1]s» er en fil, ikke en mappe. Skriv «--answers %[1]s» for én svarfil.", dir)
		}
		return nil, apperr.Usagef("Kan ikke lese mappen «%s». Sjekk at du har tilgang til den.", dir)
	}
	var out []string
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if !e.IsDir() && (ext == ".yaml" || ext == ".yml") {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

// summary says what was written, from which answers file, and what failed,
// each with its reason; any failure makes the exit code 1. A plan that is
// there from before is told once how to write it again: a batch has no
// other name to choose.
func summary(w io.Writer, dir string, results []export.Result) error {
	var failed, written []export.Result
	for _, r := range results {
		if r.Err != nil {
			failed = append(failed, r)
		} else {
			written = append(written, r)
		}
	}
	// File names come from the folder: a client's file may be named anything.
	var b strings.Builder
	fmt.Fprintf(&b, "Skrev %d av %d planer til %s", len(written), len(results), dir)
	if len(written) == 0 {
		b.WriteString(".\n")
	} else {
		b.WriteString(":\n")
	}
	for _, r := range written {
		fmt.Fprintf(&b, "- %s, fra %s\n", filepath.Base(r.Output), r.Input)
	}
	if len(failed) > 0 {
		fmt.Fprintf(&b, "%d feilet:\n", len(failed))
	}
	exists := false
	for _, r := range failed {
		why := strings.ReplaceAll(locale.Sentence(r.Err.Error()), "\n", "\n  ")
		if e := (*export.ExistsError)(nil); errors.As(r.Err, &e) {
			why, exists = fmt.Sprintf("%s finnes fra før.", filepath.Base(e.Path)), true
		}
		fmt.Fprintf(&b, "- %s: %s\n", r.Input, why)
	}
	if exists {
		b.WriteString("Bruk --force for å skrive over planene som finnes, eller velg en annen mappe med --output-dir.\n")
	}
	fmt.Fprint(w, sanitize.Strip(b.String()))
	if len(failed) > 0 {
		return apperr.ErrSilent
	}
	return nil
}
