// Package contentfs layers content trees: the embedded content, then a
// local folder (a kommune's or a teacher's) that adds files or replaces
// files of the same name. Loaders read the layered tree as one fs.FS and
// ask Display where a file came from, so a message names the author's own
// file.
package contentfs

import (
	"errors"
	"io/fs"
	"path"
	"sort"
)

// Layer is one content tree and how its files are named in messages.
type Layer struct {
	FS     fs.FS
	Prefix string // «content» for the embedded tree, the folder for a local one
}

// Overlay is a read-only file system: a file comes from the last layer
// that has it; a directory lists the files of every layer.
type Overlay struct{ layers []Layer }

// New layers trees; later layers win.
func New(layers ...Layer) *Overlay { return &Overlay{layers: layers} }

// Open opens name from the last layer that has it.
func (o *Overlay) Open(name string) (fs.File, error) {
	for i := len(o.layers) - 1; i >= 0; i-- {
		f, err := o.layers[i].FS.Open(name)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// ReadDir lists name in every layer that has it, sorted by name; a file in
// a later layer replaces one of the same name.
func (o *Overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	byName := map[string]fs.DirEntry{}
	found := false
	for _, l := range o.layers {
		entries, err := fs.ReadDir(l.FS, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		found = true
		for _, e := range entries {
			byName[e.Name()] = e
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	out := make([]fs.DirEntry, 0, len(byName))
	for _, e := range byName {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// Where names the file that Open would give, for messages:
// «content/checklist/items/bank.yaml» or «vart-innhold/checklist/items/lokalt.yaml».
func (o *Overlay) Where(name string) string {
	for i := len(o.layers) - 1; i >= 0; i-- {
		if _, err := fs.Stat(o.layers[i].FS, name); err == nil {
			return path.Join(o.layers[i].Prefix, name)
		}
	}
	return path.Join("content", name)
}

// Local reports whether name comes from a layer other than the first.
func (o *Overlay) Local(name string) bool {
	for i := len(o.layers) - 1; i >= 1; i-- {
		if _, err := fs.Stat(o.layers[i].FS, name); err == nil {
			return true
		}
	}
	return false
}

// Display names a file of fsys for messages: Overlay knows its layer;
// any other tree is the embedded content.
func Display(fsys fs.FS, name string) string {
	if o, ok := fsys.(interface{ Where(string) string }); ok {
		return o.Where(name)
	}
	return "content/" + name
}

// Hides names the file of an earlier layer that name's file hides, for
// messages: «content/checklist/items/om.yaml» when a local folder has its
// own checklist/items/om.yaml. It is "" when nothing is hidden.
func (o *Overlay) Hides(name string) string {
	top := -1
	for i := len(o.layers) - 1; i >= 0; i-- {
		if _, err := fs.Stat(o.layers[i].FS, name); err != nil {
			continue
		}
		if top >= 0 {
			return path.Join(o.layers[i].Prefix, name)
		}
		top = i
	}
	return ""
}

// Builtin is the first layer: the embedded content.
func (o *Overlay) Builtin() fs.FS { return o.layers[0].FS }

// IsLocal reports whether name in fsys comes from a local folder; any tree
// that is not an Overlay is the embedded content.
func IsLocal(fsys fs.FS, name string) bool {
	if o, ok := fsys.(*Overlay); ok {
		return o.Local(name)
	}
	return false
}

// Hides is Overlay.Hides for any tree: "" unless fsys is an Overlay.
func Hides(fsys fs.FS, name string) string {
	if o, ok := fsys.(*Overlay); ok {
		return o.Hides(name)
	}
	return ""
}

// Builtin is the embedded content under fsys: its first layer when fsys
// is an Overlay, else fsys itself.
func Builtin(fsys fs.FS) fs.FS {
	if o, ok := fsys.(*Overlay); ok && len(o.layers) > 0 {
		return o.Builtin()
	}
	return fsys
}
