package typeset

import (
	"fmt"
	"sync"

	"github.com/signintech/gopdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The Go fonts (Bigelow & Holmes, 2016) are embedded, as subsets, in
// every PDF. Their licence is BSD-style, the same as Go's: a binary that
// carries them must reproduce the copyright notice and disclaimer in its
// documentation (golang.org/x/image/font/gofont/ttfs/README).
//
// They cover Latin-1, Latin Extended-A (the Sami letters á č đ ŋ š ŧ ž),
// Greek, Cyrillic and the Norwegian punctuation «» – ’, but not symbols
// such as ✓ or ☐: tick boxes are drawn as vector squares.

// Face is one of the embedded fonts.
type Face int

const (
	Regular Face = iota
	Bold
	Italic
	Mono
	NumFaces
)

// fontNames are the embedded fonts, in the order of the Face constants,
// as they are named in the PDF. The six letters before «+» are the subset
// tag the PDF format asks for.
var fontNames = [NumFaces]string{"SOSABA+Go-Regular", "SOSABB+Go-Bold", "SOSABC+Go-Italic", "SOSABD+Go-Mono"}

var fontData = [NumFaces][]byte{goregular.TTF, gobold.TTF, goitalic.TTF, gomono.TTF}

// Embedded is face f's name in the PDF and its TrueType data, for tests
// that check the fonts against the text they must print.
func Embedded(f Face) (name string, ttf []byte) { return fontNames[f], fontData[f] }

// Metrics is what layout needs from a font, prepared once.
type Metrics struct {
	// adv is the advance width in thousandths of an em, as the PDF's
	// width array states it, for every rune in the Basic Multilingual
	// Plane; -1 means the font has no glyph for the rune.
	adv []int16
	// ascent and descent, in thousandths of an em (descent is positive).
	ascent, descent float64
}

// Fonts are the embedded fonts, parsed, and their metrics by face.
type Fonts struct {
	container *gopdf.FontContainer
	Metrics   [NumFaces]Metrics
	err       error
}

var (
	fontsOnce sync.Once
	fonts     Fonts
)

// Prepare parses the fonts once per process: gopdf's FontContainer keeps
// the parsed TrueType tables, and every document shares them (each document
// only records which glyphs it uses, for its own subset).
func Prepare() (*Fonts, error) {
	fontsOnce.Do(func() {
		fonts.container = &gopdf.FontContainer{}
		for f := range NumFaces {
			if err := fonts.container.AddTTFFontData(fontNames[f], fontData[f]); err != nil {
				fonts.err = fmt.Errorf("kan ikke lese skriften %s: %w", fontNames[f], err)
				return
			}
			m, err := measure(fontData[f])
			if err != nil {
				fonts.err = fmt.Errorf("kan ikke lese skriften %s: %w", fontNames[f], err)
				return
			}
			fonts.Metrics[f] = m
		}
	})
	return &fonts, fonts.err
}

// measure reads the advance widths of every glyph the font has in the
// Basic Multilingual Plane, rounded the way gopdf writes them (truncated
// to thousandths of an em), so measured and printed text agree.
func measure(ttf []byte) (Metrics, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return Metrics{}, err
	}
	upem := int(f.UnitsPerEm())
	ppem := fixed.Int26_6(upem)
	var buf sfnt.Buffer
	m := Metrics{adv: make([]int16, 0x10000)}
	for r := range rune(0x10000) {
		m.adv[r] = -1
		gi, err := f.GlyphIndex(&buf, r)
		if err != nil || gi == 0 {
			continue
		}
		a, err := f.GlyphAdvance(&buf, gi, ppem, font.HintingNone)
		if err != nil {
			return Metrics{}, err
		}
		m.adv[r] = int16(int(a) * 1000 / upem)
	}
	fm, err := f.Metrics(&buf, ppem, font.HintingNone)
	if err != nil {
		return Metrics{}, err
	}
	m.ascent = float64(fm.Ascent) * 1000 / float64(upem)
	m.descent = float64(fm.Descent) * 1000 / float64(upem)
	return m, nil
}

// covers reports whether face f has a glyph for r.
func (m *Metrics) covers(r rune) bool {
	return r >= 0 && r < rune(len(m.adv)) && m.adv[r] >= 0
}

// Width is the width of s in points at size pt. Runes the font lacks
// count as the replacement layout uses for them.
func (m *Metrics) Width(s string, pt float64) float64 {
	w := 0
	for _, r := range s {
		if m.covers(r) {
			w += int(m.adv[r])
		} else {
			w += int(m.adv['?'])
		}
	}
	return float64(w) * pt / 1000
}

// Covers reports whether every embedded font (regular, bold, italic and
// mono) has a glyph for r, and names the first one that does not.
func Covers(r rune) (ok bool, missing string) {
	p, err := Prepare()
	if err != nil {
		return false, err.Error()
	}
	for f := range NumFaces {
		if !p.Metrics[f].covers(r) {
			return false, fontNames[f]
		}
	}
	return true, ""
}
