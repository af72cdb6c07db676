package pdf

import (
	"fmt"
	"strings"

	"github.com/signintech/gopdf"
)

// canvas draws on the PDF: text by baseline, lines, boxes and links.
type canvas struct {
	gp  *gopdf.GoPdf
	p   *prepared
	err error // the first error; drawing goes on, Render reports it

	face  face
	size  float64
	color rgb
}

func (c *canvas) fail(err error) {
	if err != nil && c.err == nil {
		c.err = err
	}
}

func (c *canvas) setStyle(st style) {
	if st.face != c.face || st.size != c.size {
		c.fail(c.gp.SetFont(fontNames[st.face], "", st.size))
		c.face, c.size = st.face, st.size
	}
	if st.color != c.color {
		c.gp.SetTextColor(st.color.r, st.color.g, st.color.b)
		c.color = st.color
	}
}

// text draws s with its baseline at y.
func (c *canvas) text(x, y float64, s string, st style) {
	if s == "" {
		return
	}
	c.setStyle(st)
	c.gp.SetXY(x, y)
	c.fail(c.gp.Text(s))
}

// baseline is where the text of a line of height lead sits, the leading
// split evenly above and below the font's ascent and descent.
func (c *canvas) baseline(top, lead float64, st style) float64 {
	m := &c.p.metrics[st.face]
	a, d := m.ascent*st.size/1000, m.descent*st.size/1000
	return top + (lead-(a+d))/2 + a
}

// line draws a laid-out line with its top at y, starting at x.
func (c *canvas) line(l line, x, y, lead float64) {
	for _, f := range l.frags {
		by := c.baseline(y, lead, f.st)
		text := strings.TrimRight(f.text, " ")
		c.text(x+f.x, by, text, f.st)
		w := c.p.metrics[f.st.face].width(text, f.st.size)
		switch {
		case f.link != "":
			c.gp.AddExternalLink(uri(f.link), x+f.x, y, w, lead)
		case f.dest != "":
			c.gp.AddInternalLink(f.dest, x+f.x, y, w, lead)
		}
	}
}

func (c *canvas) stroke(col rgb, width float64) {
	c.gp.SetStrokeColor(col.r, col.g, col.b)
	c.gp.SetLineWidth(width)
}

func (c *canvas) rule(x1, y1, x2, y2 float64, col rgb, width float64) {
	c.stroke(col, width)
	c.gp.Line(x1, y1, x2, y2)
}

func (c *canvas) fill(x, y, w, h float64, col rgb) {
	c.gp.SetFillColor(col.r, col.g, col.b)
	c.gp.RectFromUpperLeftWithStyle(x, y, w, h, "F")
}

// box draws an empty tick box, its top left corner at x, y.
func (c *canvas) box(x, y, size float64, col rgb) {
	c.frame(x, y, size, size, col, 0.9)
}

// frame draws the outline of a rectangle, its top left corner at x, y.
func (c *canvas) frame(x, y, w, h float64, col rgb, width float64) {
	c.stroke(col, width)
	c.gp.RectFromUpperLeftWithStyle(x, y, w, h, "D")
}

// tick draws a check mark in a box of the given size at x, y, as a filled
// shape, so it prints as a solid stroke with a clean joint.
func (c *canvas) tick(x, y, size float64, col rgb) {
	s := size / 10
	pts := []gopdf.Point{
		{X: x + 1.6*s, Y: y + 5.3*s},
		{X: x + 2.9*s, Y: y + 4.0*s},
		{X: x + 4.3*s, Y: y + 5.6*s},
		{X: x + 8.1*s, Y: y + 1.2*s},
		{X: x + 9.4*s, Y: y + 2.4*s},
		{X: x + 4.3*s, Y: y + 8.3*s},
	}
	c.gp.SetFillColor(col.r, col.g, col.b)
	c.gp.Polygon(pts, "F")
}

// uri makes an address safe for a PDF link: non-ASCII letters (such as
// the «§» in Lovdata's addresses) and spaces are percent-encoded.
func uri(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}' {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// outline adds a bookmark to the PDF's outline at y on this page.
func (c *canvas) outline(title string, y float64) {
	c.gp.SetY(y)
	c.gp.AddOutlineWithPosition(title)
}

// anchor names a place at y on this page, for internal links.
func (c *canvas) anchor(name string, y float64) {
	c.gp.SetY(y)
	c.gp.SetAnchor(name)
}
