package render

import "github.com/sosabc/sosabc/internal/sanitize"

// Whole renders md in one piece, as Markdown did before long pages were
// rendered in sections: what the sections must look like.
func Whole(md string, o Options) (string, error) {
	o = o.withDefaults()
	r, err := o.renderer()
	if err != nil {
		return "", err
	}
	return renderWith(r, sanitize.Strip(md), o)
}

// Split is split, for the tests.
var Split = split
