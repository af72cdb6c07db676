package root_test

import (
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmd/root"
	"github.com/sosabc/sosabc/internal/cmdtest"
)

func TestVersionAndHelp(t *testing.T) {
	if r := cmdtest.Run(t, cmdtest.Env{}, "version"); r.Code != 0 || !strings.HasPrefix(r.Out, "sosabc test (go") {
		t.Errorf("version: %q", r.Out)
	}
	r := cmdtest.Run(t, cmdtest.Env{}, "--help")
	if r.Code != 0 || !strings.Contains(r.Out, "Bruk:\n  sosabc [kommando]") || !strings.Contains(r.Out, "-h, --help") || strings.Contains(r.Out, "Usage") {
		t.Errorf("help:\n%s", r.Out)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "help", "les")
	if r.Code != 0 || !strings.Contains(r.Out, "Bruk:\n  sosabc les [EMNE]\n\nAndre navn:\n  read\n") {
		t.Errorf("help les:\n%s", r.Out)
	}
}

func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		if r := cmdtest.Run(t, cmdtest.Env{}, "completion", shell); r.Code != 0 || len(r.Out) < 100 {
			t.Errorf("%s: code %d, %d bytes", shell, r.Code, len(r.Out))
		}
	}
	if r := cmdtest.Run(t, cmdtest.Env{}, "completion", "tcsh"); r.Code != 2 {
		t.Errorf("tcsh: code %d", r.Code)
	}
}

func TestHelpAnswersFile(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "help", "answers-file")
	for _, key := range []string{"stage", "form", "founders", "profit_use", "start_capital", "employees", "volunteers", "target_groups", "customers", "sells", "revenue", "funding", "ip", "premises", "user_data", "activities", "founder_minor", "volunteer_minors", "vulnerable_users", "kommune"} {
		if !strings.Contains(r.Out, key+": ") {
			t.Errorf("answers-file help does not document %q", key)
		}
	}
}

// The error messages of ux-review §1 («Error messages hit»), as they read
// now: each says what to do next.
func TestReviewErrorMessages(t *testing.T) {
	state := t.TempDir()
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: state}, "start", "--persona", "kafe-inkludering"); r.Code != 0 {
		t.Fatal(r.Err)
	}
	for _, tc := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"undo", "beskriv-ideen"}, 2, "Ukjent kommando «undo». Mente du «sosabc sjekkliste angre»? Skriv «sosabc --help» for å se alle kommandoene.\n"},
		{[]string{"gjort", "3"}, 2, "Ukjent kommando «gjort». Mente du «sosabc sjekkliste gjort»? Skriv «sosabc --help» for å se alle kommandoene.\n"},
		{[]string{"sjekkliste", "gjort", "beskriv-idee"}, 2, "«beskriv-idee» er ikke på sjekklisten din. Mente du «beskriv-ideen»?\n"},
		{[]string{"sjekkliste", "hvorfor", "yrkesskadeforsikring"}, 2, "Fant ikke punktet «yrkesskadeforsikring». Mente du «tegn-yrkesskadeforsikring»?\n"},
		{[]string{"sjekkliste", "--persona", "amina"}, 2, "Ukjent person «amina». Velg blant: andelsgard, arbeid-etter-rus, bakeri-jobb, bygdebil, digital-eldre, fritid-ungdom, gjenbruksboks, hjemmetjenester, kafe-inkludering, leksehjelp-ung, ombruk-verksted, tilgjengelig-app. Se dem med «sosabc sjekkliste personer».\n"},
		{[]string{"søk", "hvordan"}, 0, "«hvordan» er for vanlige ord til å søke på. Skriv det du lurer på, for eksempel «sosabc søk lønn» eller «sosabc søk forsikring for frivillige».\n"},
		{[]string{"les", "forsikring"}, 0, ""},
		{[]string{"former", "sammenlign", "forening", "ideelt AS"}, 0, ""},
		{[]string{"les", "as", "--style", "blue"}, 2, "Ukjent stil «blue». Velg standard, dark, light eller notty.\n"},
	} {
		r := cmdtest.Run(t, cmdtest.Env{StateDir: state}, tc.args...)
		if r.Code != tc.code || r.Err != tc.err {
			t.Errorf("sosabc %s: exit %d, stderr %q; want %d, %q", strings.Join(tc.args, " "), r.Code, r.Err, tc.code, tc.err)
		}
	}
}

// On a terminal, a message is wrapped at spaces to its width; indented
// lines keep their indent. Piped, it is left as it is.
func TestMessagesWrapOnTerminal(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 40}, "start", "--client", "Amina")
	want := "--client er navnet på kunden i\nsvarfilen. Bruk det sammen med\n--save-answers FIL.\n"
	if r.Code != 2 || r.Err != want {
		t.Errorf("exit %d %q, want %q", r.Code, r.Err, want)
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "start", "--client", "Amina")
	if r.Err != "--client er navnet på kunden i svarfilen. Bruk det sammen med --save-answers FIL.\n" {
		t.Errorf("piped: %q", r.Err)
	}
	if got := root.WrapMessage("Mente du:\n  as   Aksjeselskap med et langt navn her", 20); got != "Mente du:\n  as Aksjeselskap med\n  et langt navn her" {
		t.Errorf("indent: %q", got)
	}
}

// Typing mistakes found in QA: a misspelt subcommand of a command that
// only groups others gives exit 2 and says so (it showed the help with
// exit 0); every message names commands as the user writes them, in
// Norwegian; an unrelated short word suggests nothing.
func TestMistypedCommandsAndFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		err  string
	}{
		{[]string{"verksted", "kjøre"}, "Ukjent kommando «kjøre». Mente du «kjør»? Skriv «sosabc verksted --help» for å se alle kommandoene.\n"},
		{[]string{"verksted", "fooo"}, "Ukjent kommando «fooo». Skriv «sosabc verksted --help» for å se alle kommandoene.\n"},
		{[]string{"innhold", "fooo"}, "Ukjent kommando «fooo». Skriv «sosabc innhold --help» for å se alle kommandoene.\n"},
		{[]string{"former", "fooo"}, "Ukjent kommando «fooo». Skriv «sosabc former --help» for å se alle kommandoene.\n"},
		{[]string{"sjekkliste", "foo"}, "Ukjent kommando «foo». Skriv «sosabc sjekkliste --help» for å se alle kommandoene.\n"},
		{[]string{"foo"}, "Ukjent kommando «foo». Skriv «sosabc --help» for å se alle kommandoene.\n"},
		{[]string{"sjekliste"}, "Ukjent kommando «sjekliste». Mente du «sjekkliste»? Skriv «sosabc --help» for å se alle kommandoene.\n"},
		{[]string{"lse", "as"}, "Ukjent kommando «lse». Mente du «les»? Skriv «sosabc --help» for å se alle kommandoene.\n"},
		{[]string{"start", "--foo"}, "Ukjent valg «--foo». Skriv «sosabc start --help» for å se hvilke valg som finnes.\n"},
		{[]string{"checklist", "--foo"}, "Ukjent valg «--foo». Skriv «sosabc sjekkliste --help» for å se hvilke valg som finnes.\n"},
		{[]string{"sjekkliste", "gjort", "--foo"}, "Ukjent valg «--foo». Skriv «sosabc sjekkliste gjort --help» for å se hvilke valg som finnes.\n"},
	} {
		r := cmdtest.Run(t, cmdtest.Env{StateDir: t.TempDir()}, tc.args...)
		if r.Code != 2 || r.Err != tc.err || r.Out != "" {
			t.Errorf("sosabc %s: exit %d, stdout %q, stderr %q; want 2, \"\", %q", strings.Join(tc.args, " "), r.Code, r.Out, r.Err, tc.err)
		}
	}
	// The group itself, with nothing after it, still shows its help.
	r := cmdtest.Run(t, cmdtest.Env{}, "verksted")
	if r.Code != 0 || !strings.Contains(r.Out, "Bruk:\n  sosabc verksted [kommando]\n") || strings.Contains(r.Out, "Bruk:\n  sosabc verksted\n") {
		t.Errorf("sosabc verksted: exit %d\n%s", r.Code, r.Out)
	}
}

// At 40 columns a description goes under its name: beside it, it stuck out
// past the edge and the terminal broke its words («f/å din»). Only
// examples and help topic names, which cannot be broken, may be wider.
func TestHelpAtFortyColumns(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"start", "--help"}, {"sjekkliste", "--help"}, {"verksted", "--help"}} {
		r := cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 40}, args...)
		for _, line := range strings.Split(r.Out, "\n") {
			if len([]rune(line)) > 40 && !strings.HasPrefix(line, "  sosabc ") {
				t.Errorf("%v: line wider than 40 columns: %q", args, line)
			}
		}
	}
	r := cmdtest.Run(t, cmdtest.Env{TTY: true, Width: 40}, "--help")
	for _, want := range []string{
		"Din plan:\n  start\n      Svar på noen spørsmål og få din\n      egen sjekkliste\n",
		"Valg:\n      --content-dir MAPPE\n          MAPPE med lokalt innhold som\n          legges til eller erstatter\n",
		"  sosabc help svarfil (answers-file)\n      Svarfiler (--answers): alle nøkler\n      og verdier\n",
	} {
		if !strings.Contains(r.Out, want) {
			t.Errorf("help lacks %q:\n%s", want, r.Out)
		}
	}
}
