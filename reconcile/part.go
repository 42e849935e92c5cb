package reconcile

import (
	"strings"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp/quant"
)

// Some count claims are not a level of their group, and a timeline that
// mixed them with the levels would be misread: an increment ("6,000 more
// troops", "an additional 3,000") adds to an earlier figure, and a part
// of the group moved, treated or freed ("2,000 wounded flown home",
// "40 hostages released") is a subset of the total, not a new total.
// Each such claim goes into a series of its own beside the levels, keyed
// by the part it counts.

// incrementPart names the series of increments.
const incrementPart = "additional"

// partOf returns the part of its group a count claim counts: "" for a
// level, incrementPart for an increment, or the words that say what
// happened to a subset ("flown or carried back", "released").
func partOf(c *dossier.LedgerClaim) string {
	if quant.Increment(c.Text.Number) {
		return incrementPart
	}
	if subsetMeasures[c.Measure] && namesHarm(c.Text.Counted) {
		return subsetPredicate(c)
	}
	return ""
}

// harmWords in a counted group say what happened to it before the
// predicate: "wounded soldiers flown home" moves some of the wounded,
// while in "24 people were hospitalised" the predicate is the injury
// itself, and the figure a level.
var harmWords = wordSet("wounded injured hurt dead killed bodies remains hostages hostage captives prisoners " +
	"detainees detained captured abducted kidnapped infected patients casualties victims")

// namesHarm reports whether the counted group names what happened to it.
func namesHarm(counted string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(counted)) {
		if harmWords[strings.Trim(w, ",.;:\"“”'’()")] {
			return true
		}
	}
	return false
}

// subsetMeasures are the cumulative measures whose groups can be moved,
// treated or freed in part. The displaced are moved by definition.
var subsetMeasures = map[dossier.Measure]bool{
	dossier.Injured: true, dossier.Deaths: true, dossier.Casualties: true, dossier.Cases: true,
	dossier.Captured: true, dossier.Kidnapped: true, dossier.Arrested: true,
}

// subsetVerbs move, treat or free part of a group whatever follows them;
// moveVerbs only with "home", "back" or a destination ("sent home",
// "taken to hospital"; "taken prisoner" is a capture).
var (
	subsetVerbs = wordSet("flown airlifted evacuated carried transported repatriated treated hospitalised hospitalized " +
		"admitted discharged released freed exchanged swapped returned")
	moveVerbs = wordSet("sent taken brought moved transferred")
	// Words between the group and its verb: auxiliaries, relatives, adverbs.
	verbLead = wordSet("had have has been were was are is be being who that which since later then now already " +
		"reportedly subsequently also all")
	// Words that end the predicate read for a label.
	labelEnd = wordSet("to from in into at on between since by for during after before with across within")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(s) {
		m[w] = true
	}
	return m
}

// subsetPredicate reads the clause after a claim's counted group in its
// evidence sentence and returns the predicate ("flown or carried back")
// when it moves, treats or frees the group, else "".
func subsetPredicate(c *dossier.LedgerClaim) string {
	after := c.Counted.End
	if c.Counted.IsZero() || c.Counted.End < c.Number.End {
		after = c.Number.End
	}
	off := after - c.Evidence.Start
	ev := c.Text.Evidence
	if off < 0 || off > len(ev) || c.Evidence.IsZero() {
		return ""
	}
	ws := clauseWords(ev[off:])
	i := 0
	for i < len(ws) && (verbLead[ws[i]] || strings.HasSuffix(ws[i], "ly")) {
		i++
	}
	if i == len(ws) {
		return ""
	}
	switch {
	case subsetVerbs[ws[i]]:
	case moveVerbs[ws[i]] && i+1 < len(ws) && (ws[i+1] == "home" || ws[i+1] == "back" || ws[i+1] == "to"):
	default:
		return ""
	}
	j := i + 1
	for j < len(ws) && j < i+5 && !labelEnd[ws[j]] {
		j++
	}
	return strings.Join(ws[i:j], " ")
}

// clauseWords returns the lower-case words of s up to the first clause
// break (a comma, semicolon, colon, dash or the end of the sentence).
func clauseWords(s string) []string {
	var out []string
	for f := range strings.FieldsSeq(s) {
		w := strings.ToLower(strings.TrimLeft(f, "\"“‘'("))
		end := strings.TrimRight(w, ",;:.!?\"”’')")
		if end != "" && end != "-" && end != "–" && end != "—" {
			out = append(out, end)
		}
		if end != w || w == "-" || w == "–" || w == "—" {
			break
		}
	}
	return out
}

// partLabel writes a part series' counted group: "additional North
// Korean troops", "North Korean troops flown or carried back".
func partLabel(counted, part string) string {
	switch part {
	case "":
		return counted
	case incrementPart:
		return incrementPart + " " + counted
	}
	return counted + " " + part
}
