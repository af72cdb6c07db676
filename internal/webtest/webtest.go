// Package webtest runs the real validators on HTML that tests write: the
// W3C Nu HTML checker (vnu.jar on Java), axe-core in headless Chromium
// (driven with chromedp), and Chromium's print to PDF read back with
// poppler (pdfinfo, pdftotext). Every tool is found here, in one place.
//
// A test that needs a missing tool is skipped on a developer machine and
// fails when CI=true. Install them with:
//
//	apt-get install -y default-jre-headless chromium poppler-utils
//	(cd tools && npm ci)
//
// SOSABC_VNU_JAR, SOSABC_AXE_JS and SOSABC_CHROMIUM point at other copies.
package webtest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

const install = "apt-get install -y default-jre-headless chromium poppler-utils; (cd tools && npm ci)"

// missing skips the test, or fails it under CI=true, where every tool must
// be there.
func missing(t testing.TB, what string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is missing, and CI=true needs it. Install: %s", what, install)
	}
	t.Skipf("%s is missing; skipping (install: %s)", what, install)
}

// root is the module's root: the closest folder above the test's with go.mod.
func root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("found no go.mod above the test's folder")
		}
		dir = parent
	}
}

// file is an env override, else a file under tools/node_modules.
func file(t testing.TB, env, rel, what string) string {
	t.Helper()
	p := os.Getenv(env)
	if p == "" {
		p = filepath.Join(root(t), "tools", "node_modules", filepath.FromSlash(rel))
	}
	if _, err := os.Stat(p); err != nil {
		missing(t, what+" ("+p+")")
	}
	return p
}

func program(t testing.TB, what string, names ...string) string {
	t.Helper()
	for _, n := range names {
		if n == "" {
			continue
		}
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	missing(t, what)
	return ""
}

// Chromium is the browser: SOSABC_CHROMIUM, else Debian's chromium.
func Chromium(t testing.TB) string {
	t.Helper()
	return program(t, "Chromium", os.Getenv("SOSABC_CHROMIUM"), "chromium", "chromium-browser", "google-chrome")
}

// VNU checks files with the Nu HTML checker, in one run (Java takes about
// ten seconds to start it), and reports every error.
func VNU(t testing.TB, files ...string) {
	t.Helper()
	java := program(t, "Java (default-jre-headless)", "java")
	jar := file(t, "SOSABC_VNU_JAR", "vnu-jar/build/dist/vnu.jar", "vnu.jar (npm vnu-jar)")
	args := append([]string{"-jar", jar, "--errors-only", "--exit-zero-always", "--format", "json"}, files...)
	cmd := exec.Command(java, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("vnu: %v\n%s", err, stderr.String())
	}
	// The JSON report goes to standard error in vnu's command-line mode.
	report := string(out)
	if strings.TrimSpace(report) == "" {
		report = stderr.String()
	}
	var r struct {
		Messages []struct {
			URL      string `json:"url"`
			Type     string `json:"type"`
			SubType  string `json:"subType"`
			Line     int    `json:"lastLine"`
			Column   int    `json:"lastColumn"`
			Message  string `json:"message"`
			Extract  string `json:"extract"`
			Severity string `json:"severity"`
		} `json:"messages"`
	}
	if err := json.Unmarshal([]byte(report), &r); err != nil {
		t.Fatalf("vnu: cannot read its report: %v\n%s", err, report)
	}
	for _, m := range r.Messages {
		if m.Type == "info" {
			continue
		}
		t.Errorf("vnu %s: %s:%d:%d: %s\n\t%s", m.Type, shortName(m.URL), m.Line, m.Column, m.Message, m.Extract)
	}
}

func shortName(u string) string {
	if p, err := url.Parse(u); err == nil && p.Scheme == "file" {
		return filepath.Base(p.Path)
	}
	return u
}

// Browser is one headless Chromium for many pages.
type Browser struct {
	ctx    context.Context
	cancel func()
	axe    string
}

// NewBrowser starts Chromium with axe-core ready to inject; it stops when
// the test ends.
func NewBrowser(t testing.TB) *Browser {
	t.Helper()
	bin := Chromium(t)
	axePath := file(t, "SOSABC_AXE_JS", "axe-core/axe.min.js", "axe-core (npm axe-core)")
	axe, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "sosabc-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(dir),
		chromedp.Flag("disable-component-update", true),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	b := &Browser{ctx: ctx, axe: string(axe)}
	b.cancel = func() {
		cancelCtx()
		cancelAlloc()
		removeAll(dir)
	}
	t.Cleanup(b.cancel)
	if err := chromedp.Do(ctx); err != nil { // start it now, so a failure is clear
		t.Fatalf("cannot start Chromium (%s): %v", bin, err)
	}
	return b
}

// removeAll removes Chromium's profile; its helpers may still write there
// for a moment after it stops.
func removeAll(dir string) {
	for range 50 {
		if err := os.RemoveAll(dir); err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Violation is one axe rule that a page breaks.
type Violation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// Axe loads each file in the browser, runs every axe-core rule that is not
// experimental (WCAG 2.2 A and AA and the best practices), and reports
// each violation. It also fails a page that asks the network for anything:
// the pages must work offline and on paper.
func (b *Browser) Axe(t testing.TB, files ...string) {
	t.Helper()
	var mu sync.Mutex
	var requests []string
	ctx, cancel := context.WithTimeout(b.ctx, time.Duration(60+5*len(files))*time.Second)
	defer cancel()
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok && e.Request != nil {
			if u, err := url.Parse(e.Request.URL); err == nil && u.Scheme != "file" && u.Scheme != "data" && u.Scheme != "about" {
				mu.Lock()
				requests = append(requests, e.Request.URL)
				mu.Unlock()
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		page := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
		if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](b.axe)); err != nil {
			t.Fatalf("%s: cannot load axe-core: %v", f, err)
		}
		vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]Violation](
			`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations)`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%s: axe: %v", f, err)
		}
		for _, v := range vs {
			var where []string
			for i, n := range v.Nodes {
				if i == 3 {
					where = append(where, fmt.Sprintf("… and %d more", len(v.Nodes)-3))
					break
				}
				where = append(where, fmt.Sprint(n.Target)+" "+n.HTML)
			}
			t.Errorf("axe %s (%s) in %s: %s\n\t%s", v.ID, v.Impact, filepath.Base(f), v.Help, strings.Join(where, "\n\t"))
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for _, r := range requests {
		t.Errorf("a page asked the network for %s", r)
	}
}

// PrintArgs are the flags that print a page to PDF with Debian's Chromium,
// as a person would on the command line. --no-pdf-header-footer leaves the
// page margins to the page's own @page rules («side N av M»).
func PrintArgs(profile, pdf, page string) []string {
	return []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
		"--user-data-dir=" + profile, "--print-to-pdf=" + pdf, page}
}

// PrintPDF prints an HTML file to a PDF file with headless Chromium.
func PrintPDF(t testing.TB, html, pdf string) {
	t.Helper()
	bin := Chromium(t)
	abs, err := filepath.Abs(html)
	if err != nil {
		t.Fatal(err)
	}
	profile, err := os.MkdirTemp("", "sosabc-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	defer removeAll(profile)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	page := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	out, err := exec.CommandContext(ctx, bin, PrintArgs(profile, pdf, page)...).CombinedOutput()
	if err != nil {
		t.Fatalf("chromium --print-to-pdf: %v\n%s", err, out)
	}
	if st, err := os.Stat(pdf); err != nil || st.Size() == 0 {
		t.Fatalf("chromium wrote no PDF: %v\n%s", err, out)
	}
}

var pagesRe = regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`)

// PDFPages is the number of pages of a PDF, from pdfinfo.
func PDFPages(t testing.TB, pdf string) int {
	t.Helper()
	bin := program(t, "pdfinfo (poppler-utils)", "pdfinfo")
	out, err := exec.Command(bin, pdf).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	m := pagesRe.FindSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo gave no page count:\n%s", out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// PDFText is the text of a PDF, from pdftotext, pages split by form feeds.
func PDFText(t testing.TB, pdf string) string {
	t.Helper()
	bin := program(t, "pdftotext (poppler-utils)", "pdftotext")
	out, err := exec.Command(bin, "-layout", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// Offline fails when the HTML could make the browser fetch anything: a
// script, an image, a frame, a font, a stylesheet or an import that is not
// a file beside the page.
func Offline(t testing.TB, name string, html []byte) {
	t.Helper()
	sc := bufio.NewScanner(strings.NewReader(string(html)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := strings.ToLower(sc.Text())
		for _, bad := range []string{"<script", "<img", "<iframe", "<object", "<embed", "<video", "<audio", "<source", "@import", "@font-face", "url("} {
			if strings.Contains(l, bad) {
				t.Errorf("%s:%d: %q would load something: %s", name, line, bad, sc.Text())
			}
		}
		if i := strings.Index(l, "<link"); i >= 0 && (strings.Contains(l[i:], "http:") || strings.Contains(l[i:], "https:") || strings.Contains(l[i:], "//")) {
			t.Errorf("%s:%d: a link to another site: %s", name, line, sc.Text())
		}
	}
	if err := sc.Err(); err != nil && !errors.Is(err, bufio.ErrTooLong) {
		t.Fatal(err)
	}
}

// Markdownlint checks Markdown files with markdownlint-cli2 and the
// project's settings in tools/markdownlint.jsonc, and reports every
// finding.
func Markdownlint(t testing.TB, files ...string) {
	t.Helper()
	node := program(t, "Node.js", "node")
	cli := file(t, "SOSABC_MARKDOWNLINT", "markdownlint-cli2/markdownlint-cli2-bin.mjs", "markdownlint-cli2 (npm markdownlint-cli2)")
	args := append([]string{cli, "--config", filepath.Join(root(t), "tools", "markdownlint.jsonc")}, files...)
	out, err := exec.Command(node, args...).CombinedOutput()
	if err != nil {
		t.Errorf("markdownlint-cli2 found problems (%v):\n%s", err, out)
	}
}
