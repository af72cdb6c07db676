package export_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
)

func TestSite(t *testing.T) {
	f, _, _ := cmdtest.Factory(t, cmdtest.Env{})
	h, err := f.Handbook()
	if err != nil {
		t.Fatal(err)
	}
	pages := len(h.Topics) + 3
	dir := filepath.Join(t.TempDir(), "håndbok")
	r := cmdtest.Run(t, cmdtest.Env{}, "eksport", "nettsted", dir)
	if r.Code != 0 || r.Err != "" {
		t.Fatalf("code %d: %s", r.Code, r.Err)
	}
	want := "Laget nettstedet med " + itoa(pages) + " sider i " + dir + ".\nÅpne " + filepath.Join(dir, "index.html") + " i en nettleser for å lese det. Sidene virker uten nett, og du kan legge mappen på en webserver.\n"
	if r.Out != want {
		t.Errorf("out:\n%s\nwant:\n%s", r.Out, want)
	}
	for _, name := range []string{"index.html", "ordliste.html", "selskapsformer.html", "stil.css", "emne/as.html"} {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Error(err)
		}
	}

	// Again: the folder is not empty now.
	r = cmdtest.Run(t, cmdtest.Env{}, "export", "site", dir)
	if r.Code != 2 || r.Err != "Mappen «"+dir+"» finnes og har filer. Velg en ny eller tom mappe, eller bruk --force for å erstatte et nettsted som sosabc har laget der.\n" {
		t.Errorf("second export: code %d, %q", r.Code, r.Err)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "export", "site", dir, "--force")
	if r.Code != 0 || !strings.HasPrefix(r.Out, "Laget nettstedet med ") {
		t.Errorf("--force: code %d, %q %q", r.Code, r.Out, r.Err)
	}
}

func TestSiteWithLocalContent(t *testing.T) {
	content := t.TempDir()
	cmdtest.WriteFile(t, content, "topics/kommune/var-tjeneste.md", `---
id: var-tjeneste
title: Vår tjeneste
area: kommune
summary: Hva vi gjør for deg.
checked: 2026-11-01
sources:
  - title: "Kommunen: Etablerertjenesten"
    url: https://www.example.org/etablerer
    read: 2026-11-01
---
Ring oss når du vil starte.
`)
	dir := filepath.Join(t.TempDir(), "nettsted")
	r := cmdtest.Run(t, cmdtest.Env{}, "eksport", "nettsted", dir, "--content-dir", content)
	if r.Code != 0 {
		t.Fatalf("code %d: %s", r.Code, r.Err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "emne", "var-tjeneste.html"))
	if err != nil || !strings.Contains(string(data), "Ring oss når du vil starte.") {
		t.Errorf("the local page: %v", err)
	}
}

func TestSiteErrors(t *testing.T) {
	other := t.TempDir()
	cmdtest.WriteFile(t, other, "notater.txt", "mine")
	file := cmdtest.WriteFile(t, t.TempDir(), "fil", "x")
	for _, tc := range []struct {
		name string
		args []string
		err  string
	}{
		{"no folder", []string{"eksport", "nettsted"}, "Skriv hvilken mappe nettstedet skal i, for eksempel «sosabc eksport nettsted håndbok».\n"},
		{"two folders", []string{"eksport", "nettsted", "a", "b"}, "Skriv hvilken mappe nettstedet skal i, for eksempel «sosabc eksport nettsted håndbok».\n"},
		{"other files", []string{"eksport", "nettsted", other, "--force"}, "Mappen «" + other + "» har filer som ikke er et nettsted fra sosabc. sosabc sletter dem ikke, heller ikke med --force. Velg en ny eller tom mappe.\n"},
		{"a file", []string{"eksport", "nettsted", file}, "«" + file + "» er en fil, ikke en mappe. Velg en ny mappe.\n"},
		{"unknown subcommand", []string{"eksport", "pfd"}, "Ukjent kommando «pfd»."},
	} {
		r := cmdtest.Run(t, cmdtest.Env{}, tc.args...)
		if r.Code != 2 || !strings.HasPrefix(r.Err, tc.err) {
			t.Errorf("%s: code %d, %q; want 2, %q", tc.name, r.Code, r.Err, tc.err)
		}
	}
	if data, err := os.ReadFile(filepath.Join(other, "notater.txt")); err != nil || string(data) != "mine" {
		t.Errorf("the other folder changed: %v", err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
