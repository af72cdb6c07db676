// Package content holds the handbook, embedded in the binary: topics,
// glossary, interview, checklist rules, company forms, personas, workshop
// modules, and the help texts that are written as Markdown.
package content

import (
	"embed"
	"io/fs"
)

//go:embed *.yaml topics interview checklist personas uncertain kommuner workshops help
var files embed.FS

// FS returns the embedded content tree.
func FS() fs.FS { return files }
