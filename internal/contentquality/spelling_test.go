package contentquality

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
	"unicode"
)

const (
	wordListPath = "../../content/wordlist.txt"
	dictPath     = "/usr/share/hunspell/nb_NO.dic"
	// maxUnknown is the share of words that may be unknown both to
	// hunspell and to the word list. Not zero: an English term quoted on
	// purpose («theory of change») is right where it stands, and a new
	// compound should not break the build before someone reviews it.
	maxUnknown = 0.02
)

// proseWords returns every word of the reader-facing text, in order.
// Words with digits («2026», «§ 2-1») are left out: they are not spelling.
func proseWords(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, c := range collect(t) {
		if !c.prose {
			continue
		}
		for _, w := range words(stripMachineText(c.text)) {
			if !strings.ContainsFunc(w, unicode.IsDigit) {
				out = append(out, w)
			}
		}
	}
	return out
}

// readWordList returns the entries of content/wordlist.txt in file order.
func readWordList(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(wordListPath)
	if err != nil {
		t.Fatalf("read word list: %v", err)
	}
	var entries []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			entries = append(entries, line)
		}
	}
	return entries
}

// listed reports whether w is in the list the way hunspell matches a
// dictionary: an entry in lower case also covers «Mva» at the start of a
// sentence and «MVA» in capitals, but «NAV» does not cover «nav».
func listed(list map[string]bool, w string) bool {
	if list[w] {
		return true
	}
	lower := strings.ToLower(w)
	rs := []rune(w)
	capitalised := len(rs) > 1 && string(rs[1:]) == strings.ToLower(string(rs[1:]))
	return (capitalised || w == strings.ToUpper(w)) && list[lower]
}

// hunspellUnknown returns the words hunspell nb_NO does not know. The
// dictionary is ISO-8859-1; -i utf-8 makes hunspell convert our input.
func hunspellUnknown(t *testing.T, ws []string) map[string]bool {
	t.Helper()
	if _, err := exec.LookPath("hunspell"); err != nil {
		missing(t, "hunspell is not installed")
	}
	if _, err := os.Stat(dictPath); err != nil {
		missing(t, "the nb_NO dictionary is not installed: %v", err)
	}
	cmd := exec.Command("hunspell", "-d", "nb_NO", "-i", "utf-8", "-l")
	cmd.Stdin = strings.NewReader(strings.Join(ws, "\n"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("hunspell: %v\n%s", err, stderr.String())
	}
	unknown := map[string]bool{}
	for _, w := range strings.Fields(string(out)) {
		unknown[w] = true
	}
	return unknown
}

func TestSpelling(t *testing.T) {
	// A setup that mangles æ, ø and å would flag nearly every word, or
	// pass them all; make sure it does neither.
	probe := hunspellUnknown(t, []string{"være", "går", "søknad", "ærlig", "vaere", "gaar"})
	for _, w := range []string{"være", "går", "søknad", "ærlig"} {
		if probe[w] {
			t.Fatalf("hunspell does not know «%s»: check the dictionary and the encoding", w)
		}
	}
	if !probe["vaere"] || !probe["gaar"] {
		t.Fatalf("hunspell knows misspelt «vaere» or «gaar»: the check would catch nothing")
	}

	list := map[string]bool{}
	for _, e := range readWordList(t) {
		list[e] = true
	}
	all := proseWords(t)

	// Ask hunspell once per distinct word. A word it does not know may
	// still be fine if it is listed, as a whole («e-post») or, for a
	// hyphenated word, part by part («SESAM-prosjektet»), the same way
	// hunspell itself breaks words at hyphens.
	var ask []string
	seen := map[string]bool{}
	for _, w := range all {
		for _, part := range strings.Split(w, "-") {
			if !seen[part] {
				seen[part] = true
				ask = append(ask, part)
			}
		}
	}
	unknownPart := hunspellUnknown(t, ask)
	known := func(w string) bool {
		if listed(list, w) {
			return true
		}
		for _, part := range strings.Split(w, "-") {
			if unknownPart[part] && !listed(list, part) {
				return false
			}
		}
		return true
	}

	counts := map[string]int{}
	unknown := 0
	for _, w := range all {
		if !known(w) {
			counts[w]++
			unknown++
		}
	}
	rate := float64(unknown) / float64(len(all))
	t.Logf("%d of %d words (%.2f %%) are unknown to hunspell nb_NO and the word list", unknown, len(all), 100*rate)
	if rate > maxUnknown {
		t.Errorf("%.2f %% of the words are unknown, more than %.0f %%. Fix misspellings; add correct names and terms to content/wordlist.txt.\nMost frequent unknown words:\n%s",
			100*rate, 100*maxUnknown, top(counts, 40))
	}

	// An entry hunspell already knows is dead weight. Judge it the way
	// the words are judged above: a hyphenated entry is needed when
	// hunspell lacks one of its parts («a» in «a-melding»).
	var parts []string
	for e := range list {
		parts = append(parts, strings.Split(e, "-")...)
	}
	lacks := hunspellUnknown(t, parts)
	for _, e := range readWordList(t) {
		needed := false
		for _, part := range strings.Split(e, "-") {
			needed = needed || lacks[part]
		}
		if !needed {
			t.Errorf("content/wordlist.txt: hunspell nb_NO knows «%s» already; remove it from the list", e)
		}
	}
}

// top lists the n most frequent words, most frequent first.
func top(counts map[string]int, n int) string {
	ws := make([]string, 0, len(counts))
	for w := range counts {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool {
		if counts[ws[i]] != counts[ws[j]] {
			return counts[ws[i]] > counts[ws[j]]
		}
		return ws[i] < ws[j]
	})
	var b strings.Builder
	for i, w := range ws {
		if i == n {
			break
		}
		fmt.Fprintf(&b, "  %4d  %s\n", counts[w], w)
	}
	return b.String()
}

func TestWordList(t *testing.T) {
	entries := readWordList(t)
	if len(entries) == 0 {
		t.Fatal("content/wordlist.txt has no entries")
	}
	// The header promises plain byte order (LC_ALL=C sort), which anyone
	// can reproduce without a Norwegian locale.
	for i := 1; i < len(entries); i++ {
		switch {
		case entries[i-1] == entries[i]:
			t.Errorf("content/wordlist.txt: «%s» is listed twice", entries[i])
		case entries[i-1] > entries[i]:
			t.Errorf("content/wordlist.txt: «%s» comes before «%s»; keep the list in byte order (LC_ALL=C sort)", entries[i-1], entries[i])
		}
	}

	// Every entry must occur in the text it is there for, as a word or as
	// part of a hyphenated word. Otherwise it is dead and could hide a
	// misspelling later.
	var used []string
	for _, w := range proseWords(t) {
		used = append(used, w)
		if strings.Contains(w, "-") {
			used = append(used, strings.Split(w, "-")...)
		}
	}
	for _, e := range entries {
		one := map[string]bool{e: true}
		found := false
		for _, w := range used {
			if listed(one, w) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("content/wordlist.txt: «%s» does not occur in the content; remove it", e)
		}
	}
}
