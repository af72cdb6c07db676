// Package export holds «sosabc eksport» and «sosabc eksport nettsted»: the
// handbook as a website in a folder.
package export

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/sosabc/sosabc/internal/apperr"
	"github.com/sosabc/sosabc/internal/cmdutil"
	"github.com/sosabc/sosabc/internal/export"
)

// NewCmdExport builds «sosabc eksport» and its subcommands.
func NewCmdExport(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "export",
		Aliases: []string{"eksport"},
		Short:   "Lag håndboken som filer du kan dele",
		// Runnable, so that cobra checks the arguments: an unknown
		// subcommand is an error, not the help.
		Args: cmdutil.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return c.Help() },
	}
	cmd.AddCommand(NewCmdSite(f, nil))
	return cmd
}

// SiteOptions is «sosabc eksport nettsted».
type SiteOptions struct {
	Factory *cmdutil.Factory

	Dir   string
	Force bool
}

// NewCmdSite builds «sosabc eksport nettsted»; runF replaces the run
// function in tests.
func NewCmdSite(f *cmdutil.Factory, runF func(*SiteOptions) error) *cobra.Command {
	opts := &SiteOptions{Factory: f}
	cmd := &cobra.Command{
		Use:     "site MAPPE",
		Aliases: []string{"nettsted"},
		Short:   "Lag håndboken som et nettsted i en mappe",
		Long: `Lag hele håndboken som et nettsted: en side for hvert emne, en forside
ordnet etter område, ordlisten og selskapsformene side om side.
Sidene lenker til hverandre og virker uten nett. Åpne index.html i en
nettleser, eller legg mappen på en webserver.

Lokalt innhold fra --content-dir kommer med.

sosabc lager mappen. Finnes den og har filer, må du velge en annen
mappe, eller bruke --force for å erstatte et nettsted som sosabc har
laget der før. Andre filer sletter sosabc aldri.`,
		Example: "  sosabc eksport nettsted håndbok\n  sosabc eksport nettsted håndbok --force\n  sosabc eksport nettsted kommunens-håndbok --content-dir lokalt",
		Args:    cmdutil.ExactArgs(1, "Skriv hvilken mappe nettstedet skal i, for eksempel «sosabc eksport nettsted håndbok»."),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Dir = args[0]
			if runF != nil {
				return runF(opts)
			}
			return siteRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Force, "force", false, "erstatt et nettsted som sosabc har laget i mappen før")
	return cmd
}

func siteRun(opts *SiteOptions) error {
	f := opts.Factory
	h, err := f.Handbook()
	if err != nil {
		return err
	}
	eng, err := f.Engine()
	if err != nil {
		return err
	}
	in := export.Input{Handbook: h, Points: eng.Rules.Points, Forms: eng.Rules.Forms}
	dir := opts.Dir
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	pages := 0
	err = export.Publish(dir, opts.Force, func(w export.Writer) error {
		n, err := export.Site(in, w)
		pages = n
		return err
	})
	switch {
	case errors.Is(err, export.ErrNotEmpty):
		return apperr.Usagef("Mappen «%s» finnes og har filer. Velg en ny eller tom mappe, eller bruk --force for å erstatte et nettsted som sosabc har laget der.", opts.Dir)
	case errors.Is(err, export.ErrNotSite):
		return apperr.Usagef("Mappen «%s» har filer som ikke er et nettsted fra sosabc. sosabc sletter dem ikke, heller ikke med --force. Velg en ny eller tom mappe.", opts.Dir)
	case errors.Is(err, export.ErrNotDir):
		return apperr.Usagef("«%s» er en fil, ikke en mappe. Velg en ny mappe.", opts.Dir)
	case err != nil:
		return fmt.Errorf("kunne ikke lage nettstedet i «%s»: %s. Ingenting ble endret", opts.Dir, why(err))
	}
	index := filepath.Join(dir, export.IndexFile)
	return f.Print(fmt.Sprintf("Laget nettstedet med %d sider i %s.\nÅpne %s i en nettleser for å lese det. Sidene virker uten nett, og du kan legge mappen på en webserver.\n", pages, dir, index))
}

// why says in Norwegian why a write failed.
func why(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return "disken er full"
	case errors.Is(err, os.ErrPermission):
		return "du har ikke tilgang til å skrive der"
	case errors.Is(err, syscall.EROFS):
		return "disken kan bare leses"
	}
	return err.Error()
}
