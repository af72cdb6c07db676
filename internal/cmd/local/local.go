// Package local holds «sosabc lokalt»: the founder's kommune and fylke, the
// employer tax zone, and where to get help nearby.
package local

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/kommune/resolve"
	"github.com/sosabc/sosabc/internal/report"
)

// Options is «sosabc lokalt».
type Options struct {
	Factory *cmdutil.Factory
	Kommune string
	Format  string
}

// NewCmdLocal builds «sosabc lokalt».
func NewCmdLocal(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{Factory: f}
	cmd := &cobra.Command{
		Use:     "local [KOMMUNE]",
		Aliases: []string{"lokalt"},
		Short:   "Kommunen din: fylke, sone for arbeidsgiveravgift og hvor du får hjelp i nærheten",
		Long: `Vis kommunen og fylket, sonen og satsen for arbeidsgiveravgift, og hvor du får
hjelp i nærheten: Innovasjon Norge, fylkeskommunen, etablerertjenesten,
næringshager og inkubatorer, med nettadresser.

Uten KOMMUNE bruker sosabc kommunen i svarene du har lagret. Du kan skrive
navnet med eller uten æ, ø og å, det samiske eller kvenske navnet, eller
kommunenummeret. Har to kommuner samme navn, skriver du fylket etter:
«Våler i Østfold».

Med --content-dir viser den også kontaktene og sidene kommunen har lagt til
selv. Se «sosabc help lokalt-innhold».`,
		Example: "  sosabc lokalt\n  sosabc lokalt Drammen\n  sosabc lokalt Guovdageaidnu\n  sosabc lokalt \"Våler i Innlandet\" --json",
		Args:    cmdutil.MaxArgs(1, "Skriv én kommune, for eksempel «sosabc lokalt Drammen». Har navnet mellomrom, bruk anførselstegn."),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Kommune = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return run(opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, "text", "json")
	cmdutil.AddJSONFlag(cmd, &opts.Format)
	return cmd
}

func run(opts *Options) error {
	f := opts.Factory
	name := opts.Kommune
	if name == "" {
		store, err := f.Store()
		if err != nil {
			return err
		}
		st, err := store.Load()
		if err != nil {
			return err
		}
		name, _ = st.Answers["kommune"].(string)
		if name == "" {
			return apperr.Usagef("Du har ikke lagret en kommune ennå. Skriv hvilken kommune du vil se, for eksempel «sosabc lokalt Drammen», eller svar på spørsmålene med «sosabc start».")
		}
	}
	reg, contacts, err := f.Kommuner()
	if err != nil {
		return err
	}
	res := resolve.Kommune(reg, name)
	if res.Kommune == nil {
		return apperr.Usagef("%s", res.Note)
	}
	l := cmdutil.LocalFor(reg, contacts, res.Kommune)
	if opts.Format == "json" {
		return cmdutil.WriteJSON(f.IO.Out, struct {
			Note string `json:"note,omitempty"`
			*report.Local
		}{res.Note, l})
	}
	width, _ := cmdutil.WidthFor(f, 0)
	var b strings.Builder
	if res.Match == resolve.Former {
		fmt.Fprintf(&b, "%s\n\n", cmdutil.Wrap(res.Note, width, "", ""))
	}
	fmt.Fprintf(&b, "%s i %s (kommunenummer %s)\n", l.Kommune, l.Fylke, l.Number)
	if l.Official != "" {
		fmt.Fprintf(&b, "Offisielt navn: %s\n", l.Official)
	}
	if l.Zone != "" {
		b.WriteString("\nArbeidsgiveravgift\n")
		b.WriteString(cmdutil.Wrap(fmt.Sprintf("%s er i sone %s. Satsen er %s.", l.Kommune, l.Zone, l.Rate), width, "  ", "  ") + "\n")
		if l.TaxNote != "" {
			lead := "Merk: "
			if l.Uncertain {
				lead = "Usikkert: "
			}
			b.WriteString(cmdutil.Wrap(lead+l.TaxNote, width, "  ", "  ") + "\n")
		}
	}
	b.WriteString("\nHjelp i nærheten\n")
	if len(l.Contacts) == 0 {
		b.WriteString("  Vi har ingen kontakter for dette området ennå. Spør kommunen om etablerertjenesten.\n")
	}
	for _, c := range l.Contacts {
		title := c.Name
		if c.Kind != "" && !strings.EqualFold(c.Kind, c.Name) {
			// «Innovasjon Norge (Innovasjon Norge)» says nothing twice.
			title += " (" + c.Kind + ")"
		}
		b.WriteString(cmdutil.Wrap(title, width, "  ", "    ") + "\n")
		b.WriteString(cmdutil.Wrap(c.Note, width, "    ", "    ") + "\n")
		b.WriteString("    " + c.URL + " (" + c.Read + ")\n")
	}
	// Only a local folder has local pages: without one, the handbook is
	// not read at all, which keeps this command as quick as «sosabc les».
	if f.LocalContentDir() != "" {
		h, err := f.Handbook()
		if err != nil {
			return err
		}
		var local []string
		for _, t := range h.Topics {
			if t.Local {
				local = append(local, fmt.Sprintf("  %s: sosabc les %s", t.Title, t.ID))
			}
		}
		if len(local) > 0 {
			b.WriteString("\nLokale sider\n" + strings.Join(local, "\n") + "\n")
		}
	}
	b.WriteString("\nAdressene kan ha endret seg. Sjekk hos kontoret før du drar dit.\n")
	return f.Print(b.String())
}
