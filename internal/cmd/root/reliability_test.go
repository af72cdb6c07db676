package root_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/sosabc/sosabc/internal/cmd/root"
	"github.com/sosabc/sosabc/internal/cmdtest"
)

// fullDisk is standard out on a full disk, like «> /dev/full».
type fullDisk struct{}

func (fullDisk) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

// D11: when standard out cannot be written, every command says so once,
// in Norwegian, and exits 1: data commands, help and the checks alike.
func TestWriteErrorsAreNorwegian(t *testing.T) {
	for _, args := range [][]string{
		{"søk", "forsikring", "--json"}, {"emner"}, {"kilder"}, {"ordliste"}, {"les", "as"},
		{"former", "sammenlign"}, {"version"}, {"completion", "bash"}, {"completion", "powershell"},
		{"--help"}, {"help"}, {"hjelp", "les"}, {"les", "--help"}, {"help", "answers-file"}, {"answers-file", "--help"},
		{"sjekkliste", "--persona", "kafe-inkludering"}, {"sjekkliste", "--persona", "kafe-inkludering", "--format", "md"},
		{"sjekkliste", "hvorfor", "beskriv-ideen", "--persona", "kafe-inkludering"}, {"sjekkliste", "personer"},
		{"verksted", "liste"}, {"innhold", "sjekk"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			f, _, errOut := cmdtest.Factory(t, cmdtest.Env{})
			f.IO.Out = fullDisk{}
			code := root.Run(f, args)
			if code != 1 || errOut.String() != "Kunne ikke skrive utdata: disken er full\n" {
				t.Errorf("exit %d, stderr %q", code, errOut.String())
			}
		})
	}
}

// D4: a state file from a newer sosabc is left as it is by every command
// that reads or writes the plan; each says to update, and exits 2.
func TestNewerStateIsLeftAloneByEveryCommand(t *testing.T) {
	dir := t.TempDir()
	data := `{"format": 99, "answers": {"stage": "idea", "form": "AS"}, "done": {}, "future": [1, 2]}`
	path := cmdtest.WriteFile(t, dir, "state.json", data)
	answers := cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", "version: 2\nstage: idea\nform: AS\n")
	want := "Den lagrede fremdriften i " + path + " er laget av en nyere versjon av sosabc (format 99). Denne versjonen kan bare lese format 2. Oppdater sosabc. Filen er ikke endret.\n"
	for _, args := range [][]string{
		{"sjekkliste"}, {"sjekkliste", "--format", "md"}, {"sjekkliste", "gjort", "1"}, {"sjekkliste", "angre", "beskriv-ideen"},
		{"sjekkliste", "hvorfor", "beskriv-ideen"}, {"start", "--answers", answers}, {"lokalt"},
	} {
		r := cmdtest.Run(t, cmdtest.Env{StateDir: dir, Stdin: "1\n"}, args...)
		if r.Code != 2 || r.Err != want {
			t.Errorf("%v: exit %d, stderr %q", args, r.Code, r.Err)
		}
	}
	r := cmdtest.Run(t, cmdtest.Env{StateDir: dir, Stdin: "1\n"}, "start", "--accessible")
	if r.Code != 2 || !strings.HasSuffix(r.Err, want) {
		t.Errorf("start --accessible: exit %d, stderr %q", r.Code, r.Err)
	}
	if got, _ := os.ReadFile(path); string(got) != data {
		t.Errorf("the newer file changed: %s", got)
	}
	if moved, _ := filepath.Glob(path + ".bad-*"); len(moved) > 0 {
		t.Errorf("moved aside: %v", moved)
	}
}

// D8: an answers file is read up to 1 MB, from a file, a pipe or standard
// in; anything larger, and anything that is not a file, is refused at
// once with advice, not read until the memory is full.
func TestAnswersFileLimits(t *testing.T) {
	dir := t.TempDir()
	big := cmdtest.WriteFile(t, dir, "stor.yaml", "version: 2\nstage: idea\nform: AS\n# "+strings.Repeat("x", 1<<20)+"\n")
	fits := cmdtest.WriteFile(t, dir, "passer.yaml", "version: 2\nstage: idea\nform: AS\n# "+strings.Repeat("x", 1<<19)+"\n")
	tooBig := "Svarfilen «" + big + "» er for stor (over 1 MB). En svarfil er vanligvis under 1 kB. Sjekk at du har valgt riktig fil.\n"
	for _, tt := range []struct {
		name  string
		stdin string
		args  []string
		code  int
		err   string
	}{
		{"over 1 MB", "", []string{"sjekkliste", "--answers", big}, 2, tooBig},
		{"over 1 MB to start", "", []string{"start", "--answers", big, "--no-save"}, 2, tooBig},
		{"a device", "", []string{"sjekkliste", "--answers", "/dev/zero"}, 2, "«/dev/zero» er ikke en vanlig fil. Lagre svarene i en fil og prøv igjen.\n"},
		{"a folder", "", []string{"sjekkliste", "--answers", dir}, 2, "«" + dir + "» er en mappe, ikke en svarfil.\n"},
		{"standard in over 1 MB", strings.Repeat("#\n", 1<<19+1), []string{"sjekkliste", "--answers", "-"}, 2, "Svarfilen på standard inn er for stor (over 1 MB). En svarfil er vanligvis under 1 kB. Sjekk at du har valgt riktig fil.\n"},
		{"half a megabyte is fine", "", []string{"sjekkliste", "--answers", fits, "--format", "json"}, 0, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := cmdtest.Run(t, cmdtest.Env{Stdin: tt.stdin}, tt.args...)
			if r.Code != tt.code || r.Err != tt.err {
				t.Errorf("exit %d, stderr %q\nwant %d, %q", r.Code, r.Err, tt.code, tt.err)
			}
		})
	}
}

// D9: --width is refused above 500 columns (and below 20) on every
// command that takes it, before any work is done.
func TestWidthLimits(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"les", "as", "--width", "501"}, 2, "Bredden kan være høyst 500 tegn, ikke 501.\n"},
		{[]string{"les", "as", "--width", "9223372036854775807"}, 2, "Bredden kan være høyst 500 tegn, ikke 9223372036854775807.\n"},
		{[]string{"les", "as", "--width", "99999999999999999999"}, 2, "Ugyldig verdi «99999999999999999999» for «--width». Skriv «sosabc les --help» for å se hvilke valg som finnes.\n"},
		{[]string{"les", "as", "--width", "19"}, 2, "Bredden må være minst 20 tegn, ikke 19.\n"},
		{[]string{"sjekkliste", "--persona", "kafe-inkludering", "--width", "1000000"}, 2, "Bredden kan være høyst 500 tegn, ikke 1000000.\n"},
		{[]string{"start", "--persona", "kafe-inkludering", "--no-save", "--width", "600"}, 2, "Bredden kan være høyst 500 tegn, ikke 600.\n"},
		{[]string{"les", "as", "--width", "500"}, 0, ""},
	} {
		r := cmdtest.Run(t, cmdtest.Env{}, tt.args...)
		if r.Code != tt.code || r.Err != tt.err {
			t.Errorf("%v: exit %d, stderr %q", tt.args, r.Code, r.Err)
		}
		if tt.code != 0 && r.Out != "" {
			t.Errorf("%v wrote %d bytes", tt.args, len(r.Out))
		}
	}
}

// D7: --content-dir is opened as a root. A link that leads out of it is
// never followed, not even to make an error message, by any command.
func TestContentDirReadsNothingOutside(t *testing.T) {
	outside := t.TempDir()
	secret := cmdtest.WriteFile(t, outside, "hemmelig.md", "---\nid: hemmelig\ntitle: HEMMELIG\narea: kommune\nsummary: HEMMELIG.\nchecked: 2026-11-22\nsources:\n  - title: HEMMELIG\n    url: https://example.no/\n    read: 2026-11-22\n---\nHEMMELIG INNHOLD\n")
	passwd := cmdtest.WriteFile(t, outside, "passwd", "root:HEMMELIG:0:0::/root:/bin/sh\n")
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "topics", "kommune"), 0o755); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{"glossary.yaml": passwd, "topics/kommune/hemmelig.md": secret, "topics/ute": outside} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	for _, tt := range []struct {
		args []string
		code int
	}{
		{[]string{"--content-dir", dir, "les", "hemmelig"}, 2},
		{[]string{"--content-dir", dir, "ordliste"}, 2},
		{[]string{"--content-dir", dir, "søk", "hemmelig"}, 2},
		{[]string{"innhold", "sjekk", dir}, 1},
		{[]string{"--content-dir", filepath.Join(dir, "topics", ".."), "emner"}, 2},
	} {
		r := cmdtest.Run(t, cmdtest.Env{}, tt.args...)
		if r.Code != tt.code || !strings.Contains(r.Err, "det er en lenke som peker ut av innholdsmappen") {
			t.Errorf("%v: exit %d, stderr:\n%s", tt.args, r.Code, r.Err)
		}
		if strings.Contains(r.Out+r.Err, "HEMMELIG") {
			t.Errorf("%v showed the outside file:\n%s%s", tt.args, r.Out, r.Err)
		}
	}
}
