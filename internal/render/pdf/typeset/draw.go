package typeset

import (
	"fmt"
	"strings"

	"github.com/signintech/gopdf"
)

// Canvas draws on the PDF: text by baseline, lines, boxes and links.
type Canvas struct {
	gp    *gopdf.GoPdf
	Fonts *Fonts
	err   error // the first error; drawing goes on, Err reports it

	face  Face
	size  float64
	color RGB
}

// NewCanvas adds the embedded fonts to gp, a PDF that has been started
// and has no pages yet, and returns a canvas to draw on it.
func NewCanvas(gp *gopdf.GoPdf, fonts *Fonts) (*Canvas, error) {
	for f := range NumFaces {
		if err := gp.AddTTFFontFromFontContainer(fontNames[f], fonts.container); err != nil {
			return nil, fmt.Errorf("kan ikke bruke skriften %s: %w", fontNames[f], err)
		}
	}
	return &Canvas{gp: gp, Fonts: fonts, face: -1}, nil
}

// NewPage adds a page and draws on it from now on.
func (c *Canvas) NewPage() {
	c.gp.AddPage()
	c.face, c.size, c.color = -1, 0, RGB{1, 2, 3} // a new page has no font yet
}

// Err is the first error drawing met, if any.
func (c *Canvas) Err() error { return c.err }

func (c *Canvas) fail(err error) {
	if err != nil && c.err == nil {
		c.err = err
	}
}

func (c *Canvas) setStyle(st Style) {
	if st.Face != c.face || st.Size != c.size {
		c.fail(c.gp.SetFont(fontNames[st.Face], "", st.Size))
		c.face, c.size = st.Face, st.Size
	}
	if st.Color != c.color {
		c.gp.SetTextColor(st.Color.R, st.Color.G, st.Color.B)
		c.color = st.Color
	}
}

// Text draws s with its baseline at y.
func (c *Canvas) Text(x, y float64, s string, st Style) {
	if s == "" {
		return
	}
	c.setStyle(st)
	c.gp.SetXY(x, y)
	c.fail(c.gp.Text(s))
}

// Baseline is where the text of a line of height lead sits, the leading
// split evenly above and below the font's ascent and descent.
func (c *Canvas) Baseline(top, lead float64, st Style) float64 {
	m := &c.Fonts.Metrics[st.Face]
	a, d := m.ascent*st.Size/1000, m.descent*st.Size/1000
	return top + (lead-(a+d))/2 + a
}

// Line draws a laid-out line with its top at y, starting at x.
func (c *Canvas) Line(l Line, x, y, lead float64) {
	for _, f := range l.Frags {
		by := c.Baseline(y, lead, f.st)
		text := strings.TrimRight(f.Text, " ")
		c.Text(x+f.x, by, text, f.st)
		w := c.Fonts.Metrics[f.st.Face].Width(text, f.st.Size)
		switch {
		case f.link != "":
			c.gp.AddExternalLink(URI(f.link), x+f.x, y, w, lead)
		case f.dest != "":
			c.gp.AddInternalLink(f.dest, x+f.x, y, w, lead)
		}
	}
}

func (c *Canvas) stroke(col RGB, width float64) {
	c.gp.SetStrokeColor(col.R, col.G, col.B)
	c.gp.SetLineWidth(width)
}

func (c *Canvas) Rule(x1, y1, x2, y2 float64, col RGB, width float64) {
	c.stroke(col, width)
	c.gp.Line(x1, y1, x2, y2)
}

func (c *Canvas) Fill(x, y, w, h float64, col RGB) {
	c.gp.SetFillColor(col.R, col.G, col.B)
	c.gp.RectFromUpperLeftWithStyle(x, y, w, h, "F")
}

// Box draws an empty tick box, its top left corner at x, y.
func (c *Canvas) Box(x, y, size float64, col RGB) {
	c.Frame(x, y, size, size, col, 0.9)
}

// Frame draws the outline of a rectangle, its top left corner at x, y.
func (c *Canvas) Frame(x, y, w, h float64, col RGB, width float64) {
	c.stroke(col, width)
	c.gp.RectFromUpperLeftWithStyle(x, y, w, h, "D")
}

// Tick draws a check mark in a box of the given size at x, y, as a filled
// shape, so it prints as a solid stroke with a clean joint.
func (c *Canvas) Tick(x, y, size float64, col RGB) {
	s := size / 10
	pts := []gopdf.Point{
		{X: x + 1.6*s, Y: y + 5.3*s},
		{X: x + 2.9*s, Y: y + 4.0*s},
		{X: x + 4.3*s, Y: y + 5.6*s},
		{X: x + 8.1*s, Y: y + 1.2*s},
		{X: x + 9.4*s, Y: y + 2.4*s},
		{X: x + 4.3*s, Y: y + 8.3*s},
	}
	c.gp.SetFillColor(col.R, col.G, col.B)
	c.gp.Polygon(pts, "F")
}

// URI makes an address safe for a PDF link: non-ASCII letters (such as
// the «§» in Lovdata's addresses) and spaces are percent-encoded.
func URI(s string) string {
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

// Outline adds a bookmark to the PDF's outline at y on this page.
func (c *Canvas) Outline(title string, y float64) {
	c.gp.SetY(y)
	c.gp.AddOutlineWithPosition(title)
}

// Anchor names a place at y on this page, for internal links.
func (c *Canvas) Anchor(name string, y float64) {
	c.gp.SetY(y)
	c.gp.SetAnchor(name)
}
