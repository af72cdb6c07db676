// Package typeset sets text on PDF pages for the PDF renderer
// (internal/render/pdf), with no knowledge of sosabc's documents:
//
//   - fonts.go: the embedded Go fonts, parsed once per process, and their
//     advance widths, so text can be measured before it is drawn;
//   - text.go: styled runs of text (Span), the inline marks sosabc's own
//     text may hold (`code`, **strong**, web addresses), and line
//     breaking (Wrap), which keeps numbers, dates and «§ 4-5» on one line
//     and cuts long web addresses at safe points;
//   - layout.go: page breaking (Paginate) of a list of items, each tied
//     more or less strongly to the next;
//   - draw.go: a Canvas that draws text, lines, boxes and links on a
//     gopdf page.
//
// The renderer decides what goes on the page (sizes, colours, margins);
// this package decides where each word and each page break falls.
package typeset
