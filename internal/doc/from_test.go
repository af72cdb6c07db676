package doc

import (
	"reflect"
	"testing"
)

// A plan suggests commands that work for it: ticks for the founder's
// saved plan, the file again for a plan from an answers file, and the
// fictional founder's id for a persona.
func TestUseHints(t *testing.T) {
	for _, c := range []struct {
		from From
		want []string
	}{
		{From{}, []string{
			"Kryss av et punkt: `sosabc sjekkliste gjort NUMMER`, for eksempel `sosabc sjekkliste gjort 3`",
			"Fjern et kryss: `sosabc sjekkliste angre NUMMER`",
			"Se hvorfor et punkt er med: `sosabc sjekkliste hvorfor NUMMER`",
			"Endre svarene: `sosabc start`",
		}},
		{From{AnswersFile: "kunder/amina hansen.yaml"}, []string{
			"Lag planen til utskrift: `sosabc sjekkliste --answers \"kunder/amina hansen.yaml\" --format pdf --output plan.pdf`",
			"Se hvorfor et punkt er med: `sosabc sjekkliste hvorfor NUMMER --answers \"kunder/amina hansen.yaml\"`",
			"Endre svarene: `sosabc start --save-answers \"kunder/amina hansen.yaml\"`",
		}},
		{From{AnswersFile: "-"}, []string{
			"Lag planen til utskrift: `sosabc sjekkliste --answers FIL --format pdf --output plan.pdf`",
			"Se hvorfor et punkt er med: `sosabc sjekkliste hvorfor NUMMER --answers FIL`",
			"Endre svarene: `sosabc start --save-answers FIL`",
		}},
		{From{Persona: "kafe-inkludering"}, []string{
			"Se hvorfor et punkt er med: `sosabc sjekkliste hvorfor NUMMER --persona kafe-inkludering`",
			"Lag din egen plan: `sosabc start`",
		}},
	} {
		if got := c.from.useHints(); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%+v:\n got %q\nwant %q", c.from, got, c.want)
		}
	}
}
