package lix

import (
	"math"
	"testing"
)

func TestText(t *testing.T) {
	tests := []struct {
		in                     string
		words, sentences, long int
		score                  float64
	}{
		{"Du må ha en bank.", 5, 1, 0, 5},
		{"Aksjeselskapet trenger aksjekapital. Du betaler inn.", 6, 2, 4, 3 + 400.0/6},
		{"Ideelt AS-selskap: ja", 3, 1, 1, 3 + 100.0/3},
		{"", 0, 0, 0, 0},
	}
	for _, tt := range tests {
		r := Text(tt.in)
		if r.Words != tt.words || r.Sentences != tt.sentences || r.LongWords != tt.long {
			t.Errorf("Text(%q) = %+v, want words %d sentences %d long %d", tt.in, r, tt.words, tt.sentences, tt.long)
		}
		if math.Abs(r.Score()-tt.score) > 0.01 {
			t.Errorf("Text(%q).Score() = %.2f, want %.2f", tt.in, r.Score(), tt.score)
		}
	}
}

func TestMarkdownCountsHeadingsAndListItemsAsSentences(t *testing.T) {
	md := "## Slik gjør du det\n\n- Åpne konto\n- Betal inn [pengene](https://example.org/a)\n\nDu er ferdig."
	r := Markdown(md)
	if r.Sentences != 4 || r.Words != 12 {
		t.Fatalf("Markdown() = %+v, want 12 words in 4 sentences", r)
	}
}
