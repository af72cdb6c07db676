package answers

import (
	"fmt"
	"strings"

	"github.com/sosabc/sosabc/internal/interview"
	"github.com/sosabc/sosabc/internal/locale"
)

// DocText is the reference for the answers file (for `sosabc help
// answers-file`), in terminal-friendly Markdown: no tables, short lists.
// It is generated from the schema, so it cannot drift from what Parse accepts.
func DocText(schema *interview.Schema) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## Svarfilen (format %d)\n\n", Version)
	b.WriteString("Med en svarfil kan du gi sosabc svarene dine uten å gå gjennom spørsmålene. ")
	b.WriteString("Bruk den med --answers. Når du lagrer intervjuet, får du en slik fil.\n\n")
	b.WriteString("Filen er i YAML-format: én nøkkel og én verdi på hver linje. ")
	fmt.Fprintf(&b, "Den må starte med «version: %d»", Version)
	if req := required(schema); len(req) > 0 {
		fmt.Fprintf(&b, ", og den må ha svar på %s", locale.JoinAnd(req))
	}
	b.WriteString(". Alle andre nøkler er valgfrie. Det du ikke svarer på, regnes som ubesvart. ")
	b.WriteString("En nøkkel uten verdi regnes også som ubesvart.\n\n")
	b.WriteString("Et eksempel:\n\n```yaml\n")
	b.WriteString(example(schema))
	b.WriteString("```\n\n")
	b.WriteString("Lister skriver du i hakeparentes, med komma mellom: [grants, loans]. ")
	b.WriteString("Tall skriver du uten mellomrom og uten 0 foran: 45000. Ja og nei skriver du som ja og nei, eller true og false.\n\n")
	b.WriteString("En rådgiver kan skrive navnet på kunden i «client», for eksempel «client: Amina Hansen». ")
	b.WriteString("Navnet kommer med på utskriften av sjekklisten.\n\n")
	b.WriteString("## Nøkler\n")
	for _, sec := range schema.Sections {
		fmt.Fprintf(&b, "\n### %s\n", sec.Title)
		for i := range sec.Questions {
			writeKey(&b, &sec.Questions[i])
		}
	}
	b.WriteString("\n## Eldre svarfiler (format 1)\n\n")
	b.WriteString("Filer med «version: 1» virker fortsatt. sosabc leser dem og gjør dem om til format 2 uten å endre filen. ")
	b.WriteString("I format 1 het ett av spørsmålene «personal_data» (true eller false). ")
	b.WriteString("true blir «user_data: sensitive». false gir ikke noe svar på «user_data», for spørsmålet var bare om sensitive opplysninger.\n\n")
	b.WriteString("Format 1 hadde ikke spørsmålene «activities», «user_data», «founder_minor» og «volunteer_minors». ")
	b.WriteString("Sjekklisten sier hvordan de er regnet når filen ikke svarer på dem. ")
	b.WriteString("Svar på dem med «sosabc start», eller skriv dem i filen og sett «version: 2».\n")
	return b.String()
}

func writeKey(b *strings.Builder, q *interview.Question) {
	fmt.Fprintf(b, "\n`%s`: %s\n\n", q.ID, q.Title)
	switch q.Type {
	case interview.TypeSelect:
		b.WriteString("Ett valg. Gyldige verdier:\n\n")
		writeOptions(b, q)
	case interview.TypeMultiselect:
		b.WriteString("En liste med null, ett eller flere valg. Gyldige verdier:\n\n")
		writeOptions(b, q)
	case interview.TypeNumber:
		fmt.Fprintf(b, "Et heltall, %s.\n", q.Range())
	case interview.TypeConfirm:
		b.WriteString("Ja eller nei: skriv ja eller nei (eller true eller false).\n")
	case interview.TypeText:
		if q.ID == "kommune" { // checked against the official list, see cmdutil.checkKommune
			b.WriteString("Navnet på en norsk kommune, for eksempel Bodø eller Bærum. Store og små bokstaver spiller ingen rolle, og du kan skrive ae, oe og aa for æ, ø og å. ")
			b.WriteString("Har kommunen fått nytt navn eller blitt slått sammen med en annen, gjelder planen kommunen den er en del av nå, og planen sier det.\n")
			break
		}
		b.WriteString("Fritekst.\n")
	default:
		b.WriteString("Fritekst.\n")
	}
	if q.When != "" {
		fmt.Fprintf(b, "\nSpørsmålet stilles bare når dette er sant: `%s`.\n", q.When)
	}
}

func writeOptions(b *strings.Builder, q *interview.Question) {
	for _, o := range q.Options {
		fmt.Fprintf(b, "- %s: %s\n", o.Value, o.Label)
	}
}

// example builds a short, valid answers file from the first question of each
// type, so the example always matches the schema.
// required lists the keys every answers file must have, as «key».
func required(schema *interview.Schema) []string {
	var out []string
	for _, q := range schema.Questions() {
		if q.Required && q.When == "" {
			out = append(out, "«"+q.ID+"»")
		}
	}
	return out
}

// example is a short, valid answers file: every required answer, and one
// answer of each type.
func example(schema *interview.Schema) string {
	a := interview.Answers{}
	seen := map[interview.QuestionType]bool{}
	for _, q := range schema.Questions() {
		if seen[q.Type] && !(q.Required && q.When == "") {
			continue
		}
		seen[q.Type] = true
		switch q.Type {
		case interview.TypeSelect:
			a[q.ID] = q.Options[0].Value
		case interview.TypeMultiselect:
			a[q.ID] = q.OptionValues()[:min(2, len(q.Options))]
		case interview.TypeNumber:
			a[q.ID] = exampleNumber(q)
		case interview.TypeConfirm:
			a[q.ID] = true
		case interview.TypeText:
			a[q.ID] = "Bodø"
		}
	}
	out, err := Marshal(a, schema)
	if err != nil {
		return fmt.Sprintf("version: %d\n", Version)
	}
	return stripComments(string(out))
}

// stripComments keeps the example short; the saved file keeps its comments.
func stripComments(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// exampleNumber is a number the question allows, to show as an example:
// 45000 for an amount in kroner, which reads better than 2, and 2 for a
// count such as founders.
func exampleNumber(q *interview.Question) int {
	n := 2
	if q.Max == nil || *q.Max >= 1000000 {
		n = 45000
	}
	if q.Min != nil && *q.Min > n {
		n = *q.Min
	}
	if q.Max != nil && *q.Max < n {
		n = *q.Max
	}
	return n
}
