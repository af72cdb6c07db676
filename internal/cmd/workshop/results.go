package workshop

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/export"
	"github.com/sosabc/sosabc/internal/quiz"
	"github.com/sosabc/sosabc/internal/sanitize"
)

// ResultsOptions is «sosabc verksted resultater».
type ResultsOptions struct {
	Factory *cmdutil.Factory
	Files   []string
	Output  string
	Force   bool
}

// NewCmdResults builds «sosabc verksted resultater»: the class's quiz
// results from one or more files, summed up for the teacher.
func NewCmdResults(f *cmdutil.Factory) *cobra.Command {
	opts := &ResultsOptions{Factory: f}
	cmd := &cobra.Command{
		Use:     "results FIL...",
		Aliases: []string{"resultater"},
		Short:   "Samle resultatene fra quizen: hvor mange fikk hvert spørsmål riktig",
		Long: `Les én eller flere resultatfiler som quizen har skrevet (med valget --results),
og se hvordan klassen gjorde det: snittet, og for hvert spørsmål hvor mange som
svarte riktig og hvilket feil svar som var vanligst. Da ser du hva dere bør ta
opp igjen.

Har elevene hver sin fil, kan du samle dem i én fil med --output.`,
		Example: "  sosabc verksted resultater resultater.csv\n  sosabc verksted resultater elev-1.csv elev-2.csv --output klassen.csv",
		Args:    cmdutil.MinArgs("Skriv hvilken resultatfil du vil lese, for eksempel «sosabc verksted resultater resultater.csv»."),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Files = args
			return resultsRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "samle alle radene i CSV-filen `FIL`")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "skriv over filen hvis den finnes")
	return cmd
}

func resultsRun(opts *ResultsOptions) error {
	f := opts.Factory
	files, err := expand(opts.Files)
	if err != nil {
		return err
	}
	var all []quiz.Result
	for _, name := range files {
		data, err := os.ReadFile(name)
		if errors.Is(err, fs.ErrNotExist) {
			return apperr.Usagef("Fant ikke filen %s.", name)
		} else if err != nil {
			return err
		}
		rs, err := quiz.ReadCSV(bytes.NewReader(data), name)
		if err != nil {
			return apperr.Usagef("%s.", err)
		}
		all = append(all, rs...)
	}
	if len(all) == 0 {
		return apperr.Usagef("Filene har ingen resultater ennå.")
	}
	w, _, err := find(f, all[0].Module)
	if err != nil {
		return err
	}
	s, err := quiz.Summarize(w, all)
	if errors.Is(err, quiz.ErrMixed) {
		return apperr.Usagef("%s.", err)
	} else if err != nil {
		return err
	}
	if opts.Output != "" {
		var b bytes.Buffer
		if err := quiz.WriteCSV(&b, w, all); err != nil {
			return err
		}
		if err := export.WriteAtomic(opts.Output, b.Bytes(), opts.Force); err != nil {
			return err
		}
		f.Printerr(fmt.Sprintf("Skrev %d rader til %s.\n", len(all), opts.Output))
	}
	if s.Changed {
		f.Printerr("Merk: Quizen er endret etter at noen av svarene ble gitt. Bokstavene i de radene kan stå for andre svar enn nå.\n")
	}
	return f.Print(summaryText(w.Title, s))
}

// expand finds the files a pattern like quiz-*.csv names. A Unix shell
// does that before sosabc starts; the Windows shells do not.
func expand(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if _, err := os.Stat(a); err == nil || !strings.ContainsAny(a, "*?[") {
			out = append(out, a)
			continue
		}
		matches, err := filepath.Glob(a)
		if err != nil || len(matches) == 0 {
			return nil, apperr.Usagef("Fant ingen filer som passer til %s.", a)
		}
		out = append(out, matches...)
	}
	return out, nil
}

// summaryText is the summary as a teacher reads it.
func summaryText(title string, s quiz.Summary) string {
	var b strings.Builder
	pupils := "elever"
	if s.Pupils == 1 {
		pupils = "elev"
	}
	fmt.Fprintf(&b, "%s: %d %s har tatt quizen.\n", sanitize.Strip(title), s.Pupils, pupils)
	fmt.Fprintf(&b, "I snitt %s av %d riktige.\n\n", strings.Replace(fmt.Sprintf("%.1f", s.Average), ".", ",", 1), len(s.Questions))
	for i, q := range s.Questions {
		fmt.Fprintf(&b, "%d. %s\n", i+1, sanitize.Strip(q.Question))
		line := fmt.Sprintf("   %d av %d svarte riktig (%s).", q.Right, q.Answered, q.Correct)
		if q.CommonWrongCount > 0 {
			line += fmt.Sprintf(" Vanligste feil: %s (%d).", q.CommonWrong, q.CommonWrongCount)
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}
