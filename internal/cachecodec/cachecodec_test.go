package cachecodec

import (
	"errors"
	"math"
	"reflect"
	"testing"
)

type inner struct {
	Name string
	N    int
}

type sample struct {
	Text    string
	Number  int
	Small   int8
	Floats  []float64
	Rate    *float64
	Zero    *float64
	NoRate  *float64
	Yes, No bool
	Bytes   []byte
	List    []string
	Empty   []inner
	Nested  []inner
	Ptr     *inner
	NilPtr  *inner
	Any     []any
	inner
}

func full() sample {
	return sample{
		Text: "«æøå» \x00 tekst", Number: -1234567, Small: -3,
		Floats: []float64{14.1, -0.5, 0, math.Copysign(0, -1), math.Inf(1), math.SmallestNonzeroFloat64, math.MaxFloat64},
		Rate:   ptr(7.9), Zero: ptr(0), Yes: true, Bytes: []byte{0, 1, 255},
		List: []string{"a", "", "c"}, Empty: []inner{}, Nested: []inner{{"x", 1}, {"y", -2}},
		Ptr: &inner{"p", 9}, Any: []any{7, "s", []string{"m", "n"}}, inner: inner{"embedded", 3},
	}
}

func ptr(f float64) *float64 { return &f }

// TestRoundTrip: every kind the codec knows comes back as written, and an
// empty slice as nil.
func TestRoundTrip(t *testing.T) {
	want := full()
	data := Marshal(&want)
	if !reflect.DeepEqual(data, Marshal(want)) {
		t.Error("a value and a pointer to it are written differently")
	}
	var got sample
	if err := Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	want.Empty = nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	// DeepEqual takes -0 for 0: the sign must come back too.
	if !math.Signbit(got.Floats[3]) {
		t.Error("-0 came back as 0")
	}
	// A pointer to 0 is not a missing value: zone 5's rate is 0 percent.
	if got.Zero == nil || *got.Zero != 0 || got.NoRate != nil {
		t.Errorf("pointers to floats: %v %v, want a pointer to 0 and nil", got.Zero, got.NoRate)
	}
}

// TestNaN: a float64 reads back bit for bit, also NaN, which DeepEqual
// never takes for equal.
func TestNaN(t *testing.T) {
	nan := math.Float64frombits(0x7ff8000000000001)
	var got []float64
	if err := Unmarshal(Marshal([]float64{nan}), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || math.Float64bits(got[0]) != math.Float64bits(nan) {
		t.Errorf("got %v, want NaN with bits %x", got, math.Float64bits(nan))
	}
}

// TestDamaged: input cut short, with bytes too many or a length past its
// end is refused, and reading it never panics.
func TestDamaged(t *testing.T) {
	v := full()
	data := Marshal(v)
	for name, bad := range map[string][]byte{
		"cut short":       data[:len(data)-1],
		"cut in half":     data[:len(data)/2],
		"a byte too many": append(append([]byte{}, data...), 0),
		"huge length":     append([]byte{0xfe, 0xff, 0xff, 0xff, 0x0f}, data...),
		"no shape":        []byte{0x7f},
		"empty":           nil,
	} {
		var got sample
		if err := Unmarshal(bad, &got); !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestUnknownKindPanics: a type the codec cannot write is the program's
// mistake, found at once.
func TestUnknownKindPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a map was written")
		}
	}()
	Marshal(struct{ M map[string]string }{map[string]string{"a": "b"}})
}

// TestOtherType: data written for another shape of a type is refused, so
// a cache made before a cached type changed is never read into the wrong
// fields: a field added, removed, renamed, moved or of another kind.
func TestOtherType(t *testing.T) {
	type v1 struct {
		A string
		B int
	}
	data := Marshal(v1{"a", 1})
	tests := map[string]any{
		"added": &struct {
			A string
			B int
			C bool
		}{},
		"removed": &struct{ A string }{},
		"renamed": &struct {
			A string
			N int
		}{},
		"moved": &struct {
			B int
			A string
		}{},
		"kind": &struct {
			A string
			B string
		}{},
		"slice": &struct {
			A []string
			B int
		}{},
		"float": &struct {
			A string
			B float64
		}{},
	}
	for name, ptr := range tests {
		if err := Unmarshal(data, ptr); !errors.Is(err, ErrOtherType) {
			t.Errorf("%s: %v", name, err)
		}
	}
	var same struct {
		A string
		B int
	}
	if err := Unmarshal(data, &same); err != nil || same.A != "a" || same.B != 1 {
		t.Errorf("the same shape: %v %+v", err, same)
	}
}

// TestShapeOfRecursiveType ends.
func TestShapeOfRecursiveType(t *testing.T) {
	type node struct {
		Name     string
		Children []node
	}
	if got, want := Shape(reflect.TypeFor[node]()), "{Name string;Children []cachecodec.node;}"; got != want {
		t.Errorf("Shape = %q, want %q", got, want)
	}
}
