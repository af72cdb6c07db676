// Package docout writes a document where the person asked for it: on the
// terminal, to a file (--output) or to standard out, in the format of
// --format. The flags are the same on every command that writes documents.
// (It is apart from cmdutil so that the renderers' tests can use cmdutil
// without importing themselves.)
package docout

import (
	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/export"
)

// Output is where a document goes: --format, --output and --force, the
// same on every command that writes documents.
type Output struct {
	Format string
	Path   string
	Force  bool
}

// AddOutputFlags adds --format with the allowed formats (the first is the
// default), --output/-o and --force.
func AddOutputFlags(cmd *cobra.Command, o *Output, formats ...string) {
	cmdutil.AddFormatFlag(cmd, &o.Format, formats...)
	cmd.Flags().StringVarP(&o.Path, "output", "o", "", "skriv til `FIL` (- er standard ut)")
	cmd.Flags().BoolVar(&o.Force, "force", false, "skriv over filen hvis den finnes")
}

// ToFile reports whether --output names a file.
func (o Output) ToFile() bool { return o.Path != "" && o.Path != "-" }

// Check refuses what cannot work before any work is done: a file for the
// terminal format, and a PDF on a terminal. example is the command line
// that shows how to write a file instead, such as «sosabc les as --format
// pdf --output as.pdf».
func (o Output) Check(f *cmdutil.Factory, example string) error {
	if o.Format == "terminal" && o.ToFile() {
		return apperr.Usagef("--output skriver en fil: velg et format for den, for eksempel --format md, html eller pdf.")
	}
	if export.Binary[o.Format] && !o.ToFile() && f.IO.OutTTY {
		return apperr.Usagef("En PDF er ikke tekst og kan ikke vises i terminalen. Skriv den til en fil: %s", example)
	}
	return nil
}

// Write writes d: on the terminal (format «terminal») through Show,
// otherwise rendered in the format to --output or standard out. The file
// is written whole or not at all, and never over an existing file
// without --force.
func Write(f *cmdutil.Factory, d *doc.Document, o Output, disp cmdutil.Display, example string) error {
	if err := o.Check(f, example); err != nil {
		return err
	}
	if o.Format == "terminal" {
		ro, err := disp.Render(f)
		if err != nil {
			return err
		}
		return f.Show(d, ro, disp.NoPager)
	}
	data, err := export.Render(d, o.Format, f.Now())
	if err != nil {
		return err
	}
	return WriteData(f, data, o)
}

// WriteData writes bytes already rendered to --output or standard out.
func WriteData(f *cmdutil.Factory, data []byte, o Output) error {
	if o.ToFile() {
		if err := export.WriteAtomic(o.Path, data, o.Force); err != nil {
			return err
		}
		f.Printerr("Skrev " + o.Path + ".\n")
		return nil
	}
	return f.Print(string(data))
}
