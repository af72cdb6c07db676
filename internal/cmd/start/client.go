package start

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/sosabc/sosabc/internal/answers"
	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/export"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/progress"
	"github.com/sosabc/sosabc/internal/prompt"
	"github.com/sosabc/sosabc/internal/report"
	"github.com/sosabc/sosabc/internal/sanitize"
	"github.com/sosabc/sosabc/internal/state"
)

// clientFile is an adviser's answers file about a client (--save-answers):
// the interview starts from it when it exists, and what is answered goes
// back into it, also when the interview stops early. The adviser's own
// saved plan is never touched.
type clientFile struct {
	path   string
	client string
}

// load reads the file if it is there. A file stopped halfway may lack
// answers an --answers file needs; here that is fine.
func (c *clientFile) load(f *cmdutil.Factory, eng *cmdutil.Engine) (interview.Answers, error) {
	if _, err := os.Stat(c.path); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	data, err := progress.ReadAnswersFile(f.IO.In, c.path)
	if err != nil {
		return nil, err
	}
	file, err := answers.Parse(c.path, data, eng.Schema)
	if err != nil {
		return nil, apperr.Usagef("Svarfilen har feil. Rett dem og prøv igjen:\n%v\nSe «sosabc help svarfil» for alle nøklene og verdiene.", err)
	}
	if c.client == "" {
		c.client = file.Client
	}
	return file.Answers, nil
}

// save writes the answers, whole or not at all.
func (c *clientFile) save(eng *cmdutil.Engine, a interview.Answers) error {
	data, err := answers.MarshalFor(c.client, a, eng.Schema)
	if err != nil {
		return err
	}
	return export.WriteAtomic(c.path, data, true)
}

// runForClient is «sosabc start --save-answers FIL»: the interview for a
// client, the plan on the screen, and the answers in the file.
func runForClient(opts *Options) error {
	f := opts.Factory
	if !opts.Input.Empty() {
		return apperr.Usagef("--save-answers lagrer svarene fra spørsmålene. Bruk det uten --answers og --persona.")
	}
	if opts.NoSave {
		return apperr.Usagef("--save-answers lagrer svarene i en fil. Bruk det uten --no-save.")
	}
	o, err := opts.Render(f)
	if err != nil {
		return err
	}
	eng, err := f.Engine()
	if err != nil {
		return err
	}
	c := &clientFile{path: opts.SaveAnswers, client: opts.Client}
	st := state.New()
	if st.Answers, err = c.load(f, eng); err != nil {
		return err
	}
	final, _, err := interviewUser(f, eng, st, "", opts)
	if err != nil {
		var stop *prompt.Stopped
		if !errors.As(err, &stop) || len(final) == 0 {
			return stopped(f, eng, progress.Store{}, true, false, nil, err)
		}
		if saveErr := c.save(eng, final); saveErr != nil {
			return keepTyped(f, eng, final, saveErr)
		}
		return &apperr.AbortError{Msg: fmt.Sprintf("Avbrutt. Svarene så langt er lagret i %s. Fortsett med «sosabc start --save-answers %s».", c.path, c.path), Code: stopCode(stop)}
	}
	if err := c.save(eng, final); err != nil {
		return keepTyped(f, eng, final, err)
	}
	in := report.Build(eng.Rules, final, nil, f.Now())
	in.Local = f.Local(final)
	if err := showPlan(f, in, o, doc.From{AnswersFile: c.path}); err != nil {
		return err
	}
	fmt.Fprint(f.IO.ErrOut, sanitize.Strip(fmt.Sprintf("Svarene er lagret i %s. Lag planen til kunden med «sosabc sjekkliste --answers %s --format pdf --output plan.pdf».\n", c.path, c.path)))
	return nil
}
