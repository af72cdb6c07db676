package checklist_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/sosabc/sosabc/internal/cmd/root"
	"github.com/sosabc/sosabc/internal/cmdtest"
)

// A small plan: an ENK with no employees (26 items when this was written).
// With one employee the plan grows, and «skaff-organisasjonsnummer» gives
// way to the registration an employer needs.
const enkAnswers = `version: 2
stage: idea
form: ENK
founders: 1
employees: 0
customers: [consumers]
sells: [goods]
revenue: 20000
target_groups: [work_inclusion]
vulnerable_users: false
`

var enkEmployer = strings.Replace(enkAnswers, "employees: 0", "employees: 1", 1)

// outline is what the change feature touches in a plain plan: everything
// before the first phase (the progress line and «Endret siden sist»), then
// the title line of every item, with its tick and «(ny)».
func outline(plan string) string {
	head, rest, ok := strings.Cut(plan, "Fase 1: ")
	if !ok {
		return plan
	}
	var b strings.Builder
	b.WriteString(head)
	title := false
	for _, line := range strings.Split(rest, "\n") {
		switch {
		case strings.HasPrefix(line, "[ ] ") || strings.HasPrefix(line, "[x] "):
			title = true
		case strings.HasPrefix(line, "··"):
			title = false
		}
		if title {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

// seen reads the state's «seen» as written: nil for null.
func seen(t *testing.T, dir string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	var st struct{ Seen []string }
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatal(err)
	}
	return st.Seen
}

// setSeen rewrites the state's «seen», as an older sosabc with other
// content would have left it.
func setSeen(t *testing.T, dir string, ids []string) {
	t.Helper()
	path := filepath.Join(dir, "state.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var st map[string]any
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatal(err)
	}
	st["seen"] = ids
	data, _ = json.Marshal(st)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

type changesJSON struct {
	Changes *struct {
		Added       []map[string]any `json:"added"`
		Removed     []map[string]any `json:"removed"`
		KeptTicks   int              `json:"kept_ticks"`
		StoredTicks int              `json:"stored_ticks"`
	} `json:"changes"`
	Items []struct {
		ID   string `json:"id"`
		Done bool   `json:"done"`
		New  bool   `json:"new"`
	} `json:"items"`
}

func planJSON(t *testing.T, dir string) changesJSON {
	t.Helper()
	r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "sjekkliste", "--format", "json")
	if r.Code != 0 {
		t.Fatalf("json: exit %d: %s", r.Code, r.Err)
	}
	var doc changesJSON
	if err := json.Unmarshal([]byte(r.Out), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// The founder's loop: a first plan, ticks, an edited answer, a newer
// sosabc, and back. Ticks are never lost; each view tells what changed
// since the one before.
func TestChangesSinceLastSeen(t *testing.T) {
	dir, files := t.TempDir(), t.TempDir()
	env := cmdtest.Env{StateDir: dir}
	first := cmdtest.WriteFile(t, files, "enk.yaml", enkAnswers)
	employer := cmdtest.WriteFile(t, files, "ansatt.yaml", enkEmployer)

	// First run: nothing to compare with, nothing new.
	r := cmdtest.Run(t, env, "start", "--answers", first)
	if r.Code != 0 {
		t.Fatal(r.Err)
	}
	if strings.Contains(r.Out, "Endret siden sist") || strings.Contains(r.Out, "(ny)") {
		t.Error("the first plan tells of changes")
	}
	plan := planJSON(t, dir)
	if plan.Changes != nil {
		t.Errorf("first plan: changes %+v", plan.Changes)
	}
	ids := make([]string, len(plan.Items))
	for i, it := range plan.Items {
		ids[i] = it.ID
	}
	if got := seen(t, dir); !slices.Equal(got, ids) {
		t.Fatalf("seen after the first plan = %v, want the plan's items %v", got, ids)
	}

	// Ticks by number and by id; «skaff-organisasjonsnummer» will leave.
	if r := cmdtest.Run(t, env, "sjekkliste", "gjort", "1", "5", "skaff-organisasjonsnummer"); r.Code != 0 {
		t.Fatal(r.Err)
	}

	// An edited answer: the plan opens with what changed.
	r = cmdtest.Run(t, env, "start", "--answers", employer, "--width", "80")
	if r.Code != 0 {
		t.Fatal(r.Err)
	}
	cmdtest.Golden(t, "changes/answers-edited.txt", outline(r.Out))

	// Shown once is seen: the next view is plain again.
	r = cmdtest.Run(t, env, "sjekkliste", "--width", "80")
	if strings.Contains(r.Out, "Endret siden sist") || strings.Contains(r.Out, "(ny)") {
		t.Errorf("the changes were shown twice:\n%s", outline(r.Out))
	}

	// A newer sosabc: two items are new to this founder, one they saw
	// is gone from the content.
	now := seen(t, dir)
	older := []string{"gammel-id"}
	for _, id := range now {
		if id != "lag-budsjett" && id != "mal-effekten" {
			older = append(older, id)
		}
	}
	setSeen(t, dir, older)
	plan = planJSON(t, dir)
	if plan.Changes == nil {
		t.Fatal("content updated: no changes in the JSON")
	}
	wantAdded := []map[string]any{
		{"id": "lag-budsjett", "title": "Lag et budsjett måned for måned", "done": true},
		{"id": "mal-effekten", "title": "Mål effekten med noen få indikatorer", "done": false},
	}
	if !reflect.DeepEqual(plan.Changes.Added, wantAdded) {
		t.Errorf("added = %v\nwant %v", plan.Changes.Added, wantAdded)
	}
	if want := []map[string]any{{"id": "gammel-id", "done": false}}; !reflect.DeepEqual(plan.Changes.Removed, want) {
		t.Errorf("removed = %v, want %v", plan.Changes.Removed, want)
	}
	if plan.Changes.KeptTicks != 2 || plan.Changes.StoredTicks != 1 {
		t.Errorf("kept %d, stored %d; want 2 and 1 (skaff-organisasjonsnummer is off the list)", plan.Changes.KeptTicks, plan.Changes.StoredTicks)
	}
	for _, it := range plan.Items {
		if it.New != (it.ID == "lag-budsjett" || it.ID == "mal-effekten") {
			t.Errorf("%s: new = %v", it.ID, it.New)
		}
	}
	// JSON is for programs: it does not count as seen.
	if again := planJSON(t, dir); again.Changes == nil {
		t.Error("writing JSON used up the changes")
	}
	// Nor does a sheet for a client.
	r = cmdtest.Run(t, env, "sjekkliste", "--format", "md", "--client", "Amina Hansen")
	if r.Code != 0 || strings.Contains(r.Out, "Endret siden sist") || strings.Contains(r.Out, "(ny)") {
		t.Errorf("a client's sheet tells of changes (exit %d)", r.Code)
	}
	// Nor the one-page overview.
	r = cmdtest.Run(t, env, "sjekkliste", "--format", "md", "--short")
	if r.Code != 0 || strings.Contains(r.Out, "Endret siden sist") || strings.Contains(r.Out, "(ny)") {
		t.Errorf("--short tells of changes (exit %d)", r.Code)
	}
	r = cmdtest.Run(t, env, "sjekkliste", "--width", "80")
	cmdtest.Golden(t, "changes/content-updated.txt", outline(r.Out))
	if again := planJSON(t, dir); again.Changes != nil {
		t.Errorf("the plan was shown, but the changes are still there: %+v", again.Changes)
	}

	// The founder's own plan as Markdown or HTML tells the changes too,
	// and counts as seen.
	setSeen(t, dir, older)
	r = cmdtest.Run(t, env, "sjekkliste", "--format", "md")
	for _, want := range []string{"## Endret siden sist\n", "- 5\\. Lag et budsjett måned for måned (krysset av fra før)\n", "- «gammel-id» (finnes ikke lenger i sosabc)\n", "### [x] 5. Lag et budsjett måned for måned (ny)\n"} {
		if !strings.Contains(r.Out, want) {
			t.Errorf("md lacks %q", want)
		}
	}
	if again := planJSON(t, dir); again.Changes != nil {
		t.Error("md did not count as seen")
	}
	setSeen(t, dir, older)
	pdf := filepath.Join(t.TempDir(), "plan.pdf")
	if r := cmdtest.Run(t, env, "sjekkliste", "--format", "pdf", "--output", pdf); r.Code != 0 {
		t.Fatal(r.Err)
	}
	if text := pdfText(t, pdf); text != "" {
		for _, want := range []string{"Endret siden sist", "5. Lag et budsjett måned for måned (krysset av fra før)", "«gammel-id» (finnes ikke lenger i sosabc)", "Lag et budsjett måned for måned (ny)"} {
			if !strings.Contains(text, want) {
				t.Errorf("pdf lacks %q", want)
			}
		}
	}
	if again := planJSON(t, dir); again.Changes != nil {
		t.Error("pdf did not count as seen")
	}
	setSeen(t, dir, older)
	r = cmdtest.Run(t, env, "sjekkliste", "--format", "html")
	for _, want := range []string{">Endret siden sist</h2>", "Lag et budsjett måned for måned <span class=\"new\">(ny)</span>"} {
		if !strings.Contains(r.Out, want) {
			t.Errorf("html lacks %q", want)
		}
	}

	// Back to no employees: the item returns with its tick.
	r = cmdtest.Run(t, env, "start", "--answers", first, "--width", "80")
	if !strings.Contains(r.Out, "11. Skaff organisasjonsnummer (krysset av fra før)") {
		t.Errorf("the returning item does not say it brings its tick:\n%s", outline(r.Out))
	}
	for _, it := range planJSON(t, dir).Items {
		if it.ID == "skaff-organisasjonsnummer" && !it.Done {
			t.Error("the tick did not come back with the item")
		}
	}
}

// Advisers' runs (--answers, --persona) never read or write the state.
func TestAdviserRunsLeaveSeenAlone(t *testing.T) {
	dir := t.TempDir()
	file := cmdtest.WriteFile(t, t.TempDir(), "enk.yaml", enkAnswers)
	if r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, "start", "--answers", file); r.Code != 0 {
		t.Fatal(r.Err)
	}
	setSeen(t, dir, []string{"gammel-id"})
	before, _ := os.ReadFile(filepath.Join(dir, "state.json"))
	for _, args := range [][]string{
		{"sjekkliste", "--answers", file},
		{"sjekkliste", "--persona", "kafe-inkludering", "--format", "md"},
	} {
		r := cmdtest.Run(t, cmdtest.Env{StateDir: dir}, args...)
		if r.Code != 0 || strings.Contains(r.Out, "Endret siden sist") {
			t.Errorf("%v: exit %d, or it tells of changes", args, r.Code)
		}
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "state.json")); string(after) != string(before) {
		t.Error("an adviser's run changed the founder's state")
	}
}

// pdfText is the text of a PDF by pdftotext, "" when the tool is missing
// on a developer machine; under CI=true a missing tool fails the test.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext is missing: install poppler-utils")
		}
		t.Log("pdftotext is missing: the PDF's text is not checked")
		return ""
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// Lines wrap where the page ends: join them again.
	return strings.Join(strings.Fields(string(out)), " ")
}

// changedPlan saves the plan of answers and records an older view of it:
// the next view tells that «gammel-id» is gone and the first item is new.
// It returns the state's folder and the older record.
func changedPlan(t *testing.T, answers string) (env cmdtest.Env, dir string, older []string) {
	t.Helper()
	dir = t.TempDir()
	env = cmdtest.Env{StateDir: dir}
	if r := cmdtest.Run(t, env, "start", "--answers", cmdtest.WriteFile(t, t.TempDir(), "svar.yaml", answers)); r.Code != 0 {
		t.Fatal(r.Err)
	}
	older = append([]string{"gammel-id"}, seen(t, dir)[1:]...)
	setSeen(t, dir, older)
	return env, dir, older
}

// fullDisk is standard out on a full disk, like «> /dev/full».
type fullDisk struct{}

func (fullDisk) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

// A plan that could not be written was not seen: its changes are told
// again next time, though what was seen is recorded while it is written.
// The same for a file that is not written (it exists, and no --force).
func TestUnwrittenPlanIsNotSeen(t *testing.T) {
	env, dir, older := changedPlan(t, enkAnswers)
	files := t.TempDir()

	f, _, errOut := cmdtest.Factory(t, env)
	f.IO.Out = fullDisk{}
	if code := root.Run(f, []string{"sjekkliste"}); code != 1 || errOut.String() != "Kunne ikke skrive utdata: disken er full\n" {
		t.Errorf("to a full disk: exit %d, stderr %q", code, errOut.String())
	}
	if got := seen(t, dir); !slices.Equal(got, older) {
		t.Errorf("after a failed write, seen = %v\nwant it as it was: %v", got, older)
	}

	exists := cmdtest.WriteFile(t, files, "plan.md", "fra før\n")
	if r := cmdtest.Run(t, env, "sjekkliste", "--format", "md", "--output", exists); r.Code != 2 {
		t.Errorf("over a file without --force: exit %d", r.Code)
	}
	if got := seen(t, dir); !slices.Equal(got, older) {
		t.Errorf("after a file that was not written, seen = %v\nwant it as it was: %v", got, older)
	}

	// Written, it is seen.
	if r := cmdtest.Run(t, env, "sjekkliste"); r.Code != 0 || !strings.Contains(r.Out, "Endret siden sist") {
		t.Fatalf("exit %d; the plan does not tell the changes:\n%s", r.Code, r.Out)
	}
	if got := seen(t, dir); slices.Equal(got, older) {
		t.Error("a plan written to standard out was not recorded as seen")
	}
}

// «sosabc sjekkliste --short» on the screen is the one-page overview, as
// on paper: the «må» items with their deadlines. It has no room for the
// changes, so they wait for the full plan.
func TestShortOnScreen(t *testing.T) {
	env, dir, older := changedPlan(t, enkEmployer)
	r := cmdtest.Run(t, env, "sjekkliste", "--short", "--width", "80")
	if r.Code != 0 {
		t.Fatal(r.Err)
	}
	for _, want := range []string{"Sjekklisten din i kort form\n", "Her er bare det du må gjøre, med fristen.", "[ ] ", " – frist: "} {
		if !strings.Contains(r.Out, want) {
			t.Errorf("the overview lacks %q:\n%s", want, r.Out)
		}
	}
	for _, not := range []string{"Endret siden sist", "Dette bør gjøres", "Kilde:"} {
		if strings.Contains(r.Out, not) {
			t.Errorf("the overview has %q:\n%s", not, r.Out)
		}
	}
	if got := seen(t, dir); !slices.Equal(got, older) {
		t.Errorf("the overview counted as seen: %v", got)
	}
}
