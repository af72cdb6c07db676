package ruleset

import (
	"encoding/binary"
	"errors"

	"github.com/sosabc/sosabc/internal/source"
)

// The cache is written field by field, in the order below, as varints and
// length-prefixed strings. encoding/gob took about 1.5 ms and 7 800
// allocations to decode it, on the path of every «sosabc sjekkliste»;
// this takes a tenth of that, because every string is a slice of one
// string holding the whole file, and nothing is found by reflection.
// A field added to a type in the cache must be added to both encode and
// decode here (TestCodecCoversEveryField fails until it is), and
// cacheVersion raised.

// encoder appends the cache to buf.
type encoder struct{ buf []byte }

// int is a zig-zag varint, as binary.AppendVarint writes it.
func (e *encoder) int(n int) { e.buf = binary.AppendVarint(e.buf, int64(n)) }

func (e *encoder) bool(b bool) {
	if b {
		e.int(1)
	} else {
		e.int(0)
	}
}

func (e *encoder) string(s string) {
	e.int(len(s))
	e.buf = append(e.buf, s...)
}

func (e *encoder) strings(l []string) {
	e.int(len(l))
	for _, s := range l {
		e.string(s)
	}
}

func encodeCache(c *cache) []byte {
	e := &encoder{}
	e.int(c.Version)
	e.string(c.Hash)
	e.int(len(c.Phases))
	for _, p := range c.Phases {
		e.string(p.ID)
		e.string(p.Title)
		e.string(p.Description)
	}
	e.int(len(c.Derived))
	for _, d := range c.Derived {
		e.string(d.ID)
		e.string(d.Description)
		e.string(d.When)
	}
	e.int(len(c.Items))
	for i := range c.Items {
		e.rule(&c.Items[i])
	}
	e.int(len(c.Points))
	for _, p := range c.Points {
		e.string(p.ID)
		e.string(p.Title)
	}
	e.int(len(c.Forms))
	for _, f := range c.Forms {
		e.string(f.ID)
		e.string(f.Name)
		e.string(f.Topic)
		e.strings(f.PointIDs)
		e.strings(f.PointTexts)
		e.reasons(f.For)
		e.reasons(f.Against)
	}
	return e.buf
}

func (e *encoder) rule(r *Rule) {
	e.string(r.ID)
	e.string(r.Title)
	e.string(r.Phase)
	e.string(r.Priority)
	e.string(r.When)
	e.int(len(r.Why))
	for _, w := range r.Why {
		e.string(w.If)
		e.string(w.Text)
	}
	e.string(r.Do)
	e.strings(r.After)
	e.string(r.Cost)
	e.string(r.Deadline)
	e.string(r.Agency)
	e.bool(r.Link != nil)
	if r.Link != nil {
		e.string(r.Link.Title)
		e.string(r.Link.URL)
		e.string(r.Link.FrontPage)
		e.string(r.Link.Where)
	}
	e.string(r.Topic)
	e.int(len(r.Sources))
	for _, s := range r.Sources {
		e.string(s.Title)
		e.string(s.URL)
		e.string(s.Date)
		e.string(s.Read)
		e.string(s.FrontPage)
		e.string(s.Where)
	}
	e.strings(r.Uncertain)
	e.int(len(r.Due))
	for _, d := range r.Due {
		e.string(d.Every)
		e.strings(d.Dates)
		e.int(d.Day)
	}
	e.strings(r.Local)
	e.string(r.File)
	e.int(r.Line)
	e.bool(r.LocalFile)
}

func (e *encoder) reasons(l []Reason) {
	e.int(len(l))
	for _, x := range l {
		e.string(x.When)
		e.string(x.Text)
		e.int(x.Weight)
	}
}

// decoder reads what encoder wrote from data. A cache that ends too early
// or has a length past its end sets bad, and decodeCache gives nil.
type decoder struct {
	data string
	bad  bool
}

var errBadCache = errors.New("the cache is damaged")

// int reads what encoder.int wrote (binary.Varint, on a string).
func (d *decoder) int() int {
	var u uint64
	for shift := uint(0); shift < 64 && d.data != ""; shift += 7 {
		b := d.data[0]
		d.data = d.data[1:]
		u |= uint64(b&0x7f) << shift
		if b < 0x80 {
			x := int64(u >> 1)
			if u&1 != 0 {
				x = ^x
			}
			return int(x)
		}
	}
	d.bad, d.data = true, ""
	return 0
}

// count is a length: never more than what is left, so a damaged cache
// cannot make a huge slice.
func (d *decoder) count() int {
	n := d.int()
	if n < 0 || n > len(d.data) {
		d.bad, d.data = true, ""
		return 0
	}
	return n
}

func (d *decoder) bool() bool { return d.int() == 1 }

func (d *decoder) string() string {
	n := d.count()
	s := d.data[:n]
	d.data = d.data[n:]
	return s
}

// strings is nil for an empty list, as encoding/gob and the YAML give.
func (d *decoder) strings() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.string()
	}
	return out
}

// decodeCache reads a cache that encodeCache wrote.
func decodeCache(data []byte) (*cache, error) {
	d := &decoder{data: string(data)}
	c := &cache{Version: d.int()}
	if c.Version != cacheVersion {
		return nil, errBadCache
	}
	c.Hash = d.string()
	if n := d.count(); n > 0 {
		c.Phases = make([]Phase, n)
		for i := range c.Phases {
			c.Phases[i] = Phase{ID: d.string(), Title: d.string(), Description: d.string()}
		}
	}
	if n := d.count(); n > 0 {
		c.Derived = make([]Derived, n)
		for i := range c.Derived {
			c.Derived[i] = Derived{ID: d.string(), Description: d.string(), When: d.string()}
		}
	}
	if n := d.count(); n > 0 {
		c.Items = make([]Rule, n)
		for i := range c.Items {
			d.rule(&c.Items[i])
		}
	}
	if n := d.count(); n > 0 {
		c.Points = make([]Point, n)
		for i := range c.Points {
			c.Points[i] = Point{ID: d.string(), Title: d.string()}
		}
	}
	if n := d.count(); n > 0 {
		c.Forms = make([]cachedForm, n)
		for i := range c.Forms {
			c.Forms[i] = cachedForm{ID: d.string(), Name: d.string(), Topic: d.string(), PointIDs: d.strings(), PointTexts: d.strings()}
			c.Forms[i].For = d.reasons()
			c.Forms[i].Against = d.reasons()
		}
	}
	if d.bad || d.data != "" {
		return nil, errBadCache
	}
	return c, nil
}

func (d *decoder) rule(r *Rule) {
	r.ID, r.Title, r.Phase, r.Priority, r.When = d.string(), d.string(), d.string(), d.string(), d.string()
	if n := d.count(); n > 0 {
		r.Why = make([]WhyRule, n)
		for i := range r.Why {
			r.Why[i] = WhyRule{If: d.string(), Text: d.string()}
		}
	}
	r.Do = d.string()
	r.After = d.strings()
	r.Cost, r.Deadline, r.Agency = d.string(), d.string(), d.string()
	if d.bool() {
		r.Link = &Link{Title: d.string(), URL: d.string(), FrontPage: d.string(), Where: d.string()}
	}
	r.Topic = d.string()
	if n := d.count(); n > 0 {
		r.Sources = make([]source.Source, n)
		for i := range r.Sources {
			r.Sources[i] = source.Source{Title: d.string(), URL: d.string(), Date: d.string(), Read: d.string(), FrontPage: d.string(), Where: d.string()}
		}
	}
	r.Uncertain = d.strings()
	if n := d.count(); n > 0 {
		r.Due = make([]Due, n)
		for i := range r.Due {
			r.Due[i] = Due{Every: d.string(), Dates: d.strings(), Day: d.int()}
		}
	}
	r.Local = d.strings()
	r.File = d.string()
	r.Line = d.int()
	r.LocalFile = d.bool()
}

func (d *decoder) reasons() []Reason {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]Reason, n)
	for i := range out {
		out[i] = Reason{When: d.string(), Text: d.string(), Weight: d.int()}
	}
	return out
}
