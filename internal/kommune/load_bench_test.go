package kommune

import (
	"testing"

	"github.com/sosabc/sosabc/content"
)

// BenchmarkLoadEmbedded is what every «sosabc sjekkliste» pays for the
// register: Load of the built-in content, from its cache. Run it with
// GOGC=off to see the cost without the collector's share.
func BenchmarkLoadEmbedded(b *testing.B) {
	fsys := content.FS()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
