// Package contentquality holds tests that read the real embedded content
// (handbook, checklist, interview, workshops, personas) and hold it to the
// content rules in DEVELOPERS.md that the loaders cannot check on their
// own: no text copied from the seeds, correct spelling, and readable
// persona cases.
// The package has no code of its own; everything is in the tests.
package contentquality
