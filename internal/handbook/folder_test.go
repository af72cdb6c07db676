package handbook

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// lockedFS is a content folder where one subfolder cannot be read, as
// after «chmod 000 topics/skjult» (root reads it anyway, so a real chmod
// proves nothing when the tests run as root).
type lockedFS struct {
	fstest.MapFS
	locked string
}

func (l lockedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == l.locked {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return l.MapFS.ReadDir(name)
}

func (l lockedFS) Open(name string) (fs.File, error) {
	if name == l.locked || strings.HasPrefix(name, l.locked+"/") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return l.MapFS.Open(name)
}

// D13: a topics folder that cannot be read is an error, not skipped: a
// check must never say the content is fine when it did not read it all.
func TestUnreadableTopicFolderIsAnError(t *testing.T) {
	base := fstest.MapFS{"areas.yaml": {Data: []byte(areas)}}
	local := lockedFS{MapFS: fstest.MapFS{
		"topics/bank/konto.md":   topicFile(goodFront, "Lokal.\n"),
		"topics/skjult/skjul.md": topicFile(strings.Replace(goodFront, "id: konto", "id: skjul", 1), "Skjult.\n"),
	}, locked: "topics/skjult"}
	want := "lokalt/topics/skjult: kan ikke lese mappen: sosabc har ikke tilgang til den. Sjekk hvem som kan lese den"
	if _, err := Load(Layer{FS: base, Name: "innebygd"}, Layer{FS: local, Name: "lokalt", Local: true}); err == nil || err.Error() != want {
		t.Errorf("Load: err = %v\nwant %s", err, want)
	}
	// Reading one page checks the whole local folder too.
	if _, err := LoadTopic("konto", Layer{FS: base, Name: "innebygd"}, Layer{FS: local, Name: "lokalt", Local: true}); err == nil || err.Error() != want {
		t.Errorf("LoadTopic: err = %v\nwant %s", err, want)
	}
}

// D7: a local folder opened as an os.Root (as --content-dir is) never
// reads through a link that leads out of it, neither a file nor a folder,
// and the error does not show what the outside file holds. A link that
// stays inside the folder works.
func TestLinksOutOfTheFolderAreRefused(t *testing.T) {
	outside := t.TempDir()
	secret := strings.Replace(goodFront, "id: konto", "id: hemmelig", 1)
	writeFile(t, filepath.Join(outside, "hemmelig.md"), "---\n"+secret+"---\nHEMMELIG INNHOLD\n")
	writeFile(t, filepath.Join(outside, "mappe", "hemmelig.md"), "---\n"+secret+"---\nHEMMELIG INNHOLD\n")
	writeFile(t, filepath.Join(outside, "passwd"), "root:x:0:0:HEMMELIG:/root:/bin/sh\n")

	base := fstest.MapFS{"areas.yaml": {Data: []byte(areas)}, "topics/bank/konto.md": topicFile(goodFront, "Innebygd.\n")}
	for _, tt := range []struct {
		name, link, target, want string
	}{
		{"topic file", "topics/bank/hemmelig.md", filepath.Join(outside, "hemmelig.md"),
			"lokalt/topics/bank/hemmelig.md: kan ikke lese filen: det er en lenke som peker ut av innholdsmappen, og sosabc leser bare det som ligger i mappen. Kopier filen inn i stedet for å lenke til den"},
		{"topic folder", "topics/ute", filepath.Join(outside, "mappe"),
			"lokalt/topics/ute: kan ikke brukes: det er en lenke som peker ut av innholdsmappen, og sosabc leser bare det som ligger i mappen. Kopier filen inn i stedet for å lenke til den"},
		{"glossary", "glossary.yaml", filepath.Join(outside, "passwd"),
			"lokalt/glossary.yaml: kan ikke lese filen: det er en lenke som peker ut av innholdsmappen, og sosabc leser bare det som ligger i mappen. Kopier filen inn i stedet for å lenke til den"},
		{"with ..", "topics/bank/opp.md", "../../../" + filepath.Base(outside) + "/hemmelig.md",
			"lokalt/topics/bank/opp.md: kan ikke lese filen: det er en lenke som peker ut av innholdsmappen, og sosabc leser bare det som ligger i mappen. Kopier filen inn i stedet for å lenke til den"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			parent := filepath.Dir(outside)
			dir, err := os.MkdirTemp(parent, "lokalt")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.RemoveAll(dir) })
			if err := os.MkdirAll(filepath.Join(dir, "topics", "bank"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(tt.target, filepath.Join(dir, tt.link)); err != nil {
				t.Skipf("no symbolic links here: %v", err)
			}
			root, err := os.OpenRoot(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			local := Layer{FS: root.FS(), Name: "lokalt", Local: true}
			h, err := Load(Layer{FS: base, Name: "innebygd"}, local)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("err = %v\nwant %s", err, tt.want)
			}
			if h != nil || strings.Contains(err.Error(), "HEMMELIG") {
				t.Errorf("the outside file was read: %v", err)
			}
			if _, err := LoadTopic("hemmelig", Layer{FS: base, Name: "innebygd"}, local); err == nil || strings.Contains(err.Error(), "HEMMELIG") {
				t.Errorf("LoadTopic: %v", err)
			}
		})
	}

	// A link inside the folder is fine.
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "tekster", "lokal.md"), "---\n"+strings.Replace(goodFront, "id: konto", "id: lokal", 1)+"---\nLokal side.\n")
	if err := os.MkdirAll(filepath.Join(dir, "topics", "bank"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../../tekster/lokal.md", filepath.Join(dir, "topics", "bank", "lokal.md")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	h, err := Load(Layer{FS: base, Name: "innebygd"}, Layer{FS: root.FS(), Name: "lokalt", Local: true})
	if err != nil || h.Topic("lokal") == nil {
		t.Fatalf("a link inside the folder: %v", err)
	}
}

// D8 for content: a huge topic file is refused before it fills the memory.
func TestHugeTopicFileIsRefused(t *testing.T) {
	base := fstest.MapFS{"areas.yaml": {Data: []byte(areas)}}
	body := strings.Repeat("Dette er en setning som gjentas.\n", 40000) // 1.3 MB
	local := fstest.MapFS{"topics/bank/konto.md": topicFile(goodFront, body)}
	_, err := Load(Layer{FS: base, Name: "innebygd"}, Layer{FS: local, Name: "lokalt", Local: true})
	want := "lokalt/topics/bank/konto.md: kan ikke lese filen: filen er større enn 1 MB. Et emne er vanligvis noen få kB: del teksten i flere filer"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// D5, D6: each terminal control sequence in a topic's text is refused,
// with the line it is on.
func TestControlCharactersInTopicText(t *testing.T) {
	for _, seq := range []string{
		"\x1b]0;tittel\x07", "\x1b]2;tittel\x1b\\", "\x1b]52;c;cHduZWQ=\x07", "\x1b]8;;https://x.example/\x1b\\lenke\x1b]8;;\x1b\\",
		"\x1b[2J", "\x1bPqdata\x1b\\", "\x1bc", "\x1b", "\u009b2J", "\u009d0;x\x07", "\x1b]0;x\x1b]0;y\x07", "\x07", "\x08",
	} {
		_, err := ParseTopic("emne.md", []byte("---\n"+goodFront+"---\nFørste linje.\n\nAndre "+seq+" linje.\n"))
		want := "emne.md:16: teksten har kontrolltegn, for eksempel escape-koder, som kan lure terminalen. Fjern dem"
		if err == nil || err.Error() != want {
			t.Errorf("%q: got %v\nwant %s", seq, err, want)
		}
	}
}

// «- 31. mai» is a YAML list item in the front matter, not a Markdown
// list in the body (found by FuzzParseTopic: a topic written back with
// its keywords as a block list did not load).
func TestDateListItemInFrontMatterIsFine(t *testing.T) {
	front := strings.Replace(goodFront, "keywords: [konto]", "keywords:\n  - konto\n  - 31. mai", 1)
	if _, err := ParseTopic("emne.md", []byte("---\n"+front+"---\nFrist 31. mai.\n")); err != nil {
		t.Fatal(err)
	}
}
