// Package finish completes a PDF that gopdf wrote (for
// internal/render/pdf): it rewrites the file object by object, with a new
// cross-reference table, to add the document's language and metadata and
// to compress the streams. See PDF.
package finish

import (
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"sync"
	"time"
	"unicode/utf16"
)

// Info is the document's metadata.
type Info struct {
	Title, Author, Subject, Lang string
	Created                      time.Time
}

var (
	startxrefRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`) })
	sizeRe      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`/Size\s+(\d+)`) })
	rootRe      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`/Root\s+(\d+)\s+0\s+R`) })
	lengthRe    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`/Length\s+(\d+)`) })
	xrefHeadRe  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^xref\s+0\s+(\d+)\s+`) })
)

// PDF rewrites the PDF gopdf wrote, object by object, to add what
// gopdf cannot:
//
//   - the document's language in the catalog (/Lang, which screen readers
//     use to pick a Norwegian voice), and a viewer preference to show the
//     title rather than the file name;
//   - the metadata as an indirect /Info dictionary, its strings in UTF-16:
//     title, author, subject, creator, producer, creation date;
//   - compression of every stream gopdf left plain. gopdf writes each
//     glyph of the page content to its compressor in a call of its own,
//     which made compression cost more than all the rest of a render; so
//     Render asks for plain streams and they are compressed here in one
//     piece each.
//
// It relies on gopdf's plain layout: a classic cross-reference table and
// objects of the form «N 0 obj … endobj». A PDF it does not understand is
// an error, never a broken file.
func PDF(raw []byte, in Info) ([]byte, error) {
	m := startxrefRe().FindSubmatch(raw)
	if m == nil {
		return nil, errors.New("fant ikke startxref")
	}
	xrefAt, _ := strconv.Atoi(string(m[1]))
	if xrefAt <= 0 || xrefAt >= len(raw) {
		return nil, errors.New("startxref peker utenfor filen")
	}
	tail := raw[xrefAt:]
	sm, rm, hm := sizeRe().FindSubmatch(tail), rootRe().FindSubmatch(tail), xrefHeadRe().FindSubmatchIndex(tail)
	if sm == nil || rm == nil || hm == nil {
		return nil, errors.New("fant ikke /Size, /Root og xref")
	}
	size, _ := strconv.Atoi(string(sm[1]))
	root, _ := strconv.Atoi(string(rm[1]))
	count, _ := strconv.Atoi(string(tail[hm[2]:hm[3]]))
	if count != size || root <= 0 || root >= size {
		return nil, errors.New("uventet kryssreferansetabell")
	}
	// The table: one 20-byte line per object, number 0 first.
	table := tail[hm[1]:]
	offsets := make([]int, size)
	for i := 1; i < size; i++ {
		line := table[i*20 : i*20+20]
		off, err := strconv.Atoi(string(line[:10]))
		if err != nil || line[17] != 'n' || off <= 0 || off >= xrefAt {
			return nil, fmt.Errorf("uventet linje %d i kryssreferansetabellen", i)
		}
		offsets[i] = off
	}
	// Each object runs to the start of the next one in the file.
	order := make([]int, 0, size-1)
	for i := 1; i < size; i++ {
		order = append(order, i)
	}
	slices.SortFunc(order, func(a, b int) int { return offsets[a] - offsets[b] })
	ends := make([]int, size)
	for k, num := range order {
		if k+1 < len(order) {
			ends[num] = offsets[order[k+1]]
		} else {
			ends[num] = xrefAt
		}
	}

	out := bytes.NewBuffer(make([]byte, 0, len(raw)/2+4096))
	out.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	newOff := make([]int, size+1)
	for _, num := range order {
		obj := bytes.TrimSpace(raw[offsets[num]:ends[num]])
		newOff[num] = out.Len()
		var err error
		if num == root {
			err = writeCatalog(out, num, obj, in.Lang)
		} else {
			err = writeObject(out, num, obj)
		}
		if err != nil {
			return nil, err
		}
	}
	infoNum := size
	newOff[infoNum] = out.Len()
	fmt.Fprintf(out, "%d 0 obj\n<<\n", infoNum)
	for _, kv := range [][2]string{{"Title", in.Title}, {"Author", in.Author}, {"Subject", in.Subject}, {"Creator", "sosabc"}, {"Producer", "sosabc (gopdf)"}} {
		if kv[1] != "" {
			fmt.Fprintf(out, "/%s %s\n", kv[0], textString(kv[1]))
		}
	}
	if !in.Created.IsZero() {
		fmt.Fprintf(out, "/CreationDate %s\n", pdfString(pdfDate(in.Created)))
	}
	out.WriteString(">>\nendobj\n")

	xref := out.Len()
	fmt.Fprintf(out, "xref\n0 %d\n0000000000 65535 f \n", size+1)
	for i := 1; i <= size; i++ {
		fmt.Fprintf(out, "%010d 00000 n \n", newOff[i])
	}
	id := md5.Sum(out.Bytes())
	fmt.Fprintf(out, "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/ID [<%x> <%x>]\n>>\nstartxref\n%d\n%%%%EOF\n",
		size+1, root, infoNum, id, id, xref)
	return out.Bytes(), nil
}

// writeCatalog writes the catalog with the language and the preference
// to show the document's title.
func writeCatalog(out *bytes.Buffer, num int, obj []byte, lang string) error {
	start := bytes.Index(obj, []byte("<<"))
	end := bytes.LastIndex(obj, []byte(">>"))
	if start < 0 || end < start || !bytes.Contains(obj, []byte("/Catalog")) || bytes.Contains(obj, []byte("/Lang")) {
		return fmt.Errorf("uventet katalog i objekt %d", num)
	}
	fmt.Fprintf(out, "%d 0 obj\n%s\n/Lang %s\n/ViewerPreferences << /DisplayDocTitle true >>\n>>\nendobj\n",
		num, bytes.TrimRight(obj[start:end], " \n\t"), pdfString(lang))
	return nil
}

var zlibPool = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	return w
}}

// writeObject copies an object, compressing its stream if gopdf left it
// plain.
func writeObject(out *bytes.Buffer, num int, obj []byte) error {
	head := fmt.Appendf(nil, "%d 0 obj", num)
	if !bytes.HasPrefix(obj, head) || !bytes.HasSuffix(obj, []byte("endobj")) {
		return fmt.Errorf("uventet objekt %d", num)
	}
	si := bytes.Index(obj, []byte("stream"))
	if si < 0 {
		out.Write(obj)
		out.WriteByte('\n')
		return nil
	}
	dict := obj[len(head):si]
	lm := lengthRe().FindSubmatchIndex(dict)
	if lm == nil {
		return fmt.Errorf("objekt %d har en strøm uten /Length", num)
	}
	n, _ := strconv.Atoi(string(dict[lm[2]:lm[3]]))
	dataAt := si + len("stream")
	if bytes.HasPrefix(obj[dataAt:], []byte("\r\n")) {
		dataAt += 2
	} else if dataAt < len(obj) && obj[dataAt] == '\n' {
		dataAt++
	}
	if dataAt+n > len(obj) || !bytes.HasPrefix(bytes.TrimLeft(obj[dataAt+n:], "\r\n"), []byte("endstream")) {
		return fmt.Errorf("strømmen i objekt %d har feil lengde", num)
	}
	if bytes.Contains(dict, []byte("/Filter")) {
		out.Write(obj)
		out.WriteByte('\n')
		return nil
	}
	var z bytes.Buffer
	z.Grow(n / 3)
	w := zlibPool.Get().(*zlib.Writer)
	w.Reset(&z)
	_, err := w.Write(obj[dataAt : dataAt+n])
	if err == nil {
		err = w.Close()
	}
	zlibPool.Put(w)
	if err != nil {
		return err
	}
	out.Write(head)
	out.Write(dict[:lm[0]])
	fmt.Fprintf(out, "/Filter /FlateDecode /Length %d", z.Len())
	out.Write(dict[lm[1]:])
	out.WriteString("stream\n")
	out.Write(z.Bytes())
	out.WriteString("\nendstream\nendobj\n")
	return nil
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
