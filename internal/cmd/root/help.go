package root

import (
	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/answers"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/doc"
	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/locale"
)

// helpTopics are the texts «sosabc help NAME» shows that are not commands.
// They are run from the help command, so a failure gives an exit code.
var helpTopics = map[string]func(*cmdutil.Factory) error{
	"answers-file": showAnswersFileHelp,
	"svarfil":      showAnswersFileHelp,
}

// newAnswersFileHelp is the help topic «sosabc help answers-file». Its text
// is made from the interview schema when asked for, so no other command
// pays for reading the content. It is shown like a page: rendered, and in
// the pager when long.
func newAnswersFileHelp(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "answers-file",
		Aliases: []string{"svarfil"},
		Short:   "Formatet på svarfiler (--answers): alle nøkler og verdier",
	}
	cmd.SetHelpFunc(func(c *cobra.Command, _ []string) {
		if err := showAnswersFileHelp(f); err != nil {
			c.PrintErrln(locale.Sentence(err.Error()))
		}
	})
	return cmd
}

func showAnswersFileHelp(f *cmdutil.Factory) error {
	schema, err := interview.LoadSchema(f.Content, "interview/questions.yaml")
	if err != nil {
		return cmdutil.ContentError(err)
	}
	var d cmdutil.Display
	o, err := d.Render(f)
	if err != nil {
		return err
	}
	return f.Show(&doc.Document{Lang: "nb", Title: "Svarfilen", Blocks: []doc.Block{doc.Markdown{Text: answers.DocText(schema)}}}, o, false)
}
