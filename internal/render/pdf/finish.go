package pdf

import (
	"bytes"
	"crypto/md5"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"time"
	"unicode/utf16"
)

// info is the document's metadata.
type info struct {
	Title, Author, Subject, Lang string
	Created                      time.Time
}

var (
	startxrefRe = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	sizeRe      = regexp.MustCompile(`/Size\s+(\d+)`)
	rootRe      = regexp.MustCompile(`/Root\s+(\d+)\s+0\s+R`)
)

// finish adds what gopdf cannot write itself, as an incremental update
// (the standard way to amend a PDF, which leaves every byte before it
// unchanged): the document's language (/Lang, which screen readers use
// to pick a Norwegian voice), a viewer preference to show the title
// rather than the file name, and the metadata as an indirect /Info
// dictionary with title, author, subject and producer in UTF-16.
func finish(pdf []byte, in info) ([]byte, error) {
	m := startxrefRe.FindSubmatch(pdf)
	if m == nil {
		return nil, errors.New("kan ikke lage PDF: fant ikke startxref")
	}
	prev, _ := strconv.Atoi(string(m[1]))
	trailer := pdf[prev:]
	sm := sizeRe.FindSubmatch(trailer)
	rm := rootRe.FindSubmatch(trailer)
	if sm == nil || rm == nil {
		return nil, errors.New("kan ikke lage PDF: fant ikke /Size og /Root")
	}
	size, _ := strconv.Atoi(string(sm[1]))
	root, _ := strconv.Atoi(string(rm[1]))
	catalog, err := object(pdf[:prev], root)
	if err != nil {
		return nil, err
	}
	if !bytes.Contains(catalog, []byte("/Catalog")) || bytes.Contains(catalog, []byte("/Lang")) {
		return nil, errors.New("kan ikke lage PDF: uventet katalog")
	}

	out := bytes.NewBuffer(make([]byte, 0, len(pdf)+1024))
	out.Write(pdf)
	if !bytes.HasSuffix(pdf, []byte("\n")) {
		out.WriteByte('\n')
	}
	rootAt := out.Len()
	end := bytes.LastIndex(catalog, []byte(">>"))
	fmt.Fprintf(out, "%d 0 obj\n%s  /Lang %s\n  /ViewerPreferences << /DisplayDocTitle true >>\n>>\nendobj\n", root, catalog[:end], pdfString(in.Lang))
	infoNum := size
	infoAt := out.Len()
	fmt.Fprintf(out, "%d 0 obj\n<<\n", infoNum)
	for _, kv := range [][2]string{{"Title", in.Title}, {"Author", in.Author}, {"Subject", in.Subject}, {"Creator", "sosabc"}, {"Producer", "sosabc (gopdf)"}} {
		if kv[1] != "" {
			fmt.Fprintf(out, "  /%s %s\n", kv[0], textString(kv[1]))
		}
	}
	if !in.Created.IsZero() {
		fmt.Fprintf(out, "  /CreationDate %s\n", pdfString(pdfDate(in.Created)))
	}
	out.WriteString(">>\nendobj\n")
	xref := out.Len()
	fmt.Fprintf(out, "xref\n%d 1\n%010d 00000 n \n%d 1\n%010d 00000 n \n", root, rootAt, infoNum, infoAt)
	id := md5.Sum(pdf)
	fmt.Fprintf(out, "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/Prev %d\n/ID [<%x> <%x>]\n>>\nstartxref\n%d\n%%%%EOF\n",
		size+1, root, infoNum, prev, id, id, xref)
	return out.Bytes(), nil
}

// object is the dictionary of object num, between «obj» and «endobj».
func object(pdf []byte, num int) ([]byte, error) {
	head := fmt.Appendf(nil, "\n%d 0 obj", num)
	i := bytes.Index(pdf, head)
	if i < 0 {
		return nil, fmt.Errorf("kan ikke lage PDF: fant ikke objekt %d", num)
	}
	rest := pdf[i+len(head):]
	j := bytes.Index(rest, []byte("endobj"))
	if j < 0 {
		return nil, fmt.Errorf("kan ikke lage PDF: objekt %d slutter ikke", num)
	}
	return bytes.TrimSpace(rest[:j]), nil
}

// textString is a PDF text string: UTF-16BE with a byte order mark, in hex.
func textString(s string) string {
	var b bytes.Buffer
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// pdfString is an ASCII PDF string literal.
func pdfString(s string) string {
	var b bytes.Buffer
	b.WriteByte('(')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '(' || c == ')' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c > 0x7e:
			fmt.Fprintf(&b, "\\%03o", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(')')
	return b.String()
}

// pdfDate is a date as PDF writes it: D:20261122120000+01'00'.
func pdfDate(t time.Time) string {
	s := t.Format("D:20060102150405")
	_, off := t.Zone()
	if off == 0 {
		return s + "Z"
	}
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("%s%c%02d'%02d'", s, sign, off/3600, off%3600/60)
}
