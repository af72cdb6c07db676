package ruleset

import (
	"fmt"
	"io/fs"
	"reflect"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/content"
)

// fill sets every field of v, however deep, to a value of its own: each
// text and number different, each list two long, each pointer set.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("tekst %d «æøå»", *n))
	case reflect.Int:
		v.SetInt(int64(*n) * -37)
	case reflect.Uint8:
		v.SetUint(uint64(*n % 256))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Interface: // a program's constant: int, string or a set
		v.Set(reflect.ValueOf([]any{*n, fmt.Sprint(*n), []string{"a", fmt.Sprint(*n)}}[*n%3]))
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), n)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), n)
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	default:
		panic("fill: a field of kind " + v.Kind().String() + ": teach the codec and fill it")
	}
}

// TestCodecCoversEveryField: a cache with every field of every type in it
// set decodes to the same cache. A field added to Rule, Source, Link or
// any other type in the cache that package cachecodec cannot write (a
// map, say) fails here.
func TestCodecCoversEveryField(t *testing.T) {
	var c cache
	n := 0
	fill(reflect.ValueOf(&c).Elem(), &n)
	c.Version = cacheVersion
	got, err := decodeCache(string(encodeCache(&c)))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, &c) {
		t.Errorf("the cache changed on the way:\n got %+v\nwant %+v", got, &c)
	}
	// Empty lists come back as nil, as from the YAML without the field.
	empty := cache{Version: cacheVersion, Items: []Rule{{ID: "x", Why: []WhyRule{}, After: []string{}}}}
	got, err = decodeCache(string(encodeCache(&empty)))
	if err != nil || got.Items[0].Why != nil || got.Items[0].After != nil || got.Items[0].Link != nil {
		t.Errorf("empty lists: %+v, %v", got, err)
	}
}

// TestDamagedCacheIsNotUsed: a cache cut short, with bytes too many, with
// a length past its end, or of another version is not decoded, and Load
// reads the YAML instead.
func TestDamagedCacheIsNotUsed(t *testing.T) {
	data := encodeCache(&cache{Version: cacheVersion, Hash: "h", Items: []Rule{{ID: "a", Title: "Tittel", Line: 3}}})
	if _, err := decodeCache(string(data)); err != nil {
		t.Fatalf("the whole cache: %v", err)
	}
	for name, bad := range map[string][]byte{
		"cut short":       data[:len(data)-2],
		"a byte too many": append(append([]byte{}, data...), 0),
		"length past end": append(append([]byte{}, data[:len(data)-1]...), 0x7e),
		"other version":   encodeCache(&cache{Version: cacheVersion - 1, Hash: "h"}),
		"empty":           nil,
	} {
		if c, err := decodeCache(string(bad)); err == nil {
			t.Errorf("%s: decoded %+v", name, c)
		}
	}

	fsys, schema, refs := builtinContent(t)
	cached := withCache(t, fsys, schema, refs)
	whole := cached[CacheFile].Data
	cached[CacheFile] = &fstest.MapFile{Data: whole[:len(whole)/2]}
	if readCache(cached) != nil {
		t.Fatal("half a cache was used")
	}
	got, err := Load(cached, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	if got.Conditions.memo["har_ansatte"] == nil {
		t.Error("the YAML was not read: its conditions are compiled at load")
	}
	want, err := LoadYAML(fsys, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Items, want.Items) {
		t.Error("the items differ from the YAML's")
	}
}

// TestConditionsInParallel: goroutines asking for the same conditions at
// once get one compiled condition each, the same for all.
func TestConditionsInParallel(t *testing.T) {
	cs := newConditions(map[string]any{"a": 0, "b": ""})
	sources := []string{"a > 1", `b == "x"`, `a > 1 && b != ""`, "a +"}
	got := make([][]any, 8)
	var wg sync.WaitGroup
	for g := range got {
		wg.Go(func() {
			for _, s := range sources {
				c, err := cs.Compile(s)
				got[g] = append(got[g], c, err)
			}
		})
	}
	wg.Wait()
	for g := range got {
		if !reflect.DeepEqual(got[g], got[0]) {
			t.Fatalf("goroutine %d got other conditions", g)
		}
	}
	if got[0][0] == nil || got[0][1] != nil || got[0][7] == nil {
		t.Errorf("a > 1 must compile and «a +» must not: %v", got[0])
	}
}

// TestCachedPrograms: the cache carries every condition compiled, and Load
// takes them when the key matches; a cache whose programs were compiled
// with another key (another expr, other types of answers) has them
// compiled again, with the same result.
func TestCachedPrograms(t *testing.T) {
	fsys, schema, refs := builtinContent(t)
	cached := withCache(t, fsys, schema, refs)
	c := readCache(cached)
	want, err := LoadYAML(fsys, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	if c == nil || c.ProgramKey == "" || len(c.Programs) != len(want.sources()) {
		t.Fatalf("the cache has %d programs, want one for each of the %d conditions", len(c.Programs), len(want.sources()))
	}
	got, err := Load(cached, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Conditions.memo) != len(c.Programs) {
		t.Errorf("%d conditions ready after Load, want the %d programs", len(got.Conditions.memo), len(c.Programs))
	}
	for _, src := range want.sources() {
		g, gerr := got.Conditions.Compile(src)
		w, werr := want.Conditions.Compile(src)
		if gerr != nil || werr != nil || !reflect.DeepEqual(g.Names(), w.Names()) || !reflect.DeepEqual(g.Comparisons(), w.Comparisons()) {
			t.Errorf("%s: from the cache %v %v %v, compiled %v %v %v", src, g.Names(), g.Comparisons(), gerr, w.Names(), w.Comparisons(), werr)
		}
	}

	c.ProgramKey = "expr v0.0.1 format 1 …"
	cached[CacheFile] = &fstest.MapFile{Data: encodeCache(c)}
	other, err := Load(cached, schema, refs)
	if err != nil {
		t.Fatal(err)
	}
	if len(other.Conditions.memo) != 0 {
		t.Errorf("programs of another key were used: %d", len(other.Conditions.memo))
	}
	if !reflect.DeepEqual(conditionsOf(other), conditionsOf(want)) {
		t.Error("the conditions compiled again differ")
	}
}

// BenchmarkDecodeCache is reading the cache of the built-in checklist,
// which every «sosabc sjekkliste» does (with encoding/gob: about 1.8 ms).
func BenchmarkDecodeCache(b *testing.B) {
	data, err := fs.ReadFile(content.FS(), CacheFile)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := decodeCache(string(data)); err != nil {
			b.Fatal(err)
		}
	}
}
