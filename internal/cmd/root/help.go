package root

import (
	"io/fs"

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
	"answers-file":   showAnswersFileHelp,
	"svarfil":        showAnswersFileHelp,
	"local-content":  showLocalContentHelp,
	"lokalt-innhold": showLocalContentHelp,
	"workshop-file":  showWorkshopFileHelp,
	"verkstedfil":    showWorkshopFileHelp,
}

func showLocalContentHelp(f *cmdutil.Factory) error {
	return showMarkdownHelp(f, localContentTitle, LocalContentHelpFile)
}

func showWorkshopFileHelp(f *cmdutil.Factory) error {
	return showMarkdownHelp(f, workshopFileTitle, WorkshopFileHelpFile)
}

// The titles of the two help topics written as Markdown.
const (
	localContentTitle = "Lokalt innhold"
	workshopFileTitle = "Et verksted du lager selv"
)

// newAnswersFileHelp is the help topic «sosabc help answers-file». Its text
// is made from the interview schema when asked for, so no other command
// pays for reading the content. It is shown like a page: rendered, and in
// the pager when long.
func newAnswersFileHelp(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "answers-file",
		Aliases: []string{"svarfil"},
		Short:   HelpTopics()[0].Short,
	}
	cmd.SetHelpFunc(func(c *cobra.Command, _ []string) {
		if err := showAnswersFileHelp(f); err != nil && !cmdutil.IsWriteError(err) {
			c.PrintErrln(locale.Sentence(err.Error()))
		}
	})
	return cmd
}

func showAnswersFileHelp(f *cmdutil.Factory) error {
	text, err := AnswersFileHelp(f)
	if err != nil {
		return err
	}
	var d cmdutil.Display
	o, err := d.Render(f)
	if err != nil {
		return err
	}
	return f.Show(&doc.Document{Lang: "nb", Title: "Svarfilen", Blocks: []doc.Block{doc.Markdown{Text: text}}}, o, false)
}

// AnswersFileHelp is the Markdown of «sosabc help svarfil», made from the
// interview schema.
func AnswersFileHelp(f *cmdutil.Factory) (string, error) {
	schema, err := interview.LoadBuiltinSchema(f.Content)
	if err != nil {
		return "", cmdutil.ContentError(err)
	}
	return answers.DocText(schema), nil
}

// HelpTopic is a help text that is not a command: «sosabc help NAME».
// The man pages are made from the same Markdown.
type HelpTopic struct {
	Name  string // the English name: «local-content»
	Short string
	Text  func(*cmdutil.Factory) (string, error)
}

// HelpTopics lists the help texts that are not commands.
func HelpTopics() []HelpTopic {
	return []HelpTopic{
		{Name: "answers-file", Short: "Svarfiler (--answers): alle nøkler og verdier", Text: AnswersFileHelp},
		{Name: "local-content", Short: "Egne sider, sjekkpunkter og kontakter for en kommune", Text: LocalContentHelp},
		{Name: "workshop-file", Short: "Lag et verksted selv: filen, et eksempel og sjekken", Text: WorkshopFileHelp},
	}
}

// LocalContentHelpFile is the text of «sosabc help lokalt-innhold», in the
// embedded content so the spelling and copy checks read it too.
const LocalContentHelpFile = "help/lokalt-innhold.md"

// LocalContentHelp is the Markdown of «sosabc help lokalt-innhold»: how a
// kommune, a fylke or an incubator writes its own content.
func LocalContentHelp(f *cmdutil.Factory) (string, error) {
	return helpFile(f, LocalContentHelpFile)
}

// newLocalContentHelp is the help topic «sosabc help lokalt-innhold».
func newLocalContentHelp(f *cmdutil.Factory) *cobra.Command {
	return markdownHelp(f, "local-content", "lokalt-innhold", HelpTopics()[1].Short, localContentTitle, LocalContentHelpFile)
}

// WorkshopFileHelpFile is the text of «sosabc help verkstedfil», in the
// embedded content so the spelling and copy checks read it too.
const WorkshopFileHelpFile = "help/verkstedfil.md"

// WorkshopFileHelp is the Markdown of «sosabc help verkstedfil»: how a
// teacher or a facilitator writes a workshop module of their own.
func WorkshopFileHelp(f *cmdutil.Factory) (string, error) {
	return helpFile(f, WorkshopFileHelpFile)
}

// newWorkshopFileHelp is the help topic «sosabc help verkstedfil».
func newWorkshopFileHelp(f *cmdutil.Factory) *cobra.Command {
	return markdownHelp(f, "workshop-file", "verkstedfil", HelpTopics()[2].Short, workshopFileTitle, WorkshopFileHelpFile)
}

// helpFile reads a help text written as Markdown from the content.
func helpFile(f *cmdutil.Factory, file string) (string, error) {
	data, err := fs.ReadFile(f.Content, file)
	if err != nil {
		return "", cmdutil.ContentError(err)
	}
	return string(data), nil
}

// markdownHelp is a help topic whose text is a Markdown file in the
// content, shown as a page: styled on a terminal, plain on a pipe.
func markdownHelp(f *cmdutil.Factory, use, alias, short, title, file string) *cobra.Command {
	cmd := &cobra.Command{Use: use, Aliases: []string{alias}, Short: short}
	cmd.SetHelpFunc(func(c *cobra.Command, _ []string) {
		if err := showMarkdownHelp(f, title, file); err != nil {
			c.PrintErrln(locale.Sentence(err.Error()))
		}
	})
	return cmd
}

func showMarkdownHelp(f *cmdutil.Factory, title, file string) error {
	text, err := helpFile(f, file)
	if err != nil {
		return err
	}
	var d cmdutil.Display
	o, err := d.Render(f)
	if err != nil {
		return err
	}
	return f.Show(&doc.Document{Lang: "nb", Title: title, Blocks: []doc.Block{doc.Markdown{Text: text}}}, o, false)
}
