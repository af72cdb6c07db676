// Package forms holds «sosabc former sammenlign»: the company forms side by side.
package forms

import (
	"bytes"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/checklist"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/docout"
	"github.com/sosabc/sosabc/internal/export"
)

// NewCmdForms builds «sosabc former» and its subcommands.
func NewCmdForms(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "forms",
		Aliases: []string{"former", "selskapsformer"},
		Short:   "Sammenlign selskapsformene",
		Args:    cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdCompare(f, nil))
	return cmd
}

// CompareOptions is «sosabc former sammenlign».
type CompareOptions struct {
	Factory *cmdutil.Factory

	Forms  []string
	Output docout.Output
	Width  int
}

// NewCmdCompare builds «sosabc former sammenlign».
func NewCmdCompare(f *cmdutil.Factory, runF func(*CompareOptions) error) *cobra.Command {
	opts := &CompareOptions{Factory: f}
	cmd := &cobra.Command{
		Use:     "compare [FORM …]",
		Aliases: []string{"sammenlign"},
		Short:   "Vis selskapsformene side om side",
		Long: `Vis selskapsformene side om side: hvem de passer for, eiere, kapital, ansvar,
registrering, styre, regnskap, overskudd, lønn, tilskudd og bytte av form.

Formene er AS, ideelt-AS, ENK, SA, forening, stiftelse, ANS og DA.
Velger du to eller tre, og skjermen er bred nok, får du en tabell.
Ellers får du en liste, ordnet etter tema.

Med --format md, html eller pdf får du sammenligningen som en fil du kan
skrive ut eller dele.`,
		Example: "  sosabc former sammenlign\n  sosabc former sammenlign AS ideelt-AS\n  sosabc former sammenlign forening stiftelse --json\n  sosabc former sammenlign --format pdf --output former.pdf",
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Forms = args
			if runF != nil {
				return runF(opts)
			}
			return compareRun(opts)
		},
	}
	docout.AddOutputFlags(cmd, &opts.Output, "text", "json", "md", "html", "pdf")
	cmdutil.AddJSONFlag(cmd, &opts.Output.Format)
	cmd.Flags().IntVar(&opts.Width, "width", 0, "bredde i `TEGN` (standard: terminalens bredde, høyst 100)") // no --style: plain text
	return cmd
}

type formJSON struct {
	ID     string            `json:"id"`
	Name   string            `json:"name"`
	Topic  string            `json:"topic"`
	Points map[string]string `json:"points"`
}

type pointJSON struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

func compareRun(opts *CompareOptions) error {
	f := opts.Factory
	width, err := cmdutil.WidthFor(f, opts.Width)
	if err != nil {
		return err
	}
	eng, err := f.Engine()
	if err != nil {
		return err
	}
	forms, err := pickForms(eng.Rules, opts.Forms)
	if err != nil {
		return err
	}
	switch opts.Output.Format {
	case "md", "html", "pdf":
		return docout.Write(f, export.Comparison(eng.Rules.Points, forms), opts.Output, cmdutil.Display{}, "sosabc former sammenlign --format pdf --output former.pdf")
	case "text":
		if opts.Output.ToFile() {
			return apperr.Usagef("--output skriver en fil: velg et format for den, for eksempel --format md, html eller pdf.")
		}
	}
	if opts.Output.Format == "json" {
		doc := struct {
			Points []pointJSON `json:"points"`
			Forms  []formJSON  `json:"forms"`
		}{}
		for _, p := range eng.Rules.Points {
			doc.Points = append(doc.Points, pointJSON{p.ID, p.Title})
		}
		for _, fm := range forms {
			doc.Forms = append(doc.Forms, formJSON{fm.ID, fm.Name, fm.Topic, fm.Points})
		}
		var b bytes.Buffer
		if err := cmdutil.WriteJSON(&b, doc); err != nil {
			return err
		}
		return docout.WriteData(f, b.Bytes(), opts.Output)
	}
	var out string
	if colWidth := (width - labelWidth(eng.Rules.Points) - 2*len(forms)) / len(forms); len(forms) <= 3 && colWidth >= 24 {
		out = compareTable(eng.Rules.Points, forms, width)
	} else {
		out = compareList(eng.Rules.Points, forms, width)
	}
	out += "\nLes mer om hver form med «sosabc les " + forms[0].Topic + "».\nFå et forslag som passer deg med «sosabc start».\n"
	return f.Print(out)
}

func pickForms(r *checklist.Rules, names []string) ([]checklist.Form, error) {
	if len(names) == 0 {
		return r.Forms, nil
	}
	var out []checklist.Form
	for _, name := range names {
		found := false
		for _, fm := range r.Forms {
			if strings.EqualFold(fm.ID, name) {
				out = append(out, fm)
				found = true
			}
		}
		if !found {
			ids := make([]string, len(r.Forms))
			for i, fm := range r.Forms {
				ids[i] = fm.ID
			}
			return nil, apperr.Usagef("Ukjent selskapsform «%s». Velg blant: %s.", name, strings.Join(ids, ", "))
		}
	}
	return out, nil
}

// compareList groups by point: under each theme, one indented paragraph
// per form. It reads well at any width.
func compareList(points []checklist.Point, forms []checklist.Form, width int) string {
	var b strings.Builder
	for i, p := range points {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(strings.ToUpper(p.Title) + "\n")
		for _, fm := range forms {
			b.WriteString(cmdutil.Wrap(fm.Name+": "+fm.Points[p.ID], width, "  ", "    ") + "\n")
		}
	}
	return b.String()
}

// compareTable puts the forms in columns; each cell wraps inside its column.
func compareTable(points []checklist.Point, forms []checklist.Form, width int) string {
	label := labelWidth(points)
	col := (width - label - 2*len(forms)) / len(forms)
	var b strings.Builder
	row := func(cells []string) {
		wrapped := make([][]string, len(cells))
		height := 0
		for i, c := range cells {
			w := col
			if i == 0 {
				w = label
			}
			wrapped[i] = strings.Split(ansi.Wordwrap(c, w, ""), "\n")
			height = max(height, len(wrapped[i]))
		}
		for line := 0; line < height; line++ {
			var parts []string
			for i := range cells {
				w := col
				if i == 0 {
					w = label
				}
				text := ""
				if line < len(wrapped[i]) {
					text = wrapped[i][line]
				}
				parts = append(parts, text+strings.Repeat(" ", max(0, w-ansi.StringWidth(text))))
			}
			b.WriteString(strings.TrimRight(strings.Join(parts, "  "), " ") + "\n")
		}
		b.WriteString("\n")
	}
	head := []string{""}
	for _, fm := range forms {
		head = append(head, strings.ToUpper(fm.Name))
	}
	row(head)
	for _, p := range points {
		cells := []string{p.Title}
		for _, fm := range forms {
			cells = append(cells, fm.Points[p.ID])
		}
		row(cells)
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// labelWidth fits the longest word of any point title, so no label
// («Frivillighetsregisteret») spills into the first column.
func labelWidth(points []checklist.Point) int {
	w := 16
	for _, p := range points {
		for _, word := range strings.Fields(p.Title) {
			w = max(w, ansi.StringWidth(word))
		}
	}
	return w
}
