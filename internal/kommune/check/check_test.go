package check

import (
	"testing"

	"github.com/sosabc/sosabc/internal/kommune/kommunetest"
)

// What a local author is told for each kind of mistake in a kommune or a
// fylke, exactly; "" means the value is right.
func TestMessages(t *testing.T) {
	r := kommunetest.Real(t)
	for _, tt := range []struct {
		name string
		got  string
		want string
	}{
		{"kommune number", KommuneNumber(r, "3301"), ""},
		{"kommune number that does not exist", KommuneNumber(r, "3399"), `kommune 3399 finnes ikke: nærmeste kommunenummer er "3334" (Flesberg i Buskerud), "3336" (Rollag i Buskerud) eller "3338" (Nore og Uvdal i Buskerud)`},
		{"kommune number from before 2024", KommuneNumber(r, "3005"), `kommune 3005 fantes før, men har et nytt nummer nå: skriv "3301" (Drammen i Buskerud)`},
		{"kommune name for a number", KommuneNumber(r, "Drammen"), `kommune skal være et nummer, ikke et navn: skriv "3301" (Drammen i Buskerud)`},
		{"kommune number too short", KommuneNumber(r, "301"), `kommunenummeret «301» skal ha fire sifre i anførselstegn: skriv "0301" (Oslo i Oslo)`},
		{"fylke number", FylkeNumber(r, "40"), ""},
		{"fylke number from before 2024", FylkeNumber(r, "38"), `fylke 38 fantes før 2024: skriv "39" (Vestfold) eller "40" (Telemark)`},
		{"fylke number without its 0", FylkeNumber(r, "3"), `fylkesnummeret «3» skal ha to sifre i anførselstegn: skriv "03"`},
		{"fylke name for a number", FylkeNumber(r, "Telemark"), `fylke skal være et nummer, ikke et navn: skriv "40" (Telemark)`},
		{"fylke name", FylkeName(r, "Buskerud"), ""},
		{"fylke name from before 2024", FylkeName(r, "Vestfold og Telemark"), `«Vestfold og Telemark» fantes før 2024 og er nå flere fylker: skriv fylkesnummer "39" (Vestfold) eller "40" (Telemark)`},
		{"fylke name misspelt", FylkeName(r, "Buskrud"), `fant ikke fylket «Buskrud». Mente du "Buskerud"?`},
		{"kommune answer", KommuneAnswer(r, "Drammen"), ""},
		{"kommune answer in another spelling", KommuneAnswer(r, "Guovdageaidnu"), `svaret «kommune» blir aldri «Guovdageaidnu», men «Kautokeino». Skriv kommune == "Kautokeino", eller heller kommunenummer == "5612"`},
		{"kommune answer that is two kommuner", KommuneAnswer(r, "Våler"), `«Våler» kan være flere kommuner. Skriv kommunenummeret: kommunenummer == "3114" (Våler i Østfold) eller kommunenummer == "3419" (Våler i Innlandet)`},
		{"kommune answer misspelt", KommuneAnswer(r, "Dramen"), `fant ingen kommune som heter «Dramen». Mente du kommunenummer == "3301" (Drammen i Buskerud)?`},
	} {
		if tt.got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, tt.got, tt.want)
		}
	}
}
