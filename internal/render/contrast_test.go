package render_test

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/render"
)

// xterm256 is the colour the 256-colour palette gives number n (16–255).
func xterm256(n int) [3]float64 {
	if n >= 232 {
		g := float64(8 + 10*(n-232))
		return [3]float64{g, g, g}
	}
	levels := []float64{0, 95, 135, 175, 215, 255}
	n -= 16
	return [3]float64{levels[n/36], levels[(n/6)%6], levels[n%6]}
}

func luminance(c [3]float64) float64 {
	var l [3]float64
	for i, v := range c {
		v /= 255
		if v <= 0.03928 {
			l[i] = v / 12.92
		} else {
			l[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}

func contrast(a, b [3]float64) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

var sgrRe = regexp.MustCompile(`\x1b\[([0-9;]*)m([^\x1b]*)`)

// Every colour a style writes text in has a contrast of at least 4.5:1
// (WCAG) with the background it is drawn on: its own, or the terminal's
// that the style is made for (standard: black and white). Found by QA:
// code 203 on grey 254 in the light style was 2.3:1, web addresses 36 on
// white 2.8:1, the title 228 on 63 4.4:1, code 130 in standard 4.46:1.
func TestStylesHaveContrast(t *testing.T) {
	white, black := [3]float64{255, 255, 255}, [3]float64{0, 0, 0}
	md := "# Tittel\n\n## Overskrift\n\nTekst med `kode` og en [lenke](https://www.brreg.no/) og **fet** tekst.\n\n- punkt\n"
	for style, backgrounds := range map[string][][3]float64{"standard": {white, black}, "light": {white}, "dark": {black}} {
		out, err := render.Markdown(md, render.Options{Width: 60, Style: style})
		if err != nil {
			t.Fatal(err)
		}
		checked := 0
		for _, m := range sgrRe.FindAllStringSubmatch(out, -1) {
			if strings.TrimSpace(m[2]) == "" {
				continue
			}
			var fg, bg *[3]float64
			params := strings.Split(m[1], ";")
			for i := 0; i+2 < len(params); i++ {
				if params[i+1] != "5" || (params[i] != "38" && params[i] != "48") {
					continue
				}
				n, _ := strconv.Atoi(params[i+2])
				c := xterm256(n)
				if params[i] == "38" {
					fg = &c
				} else {
					bg = &c
				}
			}
			if fg == nil {
				continue
			}
			on := backgrounds
			if bg != nil {
				on = [][3]float64{*bg}
			}
			for _, b := range on {
				checked++
				if r := contrast(*fg, b); r < 4.5 {
					t.Errorf("%s: %q in %v on %v has contrast %.2f:1, want 4.5:1", style, m[2], *fg, b, r)
				}
			}
		}
		if checked == 0 {
			t.Errorf("%s: no coloured text found in %q", style, out)
		}
	}
}
