package root

import (
	"testing"

	"github.com/sosabc/sosabc/internal/apperr"
)

// D14: without HOME (and no other hint) there is no state folder: a usage
// error that says what to do, never a folder at the root of the disk.
func TestStateDirWithoutHome(t *testing.T) {
	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }
	_, err := stateDir(env(nil))
	want := "Fant ingen mappe å lagre fremdriften i, fordi HOME ikke er satt. Velg en mappe med SOSABC_STATE_DIR, eller bruk «sosabc start --no-save»."
	if apperr.Code(err) != apperr.ExitUsage || err.Error() != want {
		t.Errorf("exit %d, %v", apperr.Code(err), err)
	}
	if dir, err := stateDir(env(map[string]string{"SOSABC_STATE_DIR": "/x/sosabc"})); err != nil || dir != "/x/sosabc" {
		t.Errorf("SOSABC_STATE_DIR: %q, %v", dir, err)
	}
}
