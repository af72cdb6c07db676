// Package checklist holds «sosabc sjekkliste» and its subcommands: the
// plan, ticking items off (gjort, angre), why an item is there (hvorfor),
// and the fictional founders (personas).
package checklist

import (
	"bytes"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/export"
	"github.com/sosabc/sosabc/internal/progress"
	"github.com/sosabc/sosabc/internal/report"
)

// ListOptions is «sosabc sjekkliste».
type ListOptions struct {
	Factory *cmdutil.Factory

	Answers    []string // one answers file, or several for a batch
	AnswersDir string
	Persona    string
	Format     string
	Output     string
	OutputDir  string
	Force      bool
	Client     string
	Adviser    string
	Note       string
	Short      bool
	cmdutil.Display
}

// NewCmdChecklist builds «sosabc sjekkliste» with its subcommands.
func NewCmdChecklist(f *cmdutil.Factory) *cobra.Command {
	opts := &ListOptions{Factory: f}
	cmd := &cobra.Command{
		Use:     "checklist",
		Aliases: []string{"sjekkliste"},
		Short:   "Vis sjekklisten din, og kryss av det du har gjort",
		Long: `Vis den lagrede sjekklisten din med fremdrift (x av y gjort).

Med --answers FIL lager du en sjekkliste rett fra en svarfil, uten spørsmål.
Med --persona NAVN ser du sjekklisten til en oppdiktet gründer.

For rådgivere: --format md, html eller pdf lager en plan å gi til kunden,
uten kommandoer. --client, --adviser og --note kommer med på arket, og
--short gir en oversikt på én side. --format ics gir fristene som en
kalender, og json er for andre programmer.

Mange kunder på en gang: gi --answers flere ganger, eller --answers-dir
MAPPE, sammen med --output-dir MAPPE. Da får hver kunde sin egen fil.`,
		Example: `  sosabc sjekkliste
  sosabc sjekkliste gjort 3
  sosabc sjekkliste hvorfor tegn-yrkesskadeforsikring
  sosabc sjekkliste --answers svar.yaml --format pdf --output plan.pdf --client "Amina Hansen"
  sosabc sjekkliste --answers svar.yaml --format ics --output frister.ics
  sosabc sjekkliste --answers-dir kunder --format pdf --output-dir planer
  sosabc sjekkliste --persona kafe-inkludering --format json`,
		Args: cmdutil.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return listRun(opts)
		},
	}
	cmd.Flags().StringArrayVar(&opts.Answers, "answers", nil, "lag sjekklisten fra svarfilen `FIL`, - for standard inn (flere ganger: én plan per fil)")
	cmd.Flags().StringVar(&opts.AnswersDir, "answers-dir", "", "lag én plan per svarfil (.yaml) i `MAPPE`")
	cmd.Flags().StringVar(&opts.Persona, "persona", "", "bruk svarene til den oppdiktede gründeren `NAVN`")
	cmdutil.AddFormatFlag(cmd, &opts.Format, "terminal", "md", "html", "pdf", "json", "ics")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "skriv til `FIL` (- er standard ut)")
	cmd.Flags().StringVar(&opts.OutputDir, "output-dir", "", "skriv én fil per kunde i `MAPPE`")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "skriv over filer som finnes fra før")
	cmd.Flags().StringVar(&opts.Client, "client", "", "kundens `NAVN` på arket (ellers «client» i svarfilen)")
	cmd.Flags().StringVar(&opts.Adviser, "adviser", "", "rådgiverens `NAVN` på arket")
	cmd.Flags().StringVar(&opts.Note, "note", "", "en kort `TEKST` fra rådgiveren på arket")
	cmd.Flags().BoolVar(&opts.Short, "short", false, "bare det som må gjøres, på én side")
	cmdutil.AddDisplayFlags(cmd, &opts.Display, true)
	cmd.AddCommand(NewCmdMark(f, true, nil), NewCmdMark(f, false, nil), NewCmdExplain(f, nil), NewCmdPersonas(f))
	return cmd
}

func addInputFlags(cmd *cobra.Command, in *progress.Input) {
	cmd.Flags().StringVar(&in.File, "answers", "", "lag sjekklisten fra svarfilen `FIL`, - for standard inn")
	cmd.Flags().StringVar(&in.Persona, "persona", "", "bruk svarene til den oppdiktede gründeren `NAVN`")
}

func listRun(opts *ListOptions) error {
	f := opts.Factory
	if len(opts.Answers) > 1 || opts.AnswersDir != "" {
		return batchRun(opts)
	}
	if opts.OutputDir != "" {
		return apperr.Usagef("--output-dir er for mange svarfiler på en gang: bruk --answers-dir MAPPE eller --answers flere ganger. For én plan bruker du --output FIL.")
	}
	o, err := opts.Render(f)
	if err != nil {
		return err
	}
	input := progress.Input{Persona: opts.Persona}
	if len(opts.Answers) == 1 {
		input.File = opts.Answers[0]
	}
	in, given, err := build(f, input)
	if err != nil {
		return err
	}
	switch opts.Format {
	case "terminal":
		if opts.Output != "" && opts.Output != "-" {
			return apperr.Usagef("--output skriver en fil: velg et format for den, for eksempel --format md, html eller pdf.")
		}
		return f.Show(doc.Checklist(in, doc.ChecklistOptions{}), o, opts.NoPager)
	case "json":
		var b bytes.Buffer
		if err := cmdutil.WriteJSON(&b, report.JSON(in)); err != nil {
			return err
		}
		return writeOut(f, opts, b.Bytes(), false)
	}
	if (opts.Output == "" || opts.Output == "-") && export.Binary[opts.Format] && f.IO.OutTTY {
		return apperr.Usagef("En PDF er ikke tekst og kan ikke vises i terminalen. Skriv den til en fil med --output plan.pdf, eller send den videre: sosabc sjekkliste --format pdf > plan.pdf")
	}
	d := doc.Checklist(in, opts.docOptions(f, given))
	data, err := export.Render(d, opts.Format, f.Now())
	if err != nil {
		return err
	}
	return writeOut(f, opts, data, export.Binary[opts.Format])
}

// docOptions are the sheet's details for a printed plan.
func (opts *ListOptions) docOptions(f *cmdutil.Factory, given *progress.Given) doc.ChecklistOptions {
	o := doc.ChecklistOptions{Print: true, Short: opts.Short, Client: opts.Client, Adviser: opts.Adviser, Note: opts.Note, Version: f.Version}
	if o.Client == "" && given != nil {
		o.Client = given.Client
	}
	return o
}

// writeOut writes to --output, or to standard out. A binary format is not
// written to a terminal.
func writeOut(f *cmdutil.Factory, opts *ListOptions, data []byte, binary bool) error {
	if opts.Output != "" && opts.Output != "-" {
		if err := export.WriteAtomic(opts.Output, data, opts.Force); err != nil {
			return err
		}
		fmt.Fprintf(f.IO.ErrOut, "Skrev %s.\n", opts.Output)
		return nil
	}
	if binary && f.IO.OutTTY {
		return apperr.Usagef("En PDF er ikke tekst og kan ikke vises i terminalen. Skriv den til en fil med --output plan.pdf, eller send den videre: sosabc sjekkliste --format pdf > plan.pdf")
	}
	return f.Print(string(data))
}

// build makes the checklist from --answers or --persona, else from the
// saved progress.
func build(f *cmdutil.Factory, input progress.Input) (report.Input, *progress.Given, error) {
	eng, err := f.Engine()
	if err != nil {
		return report.Input{}, nil, err
	}
	given, err := input.Load(f.IO.In, eng.Schema, f.Personas)
	if err != nil {
		return report.Input{}, nil, err
	}
	if given != nil {
		in := report.Build(eng.Rules, given.Answers, nil, f.Now())
		in.Persona = given.Persona
		in.Assumed = given.Assumed
		in.Local = f.Local(given.Answers)
		return in, given, nil
	}
	store, err := f.Store()
	if err != nil {
		return report.Input{}, nil, err
	}
	st, err := store.Load()
	if err != nil {
		return report.Input{}, nil, err
	}
	if len(st.Answers) == 0 || len(eng.Schema.Missing(st.Answers)) > 0 {
		return report.Input{}, nil, apperr.Usagef("Du har ingen lagret sjekkliste ennå. Lag en med «sosabc start», eller bruk «sosabc sjekkliste --answers svar.yaml».")
	}
	done := map[string]bool{}
	for id := range st.Done {
		done[id] = true
	}
	in := report.Build(eng.Rules, st.Answers, done, f.Now())
	in.Local = f.Local(st.Answers)
	return in, nil, nil
}
