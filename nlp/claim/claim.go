// Package claim assembles the layers of a document into claims: count
// claims (a figure, what it counts, who says it, how sure, when, where) and
// statement claims (attributed content).
package claim

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
)

// Stage builds claims from quantities, attributions, times and entities.
type Stage struct {
	// Statements also makes a statement claim of every attribution.
	Statements bool
}

// New returns the claim stage; it emits statement claims too.
func New() *Stage { return &Stage{Statements: true} }

func (*Stage) Name() string { return "claims" }
func (*Stage) Requires() nlp.Layer {
	return nlp.Tokens | nlp.Sentences | nlp.Entities | nlp.Times | nlp.Quantities | nlp.Attributions
}
func (*Stage) Provides() nlp.Layer { return nlp.Claims }

// Process appends claims in text order.
func (s *Stage) Process(d *nlp.Doc) error {
	start := len(d.Claims)
	places := placeIndex(d)
	for qi := range d.Quantities {
		q := &d.Quantities[qi]
		if q.Kind != dossier.KindCount || q.Measure == "" {
			continue
		}
		d.Claims = append(d.Claims, countClaim(d, places, q))
	}
	if s.Statements {
		for ai := range d.Attributions {
			if d.Attributions[ai].Learned {
				continue // see attributionOf
			}
			if c, ok := statementClaim(d, places, &d.Attributions[ai]); ok {
				d.Claims = append(d.Claims, c)
			}
		}
	}
	sortByEvidence(d.Claims[start:])
	for i := start; i < len(d.Claims); i++ {
		d.Claims[i].ID = "c" + strconv.Itoa(i-start+1)
	}
	return nil
}

func sortByEvidence(cs []dossier.Claim) {
	// Insertion sort: claims arrive nearly ordered and are few.
	key := func(c *dossier.Claim) int {
		if c.Kind == dossier.CountClaim {
			return c.Number.Start
		}
		if !c.Cue.IsZero() && c.Cue.Start < c.Content.Start {
			return c.Cue.Start
		}
		return c.Content.Start
	}
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && key(&cs[j]) < key(&cs[j-1]); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// sentenceSpan returns the byte span of the sentence holding byte offset off.
func sentenceSpan(d *nlp.Doc, off int) (dossier.Span, int) {
	if len(d.Tokens) == 0 || len(d.Sentences) == 0 {
		return dossier.Span{}, -1
	}
	// The sentence of the token at off, or of the next token when off falls
	// between two: searching the few sentences by byte, not the many
	// tokens, is what keeps a claim cheap.
	si := min(d.SentenceAt(off), len(d.Sentences)-1)
	s := d.Sentences[si]
	return dossier.Span{Start: s.Start, End: s.End}, si
}

// attributionOf returns the attribution whose content holds span sp, the
// innermost one when several do, or nil. Only the rules' attributions
// count: the learned ones follow PolNeAR's broad notion of attribution
// ("voted for", "nicknamed"), under which a figure in the content of an
// act is not that actor's claim.
func attributionOf(d *nlp.Doc, sp dossier.Span) *dossier.Attribution {
	var best *dossier.Attribution
	bestLen := 0
	for i := range d.Attributions {
		a := &d.Attributions[i]
		if a.Learned {
			continue
		}
		for _, c := range a.Content {
			if c.Contains(sp) && (best == nil || c.Len() < bestLen) {
				best, bestLen = a, c.Len()
			}
		}
	}
	return best
}

// describes reports whether hedge h is a participle describing the noun
// before it ("two youths believed to be supporters of X"), not a doubt
// about what happened to them ("are believed to be dead" has a verb
// before it).
func describes(d *nlp.Doc, h dossier.Span) bool {
	i := d.TokenAt(h.Start)
	if i < 1 || i+2 >= len(d.Tokens) || !oneOf(strings.ToLower(h.Text(d.Text)), "believed", "thought", "suspected") {
		return false
	}
	if d.Word(i+1) != "to" || d.Word(i+2) != "be" {
		return false
	}
	if len(d.POS) != len(d.Tokens) {
		return false
	}
	p := d.POS[i-1]
	return strings.HasPrefix(p, "NN") && !strings.HasPrefix(p, "NNP")
}

// hedgesAModifier reports whether hedge adverb h qualifies a phrase that
// is not the one of the figure at target: a reason or manner after the
// figure ("arrested 137 people for allegedly spying": a preposition, the
// hedge, a gerund), or what a noun before the figure is like ("a
// neighbour apparently intent on assault … killed one girl": a noun, the
// hedge, an adjective). Annotators read the figures as unhedged.
func hedgesAModifier(d *nlp.Doc, h, target dossier.Span) bool {
	if len(d.POS) != len(d.Tokens) || !strings.HasSuffix(strings.ToLower(h.Text(d.Text)), "ly") {
		return false
	}
	i := d.TokenAt(h.Start)
	if i < 1 || i+1 >= len(d.Tokens) || d.Tokens[i].End != h.End {
		return false
	}
	before, after := d.POS[i-1], d.POS[i+1]
	switch {
	case target.End <= h.Start && before == "IN" && after == "VBG":
		return true
	case h.End <= target.Start && strings.HasPrefix(before, "NN") && (after == "JJ" || after == "JJR"):
		return true
	case h.End <= target.Start && strings.HasPrefix(before, "NN") && after == "NN" && i+2 < len(d.Tokens) && (d.POS[i+2] == "IN" || d.POS[i+2] == "TO"):
		return true // "a neighbour apparently intent on assault", the tagger reading "intent" as a noun
	}
	return false
}

// reportsOfNone returns the attribution of a zero that opens its cue:
// "there were no reports of injuries" reports none, with the cue
// "reports" right after the zero and what is counted in its content.
func reportsOfNone(d *nlp.Doc, q *dossier.Quantity) *dossier.Attribution {
	for i := range d.Attributions {
		a := &d.Attributions[i]
		if a.Learned || a.Cue.Start < q.Number.End || strings.TrimSpace(d.Text[q.Number.End:a.Cue.Start]) != "" {
			continue
		}
		for _, c := range a.Content {
			if c.Contains(q.Counted) {
				return a
			}
		}
	}
	return nil
}

func countClaim(d *nlp.Doc, places []int32, q *dossier.Quantity) dossier.Claim {
	ev, _ := sentenceSpan(d, q.Number.Start)
	c := dossier.Claim{
		Kind: dossier.CountClaim, Measure: q.Measure,
		Low: q.Low, High: q.High, Bound: q.Bound,
		Number: q.Span, Counted: q.Counted, Evidence: ev,
	}
	if c.Counted.IsZero() {
		c.Counted = q.Number // the GUIDE: a bare number counts itself
	}
	if q.Hedge != "" && (q.Bound == dossier.Approx || hasApproxWord(q.Hedge)) {
		c.Hedges = append(c.Hedges, strings.ToLower(q.Hedge)) // "at least about" is min, and hedged
	}
	a := attributionOf(d, q.Span)
	if a == nil && q.High == 0 && !q.Counted.IsZero() {
		a = reportsOfNone(d, q)
	}
	if a != nil && isDirective(d, a.Cue) {
		// "HRW has called for an inquiry into an attack that killed 13":
		// a request, not a report; the figure is the outlet's own.
		a = nil
	}
	applyAttribution(d, &c, a, q.Span, presupposedFate(d, q))
	// "there were no reports of casualties, officials said": none is what
	// reports do not say, whoever relays it.
	if q.High == 0 && !q.Counted.IsZero() && q.Counted.Start > q.Number.End && c.Certainty == dossier.Reported {
		if between := strings.ToLower(strings.TrimSpace(d.Text[q.Number.End:q.Counted.Start])); between == "reports of" || between == "report of" {
			c.Hedges = append(c.Hedges, "reports")
			c.Certainty = dossier.Hedged
		}
	}
	if c.Certainty == dossier.Reported && q.Bound == dossier.Approx || c.Certainty == dossier.Asserted && len(c.Hedges) > 0 {
		c.Certainty = dossier.Hedged
	}
	c.When = when(d, ev, q.Span, a)
	c.Where = where(d, places, ev, q.Span, c.Sources)
	return c
}

func statementClaim(d *nlp.Doc, places []int32, a *dossier.Attribution) (dossier.Claim, bool) {
	if len(a.Content) == 0 {
		return dossier.Claim{}, false
	}
	content := dossier.Span{Start: a.Content[0].Start, End: a.Content[len(a.Content)-1].End}
	// The evidence runs from the sentence of the first byte of cue, source
	// and content to that of the last: sentences are in order, so two
	// lookups do for the six ends.
	first, last := content.Start, content.End
	for _, sp := range []dossier.Span{a.Cue, a.Source.Span} {
		if !sp.IsZero() {
			first, last = min(first, sp.Start), max(last, sp.End)
		}
	}
	ev := content
	s, _ := sentenceSpan(d, first)
	e, _ := sentenceSpan(d, last-1)
	ev.Start, ev.End = min(ev.Start, s.Start), max(ev.End, e.End)
	c := dossier.Claim{Kind: dossier.StatementClaim, Content: content, Evidence: ev}
	applyAttribution(d, &c, a, content, dossier.Span{})
	// Dates are weighed from the start of the content, so that one in a
	// later relative clause ("…, where … in August") is not the claim's.
	c.When = when(d, ev, dossier.Span{Start: content.Start, End: content.Start}, a)
	c.Where = where(d, places, ev, content, c.Sources)
	return c, true
}

// presupposedFate returns the participle that gives q its measure when it
// follows the counted noun inside the phrase ("the four Americans killed in
// the attack"), so that the deaths are taken as given and the predicate
// after it ("might have been saved") says something else; else the zero
// span.
func presupposedFate(d *nlp.Doc, q *dossier.Quantity) dossier.Span {
	if q.Cue.IsZero() || q.Counted.IsZero() || q.Cue.Start < q.Counted.End || q.Cue.Start-q.Counted.End > 1 {
		return dossier.Span{}
	}
	w := strings.ToLower(q.Cue.Text(d.Text))
	if !strings.HasSuffix(w, "ed") && w != "slain" && w != "hurt" {
		return dossier.Span{}
	}
	return q.Cue
}

// fractionAfter reports whether hedge h qualifies a share right after it:
// "roughly half", "about a third", "nearly two-thirds".
func fractionAfter(d *nlp.Doc, h dossier.Span) bool {
	i := d.TokenAt(h.End)
	for i >= 0 && i < len(d.Tokens) && d.Tokens[i].Start < h.End {
		i++
	}
	if i < 0 || i >= len(d.Tokens) {
		return false
	}
	w := strings.ToLower(d.Word(i))
	if w == "a" && i+1 < len(d.Tokens) {
		w = strings.ToLower(d.Word(i + 1))
	}
	switch w {
	case "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "two-thirds", "three-quarters", "majority", "most":
		return true
	}
	return false
}

// applyAttribution fills sources, cue, hedges and certainty from a (which
// may be nil: the outlet itself asserts the claim). Hedges after a fate
// the figure's phrase presupposes (presupposedFate) are not the figure's.
func applyAttribution(d *nlp.Doc, c *dossier.Claim, a *dossier.Attribution, target, presupposed dossier.Span) {
	c.Certainty = dossier.Asserted
	if a == nil {
		return
	}
	c.Cue = a.Cue
	if !a.Source.Span.IsZero() {
		for _, m := range coordinated(d, a.Source) {
			c.Sources = append(c.Sources, dossier.Source{Role: dossier.Speaker, Mention: m})
		}
	}
	for _, m := range a.Cited {
		if reportsOther(d, a, m, target) {
			continue // "…, after Pyongyang acknowledged the deployment": not who told the figure
		}
		// "according to the ministry" with nobody relaying it: the
		// ministry is the speaker.
		role := dossier.Cited
		if c.Sources == nil {
			role = dossier.Speaker
		}
		for _, m := range coordinated(d, m) {
			c.Sources = append(c.Sources, dossier.Source{Role: role, Mention: m})
		}
	}
	for _, h := range a.Hedges {
		if insideQuantity(d, h) && !target.Contains(h) || c.Kind == dossier.CountClaim && insideQuantity(d, h) {
			// "approximately" qualifies its own figure, not the others in
			// the clause; a count claim takes it from its quantity.
			continue
		}
		if inConditional(d, h, target) {
			continue // "ready to return the two soldiers if Pyongyang could arrange a swap"
		}
		if otherClause(d, h, target) {
			continue // "Dozens were missing, and the toll was expected to rise"
		}
		if h.End <= target.Start && fractionAfter(d, h) {
			continue // "roughly half of the 7,500 troops": the share is rough, not the 7,500
		}
		if !presupposed.IsZero() && h.Start >= presupposed.End {
			continue // "the four Americans killed in the attack might have been saved"
		}
		if describes(d, h) {
			continue // "two youths believed to be supporters of X had been killed"
		}
		if hedgesAModifier(d, h, target) {
			continue // "arrested 137 people for allegedly spying", "a neighbour apparently intent on …"
		}
		c.Hedges = append(c.Hedges, strings.ToLower(h.Text(d.Text)))
	}
	switch {
	case a.Negated:
		c.Certainty = dossier.Denied
	case a.Unconfirmed:
		c.Certainty = dossier.Unconfirmed
	case len(c.Hedges) > 0:
		c.Certainty = dossier.Hedged
	case a.Source.Span.IsZero() && len(a.Cited) == 0:
		// "were reported", "it was mentioned": a report with nobody named.
		c.Certainty = dossier.Hedged
	default:
		c.Certainty = dossier.Reported
	}
}

// coordinated splits a source that coordinates named sources ("Lawmakers
// Lee Seong-kweun and Park Sun-won", "Russia and Belarus", "Kim, Choi and
// Han") into one mention per conjunct, each resolved to the named entity
// in it, so that every name is a source and not only the last. A
// descriptor before the first name stays with it ("Lawmakers Lee
// Seong-kweun"). Conjunctions inside a name ("Bosnia and Herzegovina")
// do not split it, and a conjunct without a name ("the ministry and
// police") keeps the mention whole.
func coordinated(d *nlp.Doc, m dossier.Mention) []dossier.Mention {
	if !m.Antecedent.IsZero() {
		return []dossier.Mention{m}
	}
	insideName := func(off int) bool {
		for i := range d.Entities {
			if d.Entities[i].Span.Start <= off && off < d.Entities[i].Span.End {
				return true
			}
		}
		return false
	}
	var parts []dossier.Span
	start, and := m.Span.Start, false
	for i := d.TokenAt(m.Span.Start); i < len(d.Tokens) && d.Tokens[i].End <= m.Span.End; i++ {
		if w := d.Word(i); (w == "and" || w == "," || w == "&") && !insideName(d.Tokens[i].Start) {
			if d.Tokens[i].Start > start {
				parts = append(parts, dossier.Span{Start: start, End: d.Tokens[i].Start})
			}
			start, and = d.Tokens[i].End, and || w != ","
		}
	}
	// Commas alone set off an apposition ("the agency's chief, Kim"), not a list.
	if len(parts) == 0 || !and {
		return []dossier.Mention{m}
	}
	parts = append(parts, dossier.Span{Start: start, End: m.Span.End})
	out := make([]dossier.Mention, 0, len(parts))
	var typ dossier.EntityType
	for _, p := range parts {
		p = trimSpace(d.Text, p)
		e := namedConjunct(d, p)
		// Names of one kind: "PG&E President and CEO Andy Vesey", "the
		// Road Transport and Bridges Minister Obaidul Quader" are one
		// person with a coordinated title.
		if e == nil || typ != "" && e.Type != typ {
			return []dossier.Mention{m}
		}
		typ = e.Type
		out = append(out, dossier.Mention{Span: p, Entity: e.ID})
	}
	return out
}

// namedConjunct returns the person, organisation or place that a
// conjunct of a coordinated source names, or nil. The name must close the
// conjunct, a title or description may come before it ("Lawmakers Lee"),
// and only capitalised words after it (the rest of a name the recogniser
// cut short: "Lee Seong-kweun"); "the ministry's spokesman" names a
// person, not the ministry.
func namedConjunct(d *nlp.Doc, p dossier.Span) *dossier.Entity {
	if p.IsZero() {
		return nil
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if !p.Contains(e.Span) || e.Type != dossier.Person && e.Type != dossier.Org && e.Type != dossier.GPE {
			continue
		}
		// "Officials in Kyiv and Washington": the names are the object of
		// a preposition, and the officials the one source.
		for k := d.TokenAt(p.Start); k < len(d.Tokens) && d.Tokens[k].End <= e.Span.Start; k++ {
			if oneOf(d.Word(k), "in", "of", "from", "at", "for", "with", "by", "on", "to", "near", "inside") {
				return nil
			}
		}
		for k := d.TokenAt(e.Span.End); k < len(d.Tokens) && d.Tokens[k].End <= p.End; k++ {
			if w := d.Word(k); w == "" || w[0] < 'A' || w[0] > 'Z' {
				return nil
			}
		}
		return e
	}
	return nil
}

// trimSpace narrows sp to exclude white space at either end.
func trimSpace(text string, sp dossier.Span) dossier.Span {
	for sp.Start < sp.End && strings.ContainsRune(" \t\n\r", rune(text[sp.Start])) {
		sp.Start++
	}
	for sp.End > sp.Start && strings.ContainsRune(" \t\n\r", rune(text[sp.End-1])) {
		sp.End--
	}
	return sp
}

// when picks the date a claim holds or was stated: a date attached to the
// speech act ("said on Monday"), else one in the figure's own clause, else
// the publication date. Dates in other clauses ("…, where Ukraine launched
// an incursion in August") describe other events.
func when(d *nlp.Doc, ev, target dossier.Span, a *dossier.Attribution) *dossier.ClaimTime {
	var best *dossier.Timex
	bestDist := 0
	for i := range d.Times {
		t := &d.Times[i]
		if !ev.Contains(t.Span) || t.Type != dossier.Date && t.Type != dossier.Time || !isCalendarValue(t.Value) {
			continue
		}
		if a != nil && (a.Source.Span.Contains(t.Span) || a.Cue.Contains(t.Span)) {
			continue // "the operator, which lost money last year, said"
		}
		if isCountNumber(d, t.Span) {
			continue // "1720 had been discharged" is a count, not a year
		}
		if boundsAnInterval(d, t.Span) {
			continue // "killed since October": the count holds now, not in October
		}
		// The event's own date comes first ("said on Tuesday that 300 were
		// killed last week" holds last week), then the date of the speech
		// act; else the publication date.
		var dist int
		switch {
		case (a == nil || inContent(a, t.Span) || a.Cue.IsZero()) && sameClause(d, target, t.Span):
			dist = abs(t.Span.Start - target.Start)
		case a != nil && !a.Cue.IsZero() && !inContent(a, t.Span):
			dist = 1000 + abs(t.Span.Start-a.Cue.Start)
		default:
			continue
		}
		if best == nil || dist < bestDist {
			best, bestDist = t, dist
		}
	}
	if best != nil {
		best = rangeEnd(d, best)
		v := best.Value
		if best.Type == dossier.Time && len(v) > 10 {
			v = v[:10] // "on Sunday night" dates the claim to Sunday
		}
		return &dossier.ClaimTime{Value: v, Span: best.Span}
	}
	if !d.Published.IsZero() {
		return &dossier.ClaimTime{Value: d.Published.Format("2006-01-02")}
	}
	return nil
}

// rangeEnd returns the time that closes the range t opens ("between January
// and March", "from May to July"), else t: a figure counted over a period
// holds at its end.
func rangeEnd(d *nlp.Doc, t *dossier.Timex) *dossier.Timex {
	i := d.TokenAt(t.Span.Start)
	if i <= 0 || !oneOf(d.Word(i-1), "between", "Between", "from", "From") {
		return t
	}
	j := d.TokenAt(t.Span.End-1) + 1
	if j+1 >= len(d.Tokens) || !oneOf(d.Word(j), "and", "to", "through", "until", "till", "-", "\u2013") {
		return t
	}
	for k := range d.Times {
		u := &d.Times[k]
		if u.Span.Start == d.Tokens[j+1].Start && u.Type == t.Type && isCalendarValue(u.Value) {
			return u
		}
	}
	return t
}

// boundsAnInterval reports whether the time at sp opens or closes a span of
// time rather than dating an event: "since October", "until March",
// "before the war began in 2022".
func boundsAnInterval(d *nlp.Doc, sp dossier.Span) bool {
	i := d.TokenAt(sp.Start)
	if oneOf(d.Word(i), "since", "until", "Since", "Until") {
		return true
	}
	// The word before, or "since" earlier in the same clause:
	// "since they were sent into combat earlier this month".
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		w := d.Word(j)
		if oneOf(w, "since", "until", "till", "Since", "Until") || j == i-1 && oneOf(w, "before", "after", "Before", "After") {
			return true
		}
		if len(w) == 1 && strings.ContainsAny(w, ",;:.") || oneOf(w, "and", "but", "that", "said") {
			return false
		}
	}
	return false
}

// inConditional reports whether hedge h sits in an "if" or "unless" clause
// that follows target: the condition's modal ("if Pyongyang could arrange
// an exchange") says nothing about how sure the figure is.
func inConditional(d *nlp.Doc, h, target dossier.Span) bool {
	if h.Start < target.End {
		return false
	}
	for i := d.TokenAt(h.Start) - 1; i >= 0 && d.Tokens[i].Start >= target.End; i-- {
		switch d.Word(i) {
		case "if", "unless", "If", "Unless":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// otherClause reports whether hedge h lies in another coordinated clause
// than the target figure: a ", and", ", but" or ";" between them joins two
// clauses with their own predicates, and the hedge qualifies only its own.
func otherClause(d *nlp.Doc, h, target dossier.Span) bool {
	a, b := target.End, h.Start
	if h.End <= target.Start {
		a, b = h.End, target.Start
	}
	if a >= b {
		return false
	}
	for i := d.TokenAt(a); i >= 0 && i < len(d.Tokens) && d.Tokens[i].Start < b; i++ {
		if d.Tokens[i].Start < a {
			continue
		}
		switch d.Word(i) {
		case ";":
			return true
		case ",":
			if i+1 < len(d.Tokens) && d.Tokens[i+1].Start < b {
				if w := d.Word(i + 1); w == "and" || w == "but" {
					return true
				}
			}
		}
	}
	return false
}

// reportsOther reports whether cited source m of a is the source of a
// speech act nested in a's content that says something other than the
// target figure: "the agency said 600 had been killed, after Pyongyang
// acknowledged the deployment" does not make Pyongyang the agency's source.
func reportsOther(d *nlp.Doc, a *dossier.Attribution, m dossier.Mention, target dossier.Span) bool {
	for i := range d.Attributions {
		b := &d.Attributions[i]
		if b == a || b.Learned || b.Cue.IsZero() || !inContent(a, b.Cue) || !namesSource(b, m.Span) {
			continue
		}
		for _, c := range b.Content {
			if c.Contains(target) {
				return false
			}
		}
		return len(b.Content) > 0
	}
	return false
}

// namesSource reports whether sp is b's source or one it cites.
func namesSource(b *dossier.Attribution, sp dossier.Span) bool {
	if b.Source.Span == sp {
		return true
	}
	for _, c := range b.Cited {
		if c.Span == sp {
			return true
		}
	}
	return false
}

// isDirective reports whether a cue asks for something rather than says
// something: "called for", "urged", "demanded", "is seeking".
func isDirective(d *nlp.Doc, cue dossier.Span) bool {
	if cue.IsZero() {
		return false
	}
	for i := d.TokenAt(cue.Start); i < len(d.Tokens) && d.Tokens[i].Start < cue.End; i++ {
		w := strings.ToLower(d.Word(i))
		switch w {
		case "urged", "urges", "urging", "demanded", "demands", "demanding", "seeking", "seeks", "sought",
			"appealed", "appeals", "pleaded", "begged", "requested", "requests":
			return true
		case "called", "calls", "calling":
			if j := i + 1; j < len(d.Tokens) && d.Word(j) == "for" {
				return true
			}
		}
	}
	return false
}

// approxWords are the qualifiers that make a figure approximate (DESIGN §4).
var approxWords = map[string]bool{
	"about": true, "around": true, "some": true, "roughly": true, "approximately": true, "nearly": true,
	"almost": true, "estimated": true, "reportedly": true, "approx": true, "circa": true, "perhaps": true,
}

func hasApproxWord(hedge string) bool {
	for _, w := range strings.Fields(strings.ToLower(hedge)) {
		if approxWords[w] {
			return true
		}
	}
	return false
}

// isCountNumber reports whether sp overlaps the number of a counted figure.
func isCountNumber(d *nlp.Doc, sp dossier.Span) bool {
	for i := range d.Quantities {
		q := &d.Quantities[i]
		if q.Kind == dossier.KindCount && q.Number.Overlaps(sp) {
			return true
		}
	}
	return false
}

func inContent(a *dossier.Attribution, sp dossier.Span) bool {
	for _, c := range a.Content {
		if c.Overlaps(sp) {
			return true
		}
	}
	return false
}

// insideQuantity reports whether sp lies in some quantity's expression.
func insideQuantity(d *nlp.Doc, sp dossier.Span) bool {
	for i := range d.Quantities {
		if d.Quantities[i].Span.Contains(sp) {
			return true
		}
	}
	return false
}

// sameClause reports whether no clause boundary (a semicolon, a dash or a
// relative word such as "where" or "which") separates spans a and b.
// Adverbial clauses ("killed when the train derailed on Sunday") date the
// same event, so they do not count.
func sameClause(d *nlp.Doc, a, b dossier.Span) bool {
	lo, hi := a.End, b.Start
	if b.Start < a.Start {
		lo, hi = b.End, a.Start
	}
	for i := d.TokenAt(lo); i < len(d.Tokens) && d.Tokens[i].End <= hi; i++ {
		w := d.Word(i)
		if oneOf(w, ";", "–", "—", "--", "where", "which", "who", "whom", "whose") {
			return false
		}
		// A relative "that" after a noun ("the region that Ukraine seized
		// last August") and a second content clause (", and that 2,000
		// were flown home between January and March") say something else.
		if w == "that" && i > 0 && (len(d.POS) > i && strings.HasPrefix(d.POS[i-1], "NN") || d.Word(i-1) == "and") {
			return false
		}
	}
	return true
}

// isCalendarValue accepts TIMEX3 date values that name a calendar date,
// month, season or year (2025-01-13, 2024-12, 2024-FA, 2016), not
// references like PRESENT_REF or partial ones like XXXX-08.
func isCalendarValue(v string) bool {
	if len(v) < 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return !strings.Contains(v, "X") && !strings.Contains(v, "W") && !strings.Contains(v, "Q")
}

// where picks the place of a claim: a place entity in the evidence sentence
// that follows a locative preposition ("in Kursk", "the region of Kursk"),
// nearest after the figure, else nearest before it. Places inside a
// source ("South Korea's military") or opening the sentence as its subject
// ("Pyongyang plans to send") say who, not where.
func where(d *nlp.Doc, places []int32, ev, target dossier.Span, sources []dossier.Source) *dossier.ClaimPlace {
	var best *dossier.Entity
	bestDist := 0
	k, _ := slices.BinarySearchFunc(places, ev.Start, func(i int32, off int) int { return d.Entities[i].Span.Start - off })
	for ; k < len(places) && d.Entities[places[k]].Span.Start < ev.End; k++ {
		e := &d.Entities[places[k]]
		if !ev.Contains(e.Span) {
			continue
		}
		if inSources(sources, e.Span) || !afterLocative(d, e.Span) {
			continue
		}
		dist := e.Span.Start - target.End
		if dist < 0 {
			dist = -dist * 2 // places before the figure are less likely its scope
		}
		if best == nil || dist < bestDist {
			best, bestDist = e, dist
		}
	}
	if best == nil {
		return nil
	}
	return &dossier.ClaimPlace{Span: best.Span, Entity: best.ID}
}

// placeIndex returns the indices of d's places (GPE, LOC, FAC), by where
// they start: a claim looks only at those inside its evidence.
func placeIndex(d *nlp.Doc) []int32 {
	var places []int32
	for i := range d.Entities {
		if t := d.Entities[i].Type; t == dossier.GPE || t == dossier.Loc || t == dossier.Fac {
			places = append(places, int32(i))
		}
	}
	slices.SortStableFunc(places, func(a, b int32) int { return d.Entities[a].Span.Start - d.Entities[b].Span.Start })
	return places
}

func inSources(sources []dossier.Source, sp dossier.Span) bool {
	for _, s := range sources {
		if s.Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// afterLocative reports whether a locative preposition comes right before
// sp, an article aside ("in Kursk", "to the Kursk region", "of Kursk").
func afterLocative(d *nlp.Doc, sp dossier.Span) bool {
	k := d.TokenAt(sp.Start) - 1
	if k >= 0 && oneOf(d.Word(k), "the", "a", "an") {
		k--
	}
	return k >= 0 && oneOf(d.Word(k), "in", "at", "near", "to", "into", "of", "across", "inside", "outside", "around", "throughout", "from")
}

// oneOf reports whether w is one of words, ignoring case, without
// allocating a lower-case copy.
func oneOf(w string, words ...string) bool {
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
