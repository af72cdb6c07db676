package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/answers"
	"github.com/sosabc/sosabc/internal/interview"
)

// newAnswersFileHelp is the help topic «sosabc help answers-file». Its text
// is made from the interview schema when asked for, so no other command
// pays for reading the content.
func newAnswersFileHelp(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "answers-file",
		Short: "Formatet på svarfiler (--answers): alle nøkler og verdier",
	}
	cmd.SetHelpFunc(func(*cobra.Command, []string) {
		schema, err := interview.LoadSchema(f.Content, "interview/questions.yaml")
		if err != nil {
			fmt.Fprintln(f.IO.ErrOut, contentError(err))
			return
		}
		fmt.Fprint(f.IO.Out, answers.DocText(schema))
	})
	return cmd
}
