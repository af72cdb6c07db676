// Package content holds the handbook, embedded in the binary: topics,
// glossary, interview, checklist rules, company forms, personas, workshop
// modules, and the help texts that are written as Markdown.
package content

import (
	"embed"
	"io/fs"
)

//go:embed *.yaml topics interview checklist personas uncertain kommuner workshops help cache
var files embed.FS

// cache/ holds the built-in content already decoded and checked, for
// speed; the YAML stays the source. Make it again after editing the
// checklist or the forms:
//
//go:generate go run ../cmd/gencache .

// FS returns the embedded content tree.
func FS() fs.FS { return files }
