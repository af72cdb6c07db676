// Package checklist holds «sosabc sjekkliste» and its subcommands: the
// plan, ticking items off (gjort, angre), why an item is there (hvorfor),
// and the fictional founders (personas).
package checklist

import (
	"bytes"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	rules "github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/export"
	"github.com/sosabc/sosabc/internal/locale"
	"github.com/sosabc/sosabc/internal/progress"
	"github.com/sosabc/sosabc/internal/render"
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

Har listen endret seg siden du så den sist, begynner den med «Endret
siden sist»: nye punkter, punkter som er borte, og hvor mange avkryssinger
du har. Nye punkter er merket «ny» til du har sett listen. Listen er sett
når den vises i terminalen eller skrives som md, html eller pdf. JSON og
kalender teller ikke, og heller ikke --short eller et ark med --client,
--adviser eller --note. Ingen avkryssing blir slettet: faller et punkt ut
av listen, kommer krysset tilbake når punktet kommer tilbake.

Med --answers FIL lager du en sjekkliste rett fra en svarfil, uten spørsmål.
Med --persona NAVN ser du sjekklisten til en oppdiktet gründer.

For rådgivere: --format md, html eller pdf lager en plan å gi til kunden,
uten kommandoer. --client, --adviser og --note kommer med på arket.
--short gir en kort oversikt over det som må gjøres, med fristene.
--format ics gir fristene som en kalender, og json er for andre programmer.

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
	cmd.Flags().BoolVar(&opts.Short, "short", false, "en kort oversikt: bare det som må gjøres, med fristene")
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
	if opts.Format == "terminal" && o.Style != "notty" {
		// glamour sets itself up (1–2 ms) while the plan is worked out.
		render.Warm(o)
	}
	input := progress.Input{Persona: opts.Persona}
	if len(opts.Answers) == 1 {
		input.File = opts.Answers[0]
	}
	p, err := build(f, input)
	if err != nil {
		return err
	}
	in := p.in
	switch opts.Format {
	case "terminal":
		if opts.Output != "" && opts.Output != "-" {
			return apperr.Usagef("--output skriver en fil: velg et format for den, for eksempel --format md, html eller pdf.")
		}
		if opts.Short {
			// The overview has no room for the changes, and is not the
			// plan: the founder has not seen them.
			in.Changes = nil
			return f.Show(doc.Checklist(in, doc.ChecklistOptions{Short: true, From: doc.From{AnswersFile: input.File, Persona: input.Persona}}), o, opts.NoPager)
		}
		d := doc.Checklist(in, doc.ChecklistOptions{From: doc.From{AnswersFile: input.File, Persona: input.Persona}})
		if f.IO.OutTTY {
			if err := f.Show(d, o, opts.NoPager); err != nil {
				return err
			}
			p.markSeen(f)
			return nil
		}
		return p.markSeenWhile(f, func() (func() error, error) {
			text, err := f.Page(o, d)
			return func() error { return f.Print(text) }, err
		})
	case "json":
		// JSON is read by programs: it tells the changes, but does not
		// count as the founder seeing them.
		var b bytes.Buffer
		if err := cmdutil.WriteJSON(&b, planJSON(in, opts.docOptions(f, p.given))); err != nil {
			return err
		}
		return writeOut(f, opts, b.Bytes(), false)
	}
	if (opts.Output == "" || opts.Output == "-") && export.Binary[opts.Format] && f.IO.OutTTY {
		return apperr.Usagef("En PDF er ikke tekst og kan ikke vises i terminalen. Skriv den til en fil med --output plan.pdf, eller send den videre: sosabc sjekkliste --format pdf > plan.pdf")
	}
	// A sheet for someone else (--client, --adviser, --note) is read by
	// a person who never saw the earlier plan: no «Endret siden sist»,
	// and the founder has not seen the changes either. A calendar and the
	// one-page overview (--short) have no room for them.
	forFounder := opts.Client == "" && opts.Adviser == "" && opts.Note == "" && !opts.Short && opts.Format != "ics"
	if !forFounder {
		in.Changes = nil
	}
	d := doc.Checklist(in, opts.docOptions(f, p.given))
	data, err := export.Render(d, opts.Format, f.Now())
	if err != nil {
		return err
	}
	write := func() error { return writeOut(f, opts, data, export.Binary[opts.Format]) }
	if !forFounder {
		return write()
	}
	return p.markSeenWhile(f, func() (func() error, error) { return write, nil })
}

// docOptions are the sheet's details for a printed plan.
func (opts *ListOptions) docOptions(f *cmdutil.Factory, given *progress.Given) doc.ChecklistOptions {
	o := doc.ChecklistOptions{Print: true, Short: opts.Short, Client: opts.Client, Adviser: opts.Adviser, Note: opts.Note, Version: f.Version}
	if o.Client == "" && given != nil {
		o.Client = given.Client
	}
	return o
}

// planJSON is the plan as data, with the sheet's client, adviser and note:
// a script reading a folder of plans needs to know whose each one is.
func planJSON(in report.Input, o doc.ChecklistOptions) report.Document {
	d := report.JSON(in)
	d.Client, d.Adviser, d.Note = o.Client, o.Adviser, o.Note
	return d
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

// plan is a checklist ready to show, and where it came from.
type plan struct {
	in    report.Input
	given *progress.Given // --answers or --persona, else nil
	// For the founder's own saved plan: the store, and the items the
	// founder saw last time (see progress.Store.MarkSeen).
	store *progress.Store
	last  []string
}

// build makes the checklist from --answers or --persona, else from the
// saved progress. Only the saved plan tells what changed since last time.
func build(f *cmdutil.Factory, input progress.Input) (plan, error) {
	eng, err := f.Engine()
	if err != nil {
		return plan{}, err
	}
	given, err := input.Load(f.IO.In, eng.Schema, f.Personas)
	if err != nil {
		return plan{}, err
	}
	if given != nil {
		in := report.Build(eng.Rules, given.Answers, nil, f.Now())
		in.Persona = given.Persona
		in.Assumed, in.Notes = given.Assumed, given.Notes
		in.Local = f.Local(given.Answers)
		return plan{in: in, given: given}, nil
	}
	store, err := f.Store()
	if err != nil {
		return plan{}, err
	}
	st, err := store.Load()
	if err != nil {
		return plan{}, err
	}
	if len(st.Answers) == 0 || len(eng.Schema.Missing(st.Answers)) > 0 {
		return plan{}, apperr.Usagef("Du har ingen lagret sjekkliste ennå. Lag en med «sosabc start», eller bruk «sosabc sjekkliste --answers svar.yaml».")
	}
	in := report.Build(eng.Rules, st.Answers, progress.Ticked(st), f.Now())
	in.Local = f.Local(st.Answers)
	in.Changes = rules.Compare(eng.Rules, st.Seen, in.Checklist.Items, in.Done)
	return plan{in: in, store: &store, last: st.Seen}, nil
}

// markSeen records that the founder has seen their saved plan. The plan is
// already on the screen, so a failure is a note, not an error.
func (p plan) markSeen(f *cmdutil.Factory) {
	if p.store == nil {
		return
	}
	p.seenFailed(f, p.store.MarkSeen(p.last, progress.IDs(p.in.Checklist.Items)))
}

// markSeenWhile is markSeen for a plan written to a pipe or a file,
// where no one reads it on the way: what was seen is recorded while
// render makes the plan, since the record is a file written and flushed
// to disk (about 1 ms of the 10 that «sosabc sjekkliste | less» takes
// beyond starting). The plan is written (the write render returns) only
// once the record is saved: a closed pipe ends the program in the write,
// and must not leave half a record behind. If writing fails in a way the
// program lives through, the record is put back, and the next view tells
// the changes again.
func (p plan) markSeenWhile(f *cmdutil.Factory, render func() (write func() error, err error)) error {
	if p.store == nil {
		write, err := render()
		if err != nil {
			return err
		}
		return write()
	}
	ids := progress.IDs(p.in.Checklist.Items)
	marked := make(chan error, 1)
	go func() { marked <- p.store.MarkSeen(p.last, ids) }()
	write, err := render()
	markErr := <-marked
	if err == nil {
		err = write()
	}
	if err != nil {
		if markErr == nil {
			if undoErr := p.store.UnmarkSeen(p.last, ids); undoErr != nil {
				fmt.Fprintf(f.IO.ErrOut, "Obs: Listen ble ikke skrevet, men sosabc har lagret at du har sett den. %s\n", locale.Sentence(undoErr.Error()))
			}
		}
		return err
	}
	p.seenFailed(f, markErr)
	return nil
}

// seenFailed tells the founder that their view could not be recorded.
func (p plan) seenFailed(f *cmdutil.Factory, err error) {
	if err != nil {
		fmt.Fprintf(f.IO.ErrOut, "Obs: Vi fikk ikke lagret at du har sett listen, så endringene vises igjen neste gang. %s\n", locale.Sentence(err.Error()))
	}
}
