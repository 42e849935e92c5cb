package quant

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/text"
)

// core is a bare number read from tokens [start,end).
type core struct {
	end     int
	v       float64
	raw     float64 // the value before a scale word ("10" of "10 to 12 million")
	scale   float64 // the scale word applied, 0 when none
	high    float64 // range inside one token
	rng     bool
	kind    dossier.QuantityKind
	unit    string
	dec     bool
	year    bool
	digits  bool
	vague   bool
	zero    bool
	bare    bool // "no one", "none": no noun follows
	approx  bool // "a dozen", "30-odd"
	min     bool // "100-plus"
	ordinal bool
	part    bool // "one of them": a count only when a verb says what happened to it
}

// core reads the number starting at token i, if any.
func (sc *scratch) core(i, first, last int) (core, bool) {
	var c core
	t := &sc.t[i]
	if !t.ok {
		return c, false
	}
	w := sc.w(i)
	if t.kind == text.Number {
		// The tokenizer splits "10,000-12,000" after "12": join the
		// thousands groups that touch it back on.
		k := i
		for k+2 < last && sc.adjacent(k) && sc.w(k+1) == "," && sc.adjacent(k+1) && sc.t[k+2].kind == text.Number && threeDigits(sc.w(k+2)) {
			k += 2
		}
		if k > i {
			w = sc.text[sc.toks[i].Start:sc.toks[k].End]
		}
		d := parseDigits(w)
		if !d.ok {
			return c, false
		}
		sfx := readSuffix(w[d.n:], d)
		if sfx.skip {
			return c, false
		}
		c.digits = true
		c.dec = d.dec
		c.year = isYear(d) && d.n == len(w)
		c.v, c.raw = d.v, d.v
		c.kind, c.unit = sfx.kind, sfx.unit
		c.min, c.approx = sfx.min, sfx.apx
		if sfx.kind == dossier.KindOrdinal {
			c.ordinal = true
		}
		if sfx.scale > 0 {
			c.scale = sfx.scale
			c.v = scaled(d.v, sfx.scale)
		}
		if sfx.rng {
			c.rng = true
			c.high = sfx.high
			if sfx.scale > 0 {
				c.high = scaled(sfx.high, sfx.scale)
			}
		}
		j := k + 1
		// 19:00, 3:30 — a time of day.
		if c.kind == "" && j+1 < last && sc.w(j) == ":" && sc.t[j+1].kind == text.Number && sc.adjacent(i) && sc.adjacent(j) {
			c.kind = dossier.KindMeasure
			c.unit = "time"
			j += 2
		}
		// "2.7 million", "27 hundred thousand", "2 dozen".
		if c.kind == "" && c.scale == 0 && !c.rng {
			for n := 0; n < 2 && j < last; n++ {
				f := sc.t[j].f
				if f&fScale != 0 && sc.t[j].kind == text.Word {
					c.v = scaled(c.v, sc.t[j].e.num)
					c.scale = c.v / nonzero(c.raw)
					c.year = false
					j++
					continue
				}
				if f&fDozen != 0 && n == 0 {
					c.v *= 12
					c.year = false
					j++
				}
				if sc.t[j].kind == text.Word && n == 0 {
					if p, more := cutHyphen(sc.w(j)); more != "" {
						if e := lookup(p); e != nil && e.f&fScale != 0 {
							c.v = scaled(c.v, e.num)
							c.scale = e.num
							c.year = false
							sfx := wordSuffix(more, suffix{})
							c.kind, c.unit = sfx.kind, sfx.unit
							j++
						}
					}
				}
				break
			}
		}
		c.end = j
		return c, true
	}
	if t.kind != text.Word {
		return c, false
	}
	e := t.e
	lw := ""
	switch {
	case e != nil:
		lw = e.word
	case sc.is(i, "several"):
		lw = "several"
	case sc.is(i, "few"):
		lw = "few"
	case sc.is(i, "tens"):
		lw = "tens"
	}
	switch {
	case e != nil && e.f&fZero != 0:
		return sc.zero(i, lw, last)
	case lw == "without":
		// "took the town without casualties": none.
		j := i + 1
		if j < last && sc.is(j, "any") {
			j++
		}
		if j < last && sc.isOneOf(j, "casualties", "casualty", "injuries", "injury", "deaths", "fatalities", "bloodshed") {
			return core{zero: true, end: j}, true // ("without any casualties")
		}
		return core{}, false
	case lw == "not" || lw == "never" || lw == "n't" || lw == "n’t":
		return sc.negZero(i, last)
	case lw == "a" || lw == "an":
		return sc.article(i, last)
	case lw == "half":
		// "half a million", "half a dozen"
		if i+2 < last && sc.is(i+1, "a") {
			if f := sc.t[i+2].f; f&(fScale|fDozen) != 0 {
				c.v = 0.5 * sc.t[i+2].e.num
				c.approx = f&fDozen != 0
				c.end = i + 3
				return c, true
			}
		}
		return c, false
	case lw == "several" || lw == "few" || lw == "tens":
		// "several thousand", "a few hundred", "tens of thousands": vague, min at twice the unit.
		j := i + 1
		if lw == "tens" {
			if j+1 < last && sc.is(j, "of") && sc.t[j+1].f&fVague != 0 {
				c.v = 10 * sc.t[j+1].e.num
				c.vague = true
				c.end = j + 2
				return c, true
			}
			return c, false
		}
		if j < last && sc.t[j].f&(fScale|fDozen) != 0 {
			c.v = 2 * sc.t[j].e.num
			c.vague = true
			c.end = j + 1
			return c, true
		}
		return c, false
	case e != nil && e.f&fVague != 0:
		if lw == "scores" && !sc.vagueScores(i, first, last) {
			return c, false
		}
		c.v = e.num
		c.vague = true
		c.end = i + 1
		// "hundreds of thousands"
		if i+2 < last && sc.is(i+1, "of") && sc.t[i+2].f&fVague != 0 && sc.t[i+2].e.num > e.num {
			c.v = e.num / 2 * sc.t[i+2].e.num
			c.end = i + 3
		}
		return c, true
	case e != nil && e.f&fOrdinal != 0:
		c.v = e.num
		c.kind = dossier.KindOrdinal
		c.ordinal = true
		c.end = i + 1
		return c, true
	}
	return sc.words(i, first, last)
}

// vagueScores reports whether "scores" at i is the vague number (forty or
// more) rather than results: "scores of people", "scores more were hurt",
// "scores were injured".
func (sc *scratch) vagueScores(i, first, last int) bool {
	j := i + 1
	if j >= last {
		return false
	}
	if sc.is(j, "of") || sc.is(j, "more") || sc.is(j, "others") {
		return true
	}
	// "left scores dead", "scores dead and hundreds wounded"
	if sc.t[j].f&fCueAdj != 0 && sc.t[j].e != nil && sc.t[j].e.m != "" {
		return true
	}
	// "scores were injured", "scores have been killed": a cue verb after
	// the auxiliaries, and no determiner before ("the scores were …").
	if i > first && (sc.t[i-1].f&fDet != 0 || sc.t[i-1].kind == text.Clitic || sc.npWord(i-1)) {
		return false
	}
	for n := 0; j < last && n < 3 && sc.t[j].f&(fAux|fAdv) != 0; n++ {
		j++
	}
	if j == i+1 || j >= last {
		return false
	}
	t := &sc.t[j]
	return t.f&(fCueVerb|fCueAdj) != 0 && t.e.m != "" && (t.shape&shEd != 0 || isParticiple(t.e.word))
}

// threeDigits reports whether w starts with exactly three digits.
func threeDigits(w string) bool {
	return len(w) >= 3 && isDigit(w[0]) && isDigit(w[1]) && isDigit(w[2]) && (len(w) == 3 || !isDigit(w[3]))
}

func nonzero(v float64) float64 {
	if v == 0 {
		return 1
	}
	return v
}

// zero reads "no one", "nobody", "none", "zero", and "no" before a noun.
func (sc *scratch) zero(i int, lw string, last int) (core, bool) {
	c := core{zero: true, end: i + 1}
	switch lw {
	case "none", "nobody":
		// ("none of the injuries were life-threatening": how bad, not how
		// many)
		if lw == "none" && i+3 < last && sc.is(i+1, "of") && sc.isOneOf(i+3, "injuries", "wounds", "injury") {
			return c, false
		}
		c.bare = true
		return c, true
	case "zero":
		// "zero deaths"; a bare "zero" is a level, not a count.
		return c, i+1 < last && sc.npWord(i+1)
	}
	// "no": a determiner before a noun, or "no one".
	if i+1 >= last {
		return c, false
	}
	if sc.is(i+1, "one") {
		c.end = i + 2
		c.bare = true
		return c, true
	}
	// "no reported casualties", "no confirmed deaths": a participle of
	// report before a measure noun is part of the zero.
	reported := i+2 < last && sc.reportParticiple(i+1) && sc.t[i+2].e.m != ""
	if sc.npWord(i+1) && !sc.verbish(i+1) || sc.t[i+1].f&fCueAdj != 0 || reported {
		if f := sc.t[i+1].f; f&(fMin|fMax|fApprox) != 0 && !reported || sc.is(i+1, "longer") || sc.is(i+1, "doubt") {
			return c, false
		}
		// "had no precise estimate of the numbers of workers …": no figure
		// was given, which is not a count of none.
		for j := i + 1; j < last && j < i+4; j++ {
			if sc.isOneOf(j, "estimate", "estimates", "figure", "figures", "information", "data", "details", "idea", "breakdown", "numbers", "tally", "count",
				// "no memory of the night Kennedy was shot", "no sign of the men"
				"memory", "recollection", "sign", "signs", "trace", "evidence", "indication", "proof", "knowledge", "clue",
				// "in no way affected", "no matter", "no reason to"
				"way", "means", "matter", "reason", "chance", "choice", "need", "point") {
				return c, false
			}
			if sc.is(j, "word") && !(j+2 < last && sc.is(j+1, "of") && sc.t[j+2].f&fCueNoun != 0) {
				return c, false // ("no word of casualties" is none)
			}
			if !sc.npWord(j) {
				break
			}
		}
		return c, true
	}
	return c, false
}

// negZero reads a negated count: "not a single life", "not one person",
// "is not holding any detainees". A report that names none says nothing
// of the number ("did not report any casualties": both held-out
// annotators who met it left it out).
func (sc *scratch) negZero(i, last int) (core, bool) {
	c := core{zero: true}
	j := i + 1
	if j+2 < last && sc.is(j, "a") && sc.is(j+1, "single") && sc.npWord(j+2) {
		c.end = j + 2
		return c, true
	}
	if j+1 < last && sc.is(j, "one") && !sc.is(j+1, "but") && !sc.is(j+1, "another") {
		c.end = j + 1
		if sc.is(j+1, "of") || sc.t[j+1].f&fAux != 0 {
			c.bare = true
			return c, true
		}
		return c, sc.npWord(j+1) && !sc.verbish(j+1)
	}
	// "not … any" before a measure noun: at most two verbs between — not
	// a verb of owning up ("has never acknowledged any casualties" says
	// nothing of their number).
	for n := 0; n < 2 && j < last && !sc.is(j, "any") && sc.t[j].kind == text.Word && sc.t[j].f&(fDet|fPrep|fConj|fPron|fZero) == 0; n++ {
		if sc.isOneOf(j, "acknowledged", "acknowledge", "admitted", "admit", "disclosed", "disclose", "revealed", "reveal", "confirmed", "confirm", "released", "release",
			"report", "reported", "mention", "mentioned", "say", "said", "give", "gave", "provide", "provided") {
			return c, false
		}
		j++
	}
	if j+1 >= last || !sc.is(j, "any") {
		return c, false
	}
	end := sc.npScan(j+1, last)
	if end <= j+1 {
		return c, false
	}
	if h := &sc.t[end-1]; h.f&fCueNoun == 0 || h.e.m == "" || h.shape&shPlural == 0 || h.e.word == "losses" {
		return c, false
	}
	c.end = j + 1
	return c, true
}

// article reads "a hundred", "a dozen", "a quarter million", "a few hundred".
func (sc *scratch) article(i, last int) (core, bool) {
	var c core
	j := i + 1
	if j >= last {
		return c, false
	}
	f := sc.t[j].f
	switch {
	case f&fScale != 0 && sc.t[j].e.num >= 100:
		c.v = sc.t[j].e.num
		j++
		for j < last && sc.t[j].f&fScale != 0 && sc.t[j].e.num > 100 {
			c.v *= sc.t[j].e.num
			j++
		}
		c.end = j
		return c, true
	case f&fDozen != 0:
		c.v = 12
		c.approx = true
		c.end = j + 1
		return c, true
	case f&fFrac != 0:
		// "a quarter million", "a half million", "a quarter of a million"
		frac := sc.t[j].e.num
		k := j + 1
		if k+1 < last && sc.is(k, "of") && sc.is(k+1, "a") {
			k += 2
		}
		if k < last && sc.t[k].f&fScale != 0 && sc.t[k].e.num >= 1000 {
			c.v = frac * sc.t[k].e.num
			c.end = k + 1
			return c, true
		}
	case sc.is(j, "few") && j+1 < last && sc.t[j+1].f&(fScale|fDozen) != 0:
		c.v = 2 * sc.t[j+1].e.num
		c.vague = true
		c.end = j + 2
		return c, true
	}
	return c, false
}

// words reads number words: "three", "twenty-one", "one hundred and five",
// "three-thousand", "twenty-five-year-old".
func (sc *scratch) words(i, first, last int) (core, bool) {
	var c core
	total, cur := 0.0, 0.0
	lastCat := flag(0)
	lastScale := 0.0
	parts := 0
	j := i
	rest := ""
	for j < last && sc.t[j].kind == text.Word {
		w := sc.w(j)
		if equalFold(w, "and") {
			// "one hundred and five"
			if lastCat == fScale && j+1 < last && sc.t[j+1].f&(fUnit|fTeen|fTen) != 0 && sc.t[j+1].f&fZero == 0 {
				j++
				continue
			}
			// "two and a half thousand", "one and a half million"
			if parts > 0 && lastCat != fScale && j+2 < last && sc.is(j+1, "a") && sc.t[j+2].f&fFrac != 0 && sc.t[j+2].kind == text.Word {
				cur += sc.t[j+2].e.num
				j += 3
				continue
			}
			break
		}
		wn := readWordNumber(w)
		if !wn.ok {
			break
		}
		// Combine with what came before, by category.
		if parts > 0 {
			// "thousand six hundred forty-two": after a scale word anything
			// smaller goes on; otherwise only "twenty one".
			if wn.parts > 1 && (lastCat != fScale || wn.hasScale) || wn.cat != fScale && lastCat != fScale && !(lastCat == fTen && wn.cat == fUnit) {
				break
			}
		}
		if wn.parts == 1 && wn.cat == fScale {
			if cur == 0 && total == 0 {
				break // "hundred" alone is not a number here
			}
			lastScale = wn.v
			if cur == 0 {
				cur = 1
			}
			if wn.v == 100 {
				cur *= 100
			} else {
				total += cur * wn.v
				cur = 0
			}
		} else if parts > 0 && lastCat == fScale {
			cur += wn.v
		} else if wn.hasScale {
			total += wn.v
		} else {
			cur += wn.v
		}
		if wn.ordinal {
			c.kind = dossier.KindOrdinal
			c.ordinal = true
		}
		lastCat = wn.cat
		parts++
		j++
		if wn.rest != "" {
			rest = wn.rest
			break
		}
	}
	if parts == 0 {
		return c, false
	}
	c.v = total + cur
	c.raw = c.v
	if lastCat == fScale && lastScale > 0 {
		c.scale = lastScale
		c.raw = c.v / lastScale
	}
	// "three dozen": twelve each.
	if rest == "" && j < last && sc.t[j].f&fDozen != 0 && sc.t[j].kind == text.Word && sc.is(j, "dozen") && !c.ordinal {
		c.v *= 12
		c.raw = c.v
		j++
	}
	c.end = j
	if rest != "" {
		p, more := cutHyphen(rest)
		// "one-to-two hundred", "two-or-three thousand": a range.
		if (equalFold(p, "to") || equalFold(p, "or")) && more != "" {
			if hi := readWordNumber(more); hi.ok && hi.rest == "" && hi.v > c.v {
				c.rng, c.high = true, hi.v
				for n := 0; n < 2 && j < last && sc.t[j].f&fScale != 0 && sc.t[j].kind == text.Word; n++ {
					c.v, c.high = scaled(c.v, sc.t[j].e.num), scaled(c.high, sc.t[j].e.num)
					j++
				}
				c.raw = c.v
				c.end = j
				return c, true
			}
		}
		if e := lookup(p); e != nil && (e.f&(fOrdinal|fFrac) != 0 || equalFold(p, "thirds") || equalFold(p, "quarters") || equalFold(p, "fifths")) {
			return c, false // "one-third", "two-thirds": fractions, not counts
		}
		sfx := wordSuffix(rest, suffix{})
		c.kind, c.unit, c.min, c.approx = sfx.kind, sfx.unit, sfx.min, sfx.apx
		if sfx.scale > 0 {
			c.v = scaled(c.v, sfx.scale)
		}
		if c.kind == dossier.KindMeasure && sfx.unit == "" && !sc.is(i, "one") {
			// "two-hour", "five-member": adjectival; keep as measure.
			c.kind = dossier.KindMeasure
		}
		return c, true
	}
	// "two thirds of the island": a fraction, not a count.
	if j < last && sc.t[j].kind == text.Word {
		if nw := sc.lowerWord(j); nw == "third" || nw == "thirds" || nw == "quarters" || nw == "fifths" || nw == "fifth" || nw == "tenths" || nw == "half" {
			return c, false
		}
	}
	// "one" is often a pronoun: "one of the", "the one", "one another";
	// after "members of" it is a determiner.
	if parts == 1 && c.v == 1 && sc.is(i, "one") {
		if i-2 >= first && sc.is(i-1, "of") && sc.npWord(i-2) && !sc.verbish(i-2) && i+1 < last && sc.npWord(i+1) {
			return c, false
		}
		// ("Smith, one of the crew who died": an apposition to a name.)
		if i+2 < last && sc.is(i+1, "of") && sc.isOneOf(i+2, "them", "whom", "those", "these", "the", "us", "our", "their", "its", "his", "her", "my", "your") && !(i > first && sc.t[i-1].f&fDet != 0 && !sc.is(i-1, "that")) &&
			!(i-2 >= first && sc.w(i-1) == "," && sc.t[i-2].cap) {
			c.part = true // "one of them died", "one of the passengers was killed"
		} else if i+1 < last && (sc.is(i+1, "of") || sc.is(i+1, "another") || sc.is(i+1, "'s") || sc.is(i+1, "’s")) {
			return c, false
		}
		// "the process would be one that is executed quickly": a pronoun
		// for a thing after a copula, before its relative clause.
		if i > first && i+1 < last && sc.isOneOf(i-1, "be", "is", "was", "been", "being") && sc.isOneOf(i+1, "that", "which") {
			return c, false
		}
		// "not one to complain", "not one but two": "not one" that is no
		// zero (negZero reads those) is an idiom.
		if i > first && sc.is(i-1, "not") {
			return c, false
		}
		if i > first && sc.t[i-1].f&fDet != 0 && !sc.is(i-1, "the") && !(c.part && sc.is(i-1, "that")) {
			return c, false // "this one", "every one", "no one" is read as zero elsewhere
		}
		if i > first && sc.is(i-1, "the") && !(i+1 < last && sc.npWord(i+1)) {
			return c, false
		}
	}
	// Digits after words: "twenty 5" is not one number; scale words after
	// a word number were consumed above.
	return c, true
}

// number reads the full expression at token i: qualifiers, the number,
// ranges, and its kind.
func (sc *scratch) number(i, first, last int) (expr, bool) {
	c, ok := sc.core(i, first, last)
	if !ok || c.end <= i {
		return expr{}, false
	}
	e := expr{
		first: i, last: c.end, nFirst: i, nLast: c.end,
		hFirst: -1, hLast: -1, cFirst: -1, cLast: -1, head: -1, partic: -1, cueFirst: -1, cueLast: -1,
		low: c.v, high: c.v, bound: dossier.Exact, kind: c.kind, unit: c.unit,
		zero: c.zero, vague: c.vague, bare: c.bare, part: c.part,
	}
	if c.zero {
		e.low, e.high = 0, 0
		e.kind = dossier.KindCount
		sc.qualifiers(&e, first)
		return e, true
	}
	if c.rng {
		e.high = c.high
		e.bound = dossier.Range
	}
	if c.vague || c.min {
		e.bound = dossier.Min
	}
	if c.approx {
		e.bound = dossier.Approx
	}
	// Right qualifiers first: "five or more" is not a range.
	j := c.end
	rightQual := false
	if j+1 < last && sc.is(j, "or") {
		switch {
		case sc.is(j+1, "more") || sc.is(j+1, "over") || sc.is(j+1, "above"):
			e.bound, e.last, rightQual = dossier.Min, j+2, true
		case sc.is(j+1, "so"):
			e.bound, e.last, rightQual = dossier.Approx, j+2, true
		case sc.is(j+1, "fewer") || sc.is(j+1, "less"):
			e.bound, e.last, rightQual = dossier.Max, j+2, true
		}
	}
	if !rightQual && j < last {
		switch {
		case sc.w(j) == "+" && sc.adjacent(j-1):
			e.bound, e.last, rightQual = dossier.Min, j+1, true
		case (sc.is(j, "plus") || sc.is(j, "odd")) && !(j+1 < last && sc.t[j+1].kind == text.Number):
			e.bound, e.last, rightQual = dossier.Min, j+1, true
			if sc.is(j, "odd") {
				e.bound = dossier.Approx
			}
		}
	}
	if rightQual {
		e.hFirst, e.hLast = c.end, e.last
	}
	// Ranges across tokens: "10,000 to 12,000", "10 – 12", "two or three",
	// "between 10 and 12".
	if !rightQual && !c.vague && !c.rng && j+1 < last && c.kind != dossier.KindOrdinal {
		// "1 per cent to 1.5 per cent", "5 km to 10 km": the unit may repeat.
		if u := sc.unitLen(j, last); u > 0 && j+u+1 < last && (sc.is(j+u, "to") || sc.t[j+u].kind == text.Dash) {
			j += u
		}
		sep := sc.w(j)
		pre := i - 1 // the word before the number and its currency sign
		if pre >= first && sc.isCurrencySymbol(pre) {
			if e.kind == "" {
				e.kind = dossier.KindMoney
				if sc.t[pre].e != nil {
					e.unit = sc.t[pre].e.unit
				}
			}
			pre--
			if pre >= first && sc.t[pre].cap && sc.adjacent(pre) && len(sc.w(pre)) <= 3 {
				pre-- // US$, A$, HK$
			}
		}
		between := pre >= first && sc.is(pre, "between")
		// "between the ages of 14 and 18"
		if !between && pre-3 >= first && sc.is(pre, "of") && sc.isOneOf(pre-1, "ages", "age") && sc.is(pre-2, "the") && sc.is(pre-3, "between") {
			between = true
			pre -= 3
			e.kind = dossier.KindAge
		}
		isTo := equalFold(sep, "to") || sc.t[j].kind == text.Dash
		from := pre
		if from > first && sc.t[from].f&(fApprox|fMin|fMax) != 0 {
			from-- // "rose from about 12 to 15"
		}
		if isTo && from > first && sc.is(from, "from") && sc.changeBefore(from, first) {
			isTo = false // "rose from 10 to 12", "the toll from 14 to 31": a change, not a range
		}
		if isTo || between && equalFold(sep, "and") || equalFold(sep, "or") && !c.digits {
			k := j + 1
			// "$800,000 to $1.3 million"
			if k+1 < last && sc.isCurrencySymbol(k) && sc.t[k+1].kind == text.Number {
				k++
			}
			if c2, ok := sc.core(k, first, last); ok && !c2.zero && !c2.vague && !c2.rng && c2.kind != dossier.KindOrdinal &&
				(c2.kind == c.kind || c.kind == "" || c2.kind == "") && c.year == c2.year {
				lo, hi := c.v, c2.v
				if c2.scale > 1 && c.scale == 0 && c.raw < c2.raw {
					lo = scaled(c.raw, c2.scale) // "10 to 12 million"
				}
				if lo < hi {
					e.low, e.high = lo, hi
					e.bound = dossier.Range
					e.nLast, e.last = c2.end, c2.end
					if between {
						e.first = pre
					}
					if e.kind == "" {
						e.kind, e.unit = c2.kind, c2.unit
					}
					c.year = c.year && c2.year
				}
			}
		}
	}
	sc.qualifiers(&e, first)
	if e.kind == dossier.KindOrdinal && c.digits && e.low <= 31 && sc.monthNear(&e, first, last) {
		e.kind = dossier.KindDate // "the 5th of May", "May 5th"
	}
	if e.kind == "" && c.unit != "m" {
		e.kind = sc.kindOf(&e, c, first, last)
	}
	if c.unit == "m" && c.digits && e.kind != dossier.KindMoney {
		if sc.lengthContext(e.last, last) {
			// "a 10m wall", "the 100m final": metres, not millions.
			e.kind, e.unit = dossier.KindMeasure, "m"
			e.low, e.high = c.raw, c.raw
		} else if e.kind == "" {
			e.kind = sc.kindOf(&e, c, first, last) // "1.2m tons", "35m devices"
		}
	}
	if e.kind == dossier.KindMoney && e.unit == "" {
		e.unit = sc.currency(&e, first, last)
	}
	return e, true
}

// changeBefore reports whether a change verb or a toll noun governs the
// "from" at k: "increasing the death toll from 14 to 31".
func (sc *scratch) changeBefore(k, first int) bool {
	for j := k - 1; j >= first && j > k-7; j-- {
		t := &sc.t[j]
		if t.kind == text.Punct {
			return false
		}
		if t.f&fChange != 0 || sc.is(j, "toll") || sc.is(j, "tally") || sc.is(j, "total") || sc.is(j, "count") {
			return true
		}
	}
	return false
}

// lengthContext reports whether the word at r makes a bare "m" metres.
func (sc *scratch) lengthContext(r, last int) bool {
	if r >= last {
		return false
	}
	switch sc.lowerWord(r) {
	case "tall", "high", "long", "deep", "wide", "away", "above", "below", "sprint", "final", "race", "hurdles",
		"freestyle", "relay", "dash", "butterfly", "backstroke", "breaststroke", "medley", "wall", "waves", "under", "underground":
		return true
	}
	return false
}

// monthNear reports whether a month name sits right before the number or
// right after it ("5 May", "5th of May").
func (sc *scratch) monthNear(e *expr, first, last int) bool {
	p, r := e.first-1, e.last
	if p >= first && sc.t[p].f&fMonth != 0 && (sc.t[p].cap || sc.t[p].kind == text.Abbrev) {
		return true
	}
	if r < last && sc.is(r, "of") {
		r++
	}
	return r < last && sc.t[r].f&fMonth != 0 && (sc.t[r].cap || sc.t[r].kind == text.Abbrev)
}

// qualifiers reads the words before the number that bound it: "at least",
// "approximately", "more than", "up to", "an estimated", "reportedly".
func (sc *scratch) qualifiers(e *expr, first int) {
	p := e.first - 1
	// A currency symbol belongs to the expression: "about $5 million".
	if p >= first && sc.isCurrencySymbol(p) {
		e.kind = dossier.KindMoney
		e.unit = ""
		if sc.t[p].e != nil {
			e.unit = sc.t[p].e.unit
		}
		e.first = p
		p--
		if p >= first && sc.t[p].cap && sc.adjacent(p) && len(sc.w(p)) <= 3 {
			e.first = p // US$, A$, HK$
			p--
		}
	}
	for n := 0; n < 3 && p >= first; n++ {
		b, k, inSpan, hedge := sc.qualifierAt(p, first)
		if k == 0 {
			break
		}
		// A multiword qualifier outside an approximation bounds it: "at
		// least about two million" is a minimum ("takes over about 7000"
		// is no "over").
		if b != "" && (e.bound == dossier.Exact || b != dossier.Approx && e.bound == dossier.Approx && (n == 0 || k >= 2)) {
			e.bound = b
		}
		if hedge {
			if e.hFirst < 0 || e.hLast <= e.hFirst || e.hFirst > e.nFirst {
				e.hLast = p + 1
			}
			e.hFirst = p - k + 1
		}
		if inSpan {
			e.first = p - k + 1
		}
		p -= k
	}
}

// unitLen returns the length of a unit word (or "per cent") at j, or 0.
func (sc *scratch) unitLen(j, last int) int {
	if sc.is(j, "per") && j+1 < last && sc.is(j+1, "cent") {
		return 2
	}
	if f := sc.t[j].f; f&(fPercent|fMUnit|fTimeUnit) != 0 || f&fCurrency != 0 && sc.t[j].kind == text.Word {
		return 1
	}
	return 0
}

// isCurrencySymbol reports whether token p is a currency sign or code right
// before a number: "$", "€", "US$", "Rs.", "USD".
func (sc *scratch) isCurrencySymbol(p int) bool {
	t := &sc.t[p]
	if t.kind == text.Symbol {
		if t.f&fCurrency != 0 {
			return true
		}
		r, _ := utf8.DecodeRuneInString(sc.w(p))
		return unicode.Is(unicode.Sc, r)
	}
	return t.f&fCurrency != 0 && (t.kind == text.Abbrev || t.cap) && sc.adjacentOrCode(p)
}

func (sc *scratch) adjacentOrCode(p int) bool {
	return sc.adjacent(p) || sc.t[p].kind == text.Abbrev || len(sc.w(p)) == 3
}

// qualifierAt matches a qualifier ending at token p and returns its bound,
// its length in tokens, whether it belongs to the number's span, and
// whether it is a hedge.
func (sc *scratch) qualifierAt(p, first int) (b dossier.Bound, k int, inSpan, hedge bool) {
	t := &sc.t[p]
	if t.e == nil {
		return "", 0, false, false
	}
	lw := t.e.word
	prev := func(n int) string {
		if p-n < first || sc.t[p-n].e == nil {
			return ""
		}
		return sc.t[p-n].e.word
	}
	switch lw {
	case "least":
		if prev(1) == "at" {
			return dossier.Min, 2, true, true
		}
	case "most":
		if prev(1) == "at" {
			return dossier.Max, 2, true, true
		}
	case "than":
		neg := prev(2) == "no" || prev(2) == "not"
		switch prev(1) {
		case "more", "greater":
			if neg {
				return dossier.Max, 3, true, true
			}
			return dossier.Min, 2, true, true
		case "fewer", "less":
			if neg {
				return dossier.Min, 3, true, true
			}
			return dossier.Max, 2, true, true
		}
	case "of":
		switch prev(1) {
		case "upwards", "upward":
			return dossier.Min, 2, true, true
		case "excess":
			if prev(2) == "in" {
				return dossier.Min, 3, true, true
			}
		case "maximum":
			return dossier.Max, 2 + b2i(prev(2) == "a"), true, true
		case "minimum":
			return dossier.Min, 2 + b2i(prev(2) == "a"), true, true
		}
	case "to":
		switch prev(1) {
		case "up":
			return dossier.Max, 2, true, true
		case "close":
			return dossier.Approx, 2, true, true
		}
	case "as":
		if (prev(1) == "many" || prev(1) == "much") && prev(2) == "as" {
			return dossier.Max, 3, true, true
		}
		if prev(1) == "few" && prev(2) == "as" {
			return dossier.Min, 3, true, true
		}
	case "estimated":
		if prev(1) == "an" || prev(1) == "some" {
			return dossier.Approx, 2, true, true
		}
		// "the website estimated 120 people were inside": a verb of
		// reporting after its subject, not a qualifier of the figure.
		if q := p - 1; q >= first && (sc.t[q].f&fPron != 0 && sc.t[q].f&fRel == 0 || sc.t[q].kind == text.Word && sc.npWord(q) && !sc.verbish(q) && sc.t[q].f&fAdv == 0) {
			return "", 0, false, false
		}
		return dossier.Approx, 1, true, true
	case "reported":
		if prev(1) == "a" {
			return dossier.Approx, 2, true, true
		}
	case "~":
		// "~ Two punters died": a bullet opening a line, not a tilde
		// before its figure.
		if sc.newlineBefore(p) && p+1 < len(sc.toks) && sc.toks[p+1].Start > sc.toks[p].End {
			return "", 0, false, false
		}
		return dossier.Approx, 1, true, true
	case "about", "around", "some", "roughly", "approximately", "nearly", "almost", "approx", "approx.", "circa", "c.", "ca.", "≈":
		return dossier.Approx, 1, true, true
	case "over", "above", "exceeding":
		return dossier.Min, 1, true, true
	case "under", "below":
		return dossier.Max, 1, true, true
	case "surpassed", "exceeded", "topped", "surpassing", "topping", "passed", "exceeds", "surpasses", "tops", "passes":
		return dossier.Min, 1, false, true
	case "reportedly", "allegedly", "apparently", "possibly", "perhaps", "probably":
		return dossier.Approx, 1, false, true
	case "just", "well", "only", "exactly", "precisely", "slightly", "fully":
		// Intensifiers of a qualifier ("just over", "well over") or exact
		// markers ("exactly 40"): part of the span, no bound of their own.
		return "", 1, true, lw != "only" && lw != "exactly" && lw != "precisely"
	}
	return "", 0, false, false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// kindOf decides what a number is from the words around it.
func (sc *scratch) kindOf(e *expr, c core, first, last int) dossier.QuantityKind {
	r := e.last
	if e.vague && r+1 < last && sc.is(r, "of") {
		r++ // "hundreds of miles", "thousands of dollars"
	}
	// "four more days", "two additional hours"
	if r+1 < last && sc.isOneOf(r, "more", "additional", "extra", "further") && sc.t[r+1].f&(fTimeUnit|fCurrency|fPercent|fMUnit) != 0 && sc.t[r+1].kind == text.Word {
		r++
	}
	rw := func(n int) *tinfo {
		if r+n < last {
			return &sc.t[r+n]
		}
		return &tinfo{}
	}
	p0 := e.first - 1
	// "[4]": a reference mark.
	if p0 >= first && sc.w(p0) == "[" && r < last && sc.w(r) == "]" {
		return dossier.KindID
	}
	// "1. Unofficial results": a list number opening its sentence.
	if c.digits && !c.dec && e.first == first && r < last && (sc.w(r) == "." || sc.w(r) == ")") && sc.adjacent(r-1) {
		return dossier.KindID
	}
	// "0900", "007": leading zeros make a time or a code, not an amount.
	if c.digits && !c.dec {
		if w := sc.w(e.nFirst); len(w) > 1 && w[0] == '0' && isDigit(w[1]) {
			if len(w) == 4 {
				e.unit = "time"
				return dossier.KindMeasure
			}
			return dossier.KindID
		}
	}
	// Rates: "seven per 100,000", "one per 100,000".
	if r+1 < last && sc.is(r, "per") && !sc.is(r+1, "cent") || p0 >= first && sc.is(p0, "per") {
		return dossier.KindMeasure
	}
	// "as young as 10", "as old as 90"
	if p0-2 >= first && sc.is(p0, "as") && (sc.is(p0-1, "young") || sc.is(p0-1, "old")) && sc.is(p0-2, "as") {
		return dossier.KindAge
	}
	// "minus 387 Fahrenheit"
	if p0 >= first && sc.is(p0, "minus") {
		e.low, e.high = -e.high, -e.low
		return dossier.KindMeasure
	}
	// "Jamie Armstrong, 25, said": an age in apposition to a name.
	if c.digits && !c.dec && e.low < 110 && e.first == e.nFirst && p0-1 >= first && sc.w(p0) == "," && sc.t[p0-1].cap &&
		sc.t[p0-1].kind == text.Word && sc.t[p0-1].f&(fMonth|fWeekday) == 0 && (r >= last || sc.w(r) == "," || sc.w(r) == ")" || sc.is(r, "and")) {
		return dossier.KindAge
	}
	// "Fields, now 22, was sentenced": an age as it is now.
	if c.digits && !c.dec && e.low < 110 && e.first == e.nFirst && p0-2 >= first && sc.is(p0, "now") && sc.w(p0-1) == "," &&
		sc.t[p0-2].cap && sc.t[p0-2].kind == text.Word && (r >= last || sc.w(r) == ",") {
		return dossier.KindAge
	}
	// "The dead were aged nine, ten, 49 and 59": the later items of a list of ages.
	if e.low < 120 && e.first == e.nFirst && p0 > first && (sc.w(p0) == "," || sc.is(p0, "and")) &&
		(r >= last || sc.t[r].kind == text.Punct || sc.is(r, "and")) && sc.ageList(p0, first) {
		return dossier.KindAge
	}
	// "John Smith (45)": an age in brackets after a name.
	if c.digits && !c.dec && e.low < 110 && p0-1 >= first && sc.w(p0) == "(" && sc.t[p0-1].cap && sc.t[p0-1].kind == text.Word &&
		r < last && sc.w(r) == ")" {
		return dossier.KindAge
	}
	// "575 Wilbraham Road": a street address.
	if c.digits && e.first == e.nFirst {
		for k := r; k < last && k < r+4 && sc.t[k].cap && sc.t[k].kind != text.Number; k++ {
			switch sc.lowerWord(k) {
			case "road", "street", "st", "st.", "avenue", "ave", "ave.", "lane", "drive", "boulevard", "blvd", "way", "place", "square", "rd", "rd.":
				return dossier.KindID
			}
		}
	}
	// "She was 26.", "when he was 18 and …"
	if c.digits && !c.dec && e.low < 120 && p0-1 >= first && (sc.is(p0, "was") || sc.is(p0, "is")) &&
		(sc.is(p0-1, "he") || sc.is(p0-1, "she") || sc.t[p0-1].cap && sc.t[p0-1].kind == text.Word && sc.t[p0-1].f&(fDet|fPron) == 0) &&
		(r >= last || sc.t[r].kind == text.Punct || (sc.is(p0-1, "he") || sc.is(p0-1, "she")) && sc.is(r, "and")) {
		return dossier.KindAge
	}
	// "one out of every thousand children": a rate.
	if r+2 < last && sc.is(r, "out") && sc.is(r+1, "of") && sc.is(r+2, "every") || r+1 < last && sc.is(r, "in") && sc.is(r+1, "every") {
		return dossier.KindMeasure
	}
	// "by calling 101": a phone number.
	if c.digits && p0 >= first && sc.isOneOf(p0, "calling", "call", "dial", "dialling", "dialing", "phone", "phoning") {
		return dossier.KindID
	}
	// Units after the number.
	// "over 400 magnitude 2+ earthquakes": a unit word that belongs to the next number.
	if t := rw(0); t.e != nil && !(t.f&fMUnit != 0 && r+1 < last && sc.t[r+1].kind == text.Number) {
		f := t.f
		switch {
		case f&fPercent != 0:
			e.unit = "%"
			return dossier.KindPercent
		case sc.is(r, "per") && r+1 < last && sc.is(r+1, "cent"):
			e.unit = "%"
			return dossier.KindPercent
		case (sc.is(r, "us") || sc.is(r, "u.s.") || sc.is(r, "american") || sc.is(r, "canadian") || sc.is(r, "australian") || sc.is(r, "singapore")) &&
			r+1 < last && sc.t[r+1].f&fCurrency != 0 && sc.t[r+1].e != nil:
			e.unit = sc.t[r+1].e.unit
			return dossier.KindMoney
		case f&fCurrency != 0 && t.kind != text.Symbol:
			if (t.e.word == "pounds" || t.e.word == "pound") && r+1 < last && sc.is(r+1, "of") {
				e.unit = "lb"
				return dossier.KindMeasure
			}
			if t.e.word == "won" || t.e.word == "real" || t.e.word == "rand" {
				// Also verbs and adjectives: money only after a scale word.
				if c.scale == 0 {
					break
				}
			}
			e.unit = t.e.unit
			return dossier.KindMoney
		case f&fTimeUnit != 0:
			e.unit = t.e.unit
			// "25 years old", "3 years of age"
			if r+1 < last && (sc.is(r+1, "old") || sc.is(r+1, "of") && r+2 < last && sc.is(r+2, "age")) {
				return dossier.KindAge
			}
			return dossier.KindDuration
		case f&fClock != 0:
			e.unit = "time"
			return dossier.KindMeasure
		case f&fMUnit != 0 && (t.e.word != "m" || c.digits) && t.e.word != "per" && t.e.word != "times" || t.e.word == "times" && !(r+1 < last && sc.npWord(r+1)):
			e.unit = t.e.unit
			return dossier.KindMeasure
		case f&fMeasureNoun != 0 && (c.dec || t.shape&shPlural == 0):
			e.unit = "magnitude"
			return dossier.KindMeasure
		case f&fMonth != 0 && c.digits && !c.dec && e.low >= 1 && e.low <= 31 && t.kind != text.Word || f&fMonth != 0 && c.digits && e.low >= 1 && e.low <= 31 && t.cap:
			return dossier.KindDate // 5 January
		case (f&fCurrency != 0) && t.kind == text.Symbol:
			// "5 $" is rare; ignore
		}
		if sc.is(r, "of") && r+1 < last && sc.t[r+1].f&fMonth != 0 && sc.t[r+1].cap && c.digits {
			return dossier.KindDate // "the 5th of May" (ordinal suffix handled earlier)
		}
	}
	// Words before the number (before its qualifiers).
	p := e.first - 1
	if p >= first {
		t := &sc.t[p]
		f := t.f
		switch {
		case f&fAge != 0 || (sc.is(p, "of") || sc.is(p, "from") || sc.is(p, "between")) && p-1 >= first && (sc.is(p-1, "age") || sc.is(p-1, "ages")):
			return dossier.KindAge
		case f&fMonth != 0 && (t.cap || t.kind == text.Abbrev) && c.digits && !c.dec && (e.low >= 1 && e.low <= 31 || c.year):
			return dossier.KindDate // January 5, Jan. 10, December 2019
		case f&fIDWord != 0 && e.first == e.nFirst && c.digits && (t.cap || f&fIDLower != 0):
			return dossier.KindID // Flight 370, Resolution 2254
		case sc.w(p) == "#" || sc.is(p, "no.") || sc.is(p, "nos."):
			return dossier.KindID
		case sc.is(p, "magnitude") || sc.is(p, "magnitude-") || f&fMUnit != 0 && t.e.word == "richter":
			e.unit = "magnitude"
			return dossier.KindMeasure
		}
		// "January 5, 2020": the year after a day after a month.
		if c.year && sc.w(p) == "," && p-2 >= first && sc.t[p-1].kind == text.Number && sc.t[p-2].f&fMonth != 0 {
			return dossier.KindDate
		}
		// "on December 5 and 6": the second day of the month.
		if c.digits && !c.dec && e.low >= 1 && e.low <= 31 && (sc.is(p, "and") || sc.t[p].kind == text.Dash) && p-2 >= first &&
			sc.t[p-1].kind == text.Number && sc.t[p-2].f&fMonth != 0 && sc.t[p-2].cap {
			return dossier.KindDate
		}
		// "those under 19", "women between 20 and 35": an age bracket.
		if e.low < 120 && e.first < e.nFirst && (r >= last || !sc.npWord(r) || sc.verbish(r)) {
			q := e.first
			if sc.isOneOf(q, "under", "over", "above", "below", "between") && sc.isOneOf(p, "those", "anyone", "everyone", "people", "persons",
				"children", "adults", "women", "men", "kids", "girls", "boys", "youths", "patients", "residents") {
				return dossier.KindAge
			}
		}
	}
	if c.dec && c.scale == 0 || !c.digits && e.low != math.Trunc(e.low) {
		// A decimal without a scale word is a measurement (magnitude 6.4,
		// 2.5 km), never a head count.
		return dossier.KindMeasure
	}
	if e.low < 0 {
		return dossier.KindMeasure // temperatures
	}
	if c.year && sc.isYearHere(e, first, last) {
		return dossier.KindDate
	}
	// "Boeing 737", "Apollo 11": a capitalised name right before digits.
	// At the start of a sentence every word is capitalised: only a word
	// the lexicon does not know ("Area 51 has …") names something.
	if c.digits && e.first == e.nFirst && p >= first && !c.year && (p > first || (sc.t[p].e == nil || sc.t[p].f&fIDWord != 0) && !(r < last && sc.npWord(r) && !sc.verbish(r))) {
		t := &sc.t[p]
		if (t.kind == text.Word || t.kind == text.Abbrev) && (t.cap || hasUpper(sc.w(p))) && t.f&(fMonth|fWeekday|fApprox|fMin|fMax|fDet|fPrep|fConj|fAux|fPron|fCueVerb|fCueNoun|fVerb|fLink|fBreak|fInclude) == 0 &&
			!(r < last && sc.t[r].shape&shPlural != 0 && !sc.t[r].cap && sc.npWord(r)) && !sc.pluralAfter(r, last) {
			return dossier.KindID
		}
	}
	return dossier.KindCount
}

// ageList reports whether the list that token p continues began after
// "aged": only numbers, commas and "and" lie between.
func (sc *scratch) ageList(p, first int) bool {
	for k := p; k >= first && k > p-16; k-- {
		t := &sc.t[k]
		switch {
		case t.f&fAge != 0:
			return k < p-1
		case sc.w(k) == "," || sc.is(k, "and") || t.kind == text.Number || t.f&(fUnit|fTeen|fTen) != 0:
		default:
			return false
		}
	}
	return false
}

func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// pluralAfter reports whether a plural noun follows within a short noun
// phrase from r.
func (sc *scratch) pluralAfter(r, last int) bool {
	for k := r; k < last && k < r+4; k++ {
		if !sc.npWord(k) || sc.t[k].cap {
			return false
		}
		if sc.t[k].shape&shPlural != 0 {
			return true
		}
	}
	return false
}

// isYearHere decides whether a four-digit number from 1000 to 2100 is a year.
func (sc *scratch) isYearHere(e *expr, first, last int) bool {
	if e.hFirst >= 0 && e.hFirst < e.nFirst || e.bound != dossier.Exact && e.bound != dossier.Range {
		return false // "about 2000", "over 1500" are amounts
	}
	p := e.first - 1
	// "the 2018 elections", "Keytruda's 2018 sales": a year modifying a noun.
	if p >= first && (sc.t[p].f&fDet != 0 || sc.t[p].kind == text.Clitic || sc.t[p].cap && p > first) {
		return true
	}
	// "1846 persons were hospitalized and 1720 had been discharged": the
	// next item of a list of counts.
	if p >= first && (sc.is(p, "and") || sc.w(p) == ",") && len(sc.ex) > 0 {
		if x := &sc.ex[len(sc.ex)-1]; x.kind == dossier.KindCount && !x.zero && x.last >= p-8 && x.last < last && sc.npWord(x.last) && !sc.verbish(x.last) {
			return false
		}
	}
	r := e.last
	if r < last && sc.npWord(r) && !sc.t[r].cap && (sc.t[r].shape&shPlural != 0 || sc.t[r].f&fCueAdj != 0) {
		return false // "1885 aftershocks", "1500 dead"
	}
	if r < last && sc.pluralAfter(r, last) && !sc.t[r].cap {
		return false
	}
	if p >= first {
		if f := sc.t[p].f; f&fAux != 0 && (sc.is(p, "is") || sc.is(p, "are") || sc.is(p, "was") || sc.is(p, "were")) {
			return false // "the total is 1501"
		}
		if f := sc.t[p].f; f&fCueVerb != 0 && sc.t[p].shape&shEd != 0 {
			return false // "killed 1500"
		}
	}
	return true
}

// currency finds the currency of a money amount whose unit is not yet known.
func (sc *scratch) currency(e *expr, first, last int) string {
	for k := e.last; k < last && k < e.last+2; k++ {
		if t := sc.t[k]; t.f&fCurrency != 0 && t.e != nil {
			return t.e.unit
		}
	}
	for k := e.first - 1; k >= first && k >= e.first-2; k-- {
		if t := sc.t[k]; t.f&fCurrency != 0 && t.e != nil {
			return t.e.unit
		}
	}
	return ""
}
