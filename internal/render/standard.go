package render

import (
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
)

// standard is glamour's dark style made readable on any background,
// without asking the terminal which one it has:
//
//   - running text has no colour of its own, so it is the terminal's own
//     foreground, which its owner has made readable on its background
//     (glamour's dark style writes body text in grey 252: 1.5:1 on white);
//   - the few colours left are mid-tones with a contrast of at least 4.3:1
//     against both black and white (colour 63: 4.6 and 4.6; 29: 4.6 and 4.5;
//     130: 4.5 and 4.7; 243: 4.6 and 4.5);
//   - the title has a background of its own, so it does not depend on the
//     terminal's;
//   - code blocks are not syntax-coloured: chroma's colours are for dark
//     backgrounds.
var standard = func() ansi.StyleConfig {
	s := styles.DarkStyleConfig
	str := func(v string) *string { return &v }
	yes := func() *bool { v := true; return &v }

	s.Document.Color = nil
	s.Heading.Color = str("63")
	s.H1.Color, s.H1.BackgroundColor = str("231"), str("63")
	s.H6.Color = str("29")
	s.HorizontalRule.Color = str("243")
	s.Link = ansi.StylePrimitive{Color: str("29"), Underline: yes()}
	s.LinkText = ansi.StylePrimitive{Bold: yes()}
	s.Image = ansi.StylePrimitive{Color: str("29"), Underline: yes()}
	s.ImageText.Color = str("243")
	s.Code.Color, s.Code.BackgroundColor = str("130"), nil
	s.CodeBlock.Color = nil
	s.CodeBlock.Chroma = nil
	return s
}()
