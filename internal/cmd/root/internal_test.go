package root

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestDefaultStateDir(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	abs := filepath.Join(t.TempDir(), "state")
	for _, tc := range []struct {
		name, goos string
		getenv     func(string) string
		stateHome  string
		refuse     string // part of the error; "" means it must work
	}{
		{"linux with HOME", "linux", env("HOME", "/home/kari"), abs, ""},
		{"linux with XDG_STATE_HOME only", "linux", env("XDG_STATE_HOME", abs), abs, ""},
		{"linux without HOME", "linux", env(), "/.local/state", "HOME ikke er satt"},
		{"linux, relative XDG_STATE_HOME, no HOME", "linux", env("XDG_STATE_HOME", "state"), "/.local/state", "HOME ikke er satt"},
		{"linux ignores LOCALAPPDATA", "linux", env("LOCALAPPDATA", abs), "/.local/state", "HOME ikke er satt"},
		{"darwin without HOME", "darwin", env(), "/Library/Application Support", "HOME ikke er satt"},
		{"windows without HOME", "windows", env("LOCALAPPDATA", abs, "USERPROFILE", abs), abs, ""},
		{"windows, known folder only", "windows", env(), abs, ""},
		{"windows, nothing found", "windows", env(), "", "LOCALAPPDATA"},
		{"windows, relative guess", "windows", env(), filepath.Join("AppData", "Local"), "LOCALAPPDATA"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, err := defaultStateDir(tc.goos, tc.getenv, tc.stateHome)
			if tc.refuse == "" {
				if err != nil || dir != filepath.Join(tc.stateHome, "sosabc") {
					t.Fatalf("got %q, %v; want %q", dir, err, filepath.Join(tc.stateHome, "sosabc"))
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.refuse) || !strings.Contains(err.Error(), "SOSABC_STATE_DIR") {
				t.Fatalf("got %q, %v; want an error about %s", dir, err, tc.refuse)
			}
		})
	}
}

func TestStateDirPrefersEnv(t *testing.T) {
	dir, err := stateDir(func(k string) string {
		if k == "SOSABC_STATE_DIR" {
			return "mappe"
		}
		return ""
	})
	if err != nil || dir != "mappe" {
		t.Fatalf("got %q, %v", dir, err)
	}
}

func TestBuildVersionFromLdflags(t *testing.T) {
	defer func(old string) { releaseVersion = old }(releaseVersion)
	releaseVersion = ""
	if got := buildVersion(); got != "utviklerversjon" && !strings.HasPrefix(got, "v") {
		t.Errorf("without -X: %q", got)
	}
	releaseVersion = "v1.2.3"
	if got := buildVersion(); got != "v1.2.3" {
		t.Errorf("with -X: %q", got)
	}
}
