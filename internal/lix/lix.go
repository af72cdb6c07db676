// Package lix computes the LIX readability score of Norwegian text:
// words per sentence plus the percentage of words longer than six letters.
// 30–40 is easy to read; above 50 is hard.
package lix

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// Result holds the counts behind a score.
type Result struct {
	Words     int
	Sentences int
	LongWords int
}

// Score is the LIX value; 0 for empty text.
func (r Result) Score() float64 {
	if r.Words == 0 || r.Sentences == 0 {
		return 0
	}
	return float64(r.Words)/float64(r.Sentences) + 100*float64(r.LongWords)/float64(r.Words)
}

var (
	linkRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`) })
	urlRe  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`https?://\S+`) })
	codeRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("`[^`]*`") })
)

// Markdown scores Markdown text. Headings and list items end a sentence even
// without a full stop, as a reader takes them in one go.
func Markdown(md string) Result {
	md = codeRe().ReplaceAllString(md, " ")
	md = linkRe().ReplaceAllString(md, "$1")
	md = urlRe().ReplaceAllString(md, " ")
	var r Result
	for _, line := range strings.Split(md, "\n") {
		line = strings.TrimSpace(line)
		line = strings.TrimLeft(line, "#>*-+ ")
		if line == "" {
			continue
		}
		lr := Text(line)
		if lr.Words == 0 {
			continue
		}
		if !endsSentence(line) {
			lr.Sentences++
		}
		r.Words += lr.Words
		r.Sentences += lr.Sentences
		r.LongWords += lr.LongWords
	}
	return r
}

// Text scores plain text. A sentence ends at . ! ? or : followed by a space
// or the end of the text.
func Text(s string) Result {
	var r Result
	runes := []rune(s)
	wordLen := 0
	endWord := func() {
		if wordLen > 0 {
			r.Words++
			if wordLen > 6 {
				r.LongWords++
			}
		}
		wordLen = 0
	}
	for i, c := range runes {
		switch {
		case unicode.IsLetter(c):
			wordLen++
		case c == '-' && wordLen > 0 && i+1 < len(runes) && unicode.IsLetter(runes[i+1]):
			wordLen++ // a hyphenated compound is one long word
		default:
			endWord()
			if strings.ContainsRune(".!?:", c) && (i+1 == len(runes) || unicode.IsSpace(runes[i+1])) && r.Words > 0 {
				r.Sentences++
			}
		}
	}
	endWord()
	return r
}

func endsSentence(line string) bool {
	line = strings.TrimRight(line, " *_)»\"")
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?") || strings.HasSuffix(line, ":")
}
