package handbook

import (
	"testing"

	"github.com/sosabc/sosabc/content"
)

func BenchmarkLoadAll(b *testing.B) {
	for b.Loop() {
		if _, err := Load(Layer{FS: content.FS(), Name: "innebygd"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadOneTopic(b *testing.B) {
	for b.Loop() {
		if _, err := LoadTopic("as", Layer{FS: content.FS(), Name: "innebygd"}); err != nil {
			b.Fatal(err)
		}
	}
}
