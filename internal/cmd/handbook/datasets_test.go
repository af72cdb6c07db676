package handbook_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sosabc/sosabc/internal/cmdtest"
)

// «sosabc kilder» names the data behind «sosabc lokalt»: Statistics
// Norway's classifications, the licence, the date the snapshot is valid
// from, and the employer tax table as uncertain.
func TestSourcesDatasets(t *testing.T) {
	r := cmdtest.Run(t, cmdtest.Env{}, "kilder")
	for _, want := range []string{
		"Datasett\n\nKommuner\n  De 357 kommunene med nummer, fylke",
		"  Gjelder fra 1. januar 2024.\n  Lisens: Norsk lisens for offentlige data (NLOD) 2.0.\n    https://data.norge.no/nlod/no/2.0\n",
		"Statistisk sentralbyrå: Standard for kommuneinndeling (Klass 131)",
		"Fylker\n  De 15 fylkene",
		"Statistisk sentralbyrå: Standard for fylkesinndeling (Klass 104)\n    https://www.ssb.no/klass/klassifikasjoner/104\n",
		"Arbeidsgiveravgift: soner og satser for 2026\n",
		"  Sjekk her: https://www.skatteetaten.no/satser/arbeidsgiveravgift-soneinndeling/\n",
		"  Bare til sammenligning, ikke som kilde:\n",
		"og 3 datasett.",
	} {
		if !strings.Contains(r.Out, want) {
			t.Errorf("kilder lacks %q", want)
		}
	}
	r = cmdtest.Run(t, cmdtest.Env{}, "kilder", "--json")
	var srcs []map[string]any
	if err := json.Unmarshal([]byte(r.Out), &srcs); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range srcs {
		if s["url"] == "https://www.ssb.no/klass/klassifikasjoner/131" {
			found = s["dataset"] == "kommuner" && s["snapshot"] == "2024-01-01" && s["licence_url"] == "https://data.norge.no/nlod/no/2.0"
		}
	}
	if !found {
		t.Error("the JSON lacks Klass 131 with its dataset, snapshot and licence")
	}
}
