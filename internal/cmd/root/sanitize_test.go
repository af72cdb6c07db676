package root_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
)

// evil holds every sequence of the reliability review's D5 and D6 in one
// string: window titles (OSC 0 and 2, ended by BEL and by ST), the
// clipboard (OSC 52), a hyperlink (OSC 8), clearing the screen (CSI), a
// device control string (DCS), a full reset (ESC c), C1 controls written
// as UTF-8 (CSI U+009B, OSC U+009D), a nested OSC, a lone ESC, BEL and
// backspace. Each visible word that only a sequence carries says «pwned».
const evil = "Bod" +
	"\x1b]0;pwned-title\x07" +
	"\x1b]2;pwned-title2\x1b\\" +
	"\x1b]52;c;cHduZWQ=\x07" +
	"\x1b]8;;https://pwned.example/\x1b\\klikk\x1b]8;;\x1b\\" +
	"\x1b[2J\x1b[H" +
	"\x1bPqpwned-dcs\x1b\\" +
	"\x1bc" +
	"\u009b2J" +
	"\u009d0;pwned-c1\x07" +
	"\x1b]0;x\x1b]0;pwned-nested\x07" +
	"\x07\x08\x1b" +
	"ø"

// evilName is evil as a file name can hold it: without slashes.
var evilName = strings.ReplaceAll(evil, "/", "")

// yamlQuoted writes s as a YAML double-quoted scalar, each control
// character as an escape, the way an attacker would write an answers file
// or a glossary.
func yamlQuoted(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteString(`\` + string(r))
		case r < 0x20 || (r >= 0x7f && r <= 0x9f):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// controls names the first terminal control in out that sosabc did not
// write itself: on a pipe there may be none at all; on a terminal only
// colours (CSI … m) and the hyperlinks glamour writes for a page's own
// addresses (OSC 8). No «pwned» may reach the reader in any form.
func controls(out string, tty bool) string {
	if i := strings.Index(out, "pwned"); i >= 0 {
		return fmt.Sprintf("«pwned» at byte %d: %q", i, around(out, i))
	}
	for i := 0; i < len(out); {
		r := []rune(out[i:min(len(out), i+4)])[0]
		size := len(string(r))
		switch {
		case r == 0x1b && tty && strings.HasPrefix(out[i:], "\x1b["):
			j := i + 2
			for j < len(out) && out[j] >= 0x30 && out[j] <= 0x3f {
				j++
			}
			if j >= len(out) || out[j] != 'm' {
				return fmt.Sprintf("CSI that is not a colour at byte %d: %q", i, around(out, i))
			}
			i = j + 1
			continue
		case r == 0x1b && tty && strings.HasPrefix(out[i:], "\x1b]8;"):
			end := strings.Index(out[i:], "\x1b\\")
			if bel := strings.IndexByte(out[i:], 0x07); bel >= 0 && (end < 0 || bel < end) {
				end = bel
			}
			if end < 0 {
				return fmt.Sprintf("unterminated OSC 8 at byte %d", i)
			}
			i += end + 1
			if out[i-1] == 0x1b {
				i++
			}
			continue
		case r == 0x1b || r == 0x07 || r == 0x7f || (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x80 && r <= 0x9f):
			return fmt.Sprintf("control %U at byte %d: %q", r, i, around(out, i))
		}
		i += size
	}
	return ""
}

func around(s string, i int) string { return s[max(0, i-30):min(len(s), i+30)] }

func TestControlsCheckerCatchesThem(t *testing.T) {
	for _, s := range []string{"a\x1b]0;x\x07", "\x1b[2J", "\u009b", "a\x07", "\x1bc", "\x1b]8;;https://x/\x1b\\"} {
		if controls(s, false) == "" {
			t.Errorf("%q passed on a pipe", s)
		}
	}
	for _, s := range []string{"a\x1b]0;x\x07", "\x1b[2J", "\u009b", "\x1bPq\x1b\\"} {
		if controls(s, true) == "" {
			t.Errorf("%q passed on a terminal", s)
		}
	}
	if c := controls("\x1b[1;38;5;252mtekst\x1b[0m \x1b]8;;https://lovdata.no/\x1b\\lovdata\x1b]8;;\x1b\\", true); c != "" {
		t.Errorf("sosabc's own colours and links flagged: %s", c)
	}
}

// Text from answers files, local content, saved state, file names and
// arguments never reaches the screen or a pipe with a terminal control
// sequence in it: the loaders refuse it with the line, and what is shown
// (arguments echoed in messages, file names) passes the sanitizer. Every
// case runs with output to a pipe and to a terminal.
func TestNoControlSequenceReachesTheOutput(t *testing.T) {
	dir := t.TempDir()
	answers := func(name, body string) string {
		return cmdtest.WriteFile(t, dir, name, "version: 2\nstage: idea\nform: AS\n"+body)
	}
	kommune := answers("kommune.yaml", "kommune: "+yamlQuoted(evil)+"\n")
	client := answers("client.yaml", "client: "+yamlQuoted(evil)+"\n")
	choice := cmdtest.WriteFile(t, dir, "choice.yaml", "version: 2\nstage: "+yamlQuoted(evil)+"\nform: AS\n")
	raw := answers("raw.yaml", "kommune: "+strings.ReplaceAll(evil, "\x1b]8;;https://pwned.example/\x1b\\", "")+"\n")
	good := answers("good.yaml", "")
	batch := filepath.Join(dir, "batch")
	cmdtest.WriteFile(t, batch, "kunde"+evilName+".yaml", "version: 2\nstage: ide\n")

	topic := func(title, body string) string {
		return "---\nid: ond\ntitle: " + title + "\narea: kommune\nsummary: Kort.\nkeywords: [ondskap]\nchecked: 2026-11-22\nsources:\n  - title: Kilde\n    url: https://example.no/\n    read: 2026-11-22\n---\n" + body + "\n"
	}
	titled := filepath.Join(dir, "tittel")
	cmdtest.WriteFile(t, titled, "topics/kommune/ond.md", topic(yamlQuoted("Ond "+evil), "Tekst om ondskap."))
	bodied := filepath.Join(dir, "tekst")
	cmdtest.WriteFile(t, bodied, "topics/kommune/ond.md", topic("Ond", "Tekst "+evil+" om ondskap."))
	glossary := filepath.Join(dir, "ordliste")
	cmdtest.WriteFile(t, glossary, "glossary.yaml", "terms:\n  - term: "+yamlQuoted("Ond"+evil)+"\n    definition: "+yamlQuoted(evil)+"\n")
	named := filepath.Join(dir, "filnavn")
	cmdtest.WriteFile(t, named, "topics/kommune/ond"+evilName+".md", topic("Ond", "Tekst."))
	workshops := filepath.Join(dir, "verksted")
	cmdtest.WriteFile(t, workshops, "workshops/ond"+evilName+".yaml", "id: ond\n")

	saved := t.TempDir()
	cmdtest.WriteFile(t, saved, "state.json", `{"format":2,"answers":{"stage":"idea","form":"AS","kommune":"\u001b]0;pwned-state\u0007","\u001b]52;c;cHduZWQ=\u0007":1},"done":{}}`)
	plan := t.TempDir()
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: plan}, "start", "--answers", good); r.Code != 0 {
		t.Fatal(r.Err)
	}

	tests := []struct {
		name     string
		stdin    string
		stateDir string
		args     []string
		code     int
		says     string // on stderr
	}{
		{"answers file: kommune", "", "", []string{"sjekkliste", "--answers", kommune, "--format", "md"}, 2, "kommune.yaml:4: teksten har kontrolltegn"},
		{"answers file: client", "", "", []string{"sjekkliste", "--answers", client, "--format", "html"}, 2, "client.yaml:4: teksten har kontrolltegn"},
		{"answers file: a wrong choice", "", "", []string{"sjekkliste", "--answers", choice}, 2, "choice.yaml:2: teksten har kontrolltegn"},
		{"answers file: raw bytes", "", "", []string{"sjekkliste", "--answers", raw}, 2, "raw.yaml:4: filen har kontrolltegn"},
		{"answers on standard in", "version: 2\nstage: idea\nform: AS\nkommune: " + yamlQuoted(evil) + "\n", "", []string{"sjekkliste", "--answers", "-"}, 2, "-:4: teksten har kontrolltegn"},
		{"answers file: explain", "", "", []string{"sjekkliste", "hvorfor", "beskriv-ideen", "--answers", kommune}, 2, "teksten har kontrolltegn"},
		{"answers file: start", "", "", []string{"start", "--answers", kommune}, 2, "teksten har kontrolltegn"},
		{"answers file name in a batch", "", "", []string{"sjekkliste", "--answers-dir", batch, "--output-dir", filepath.Join(dir, "ut"), "--format", "md"}, 1, "/batch/kundeBodklikkø.yaml: Svarfilen har feil"},
		{"topic title: search", "", "", []string{"--content-dir", titled, "søk", "ondskap"}, 2, "ond.md:3: teksten har kontrolltegn"},
		{"topic title: topics", "", "", []string{"--content-dir", titled, "emner"}, 2, "ond.md:3: teksten har kontrolltegn"},
		{"topic title: sources", "", "", []string{"--content-dir", titled, "kilder"}, 2, "ond.md:3: teksten har kontrolltegn"},
		{"topic title: read", "", "", []string{"--content-dir", titled, "les", "ond"}, 2, "ond.md:3: teksten har kontrolltegn"},
		{"topic title: check", "", "", []string{"innhold", "sjekk", titled}, 1, "ond.md:3: teksten har kontrolltegn"},
		{"topic body: read", "", "", []string{"--content-dir", bodied, "les", "ond"}, 2, "ond.md:13: teksten har kontrolltegn"},
		{"glossary", "", "", []string{"--content-dir", glossary, "ordliste"}, 2, "glossary.yaml:2: teksten har kontrolltegn"},
		{"topic file name: check", "", "", []string{"innhold", "sjekk", named}, 1, "/topics/kommune/ondBodklikkø.md:2: id «ond» skal være lik filnavnet «ondBodklikkø»"},
		{"topic file name: topics", "", "", []string{"--content-dir", named, "emner"}, 2, "skal være lik filnavnet «ondBodklikkø»"},
		{"workshop file name", "", "", []string{"verksted", "sjekk", workshops}, 1, "/workshops/ondBodklikkø.yaml"},
		{"saved state", "", saved, []string{"sjekkliste"}, 2, "Du har ingen lagret sjekkliste ennå"},
		{"argument: topic", "", "", []string{"les", "as" + evil}, 2, "Fant ikke emnet «asBodklikkø»"},
		{"argument: search", "", "", []string{"søk", "forsikring" + evil}, 0, ""},
		{"argument: glossary", "", "", []string{"ordliste", evil}, 2, "Fant ikke «Bodklikkø» i ordlisten"},
		{"argument: client and note", "", "", []string{"sjekkliste", "--persona", "kafe-inkludering", "--client", evil, "--note", evil, "--format", "md"}, 0, ""},
		{"argument: tick", "", plan, []string{"sjekkliste", "gjort", evil}, 2, "«Bodklikkø» er ikke på sjekklisten din"},
		{"argument: command", "", "", []string{evil}, 2, "Ukjent kommando «Bodklikkø»"},
		{"argument: flag", "", "", []string{"les", "--" + evil}, 2, "Ukjent valg «--Bodklikkø»"},
		{"argument: help", "", "", []string{"help", evil}, 2, "Ukjent hjelpeemne «Bodklikkø»"},
	}
	for _, tt := range tests {
		for _, tty := range []bool{false, true} {
			name := tt.name + ", pipe"
			if tty {
				name = tt.name + ", terminal"
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				r := cmdtest.Run(t, cmdtest.Env{Stdin: tt.stdin, StateDir: tt.stateDir, TTY: tty, Width: 80}, tt.args...)
				// On a terminal the message is wrapped to its width.
				if r.Code != tt.code || !strings.Contains(strings.Join(strings.Fields(r.Err), " "), tt.says) {
					t.Errorf("exit %d, want %d; stderr:\n%s\nwant it to say %q", r.Code, tt.code, r.Err, tt.says)
				}
				if c := controls(r.Out, tty); c != "" {
					t.Errorf("stdout: %s", c)
				}
				if c := controls(r.Err, false); c != "" {
					t.Errorf("stderr: %s", c)
				}
			})
		}
	}
}
