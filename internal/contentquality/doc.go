// Package contentquality holds tests that read the real embedded handbook
// and hold it to the content rules in DEVELOPERS.md that the loader cannot
// check on its own: no text copied from the seeds, and correct spelling.
// The package has no code of its own; everything is in the tests.
package contentquality
