package kommune

import (
	"flag"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sosabc/sosabc/content"
	"github.com/sosabc/sosabc/internal/source"
	"github.com/sosabc/sosabc/internal/strictyaml"
)

var update = flag.Bool("update", false, "make content/kommuner/snapshot.json again from the YAML")

// The snapshot must be made from the YAML files as they are now; otherwise
// every run decodes the slow YAML. Fix with `go test ./internal/kommune -update`.
func TestSnapshotUpToDate(t *testing.T) {
	want, err := MakeSnapshot(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	const file = "../../content/" + SnapshotFile
	if *update {
		if err := os.WriteFile(file, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil || string(got) != string(want) {
		t.Fatalf("content/%s is not made from the YAML files as they are now: run go test ./internal/kommune -update", SnapshotFile)
	}
}

// withoutSnapshot is the embedded content without the snapshot, so Load
// must read the YAML.
func withoutSnapshot(t *testing.T) fs.FS {
	t.Helper()
	out := fstest.MapFS{}
	for _, f := range []string{FylkerFile, KommunerFile, AGAFile, "kommuner/kontakter.yaml"} {
		data, err := fs.ReadFile(content.FS(), f)
		if err != nil {
			t.Fatal(err)
		}
		out[f] = &fstest.MapFile{Data: data}
	}
	return out
}

// The snapshot and the YAML give the same register.
func TestSnapshotGivesTheSameRegister(t *testing.T) {
	fast, err := Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	slow, err := Load(withoutSnapshot(t))
	if err != nil {
		t.Fatal(err)
	}
	// The same data, indexes included; only the nodes behind line numbers
	// differ. From the snapshot, the index of former names waits until it
	// is asked for; from the YAML it is built at once, to be checked.
	// Today's names do not ask for it.
	if !fast.LivesOn("notodden") || fast.LivesOn("bo") {
		t.Error("LivesOn: Notodden has only former kommuner that went into today's, Bø has one that did not")
	}
	if len(fast.formerNames) != 0 || len(slow.formerNames) == 0 {
		t.Errorf("the index of former names: from the snapshot %d names, want none yet; from the YAML %d, want them all", len(fast.formerNames), len(slow.formerNames))
	}
	if len(fast.FylkerNamed("Vestfold og Telemark")) != 2 {
		t.Error("«Vestfold og Telemark» does not name the two fylker it became")
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Error("the register from the snapshot differs from the one from the YAML")
	}
	// A snapshot that does not match the YAML is not used.
	stale := withoutSnapshot(t).(fstest.MapFS)
	data, _ := fs.ReadFile(content.FS(), SnapshotFile)
	stale[SnapshotFile] = &fstest.MapFile{Data: data}
	stale[FylkerFile].Data = append(append([]byte{}, stale[FylkerFile].Data...), "\n# endret\n"...)
	// Only the hash of the files differs: fylker.yaml has a comment more.
	r, err := Load(stale)
	if err != nil || r.Hash() == slow.Hash() {
		t.Fatalf("a stale snapshot: %v", err)
	}
	r.hash = slow.hash
	if !reflect.DeepEqual(r, slow) {
		t.Errorf("a stale snapshot gives another register")
	}
}

// The cache matches the YAML, and without it the JSON snapshot gives
// the same register.
func TestCacheGivesTheSameRegister(t *testing.T) {
	c, err := readCache(content.FS())
	hash, _ := sourceHash(content.FS())
	if err != nil || c.Hash != hash {
		t.Fatalf("content/%s is not made from the YAML files as they are now (%v): run go generate ./content", CacheFile, err)
	}
	fast, err := Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	jsonOnly := withoutSnapshot(t).(fstest.MapFS)
	data, _ := fs.ReadFile(content.FS(), SnapshotFile)
	jsonOnly[SnapshotFile] = &fstest.MapFile{Data: data}
	fromJSON, err := Load(jsonOnly)
	if err != nil {
		t.Fatal(err)
	}
	fast.indexFormer(nil)
	fromJSON.indexFormer(nil)
	if !reflect.DeepEqual(fast, fromJSON) {
		t.Error("the register from the cache differs from the one from the JSON snapshot")
	}
}

// The cache carries the Where of every source, so readRaw need not put
// the recorded places back from the cache as it must from the JSON.
func TestCacheCarriesWhere(t *testing.T) {
	c, err := readCache(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	sources(&raw{Fylker: c.Fylker, Kommuner: c.Kommuner, AGA: c.AGA}, func(s *source.Source) { got = append(got, s.Where) })
	if len(got) == 0 || !reflect.DeepEqual(got, c.Where) {
		t.Errorf("the sources in the cache carry %q, want %q", got, c.Where)
	}
}

// A cache made before it held what LivesOn needs still gives the right
// answers: loading then builds the index of former names.
func TestLivesOnWithoutItInTheCache(t *testing.T) {
	var errs strictyaml.Errors
	r := readRaw(content.FS(), &errs)
	if !r.cached || !r.FormerIndexed {
		t.Fatal("the cache does not say which names LivesOn must look up")
	}
	r.FormerOther, r.FormerIndexed = nil, false
	old, err := loadFrom(r)
	if err != nil {
		t.Fatal(err)
	}
	slow, err := Load(withoutSnapshot(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range slow.Keys() {
		if old.LivesOn(key) != slow.LivesOn(key) {
			t.Errorf("LivesOn(%q) = %v without it in the cache, %v from the YAML", key, old.LivesOn(key), slow.LivesOn(key))
		}
	}
	if len(old.formerNames) == 0 {
		t.Error("loading did not build the index of former names")
	}
}

// From the cache, loadFrom and aga.LoadChecked leave out the checks of
// headers, sources, official names, dates and zone places, because the
// cache and the snapshot are made only from files that pass every check.
// Files that fail one of those checks are never cached, and Load of them
// (the hash no longer matches any cache) reports the problem.
func TestBrokenFilesAreNeverCached(t *testing.T) {
	for _, tc := range []struct {
		name, file, old, new, want string
	}{
		{"licence address", KommunerFile, "licence_url: https://data.norge.no/nlod/no/2.0", "licence_url: data.norge.no", "ugyldig nettadresse «data.norge.no»"},
		{"source read date", FylkerFile, "    read: 2026-12-01\n", "    read: 2026-13-01\n", "fylker.yaml:14"},
		{"official name", KommunerFile, `official: "Rana - Raane"`, `official: "Mo - Raane"`, "navnet «Rana» er ikke en del av «Mo - Raane»"},
		{"change date", KommunerFile, `to_name: "Holtålen", date: 2018-01-01}`, `to_name: "Holtålen", date: 2018-02-30}`, "kommuner.yaml:1234"},
		{"tax check address", AGAFile, "check: https://www.skatteetaten.no/satser/arbeidsgiveravgift-soneinndeling/", "check: skatteetaten", "ugyldig nettadresse «skatteetaten»"},
		{"tax source address", AGAFile, "url: https://www.kontohjelp.no/kontering/satser/arbeidsgiveravgift", "url: kontohjelp", "ugyldig nettadresse «kontohjelp»"},
		{"kommune in two zones", AGAFile, "      - \"5501\"  # Tromsø\n", "      - \"5501\"  # Tromsø\n      - \"5534\"\n", "kommune 5534 står både i sone"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := withoutSnapshot(t).(fstest.MapFS)
			data := string(fsys[tc.file].Data)
			if strings.Count(data, tc.old) != 1 {
				t.Fatalf("%s has %q %d times, want once", tc.file, tc.old, strings.Count(data, tc.old))
			}
			fsys[tc.file].Data = []byte(strings.Replace(data, tc.old, tc.new, 1))
			if _, err := Load(fsys); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load: %v, want an error with %q", err, tc.want)
			}
			if out, err := MakeCache(fsys); err == nil || out != nil {
				t.Errorf("MakeCache made a cache of a broken file (%d bytes, %v)", len(out), err)
			}
			if out, err := MakeSnapshot(fsys); err == nil || out != nil {
				t.Errorf("MakeSnapshot made a snapshot of a broken file (%d bytes, %v)", len(out), err)
			}
			// The built-in cache, next to the broken file, is not used.
			cached, _ := fs.ReadFile(content.FS(), CacheFile)
			fsys[CacheFile] = &fstest.MapFile{Data: cached}
			if _, err := Load(fsys); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load with the cache beside: %v, want an error with %q", err, tc.want)
			}
		})
	}
}
