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
//   - the few colours left are mid-tones with a contrast of at least 4.5:1
//     (WCAG's minimum for text) against both black and white (colour 63:
//     4.6 and 4.6; 29: 4.5 and 4.6; 131: 4.5 and 4.6; 243: 4.5 and 4.6;
//     code was 130, 4.5 on black rounded, 4.46 measured);
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
	s.Code.Color, s.Code.BackgroundColor = str("131"), nil
	s.CodeBlock.Color = nil
	s.CodeBlock.Chroma = nil
	return s
}()

// dark and light are glamour's own styles with the few colours that fell
// short of a contrast of 4.5:1 on the background each is made for (black,
// white) replaced by one close to it:
//
//   - the title: white on colour 63 (4.6), not yellow 228 (4.4);
//   - dark: code 209 on its grey 236 (5.6), not 203 (4.4);
//   - light: code 124 on its grey 254 (5.9), not 203 (2.3), and web
//     addresses 24 (7.0), not 36 (2.8).
var dark = func() ansi.StyleConfig {
	s := styles.DarkStyleConfig
	str := func(v string) *string { return &v }
	s.H1.Color = str("231")
	s.Code.Color = str("209")
	return s
}()

var light = func() ansi.StyleConfig {
	s := styles.LightStyleConfig
	str := func(v string) *string { return &v }
	s.H1.Color = str("231")
	s.Code.Color = str("124")
	s.Link.Color = str("24")
	return s
}()
