package finish

import (
	"testing"
	"time"
)

// A file that is not laid out as gopdf writes it is an error, never a
// broken PDF.
func TestPDFRejectsWhatItDoesNotKnow(t *testing.T) {
	for _, raw := range []string{
		"",
		"ikke en PDF",
		"%PDF-1.4\nstartxref\n999999\n%%EOF\n",
		"%PDF-1.4\n1 0 obj\n<< >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 >>\nstartxref\n37\n%%EOF\n",
	} {
		out, err := PDF([]byte(raw), Info{Title: "Plan"})
		if err == nil || out != nil {
			t.Errorf("PDF(%q) = %q, %v; want an error", raw, out, err)
		}
	}
}

func TestStrings(t *testing.T) {
	oslo := time.FixedZone("CET", 3600)
	for _, tc := range []struct{ got, want string }{
		{pdfDate(time.Date(2026, 11, 22, 12, 0, 0, 0, oslo)), "D:20261122120000+01'00'"},
		{pdfDate(time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)), "D:20261122120000Z"},
		{textString("Å ø"), "<FEFF00C5002000F8>"},
		{pdfString("nb (a\\b)"), `(nb \(a\\b\))`},
	} {
		if tc.got != tc.want {
			t.Errorf("got %s, want %s", tc.got, tc.want)
		}
	}
}
