package quant

import (
	"strings"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/text"
)

// npScan returns the end of the noun phrase starting at k: modifiers and
// nouns up to the head, at most seven words.
func (sc *scratch) npScan(k, last int) int {
	start := k
	for k < last && k-start < 7 {
		// "magnitude 2+ earthquakes", "category 4 storms"
		if k > start && sc.t[k].kind == text.Number && (sc.is(k-1, "magnitude") || sc.is(k-1, "category") || sc.is(k-1, "level")) {
			k++
			if k < last && sc.w(k) == "+" {
				k++
			}
			continue
		}
		// "Khan's victims": a possessive inside the phrase
		if k > start && sc.t[k].kind == text.Clitic && (sc.w(k) == "'s" || sc.w(k) == "’s") && k+1 < last && sc.npWord(k+1) {
			k++
			continue
		}
		// "no arrests late Monday": a time after the head ends the phrase.
		if k > start && (sc.t[k].f&(fMonth|fWeekday) != 0 || sc.isOneOf(k, "late", "early", "yesterday", "today", "overnight", "tonight")) && sc.t[k-1].shape&shPlural != 0 {
			break
		}
		// "30,000 combat and civilian deaths": modifiers joined before
		// their noun (not "a man and two women": a noun before "and").
		if k > start && k+2 < last && sc.isOneOf(k, "and", "or") && sc.t[k-1].shape&shPlural == 0 && sc.t[k-1].f&fPlural == 0 && sc.npWord(k-1) &&
			sc.npWord(k+1) && !sc.verbish(k+1) && sc.t[k+1].shape&shPlural == 0 && sc.t[k+1].f&(fDet|fPlural) == 0 && sc.t[k+1].kind == text.Word &&
			sc.npWord(k+2) && !sc.verbish(k+2) {
			k++
			continue
		}
		// "one case involved wild boars", "two technologies ideal for …":
		// the chunk layer, when present, ends the phrase where a verb,
		// adjective or adverb phrase begins.
		if k > start && sc.leavesNP(k) {
			break
		}
		if !sc.npWord(k) {
			break
		}
		// "cases positive", "people negative": a predicate after the head.
		// ("refugees adrift in the region", "people aboard", "workers
		// abroad")
		if k > start && sc.t[k-1].shape&shPlural != 0 && sc.isOneOf(k, "positive", "negative", "adrift", "aboard", "abroad", "afloat", "ashore", "alive", "alone", "asleep", "awake", "overseas", "nationwide", "worldwide") {
			break
		}
		// "five seriously injured": an adverb before a participle is not
		// part of the noun phrase unless a noun follows.
		if sc.t[k].shape&shLy != 0 && sc.t[k].f&fPlural == 0 {
			if !(k+1 < last && sc.npWord(k+1) && (!sc.verbish(k+1) || k+2 < last && sc.npWord(k+2) && !sc.verbish(k+2))) {
				break
			}
		}
		if sc.verbish(k) && k > start && sc.t[k-1].shape&shPlural != 0 && sc.t[k].f&fCueAdj == 0 {
			break // "nations offered …", "people died due …": the verb after the subject
		}
		// "one man sprayed Khan", "a guard stopped the car": a verb between
		// a noun and its object.
		if k > start && k+1 < last && sc.t[k].shape&shEd != 0 && !sc.t[k].cap && sc.t[k].f&fCueAdj == 0 && sc.npWord(k-1) && !sc.verbish(k-1) &&
			(sc.t[k+1].cap && sc.t[k+1].kind == text.Word || sc.t[k+1].f&fDet != 0) {
			break
		}
		if sc.verbish(k) {
			// A participle or gerund is a modifier only before a noun
			// ("suspected users", "fighting positions"); a finite verb or a
			// cue phrase ("tested positive") ends the phrase.
			t := &sc.t[k]
			if m, end := sc.cueAt(k, last); m != "" && end > k+1 {
				break
			}
			if k+1 < last && sc.npWord(k+1) && !sc.verbish(k+1) && (t.shape&(shEd|shIng) != 0 || t.f&fCueAdj != 0) && !sc.leavesNP(k+1) {
				k++
				continue
			}
			// A cue adjective can head the phrase: "27 dead".
			if k == start && sc.t[k].f&fCueAdj != 0 && !(k+1 < last && sc.npWord(k+1)) {
				k++
			}
			// "two live jackals", "300 work permits": a plain verb form
			// right after the figure and before a plural noun modifies it.
			if k == start && t.shape&(shEd|shIng) == 0 && t.f&(fCueVerb|fCueAdj|fAux) == 0 && k+1 < last && sc.npWord(k+1) && !sc.verbish(k+1) && !sc.leavesNP(k+1) &&
				sc.t[k+1].shape&shPlural != 0 && !(k+2 < last && sc.npWord(k+2) && !sc.verbish(k+2)) {
				k += 2
				continue
			}
			break
		}
		k++
	}
	return k
}

// leavesNP reports whether the chunk layer puts token k in a phrase that
// is no noun phrase: a verb, preposition, adjective or adverb phrase. The
// chunker often reads a modifier before a noun as a verb or adverb phrase
// ("41 pledged delegates", "12 new confirmed cases", "two other sexually
// abused girls"); a participle or an -ly adverb ends the phrase only after
// a noun that can head it ("one case involved wild boars", "65
// contributors actively driving"), not in a compound ("measles related
// deaths", "two oil producing countries"). A noun the chunker puts in a
// verb phrase is still a noun.
func (sc *scratch) leavesNP(k int) bool {
	t := &sc.t[k]
	switch t.chunk &^ ckBegin {
	case ckNone, ckNP:
		return false
	case ckO:
		return t.kind == text.Word
	case ckVP, ckADVP:
		if t.shape&shNounPOS != 0 {
			return false
		}
		if t.shape&shLy != 0 {
			return k > 0 && sc.t[k-1].shape&shNounPOS != 0
		}
		if t.shape&(shEd|shIng) != 0 && k+1 < len(sc.t) && sc.t[k+1].chunk&^ckBegin == ckNP && sc.npWord(k+1) {
			if k == 0 || sc.t[k-1].shape&shNounPOS == 0 {
				return false
			}
			p := &sc.t[k-1]
			// "two oil producing countries": a singular noun before, a
			// plural noun alone after.
			if p.shape&shPlural == 0 && sc.t[k+1].shape&shPlural != 0 && (k+2 >= len(sc.t) || sc.t[k+2].chunk&^ckBegin != ckNP) {
				return false
			}
			switch sc.lowerWord(k) {
			case "related", "linked", "based", "induced", "affected", "connected":
				return false
			}
		}
	}
	return true
}

// counted finds the noun phrase a count counts.
func (sc *scratch) counted(e *expr, first, last int) {
	k := e.last
	// "one more case", "two each from …"
	for k < last && (sc.is(k, "more") || sc.is(k, "each") || sc.is(k, "apiece")) && k+1 < last && (sc.npWord(k+1) || sc.is(k+1, "from") || sc.is(k+1, "of")) {
		k++
	}
	// "no reports of injuries": none of what the reports would tell.
	if e.zero && k+2 < last && sc.isOneOf(k, "reports", "report", "word", "news") && sc.is(k+1, "of") && sc.t[k+2].f&fCueNoun != 0 {
		k += 2
	}
	// "no reported casualties": the participle zero read with its noun
	// ("no confirmed casualties" keeps it as a modifier).
	if e.zero && k+1 < last && !sc.npWord(k) && sc.reportParticiple(k) {
		k++
	}
	// "dozens of earthquakes", "tens of thousands of people"
	if e.vague && k+1 < last && sc.is(k, "of") {
		k++
		if k < last && sc.is(k, "the") {
			k++
		}
	}
	// "three 20-year-old men": an age before the noun modifies it; "two
	// 18-year-olds" names the people counted.
	age := -1
	if k < last && sc.t[k].kind == text.Number && strings.Contains(strings.ToLower(sc.w(k)), "-year-old") {
		if w := strings.ToLower(sc.w(k)); strings.HasSuffix(w, "-year-olds") {
			e.cFirst, e.cLast, e.head = k, k+1, k
			e.bare = false
			return
		}
		if k+1 < last && sc.npWord(k+1) {
			age = k
			k++
		}
	}
	// "7 out of 20 suspected cases": the noun after the whole.
	if k+2 < last && sc.is(k, "out") && sc.is(k+1, "of") {
		if c, ok := sc.core(k+2, first, last); ok && !c.zero && c.kind == "" && c.end > k+2 {
			k = c.end
		}
	}
	end := sc.npScan(k, last)
	// "a million and a half expressed interest": a verb and its object
	// after a plural figure, not a participle before a noun.
	if end-k >= 2 && (e.low > 1 || e.vague) && sc.t[k].shape&shEd != 0 && sc.t[k].f&fCueAdj == 0 && !sc.t[k].cap &&
		sc.t[end-1].shape&shPlural == 0 && sc.t[end-1].kind == text.Word {
		end = k
	}
	if end > k {
		e.cFirst, e.cLast, e.head = k, end, end-1
		if age >= 0 {
			e.cFirst = age // "20-year-old men"
		}
		for e.head > k && sc.t[e.head].kind == text.Number || sc.w(e.head) == "+" {
			e.head--
		}
		e.bare = false
		// "Sixty-six people or more"
		if end+1 < last && sc.is(end, "or") && (sc.is(end+1, "more") || sc.is(end+1, "so")) && e.bound == dossier.Exact {
			e.bound = dossier.Min
			if sc.is(end+1, "so") {
				e.bound = dossier.Approx
			}
			e.hFirst, e.hLast = end, end+2
		}
		// "four deaths per 100,000": a rate, not a count.
		if end+1 < last && sc.is(end, "per") && sc.t[end+1].kind == text.Number {
			e.kind = dossier.KindMeasure
			return
		}
		sc.extendCounted(e, last)
		return
	}
	e.bare = true
	// "190 people on board, six of them crew members"
	if k+2 < last && sc.is(k, "of") && sc.isOneOf(k+1, "them", "whom") {
		if end := sc.npScan(k+2, last); end > k+2 && !sc.verbish(k+2) {
			e.cFirst, e.cLast, e.head = k+2, end, end-1
		}
		return
	}
	// "seventeen from the Armed Forces", "two of the victims", "none of the passengers"
	if k+1 < last && (sc.is(k, "of") || sc.is(k, "from")) {
		j := k + 1
		if j < last && sc.t[j].f&fDet != 0 && !sc.is(j, "all") {
			j++
		}
		if j < last && (sc.t[j].kind == text.Number || sc.t[j].f&(fUnit|fTeen|fTen) != 0) {
			j++ // "none of the 200 workers", "four of the five crew members"
		}
		// "4,200 of the island's roughly 200,000 residents": the possessor
		// is not the group.
		if end := sc.npScan(j, last); end > j && end+1 < last && sc.t[end].kind == text.Clitic && (sc.w(end) == "'s" || sc.w(end) == "’s") {
			q := end + 1
			for n := 0; q < last && n < 3 && sc.t[q].f&(fApprox|fMin|fMax) != 0 && sc.t[q].kind == text.Word; n++ {
				q++
			}
			if c, ok := sc.core(q, first, last); ok && !c.zero && c.end > q {
				q = c.end
			}
			if end2 := sc.npScan(q, last); end2 > q {
				e.cFirst, e.cLast, e.head = k+1, end2, end2-1
				sc.extendCounted(e, last)
				return
			}
		}
		if end := sc.npScan(j, last); end > j {
			e.cFirst, e.cLast, e.head = k+1, end, end-1
			sc.extendCounted(e, last)
		}
	}
}

// extendCounted adds "of"-phrases, coordinated nouns and a closing
// participle to the counted phrase; the head stays.
func (sc *scratch) extendCounted(e *expr, last int) {
	for n := 0; n < 3; n++ {
		k := e.cLast
		if k+1 >= last {
			return
		}
		switch {
		case sc.is(k, "of"):
			// "member of the Coast Guard", "cases of the virus", "members of one family"
			j := k + 1
			if (sc.t[j].f&fDet != 0 || sc.is(j, "one")) && j+1 < last {
				j++
			}
			if end := sc.npScan(j, last); end > j {
				e.cLast = end
				continue
			}
		case sc.is(k, "on") && sc.is(k+1, "board"):
			// "176 people on board"
			e.cLast = k + 2
			continue
		case sc.is(k, "aboard") || sc.is(k, "onboard"):
			e.cLast = k + 1
			continue
		case sc.is(k, "with") || sc.is(k, "on") || sc.is(k, "from"):
			// "infections with COVID-19", "followers on Facebook",
			// "pilgrims from Myanmar"
			j := k + 1
			if sc.t[j].cap && sc.t[j].f&(fMonth|fWeekday) == 0 {
				if end := sc.npScan(j, last); end > j && end-j <= 3 {
					e.cLast = end
					continue
				}
			}
		case sc.is(k, "and") || sc.is(k, "or"):
			// "police officers and firefighters"
			j := k + 1
			end := sc.npScan(j, last)
			if end > j && !sc.verbish(j) && !sc.verbish(end-1) && sc.t[end-1].shape&shPlural != 0 &&
				!(end < last && (sc.t[end].kind == text.Number || sc.npWord(end))) {
				e.cLast = end
				continue
			}
		case sc.w(k) == "," && n == 0 && sc.t[e.head].shape&shPlural != 0:
			// "30,000 police, Kurdish fighters and tribesmen": a list of
			// plural nouns that ends with "and".
			// Not ", and officials say …": a new clause's subject.
			if end := sc.nounList(k, last); end > k && !(sc.isOneOf(k+1, "and", "but") && end < last && (sc.verbish(end) || isSayVerb(sc.lowerWord(end)))) {
				e.cLast = end
				continue
			}
		}
		break
	}
	// "the 36 people infected included …": a participle closing a subject.
	k := e.cLast
	if k+1 < last && sc.t[k].f&fCueVerb != 0 && sc.t[k].shape&shEd != 0 && (sc.verbish(k+1) && sc.t[k+1].f&fCueVerb == 0 || sc.t[k+1].f&fAux != 0) {
		e.partic = k
		e.cLast = k + 1
	}
}

// measure decides what the sentence says happened to the counted group.
func (sc *scratch) measure(e *expr, first, last int) {
	// A table row, "Injured: 4,877": the label names the measure, or the
	// row is a part of the row above ("Total dead: 192" / "Americans: 12").
	if m, cue := sc.tableRow(e); m != "" {
		e.measure, e.cueFirst, e.cueLast = m, cue, cue+1
		return
	}
	// "Eight members of a family, five of them children, drowned": a part
	// set off after its group shares the group's fate.
	if q := e.first - 1; q > first && sc.w(q) == "," && e.last+1 < last && sc.is(e.last, "of") && sc.isOneOf(e.last+1, "them", "whom") {
		for k := range sc.ex {
			// (or after the group's verb: "Eight people died, four of whom
			// were children")
			if b := &sc.ex[k]; b != e && b.kind == dossier.KindCount && (max(b.last, b.cLast) == q || b.cueRight && b.cueLast == q) && b.measure != "" && b.measure != dossier.Other {
				e.measure, e.cueFirst, e.cueLast = b.measure, b.cueFirst, b.cueLast
				return
			}
		}
	}
	// "The strike killed a family of five": the family is the five.
	if q := e.first - 1; q-3 >= first && sc.is(q, "of") && sc.isOneOf(q-1, "family", "group", "crew", "party", "busload", "boatload") && sc.isOneOf(q-2, "a", "an", "the", "entire", "whole") {
		v := q - 3
		if sc.isOneOf(q-2, "entire", "whole") && v-1 >= first {
			v-- // "killed an entire family of five"
		}
		if t := &sc.t[v]; t.f&fCueVerb != 0 && t.e != nil && t.e.m != "" && t.e.m != dossier.Deployed && !sc.hurtFigurative(v, first) {
			e.measure, e.cueFirst, e.cueLast = t.e.m, v, v+1
			if e.cFirst < 0 || e.bare {
				e.cFirst, e.cLast, e.head, e.bare = q-1, q, q-1, false // "a family of five"
			}
			return
		}
	}
	// "massacres which claimed the lives of 27 peasants" (not "saved the
	// lives of 27")
	if q := e.first - 1; q-3 >= first && sc.is(q, "of") && sc.is(q-1, "lives") && sc.is(q-2, "the") && sc.isOneOf(q-3, "claimed", "claiming", "claim", "claims", "took", "taken", "taking", "cost", "costing") {
		e.measure, e.cueFirst, e.cueLast = dossier.Deaths, q-3, q
		return
	}
	// "three girls were stabbed, one fatally": the one died.
	if k := max(e.last, e.cLast); k < last && sc.isOneOf(k, "fatally", "mortally") && (e.bare || e.cLast <= e.last) {
		e.measure, e.cueFirst, e.cueLast = dossier.Deaths, k, k+1
		return
	}
	// "all but one victim": the exception, not a count of what happened.
	if q := e.first - 1; q-1 >= first && sc.is(q, "but") && sc.is(q-1, "all") {
		e.measure = dossier.Other
		return
	}
	// "7 out of 20 suspected cases": the whole is not what happened.
	if q := e.first - 1; q-2 >= first && sc.is(q, "of") && sc.is(q-1, "out") && (sc.t[q-2].kind == text.Number || sc.t[q-2].f&(fUnit|fTeen|fTen) != 0) {
		e.measure = dossier.Other
		return
	}
	// Job losses: "cut 500 jobs", "1,200 job cuts", "laid off 300 workers".
	if e.head >= 0 && sc.jobLoss(e, first) {
		return
	}
	// 1. The counted head names the measure: "deaths", "casualties", "27 dead".
	if e.head >= 0 {
		h := &sc.t[e.head]
		// "33 recovered cases": patients counted as they leave the tally.
		if h.e != nil && h.e.m == dossier.Cases {
			for k := e.cFirst; k >= 0 && k < e.head; k++ {
				// ("one test case", "two court cases": no infections either)
				if sc.isOneOf(k, "recovered", "cured", "discharged", "resolved", "test", "court", "legal", "criminal", "civil") {
					e.measure = dossier.Other
					return
				}
			}
		}
		if sc.is(e.head, "seekers") && e.head-1 >= e.cFirst && sc.is(e.head-1, "asylum") {
			e.measure, e.cueFirst, e.cueLast = dossier.Displaced, e.head-1, e.head+1 // "asylum seekers"
			return
		}
		if h.f&fCueNoun != 0 && h.e.m != "" && sc.headCounts(e, first) {
			// A status ("hostages", "refugees", "patients") gives way to
			// the fate the verb after it tells: "five hostages were killed",
			// "three refugees drowned".
			// (Not for the whole of a partitive: in "two of the 30
			// hostages were killed" the 30 are hostages still.)
			// "the dead included five refugees": the fate of the whole
			// they are part of.
			if p := sc.leftOf(e, first); isStatus(h.e.m) && p-1 >= first && sc.t[p].f&fInclude != 0 && sc.t[p].f&fPrep == 0 {
				if m, cue, _, _ := sc.leftNominal(p-1, first, last); m != "" && !isStatus(m) {
					e.measure, e.cueFirst, e.cueLast = m, cue, cue+1
					e.include = true
					return
				}
			}
			if isStatus(h.e.m) && !sc.partitiveWhole(e, first) {
				// ("eight refugees were detained": arrested; a new status
				// told by the verb outranks the one the noun carries.)
				if m, cf, cl, ok, _, _ := sc.rightCue(e, first, last); ok && (m == dossier.Deaths || m == dossier.Injured || m == dossier.Casualties ||
					m != h.e.m && (m == dossier.Arrested || m == dossier.Captured || m == dossier.Kidnapped || m == dossier.Missing)) {
					e.measure = m
					e.cueFirst, e.cueLast, e.cueRight = cf, cl, true
					return
				}
			}
			e.measure = h.e.m
			e.cueFirst, e.cueLast = e.head, e.head+1
			sc.orInjured(e, e.head, last)
			// "holding 300 detainees", "not holding any detainees": people
			// held by a force are captured.
			if e.measure == dossier.Arrested && h.e.word == "detainees" && sc.heldBefore(e, first) {
				e.measure = dossier.Captured
			}
			return
		}
		// A cue word modifying the head: "wounded soldiers", "displaced people".
		for k := e.cFirst; k < e.head; k++ {
			if t := &sc.t[k]; t.f&(fCueVerb|fCueAdj) != 0 && t.e.m != "" && (t.shape&shEd != 0 || t.f&fCueAdj != 0) {
				e.measure = t.e.m
				e.cueFirst, e.cueLast = k, k+1
				return
			}
		}
	}
	if e.partic >= 0 {
		e.measure = sc.t[e.partic].e.m
		e.cueFirst, e.cueLast, e.cueRight = e.partic, e.partic+1, true
		return
	}
	// The whole group of a partitive ("two of the 30 passengers", "none of
	// the 200 workers"): what happened happened to the part, not to it.
	if sc.partitiveWhole(e, first) {
		return
	}
	// "its population of 80,000": the whole a part was taken from.
	if q := e.first - 1; q-1 >= first && sc.is(q, "of") && (sc.is(q-1, "population") || sc.is(q-1, "populations") || sc.is(q-1, "residents") || sc.is(q-1, "crowd")) {
		// A population sets the scene: no figure of its own.
		e.single = sc.is(q-1, "population") || sc.is(q-1, "populations")
		return
	}
	// "a workforce of 55,000": the whole staff, not the part a cut affects.
	if q := e.first - 1; q-1 >= first && sc.is(q, "of") && (sc.isOneOf(q-1, "workforce", "payroll", "headcount") || q-2 >= first && sc.is(q-1, "force") && sc.is(q-2, "work")) {
		e.blocked = true
		return
	}
	// "The death toll in the blast, initially 10, has risen to 12": an
	// earlier value of the toll, set off by commas.
	if q := e.first - 1; q-2 >= first && sc.isOneOf(q, "initially", "originally") && sc.w(q-1) == "," {
		if m, cue, _, _ := sc.leftNominal(q-2, first, last); m != "" {
			e.measure, e.cueFirst, e.cueLast = m, cue, cue+1
			return
		}
	}
	// 2. A measure verb before its object: "killed three people".
	p := sc.leftOf(e, first)
	// "The 11 Americans were killed, along with five employees": the
	// group added shares the fate of the one before it.
	if p-1 >= first && sc.is(p, "with") && sc.isOneOf(p-1, "along", "together") {
		for k := range sc.ex {
			if b := &sc.ex[k]; b.last <= e.first && b.first >= first && b.measure != "" && b.measure != dossier.Other && b.kind == dossier.KindCount {
				e.measure, e.cueFirst, e.cueLast = b.measure, b.cueFirst, b.cueLast
			}
		}
		if e.measure != "" {
			return
		}
	}
	if p-1 >= first && (sc.is(p, "dead") && (sc.is(p-1, "shot") || sc.is(p-1, "gunned")) || sc.is(p, "death") && sc.is(p-1, "to") && p-2 >= first && sc.t[p-2].shape&shEd != 0) {
		e.measure, e.cueFirst, e.cueLast = dossier.Deaths, p-1, p+1
		return
	}
	// "the bodies of at least 20 people who had been shot": remains are
	// of the dead, whatever the clause after says.
	if p-1 >= first && sc.is(p, "of") && sc.isOneOf(p-1, "bodies", "remains", "corpses") && e.head >= 0 && sc.personHead(e.head) {
		e.measure, e.cueFirst, e.cueLast = dossier.Deaths, p-1, p
		return
	}
	// "killed 130 in Paris last November and 32 in Brussels": the verb
	// of the figure before governs this one too, when only places and
	// times lie between.
	if p-1 >= first && sc.is(p, "and") && e.cFirst < 0 {
		for j := range sc.ex {
			x := &sc.ex[j]
			if x.last > p || x.kind != dossier.KindCount || x.measure == "" || x.measure == dossier.Other || x.cueFirst < 0 || x.cueFirst >= x.first || x.first < first {
				continue
			}
			end := max(x.last, x.cLast)
			ok := p-end <= 8
			for k := end; ok && k < p; k++ {
				t := &sc.t[k]
				ok = t.kind == text.Word && (t.f&(fPrep|fDet) != 0 || t.cap || t.f&(fMonth|fWeekday) != 0 || sc.isOneOf(k, "last", "this", "next", "week", "month", "year", "night", "morning", "weekend")) && !sc.verbish(k)
			}
			if ok && sc.peopleOK(e, x.measure) {
				e.measure, e.cueFirst, e.cueLast = x.measure, x.cueFirst, x.cueLast
			}
		}
		if e.measure != "" {
			return
		}
	}
	// "killed himself and 31 others", "killed the driver and four
	// passengers": the verb before the first object governs the figure.
	if p-1 >= first && sc.is(p, "and") {
		q := p - 1
		if !sc.isOneOf(q, "himself", "herself", "themselves") {
			for n := 0; q >= first && n < 3 && sc.npWord(q) && !sc.verbish(q) && sc.t[q].kind == text.Word; n++ {
				q--
			}
			if q >= first && sc.t[q].f&fDet != 0 {
				q--
			}
		} else {
			q--
		}
		if q >= first && q < p-1 {
			if t := &sc.t[q]; t.f&fCueVerb != 0 && t.e != nil && t.e.m != "" && t.shape&(shEd|shIng) != 0 && sc.peopleOK(e, t.e.m) && !sc.recorded(q, first) {
				e.measure, e.cueFirst, e.cueLast = t.e.m, q, q+1
				return
			}
		}
	}
	// "We lost 3,000 people on 9/11": people lost are dead (not jobs,
	// seats or workers).
	if p >= first && sc.isOneOf(p, "lost", "lose", "loses", "losing") && e.head >= 0 && sc.personHead(e.head) {
		e.measure, e.cueFirst, e.cueLast = dossier.Deaths, p, p+1
		if sc.t[e.head].f&fTroop != 0 {
			e.measure = dossier.Casualties // an army's losses: killed and wounded
		}
		return
	}
	// "forced more than 100,000 people from their homes"
	if p >= first && sc.isOneOf(p, "forced", "forcing", "forces", "force", "drove", "driven", "driving") && e.cLast > e.cFirst {
		if j := e.cLast; j+2 < last && sc.is(j, "from") {
			for q := j + 1; q < last && q < j+4; q++ {
				if sc.isOneOf(q, "homes", "home", "houses", "villages", "land", "lands") {
					e.measure, e.cueFirst, e.cueLast = dossier.Displaced, p, q+1
					return
				}
			}
		}
	}
	// "made over 9,500 ill", "left 300 people sick": infected.
	if p >= first && sc.isOneOf(p, "made", "making", "makes", "left", "leaving") {
		q := max(e.last, e.cLast)
		if e.cLast > e.last && sc.isOneOf(e.cLast-1, "ill", "sick") {
			q = e.cLast - 1
			e.cLast-- // the adjective is no part of the group
			if e.cLast <= e.cFirst {
				e.cFirst, e.cLast, e.head, e.bare = -1, -1, -1, true
			} else if e.head >= e.cLast {
				e.head = e.cLast - 1
			}
		}
		if q < last && sc.isOneOf(q, "ill", "sick") {
			e.measure, e.cueFirst, e.cueLast = dossier.Cases, q, q+1
			return
		}
	}
	// "dragged 10 men out of their homes and shot them to death": the
	// fate told of them after "and".
	if p >= first && sc.verbish(p) && e.cLast > e.cFirst {
		for j := e.cLast; j+2 < last && j < e.cLast+16; j++ {
			if sc.t[j].kind == text.Punct {
				break
			}
			if sc.is(j, "and") && j+2 < last && sc.is(j+2, "them") {
				if m, end := sc.cueAt(j+1, last); m != "" && m != dossier.Deployed {
					// ("shot them to death": the words after "them" tell more)
					if m == dossier.Casualties && j+4 < last && sc.is(j+3, "to") && sc.is(j+4, "death") {
						m, end = dossier.Deaths, j+5
					}
					e.measure, e.cueFirst, e.cueLast = m, j+1, end
					return
				}
			}
		}
	}
	// "shot a hundred people": hit by gunfire, killed or wounded.
	if p >= first && sc.is(p, "shot") && e.head >= 0 && sc.peopleOK(e, dossier.Casualties) {
		e.measure, e.cueFirst, e.cueLast = dossier.Casualties, p, p+1
		if p-1 >= first && sc.isOneOf(p-1, "fatally", "mortally") || e.cLast > e.cFirst && e.cLast < last && sc.is(e.cLast, "dead") {
			e.measure = dossier.Deaths // "fatally shot two", "shot five people dead"
		}
		return
	}
	// "cut electric supply to around 38,000 people", "knocked out power to
	// 2,000 homes": those left without a utility are affected.
	if p-1 >= first && sc.is(p, "to") {
		if cue := sc.utilityCut(p-1, first); cue >= 0 {
			e.measure, e.cueFirst, e.cueLast = dossier.Affected, cue, p
			return
		}
	}
	// "tested 12 people positive"
	if p >= first && e.cLast > e.cFirst && e.cLast < last && sc.isOneOf(p, "tested", "tests", "test", "testing") && sc.is(e.cLast, "positive") {
		e.measure, e.cueFirst, e.cueLast = dossier.Cases, p, p+1
		return
	}
	if p >= first {
		t := &sc.t[p]
		if t.f&fCueVerb != 0 && t.e.m != "" && (t.shape&(shEd|shIng) != 0 || t.f&fCueAdj == 0) && sc.peopleOK(e, t.e.m) && !sc.recorded(p, first) && !sc.hurtFigurative(p, first) {
			e.measure = sc.forceMoved(e, t.e.m, p)
			e.cueFirst, e.cueLast = p, p+1
			// "killed or wounded 300"
			if p-2 >= first && (sc.is(p-1, "or") || sc.is(p-1, "and")) && sc.t[p-2].e != nil && sc.t[p-2].f&fCueVerb != 0 && isCasualty(sc.t[p-2].e.m, t.e.m) {
				e.measure = dossier.Casualties
				e.cueFirst = p - 2
			}
			return
		}
		if t.f&fInclude != 0 || p-1 >= first && (sc.is(p, "them") || sc.is(p, "whom")) && (sc.is(p-1, "among") || sc.is(p-1, "amongst")) {
			e.include = true // "including 26 …", "among them 12 children"
			// "the fatalities included four males": the whole is a toll noun.
			q := p - 1
			if q >= first && sc.w(q) == "," {
				q--
			}
			if q >= first {
				if m, cue, grp, grpEnd := sc.leftNominal(q, first, last); m != "" && sc.peopleOK(e, m) {
					e.measure, e.cueFirst, e.cueLast = m, cue, cue+1
					// "more cases of measles, including 165"
					if e.bare && e.cFirst < 0 && grp >= 0 {
						e.cFirst, e.cLast, e.head = grp, grpEnd, grpEnd-1
					}
					return
				}
				// "The victims included six children" after a deadly event.
				if sc.is(q, "victims") && sc.deathContext(first, q) {
					e.measure = dossier.Deaths
					return
				}
			}
		}
		// "injured a man and two women": the verb before the first conjunct.
		if sc.is(p, "and") || sc.is(p, "or") {
			q := p - 1
			// "arrested a 34-year-old man and two teenagers": an age modifies the noun.
			for n := 0; q >= first && n < 4 && (sc.npWord(q) && !sc.verbish(q) || sc.t[q].f&fDet != 0 || sc.ageWord(q)); n++ {
				q--
			}
			if q >= first && q < p-1 {
				if u := &sc.t[q]; u.f&fCueVerb != 0 && u.e.m != "" && u.shape&(shEd|shIng) != 0 && sc.peopleOK(e, u.e.m) {
					e.measure, e.cueFirst, e.cueLast = u.e.m, q, q+1
					return
				}
			}
		}
		// "including all on board, and one airport worker": the last item
		// of an inclusion list.
		if (sc.is(p, "and") || sc.w(p) == ",") && sc.includeList(p, first) {
			e.include = true
		}
		if e.first > first && sc.t[e.first-1].f&fPrep != 0 && isLocative(sc.t[e.first-1].e.word) {
			e.inPP = true
		}
	}
	// "Russia has lost about 600,000 troops": losses of forces are casualties
	// (killed and wounded together, unspecified).
	if p >= first && e.head >= 0 && sc.isForce(e) {
		switch sc.lowerWord(p) {
		case "lost", "lose", "loses", "losing":
			e.measure, e.cueFirst, e.cueLast = dossier.Casualties, p, p+1
			return
		}
	}
	// "taking dozens of people hostage", "took 20 soldiers prisoner"
	if p >= first && e.cLast >= 0 && e.cLast < last {
		switch sc.lowerWord(p) {
		case "taking", "took", "take", "takes", "taken", "holding", "held", "hold", "holds":
			for k := e.cFirst + 1; k < last && k < e.cLast+2; k++ {
				m := dossier.Measure("")
				switch sc.lowerWord(k) {
				case "hostage", "hostages", "captive", "captives":
					m = dossier.Kidnapped
				case "prisoner", "prisoners":
					m = dossier.Captured
				}
				if m != "" {
					if k < e.cLast {
						e.cLast, e.head = k, k-1 // "guests hostage": the noun is "guests"
					}
					e.measure, e.cueFirst, e.cueLast = m, p, k+1
					return
				}
			}
		}
	}
	// "3,700 cases have been reported, with 198 recorded on Monday": the
	// part of the figure before that a tally verb adds.
	if e.bare && p >= first && sc.is(p, "with") && e.last < last && isTallyVerb(sc.lowerWord(e.last)) {
		e.total = true
		return
	}
	// 3. A measure verb after the subject: "three people were killed"; a
	// part of an inclusion only through its own relative clause
	// ("including 600 who died").
	if (!e.inPP || sc.relativeAfter(e, last) || sc.phraseAfter(e, last)) && (!e.include || sc.relativeAfter(e, last)) {
		// (in a phrase too when its own relative clause follows: "searching
		// for 14 people who remain unaccounted for")
		if m, cf, cl, ok, blocked, rel := sc.rightCue(e, first, last); ok && sc.peopleOK(e, m) {
			e.measure = sc.forceMoved(e, m, cf)
			e.cueFirst, e.cueLast, e.cueRight = cf, cl, true
			return
		} else if m, cf, cl := sc.chunkCue(e, first, last); m != "" && sc.peopleOK(e, m) {
			// A longer subject the chunk layer reads to its verb: "four
			// members of a family from the town died".
			e.measure = sc.forceMoved(e, m, cf)
			e.cueFirst, e.cueLast, e.cueRight = cf, cl, true
			return
		} else if blocked {
			e.blocked = true
			// "two soldiers who escaped": what they did, so not simply deployed.
			e.blockedRight = rel
		}
	}
	// "The injured teenagers, three girls and a boy, were …": an appositive
	// to a noun phrase that names the measure.
	if q := e.first - 1; q-1 >= first && sc.w(q) == "," && !e.include {
		if m, cue := sc.appositiveCue(q-1, first); m != "" && sc.peopleOK(e, m) {
			e.measure, e.cueFirst, e.cueLast = m, cue, cue+1
			return
		}
	}
	// "numbered in the hundreds"
	if p-1 >= first && sc.is(p, "in") && sc.t[p-1].f&fLink != 0 {
		p--
	}
	// 4. A toll before the figure: "the death toll rose to 27" — not a
	// ratio to a possessed whole ("159 homicides to its 318,416
	// residents").
	if p >= first && !e.include && !(sc.is(p, "to") && p+1 < e.first && sc.isOneOf(p+1, "its", "their", "his", "her")) {
		if sc.t[p].f&fLink != 0 || sc.is(p, "of") || sc.is(p, "from") || e.vague && sc.is(p, "in") {
			if m, cue, grp, grpEnd := sc.leftNominal(p, first, last); m != "" && sc.peopleOK(e, m) {
				e.measure = m
				e.cueFirst, e.cueLast = cue, cue+1
				if e.bare && grp >= 0 {
					e.cFirst, e.cLast, e.head = grp, grpEnd, grpEnd-1
				}
				return
			}
			// "Among the victims were 12 children" after a deadly event.
			if sc.t[p].f&fAux != 0 && p-1 >= first && sc.is(p-1, "victims") && sc.deathContext(first, p-1) {
				e.measure = dossier.Deaths
				return
			}
			// "The victims in Nairobi, Kenya, numbered 213" after a deadly event.
			if sc.t[p].f&fLink != 0 && sc.t[p].f&fAux == 0 {
				for k := p - 1; k >= first && k > p-8; k-- {
					if sc.is(k, "victims") {
						if sc.deathContext(first, k) || sc.context(e, first, last) == fHarm {
							e.measure = dossier.Deaths
							return
						}
						break
					}
					if sc.verbish(k) || sc.is(k, "of") {
						break // "the victims of the fraud numbered": not of the event before
					}
				}
			}
		} else if sc.verbish(p) && sc.t[p].f&fInclude == 0 {
			e.blocked = true
		}
	}
	// "Four of the dead were foreigners; they were two Germans and …": the
	// figure before, told over again.
	if q := e.first - 1; q-2 >= first && sc.isOneOf(q, "were", "are", "included", "include") && sc.isOneOf(q-1, "they", "these", "those") &&
		(sc.w(q-2) == ";" || sc.w(q-2) == "," || sc.w(q-2) == ":") {
		e.total = true
		return
	}
	// "Seven, four of them children, died": a part of the figure before.
	if e.bare && !e.blocked && e.first-1 >= first && sc.w(e.first-1) == "," && e.last+1 < last && sc.is(e.last, "of") &&
		(sc.is(e.last+1, "them") || sc.is(e.last+1, "whom")) {
		e.include = true
		return
	}
	// "…, down from a peak of over 3.5 million": an earlier value of the
	// figure before.
	if e.bare && sc.priorValue(e.first, first) {
		e.total, e.inPP = true, false
		return
	}
	// "…, bringing the total to 1,024": the running total of the figure before.
	for k := p; k >= first && k > p-6; k-- {
		if sc.t[k].kind == text.Punct {
			break
		}
		if sc.is(k, "total") || sc.is(k, "tally") || sc.is(k, "figure") || sc.is(k, "count") {
			e.total = true
			break
		}
	}
}

// amongGroup gives a figure with no fate of its own that of the group it
// is said to be among: "17 staff members were among dozens who died".
func (sc *scratch) amongGroup(first, last int) {
	for k := range sc.ex {
		e := &sc.ex[k]
		if e.kind != dossier.KindCount || e.measure != "" && e.measure != dossier.Other {
			continue
		}
		j := max(e.last, e.cLast)
		if j+1 >= last || sc.t[j].f&fAux == 0 || !sc.is(j+1, "among") {
			continue
		}
		for x := k + 1; x < len(sc.ex); x++ {
			g := &sc.ex[x]
			if g.first > j+4 {
				break
			}
			if g.kind == dossier.KindCount && g.measure != "" && g.measure != dossier.Other && sc.peopleOK(e, g.measure) {
				e.measure, e.cueFirst, e.cueLast = g.measure, g.cueFirst, g.cueLast
				break
			}
		}
	}
}

// forceMoved turns the displaced of a move into deployed forces: troops
// "moved to", "transferred to" or "relocated to" a place are sent there;
// civilians moved from their homes are displaced.
func (sc *scratch) forceMoved(e *expr, m dossier.Measure, cue int) dossier.Measure {
	if m == dossier.Displaced && e.head >= 0 && cue >= 0 && sc.isOneOf(cue, "moved", "transferred", "relocated", "relocating", "relocate") && sc.isForce(e) {
		return dossier.Deployed
	}
	if m == dossier.Displaced && cue >= 0 && sc.isOneOf(cue, "arrived", "arriving") {
		if e.head >= 0 && sc.isForce(e) {
			return dossier.Deployed
		}
		return ""
	}
	return m
}

// idled reports whether the sentence [first,last) says work stopped: a
// shutdown, a furlough, staff "without pay", "out of work" or "not in
// operation".
func (sc *scratch) idled(first, last int) bool {
	for k := first; k < last; k++ {
		switch {
		case sc.isOneOf(k, "shutdown", "shutdowns", "furlough", "furloughs", "furloughed", "unpaid", "idled", "jobless", "unemployed"):
			return true
		case k+1 < last && sc.is(k, "without") && sc.isOneOf(k+1, "pay", "paychecks", "salaries", "wages", "work"):
			return true
		case k+2 < last && sc.is(k, "out") && sc.is(k+1, "of") && sc.isOneOf(k+2, "work", "jobs", "job"):
			return true
		case k+2 < last && sc.isOneOf(k, "not", "no") && sc.isOneOf(k+1, "in", "longer") && sc.isOneOf(k+2, "operation", "operating", "working"):
			return true
		}
	}
	return false
}

// jobListOK reports whether a list member e may share the job cut of
// prev: "cut 4,000 jobs in France and 900 in Spain", not "cut 30,000 jobs
// and 14 plants".
func (sc *scratch) jobListOK(prev, e *expr) bool {
	if prev.measure != dossier.Affected || prev.head < 0 || e.head < 0 || e.head == prev.head {
		return true
	}
	if sc.t[prev.head].f&(fJob|fStaff) == 0 && !(prev.cueFirst >= 0 && prev.cueFirst < len(sc.t) && sc.t[prev.cueFirst].f&fJobMod != 0) {
		return true
	}
	return sc.t[e.head].f&(fJob|fStaff) != 0
}

// jobLoss reads a job cut before or in the counted phrase of e: "1,200 job
// cuts", "job losses of 900", "cut 500 jobs", "axed 40 positions", "laid
// off 300 workers". The people who lose their jobs are affected; jobs
// created or held ("create 5,000 jobs", "employs 3,000 workers") are not.
func (sc *scratch) jobLoss(e *expr, first int) bool {
	h := e.head
	// "1,200 job cuts", "5,000 job losses", "a staff reduction of 300"
	if h > e.cFirst && h-1 >= 0 && sc.t[h-1].f&fJobMod != 0 && sc.isOneOf(h, "cuts", "losses", "loss", "reductions", "reduction") {
		e.measure, e.cueFirst, e.cueLast = dossier.Affected, h-1, h+1
		return true
	}
	if sc.t[h].f&(fJob|fStaff) == 0 {
		return false
	}
	p := sc.leftOf(e, first)
	if p < first {
		return false
	}
	t := &sc.t[p]
	cue := p
	switch {
	case t.f&fJobCut != 0 && t.e != nil:
		switch t.e.word {
		case "lose", "loses", "lost", "losing":
			// "lost 500 jobs"; staff lost to a rival are not laid off.
			if sc.t[h].f&fJob == 0 {
				return false
			}
		case "fire", "fires", "fired", "firing":
			if sc.t[h].f&fStaff == 0 {
				return false
			}
		}
	case sc.is(p, "off") && p-1 >= first && sc.isOneOf(p-1, "lay", "lays", "laid", "laying"):
		cue = p - 1 // "laid off 300 workers"
	case sc.is(p, "of") && p-1 >= first && sc.t[h].f&fJob != 0 && sc.isOneOf(p-1, "loss", "losses", "cut", "cuts", "elimination", "reduction", "shedding"):
		cue = p - 1 // "a loss of 3,700 jobs"
	default:
		return false
	}
	e.measure, e.cueFirst, e.cueLast = dossier.Affected, cue, p+1
	return true
}

// jobCutAt reads a job cut after a subject at k: "will be cut", "were laid
// off", "lost their jobs", "were made redundant". Verbs that need a job
// subject ("cut", "axed", "shed") count only when the counted head of the
// subject is jobs or staff (job).
func (sc *scratch) jobCutAt(k, last int, job bool) int {
	t := &sc.t[k]
	if t.e == nil {
		return k
	}
	switch t.e.word {
	case "laid", "lay", "lays", "laying":
		if k+1 < last && sc.is(k+1, "off") {
			return k + 2
		}
	case "lose", "loses", "lost", "losing":
		j := k + 1
		if j < last && sc.t[j].f&fDet != 0 {
			j++
		}
		if j < last && sc.t[j].f&fJob != 0 {
			return j + 1 // "lost their jobs"
		}
		if j < last && sc.isOneOf(j, "lives", "life") {
			return k // "six staffers lost their lives": dead, not laid off
		}
	case "made", "declared", "left", "rendered":
		if k+1 < last && sc.isOneOf(k+1, "redundant", "jobless", "unemployed") {
			return k + 2
		}
	case "furloughed":
		return k + 1
	}
	if job && t.f&fJobCut != 0 && t.shape&shEd != 0 || job && sc.isOneOf(k, "cut", "shed", "lost") {
		return k + 1
	}
	// "10,000 jobs go": jobs, not the staff who went somewhere.
	if k > 0 && sc.t[k-1].f&fJob != 0 && sc.isOneOf(k, "go", "goes", "went", "gone", "disappear", "disappeared", "vanish", "vanished") {
		return k + 1
	}
	return k
}

// priorValue reports whether the figure starting at k is introduced as an
// earlier value of a series: "down from 12", "up from a low of 300", "down
// from a peak of over 3.5 million".
func (sc *scratch) priorValue(k, first int) bool {
	p := k - 1
	if p-1 >= first && sc.is(p, "of") {
		switch {
		case sc.isOneOf(p-1, "peak", "high", "low", "record", "maximum", "minimum", "total", "figure", "estimate", "level"):
			p -= 2
			if p >= first && (sc.t[p].f&fDet != 0 || sc.t[p].kind == text.Clitic) {
				p--
			}
			if p >= first && sc.t[p].kind == text.Word && sc.t[p].f&fDet == 0 && !sc.is(p, "from") && sc.npWord(p) {
				p-- // "a record high of", "an earlier estimate of"
			}
			if p >= first && sc.t[p].f&fDet != 0 {
				p--
			}
		default:
			return false
		}
	}
	if p-1 >= first && sc.isOneOf(p, "to", "with") && sc.is(p-1, "compared") {
		return true // "42 … were killed last year, compared to 32 in 2006"
	}
	if p-1 < first || !sc.is(p, "from") {
		return false
	}
	return sc.isOneOf(p-1, "down", "up", "rising", "falling", "dropping", "increasing", "decreasing", "climbing")
}

// heldBefore reports whether a verb of holding governs e: "holding 300
// detainees", "is not holding any detainees".
func (sc *scratch) heldBefore(e *expr, first int) bool {
	for k := e.cFirst - 1; k >= first && k >= e.first-1; k-- {
		if sc.isOneOf(k, "holding", "held") {
			return true
		}
	}
	return false
}

// isPartitiveHead reports whether token k can head "k of the N": a number,
// "none", "all", "most", "some", "half", "each".
func (sc *scratch) isPartitiveHead(k int) bool {
	t := &sc.t[k]
	if t.kind == text.Number || t.f&(fUnit|fTeen|fTen|fZero|fScale|fVague) != 0 {
		return true
	}
	switch sc.lowerWord(k) {
	case "all", "most", "some", "half", "each", "many", "several", "both", "majority", "rest", "any", "either", "neither":
		return true
	}
	return false
}

// recorded reports whether the verb at p is "captured" in the sense of
// recorded: "video captured two factions", "cameras captured …".
func (sc *scratch) recorded(p, first int) bool {
	if p-1 < first || sc.t[p].e == nil || sc.t[p].e.m != dossier.Captured {
		return false
	}
	switch sc.lowerWord(p - 1) {
	case "video", "videos", "camera", "cameras", "footage", "cctv", "photo", "photos", "photographs", "images", "image", "film", "recording", "surveillance":
		return true
	}
	return false
}

// isCasualty reports whether two measures together make casualties: the
// killed and the wounded, or the dead and the missing ("left 600 people
// dead or missing"), counted as one.
func isCasualty(a, b dossier.Measure) bool {
	if a == dossier.Deaths {
		a, b = b, a
	}
	return b == dossier.Deaths && (a == dossier.Injured || a == dossier.Missing)
}

// beforeBe reports whether a form of "be" stands before token k, past
// adverbs: "are fleeing", "were still fleeing".
func (sc *scratch) beforeBe(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if sc.isOneOf(j, "is", "are", "was", "were", "been", "be") {
			return true
		}
		if sc.t[j].f&fAdv == 0 && sc.t[j].shape&shLy == 0 && !sc.isOneOf(j, "still", "now", "already") {
			return false
		}
	}
	return false
}

// orInjured turns "killed or wounded" (and "dead or injured") at k into casualties.
func (sc *scratch) orInjured(e *expr, k, last int) {
	if k+2 < last && (sc.is(k+1, "or") || sc.is(k+1, "and")) && sc.t[k+2].e != nil && sc.t[k+2].f&(fCueVerb|fCueNoun) != 0 &&
		isCasualty(sc.t[k].e.m, sc.t[k+2].e.m) {
		e.measure = dossier.Casualties
		e.cueLast = k + 3
	}
}

// headCounts checks words that are measures only in some company: "lives"
// are deaths when claimed or lost, not when saved.
func (sc *scratch) headCounts(e *expr, first int) bool {
	switch sc.t[e.head].e.word {
	case "lives", "life":
		p := sc.leftOf(e, first)
		if p >= first {
			switch sc.lowerWord(p) {
			case "claimed", "claiming", "claim", "claims", "lost", "cost", "costing", "took", "taking", "take":
				return true
			}
		}
		k := e.cLast
		return k < len(sc.t) && (sc.is(k, "lost") || (sc.is(k, "were") || sc.is(k, "was")) && k+1 < len(sc.t) && sc.is(k+1, "lost"))
	case "case":
		// "one more case", "one new case", "one case of measles" — but not
		// the idiom "in one case".
		if e.low > 1 {
			return false
		}
		if e.cLast > e.head+1 || e.head > e.cFirst {
			return true
		}
		return e.first > 0 && sc.is(e.last, "more")
	case "toll", "death", "infection", "fatality", "casualty", "prisoner", "hostage":
		// Singular heads count only after "one" (or "a").
		return e.low <= 1
	}
	return true
}

// peopleOK rejects measures of people for counted things: "36 states" are
// never arrested, "300 homes" never killed.
func (sc *scratch) peopleOK(e *expr, m dossier.Measure) bool {
	// "two emails sent to Powell": papers and messages go, nobody is sent.
	if e.head >= 0 && sc.isOneOf(e.head, "emails", "email", "letters", "messages", "memos", "documents", "texts", "tweets", "files", "records",
		"packages", "parcels", "invitations", "requests", "ballots", "petitions", "applications", "subpoenas", "notices", "pages", "emails’",
		"delegates", "superdelegates", "electors") { // ("captured 1,944 delegates": won, not taken prisoner)
		return m == dossier.Other
	}
	if e.head < 0 || sc.t[e.head].f&fThing == 0 {
		return true
	}
	return m == dossier.Deployed || m == dossier.Affected || m == dossier.Other
}

func isLocative(w string) bool {
	switch w {
	case "in", "across", "from", "near", "on", "throughout", "inside", "within", "into", "onto", "outside", "for":
		return true
	}
	return false
}

// leftOf returns the token before e that governs it, skipping determiners
// and modifiers ("killed an additional 20", "including the 36").
func (sc *scratch) leftOf(e *expr, first int) int {
	p := e.first - 1
	for p >= first {
		t := &sc.t[p]
		// "put casualties in the “several hundred”": a quotation mark
		// inside the phrase.
		if t.kind == text.OpenQuote && p-1 >= first && sc.t[p-1].f&(fDet|fPrep) != 0 {
			p--
			continue
		}
		if t.f&fDet != 0 && t.f&fInclude == 0 || t.f&fSkipMod != 0 || sc.is(p, "other") || sc.is(p, "further") {
			p--
			continue
		}
		break
	}
	return p
}

// objectRelative reads a relative clause without "that" whose object is
// the counted group: "the two soldiers his forces captured", "the 11,000
// troops Pyongyang first sent". After the head: a possessive or determiner,
// one to three capitalised or noun words, an optional adverb, then a past
// cue verb that no object follows. The counted phrase may have swallowed
// the clause ("troops Pyongyang first sent"): then the clause starts after
// a plural noun inside it, which is the true head. It returns the measure,
// the cue token and the head, or "", -1, -1.
func (sc *scratch) objectRelative(e *expr, last int) (dossier.Measure, int, int) {
	k := max(e.last, e.cLast)
	if e.head >= 0 && e.head+1 < k {
		k = e.head + 1
	}
	if m, cue := sc.relativeAt(k, last); m != "" {
		return m, cue, e.head
	}
	// "the four Americans that we lost at Benghazi"
	if e.head >= 0 && k+2 < last && sc.isOneOf(k, "that", "whom") && sc.t[k+1].f&fPron != 0 && sc.isOneOf(k+2, "lost", "had") && sc.personHead(e.head) {
		j := k + 2
		if sc.is(j, "had") {
			j++
		}
		if j < last && sc.is(j, "lost") && !sc.objectAt(j+1, last) {
			return dossier.Deaths, j, e.head
		}
	}
	for j := e.cFirst; j >= 0 && j < e.head; j++ {
		if t := &sc.t[j]; t.shape&shPlural != 0 && !t.cap && t.kind == text.Word &&
			(sc.t[j+1].cap && sc.t[j+1].kind == text.Word || sc.isOneOf(j+1, "his", "her", "its", "their", "the")) {
			if m, cue := sc.relativeAt(j+1, last); m != "" {
				return m, cue, j
			}
		}
	}
	return "", -1, -1
}

// hurtFigurative reports whether "hurt" at p, before its object, names
// harm of no accident or attack: "the housing crisis that hurt millions of
// Americans", "sabotaged in a way that hurt one candidate".
func (sc *scratch) hurtFigurative(p, first int) bool {
	if !sc.isOneOf(p, "hurt", "hurts", "hurting") {
		return false
	}
	for k := first; k < p; k++ {
		if sc.t[k].f&fHarm != 0 && !sc.isOneOf(k, "hurt", "injured", "wounded") {
			return false
		}
	}
	return true
}

// personHead reports whether the counted head at h names people who can
// be lost in death: "people", "soldiers", "Americans" — not jobs, seats,
// workers or aircraft.
func (sc *scratch) personHead(h int) bool {
	t := &sc.t[h]
	if t.f&(fThing|fStaff|fJob) != 0 {
		return false
	}
	if t.f&fTroop != 0 || sc.isOneOf(h, "people", "persons", "civilians", "victims", "passengers", "residents", "citizens", "children", "men", "women",
		"officers", "agents", "diplomats", "journalists", "hostages", "lives", "sons", "daughters", "brothers", "friends", "members", "heroes") {
		return true
	}
	// A people: "Americans", "Britons".
	return t.cap && t.shape&shPlural != 0 && t.kind == text.Word
}

// relativeAt reads the subject and past cue verb of a relative clause
// without "that" starting at k (see objectRelative).
func (sc *scratch) relativeAt(k, last int) (dossier.Measure, int) {
	if k >= last || sc.t[k].kind != text.Word {
		return "", -1
	}
	subj := k
	if sc.isOneOf(k, "his", "her", "its", "their", "our", "the") {
		k++
	}
	n := 0
	for k < last && n < 3 && sc.t[k].kind == text.Word && sc.t[k].f&(fCueVerb|fVerb|fAux) == 0 && sc.t[k].shape&(shLy|shEd|shIng) == 0 &&
		!sc.isOneOf(k, "by", "of", "in", "from", "with", "at", "on", "to", "for", "and", "or", "who", "that", "which", "first", "later", "then") {
		k++
		n++
	}
	if n == 0 {
		return "", -1
	}
	if k < last && sc.t[k].shape&shLy != 0 || k < last && sc.isOneOf(k, "first", "later", "then", "has", "have", "had", "still") {
		k++
	}
	// "seven soldiers they hold": held by the other side; "the two men
	// the police hold": detained.
	if k < last && sc.isOneOf(k, "hold", "held", "holds") && sc.t[subj].f&(fPron|fDet) != 0 && !sc.objectAt(k+1, last) {
		for j := subj; j < k; j++ {
			if sc.isOneOf(j, "police", "authorities", "prosecutors", "officials", "government", "court", "courts") {
				return dossier.Arrested, k
			}
		}
		return dossier.Captured, k
	}
	if k >= last || sc.t[k].f&fCueVerb == 0 || sc.t[k].e == nil || sc.t[k].shape&shEd == 0 && !isParticiple(sc.t[k].e.word) {
		return "", -1
	}
	if sc.objectAt(k+1, last) {
		return "", -1
	}
	return sc.t[k].e.m, k
}

// reportParticiple reports whether token k is a participle of report
// before a measure noun: "no reported casualties", "no confirmed deaths".
func (sc *scratch) reportParticiple(k int) bool {
	return k+1 < len(sc.t) && sc.isOneOf(k, "reported", "confirmed", "known", "recorded") && sc.t[k+1].f&fCueNoun != 0
}

// phraseAfter reports whether a participle phrase that tells a measure by
// itself follows the counted phrase: "looking for two people diagnosed
// with the illness", "searching for 20 people trapped under the rubble" —
// a reduced relative, as telling as "who were diagnosed with it".
func (sc *scratch) phraseAfter(e *expr, last int) bool {
	k := max(e.last, e.cLast)
	if e.cLast <= e.cFirst || k >= last || sc.t[k].shape&shEd == 0 || sc.t[k].cap {
		return false
	}
	m, end := sc.cueAt(k, last)
	return m != "" && end > k+1
}

// relativeAfter reports whether a relative "who" or "that" follows the
// figure or its counted phrase.
func (sc *scratch) relativeAfter(e *expr, last int) bool {
	k := max(e.last, e.cLast)
	// (or a participle of a fate: "including 19 peasants massacred by
	// police")
	return k < last && (sc.is(k, "who") || sc.is(k, "that") || sc.t[k].f&fCueVerb != 0 && sc.t[k].shape&shEd != 0 && !sc.t[k].cap && sc.t[k].e != nil && sc.t[k].e.m != dossier.Deployed)
}

// rightCue looks after the counted phrase for the verb that says what
// happened: "were killed", "have been detained", "who managed to escape and
// were later captured", "in 38 countries were arrested".
func (sc *scratch) rightCue(e *expr, first, last int) (m dossier.Measure, cf, cl int, ok, blocked, rel bool) {
	k := e.last
	if e.cLast > k {
		k = e.cLast
	}
	if e.hLast > k {
		k = e.hLast // "Sixty-six people or more were injured"
	}
	aux := false
	passive := false // a form of "be" before the verb
	// What the group is said to be or to have had done ("were found guilty",
	// "were stabbed"): a predicate, so no default fate either.
	stayed := false // "would remain …": forces that stay are still deployed
	defer func() {
		if !ok && aux && !stayed && k < last && sc.t[k].kind == text.Word && !isDeployish(sc.lowerWord(k)) {
			blocked, rel = true, true
		}
	}()
	// "four of whom were injured", "two of them died"
	if e.bare && k+1 < last && sc.is(k, "of") && (sc.is(k+1, "whom") || sc.is(k+1, "them") || sc.is(k+1, "which") || sc.is(k+1, "those") || sc.is(k+1, "these")) {
		k += 2
	}
	for steps := 0; k < last && steps < 14; steps++ {
		t := &sc.t[k]
		if t.kind == text.CloseQuote {
			k++ // `"three terrorists" were killed`
			continue
		}
		if sc.w(k) == "," {
			// Skip an aside: ", including a colleague,", ", according to
			// the fire service,", ", police said,".
			if j := sc.asideEnd(k, last); j > k {
				k = j
				continue
			}
			// "two thirds of those infected, over 1,800 people, have died":
			// a figure set off by commas is an appositive to the subject,
			// whose verb follows the closing comma.
			if k == e.last || k == e.cLast || k == e.hLast {
				if q := e.first - 1; q >= 0 && sc.w(q) == "," && k+1 < last && sc.t[k+1].f&fAux != 0 && sc.t[k+1].f&fPron == 0 {
					k++
					continue
				}
			}
			return
		}
		if t.kind == text.Dash {
			// "more than 2,000 people - many of them civilians - have been killed"
			j := k + 1
			for j < last && j < k+10 && sc.t[j].kind != text.Dash && sc.t[j].kind != text.Punct {
				j++
			}
			if j < last && j < k+10 && sc.t[j].kind == text.Dash {
				k = j + 1
				continue
			}
			// "All nine on board — the pilot and seven others — died": the
			// dash closes an aside that lists the subject, whose verb follows.
			if sc.dashOpened(e.first, first) {
				k++
				continue
			}
			return
		}
		if !t.ok || t.kind != text.Word && t.kind != text.Abbrev && t.kind != text.Clitic {
			return
		}
		// "20 people aboard the plane were killed", "all 176 on board the
		// ferry died": past the vessel the group was on to its verb.
		if !aux && k == e.cLast && k > 0 && (sc.isOneOf(k-1, "aboard", "onboard") || k > 1 && sc.is(k-2, "on") && sc.is(k-1, "board")) &&
			(t.f&fDet != 0 || sc.npWord(k) && !sc.verbish(k)) {
			if j := sc.skipPP(k-1, last); j > k {
				k = j
				continue
			}
		}
		if aux && k+1 < last && sc.is(k, "going") && sc.is(k+1, "to") {
			k += 2 // "are going to be affected"
			continue
		}
		if !aux && k+1 < last && sc.isOneOf(k, "a", "each", "every", "per") && sc.t[k+1].f&fTimeUnit != 0 {
			k += 2 // "90 people a day die": a rate
			continue
		}
		if !aux && k > e.last && sc.is(k, "including") && k+1 < last && (sc.t[k+1].kind == text.Number || sc.t[k+1].f&(fUnit|fTeen|fTen) != 0) {
			// "6 million homes including 1.5 million in the Los Angeles
			// region would be affected": past the part to the group's verb.
			j := sc.skipPP(k, last)
			for j < last && sc.t[j].f&fPrep != 0 && isPPSkip(sc.lowerWord(j)) {
				j = sc.skipPP(j, last)
			}
			if j > k+1 && j < last && sc.t[j].f&fAux != 0 {
				k = j
				continue
			}
		}
		if !aux && sc.isOneOf(k, "here", "there", "nationwide", "worldwide", "statewide", "countrywide", "globally") {
			k++ // "94 airmen from the wing here departed", "6 million homes nationwide were affected"
			continue
		}
		if aux && k+2 < last && sc.isOneOf(k, "ordered", "remanded") && sc.is(k+1, "to") && sc.is(k+2, "be") {
			k += 3 // "were ordered to be held in jail"
			continue
		}
		if end := sc.jobCutAt(k, last, e.head >= 0 && sc.t[e.head].f&(fJob|fStaff) != 0); end > k {
			// "300 workers were laid off"; "300 workers cut their hours" is
			// what they did.
			if !passive && sc.objectAt(end, last) {
				blocked = true
				return
			}
			return dossier.Affected, k, end, true, false, false
		}
		if cm, end := sc.cueAt(k, last); cm != "" {
			// "Two gunmen killed three people": a verb in the active voice
			// with an object says what the group did, not what it suffered.
			// "Two gunmen have killed at least three people": a perfect is active too.
			if !passive && cm != dossier.Displaced && t.f&fCueVerb != 0 && sc.objectAt(sc.skipHedge(end, last), last) {
				blocked = true
				return
			}
			if !aux && cm != dossier.Deaths && t.shape&shEd != 0 {
				if m, cf, cl := sc.laterFate(end, last); m != "" {
					return m, cf, cl, true, false, false
				}
			}
			return cm, k, end, true, false, false
		}
		if sc.is(k, "as") && k+1 < last {
			// "are registered as refugees", "were held as hostages"
			if u := &sc.t[k+1]; u.e != nil && u.f&fCueNoun != 0 && u.e.m != "" && u.shape&shPlural != 0 {
				return u.e.m, k, k + 2, true, false, false
			}
		}
		if sc.is(k, "of") && k+1 < last && (sc.t[k+1].kind == text.Number || sc.t[k+1].f&(fUnit|fTeen|fTen) != 0) {
			k += 2 // "About 8,000 of its population of 80,000 have fled"
			continue
		}
		// "four members of a recently banned union had been arrested": past
		// the group's "of" phrase to its verb.
		if sc.is(k, "of") && !e.bare && !aux && k > 0 && sc.npWord(k-1) && !sc.verbish(k-1) {
			if j := sc.skipPP(k, last); j > k+2 {
				k = j
				continue
			}
		}
		if t.f&fSkipMod != 0 || sc.is(k, "others") {
			k++ // "around twenty more were injured"
			continue
		}
		if (sc.is(k, "and") || sc.is(k, "or")) && k+1 < last {
			// "Two women and a man were injured": skip the other conjunct.
			j := k + 1
			if sc.t[j].f&(fDet|fUnit|fTeen|fTen) != 0 && sc.t[j].f&fZero == 0 || sc.t[j].kind == text.Number {
				j++
				j = sc.npScan(j, last)
				// "… and an unknown number of Iraqi soldiers died"
				if j+1 < last && sc.is(j, "of") {
					j++
					if sc.t[j].f&fDet != 0 {
						j++
					}
					j = sc.npScan(j, last)
				}
				if j < last && sc.t[j].f&fPrep != 0 && isPPSkip(sc.lowerWord(j)) {
					j = sc.skipPP(j, last)
				}
				k = j
				e.chained = true // a list member: commas before it join too
				continue
			}
			return
		}
		if sc.is(k, "with") {
			// "13 students with minor injuries"
			for j := k + 1; j < last && j < k+4; j++ {
				if u := &sc.t[j]; u.e != nil && u.f&fCueNoun != 0 && u.e.m == dossier.Injured {
					return dossier.Injured, k, j + 1, true, false, false
				}
			}
		}
		if end := sc.underRubble(k, last, false); end > k {
			return dossier.Missing, k, end, true, false, false
		}
		switch {
		case sc.is(k, "in") && k+1 < last && sc.isOneOf(k+1, "custody", "detention"):
			return dossier.Arrested, k, k + 2, true, false, false
		case sc.is(k, "in") && k+1 < last && (sc.is(k+1, "hospital") || sc.is(k+1, "hospitals")):
			return dossier.Injured, k, k + 2, true, false, false
		case sc.is(k, "to") && !aux && k-1 > e.last && sc.isOneOf(k-1, "believed", "thought", "said", "reported", "known", "alleged", "suspected"):
			// "two youths believed to be supporters of X had been
			// killed": a description, then the group's own verb.
			if m, cf, cl := sc.laterFate(k+1, last); m != "" {
				return m, cf, cl, true, false, false
			}
			return
		case sc.is(k, "to") && !(k > 0 && sc.t[k-1].f&(fAdv|fAux) != 0 && !sc.is(k-1, "to")):
			// "forced 1,200 people to flee"
			if k+1 < last && sc.t[k+1].e != nil && sc.t[k+1].f&fCueVerb != 0 && sc.t[k+1].e.m == dossier.Displaced {
				return dossier.Displaced, k, k + 2, true, false, false
			}
			// "125 soldiers to assist": a purpose, not what happened to them.
			// "believed to be", "said to have been" go on.
			return
		case sc.is(k, "among") || sc.is(k, "amongst"):
			// "… among the dead", "among the 50 hostages", "among those killed"
			j := k + 1
			if j < last && sc.t[j].f&fDet != 0 {
				j++
			}
			if j+1 < last && (sc.t[j].kind == text.Number || sc.t[j].f&(fUnit|fTeen|fTen) != 0) {
				j++
			}
			if j < last && sc.t[j].e != nil && sc.t[j].e.m != "" &&
				(sc.t[j].f&(fCueNoun|fCueAdj) != 0 || sc.t[j].f&fCueVerb != 0 && sc.t[j].shape&shEd != 0 && sc.is(j-1, "those")) {
				return sc.t[j].e.m, k, j + 1, true, false, false
			}
			return
		case passive && sc.isOneOf(k, "there", "here"):
			// "were already there", "are still here": where the group is,
			// not what it did (forces there stay deployed).
			k++
			continue
		case t.f&fRel != 0 && t.kind == text.Word:
			rel = true
			k++
			continue
		case t.f&(fAux|fAdv) != 0 || t.shape&shLy != 0 || sc.is(k, "remain") || sc.is(k, "remained") || sc.is(k, "remains") ||
			sc.is(k, "found") || sc.is(k, "went") || sc.is(k, "gone") || sc.is(k, "lay") || sc.is(k, "left"):
			if t.f&fAux != 0 {
				aux = true
				passive = passive || sc.isOneOf(k, "was", "were", "is", "are", "be", "been", "being", "got", "get", "gets")
			}
			stayed = stayed || sc.isOneOf(k, "remain", "remained", "remains")
			k++
			continue
		case t.f&fPrep != 0 && isPPSkip(sc.lowerWord(k)):
			// Skip a short prepositional phrase: "in 38 countries".
			j := sc.skipPP(k, last)
			if j == k+1 {
				return
			}
			k = j
			continue
		case sc.verbish(k) || t.f&fPron != 0:
			// "five hostages seized last year were killed": past a
			// participle phrase to the group's own verb.
			if !aux && t.f&fPron == 0 && (t.shape&shEd != 0 || isParticiple(sc.lowerWord(k))) {
				if m, cf, cl := sc.laterFate(k+1, last); m != "" {
					return m, cf, cl, true, false, false
				}
			}
			// "some 4,500 people living in the capital were evacuated"
			if !aux && t.f&fPron == 0 && t.shape&shIng != 0 && k == max(e.last, e.cLast) {
				if m, cf, cl := sc.laterVerb(k+1, last, true); m != "" {
					return m, cf, cl, true, false, false
				}
			}
			blocked = true
			rel = rel || t.f&fPron != 0
			// "… managed to escape and were subsequently captured"
			for q := k + 1; q < last && q < k+10; q++ {
				if sc.t[q].kind == text.Punct {
					break
				}
				if !sc.is(q, "and") {
					continue
				}
				r := q + 1
				sawAux := false
				for r < last && (sc.t[r].f&(fAux|fAdv) != 0 || sc.t[r].shape&shLy != 0) {
					sawAux = sawAux || sc.t[r].f&fAux != 0
					r++
				}
				if sawAux && r < last {
					if m, end := sc.cueAt(r, last); m != "" {
						return m, r, end, true, false, false
					}
				}
				break
			}
			// "Two nuns who worked as nurses were found slain": past a
			// relative clause to the group's own verb — a form of "be"
			// after a noun, then a fate.
			if rel {
				for q := k + 1; q+1 < last && q < k+14; q++ {
					if sc.t[q].kind == text.Punct || sc.t[q].f&fRel != 0 {
						break
					}
					if !sc.isOneOf(q, "were", "was", "are", "is") || !sc.npWord(q-1) || sc.verbish(q-1) {
						continue
					}
					r := q + 1
					for r < last && (sc.t[r].f&fAdv != 0 || sc.t[r].shape&shLy != 0 || sc.isOneOf(r, "later", "then", "subsequently")) {
						r++
					}
					if r < last {
						if m, end := sc.cueAt(r, last); m != "" {
							return m, r, end, true, false, false
						}
					}
					break
				}
			}
			return
		}
		return
	}
	return
}

// ageWord reports whether token k is a compound age: "34-year-old".
func (sc *scratch) ageWord(k int) bool {
	w := sc.w(k)
	return sc.t[k].kind == text.Number && len(w) > 4 && equalFold(w[len(w)-4:], "-old")
}

// utilityCut returns the verb that cuts the utility named at k ("cut
// electric supply", "knocked out power", "disrupted water service"), or -1.
func (sc *scratch) utilityCut(k, first int) int {
	switch {
	case sc.isOneOf(k, "supply", "supplies", "service", "services") && k-1 >= first &&
		sc.isOneOf(k-1, "power", "electricity", "electric", "electrical", "water", "gas", "phone", "internet"):
		k--
	case !sc.isOneOf(k, "power", "electricity", "water", "gas", "heating", "supply", "supplies"):
		return -1
	}
	j := k - 1
	if j >= first && sc.isOneOf(j, "the", "its", "their", "off", "out") {
		j--
	}
	if j >= first && sc.isOneOf(j, "cut", "cuts", "cutting", "disrupted", "disrupting", "disrupts", "interrupted", "interrupting",
		"knocked", "knocking", "knocks", "shut", "shutting", "lost", "losing") {
		return j
	}
	return -1
}

// dashOpened reports whether a dash opens an aside before token k in its
// sentence (from first) that no second dash has closed yet.
func (sc *scratch) dashOpened(k, first int) bool {
	open := false
	for j := k - 1; j >= first && j >= k-20; j-- {
		if sc.t[j].kind == text.Dash {
			open = !open
		}
	}
	return open
}

// chunkCue reads the chunk layer after the counted phrase of e to the
// verb of which it is the subject, over what the rules do not skip:
// prepositional phrases ("on the bus from the capital to the coast"), a
// participle clause ("accused of smuggling weapons across the border") and
// one relative clause ("who had gathered outside the ministry", "whose boat
// capsized"). The verb is the first verb chunk that opens with a finite
// verb; it returns the measure cue in it (or in an adjective phrase right
// after it), or "" — also when the verb is active with an object, which
// says what the group did. Only a subject is read: a figure after a verb
// or preposition ("questioned 40 people after two officers were injured")
// is not. Without chunk and POS layers it returns "".
func (sc *scratch) chunkCue(e *expr, first, last int) (dossier.Measure, int, int) {
	if sc.chunks == nil || sc.pos == nil {
		return "", -1, -1
	}
	if p := sc.leftOf(e, first); p >= first {
		t := &sc.t[p]
		if !(t.kind == text.Punct || t.kind == text.Dash || t.kind == text.OpenQuote || t.f&fConj != 0 && t.f&fPrep == 0 ||
			sc.is(p, "that") || isSayVerb(sc.lowerWord(p)) || isSpeechVerb(sc.lowerWord(p))) {
			return "", -1, -1
		}
	}
	k := e.last
	if e.cLast > k {
		k = e.cLast
	}
	if e.hLast > k {
		k = e.hLast
	}
	if k < last && sc.t[k].chunk == ckNP {
		k = sc.chunkEnd(k, last) // the rest of the subject's own chunk
	}
	prev := ckNP     // class of the chunk before k
	rel := false     // inside a relative clause
	relVerb := false // its verb is behind
	for n := 0; k < last && n < 10; n++ {
		t := &sc.t[k]
		if t.chunk&ckBegin == 0 {
			return "", -1, -1
		}
		c := t.chunk &^ ckBegin
		end := sc.chunkEnd(k, last)
		switch c {
		case ckPP:
			// "after two officers were injured": a clause, not a phrase.
			switch sc.lowerWord(k) {
			case "after", "before", "since", "until", "till", "as", "because", "while", "although", "though", "if", "unless", "once", "whereas", "than", "despite":
				return "", -1, -1
			}
		case ckADVP:
			if sc.isOneOf(k, "where", "when") {
				if rel {
					return "", -1, -1
				}
				rel = true // "the town where 20 people died"
			}
		case ckNP:
			switch {
			case sc.isOneOf(k, "who", "whose", "which", "that"):
				if rel {
					return "", -1, -1
				}
				rel = true
			case prev != ckPP && prev != ckVP && !(rel && !relVerb):
				return "", -1, -1
			}
		case ckVP:
			if rel && !relVerb {
				relVerb = true
				break
			}
			if p := sc.pos[k]; p != "VBD" && p != "VBZ" && p != "VBP" && p != "MD" {
				if rel {
					return "", -1, -1
				}
				break // a participle or gerund: "accused", "living", "smuggling"
			}
			// The verb right after the subject is the rules' (rightCue).
			if n == 0 {
				return "", -1, -1
			}
			passive := false
			for j := k; j < end; j++ {
				// "were not harmed", "were expected to be evacuated", "could
				// be driven out": no event; "are believed to have died" is one.
				if sc.pos[j] == "MD" || sc.isOneOf(j, "not", "n't", "never") ||
					sc.is(j, "to") && !(j > k && sc.isOneOf(j-1, "believed", "said", "reported", "thought", "feared", "presumed", "known", "confirmed")) {
					return "", -1, -1
				}
				if cl := sc.jobCutAt(j, last, e.head >= 0 && sc.t[e.head].f&(fJob|fStaff) != 0); cl > j {
					if !passive && sc.objectAt(cl, last) {
						return "", -1, -1
					}
					return dossier.Affected, j, cl
				}
				if m, cl := sc.cueAt(j, last); m != "" {
					if !passive && sc.t[j].f&fCueVerb != 0 && m != dossier.Displaced && sc.objectAt(sc.skipHedge(cl, last), last) {
						return "", -1, -1 // "… have killed 32 rebels": what the group did
					}
					return m, j, cl
				}
				passive = passive || sc.isOneOf(j, "was", "were", "is", "are", "be", "been", "being", "got", "get", "gets")
			}
			// "were dead", "are still missing"
			if end < last && sc.t[end].chunk == ckBegin|ckADJP {
				if m, cl := sc.cueAt(end, last); m != "" {
					return m, end, cl
				}
			}
			return "", -1, -1
		default:
			return "", -1, -1
		}
		prev = c
		k = end
	}
	return "", -1, -1
}

// skipHedge returns the token after the hedge words ("at least", "more
// than", "about") that start at k when a number follows them and no time
// unit follows the number ("over the past three years", "nearly two weeks
// ago"); else k.
func (sc *scratch) skipHedge(k, last int) int {
	j := k
	if k+1 < last && sc.is(k, "at") && sc.isOneOf(k+1, "least", "most") {
		j = k + 2
	} else {
		for n := 0; j < last && n < 2 && sc.t[j].f&(fApprox|fMin|fMax) != 0; n++ {
			j++
			if j < last && sc.is(j, "than") {
				j++
			}
		}
	}
	if j == k || j >= last || sc.t[j].kind != text.Number && sc.t[j].f&(fUnit|fTeen|fTen) == 0 {
		return k
	}
	if j+1 < last && sc.t[j+1].f&fTimeUnit != 0 {
		return k
	}
	return j
}

// chunkEnd returns the end of the chunk that token k is in.
func (sc *scratch) chunkEnd(k, last int) int {
	c := sc.t[k].chunk &^ ckBegin
	for k++; k < last && sc.t[k].chunk == c; k++ {
	}
	return k
}

// cueAt reads a measure cue at token k, single or multiword: "killed",
// "killed or wounded", "taken prisoner", "tested positive", "lost their lives".
func (sc *scratch) cueAt(k, last int) (dossier.Measure, int) {
	t := &sc.t[k]
	// "stabbed to death", "burned to death"
	if t.shape&shEd != 0 && k+2 < last && sc.is(k+1, "to") && sc.is(k+2, "death") {
		return dossier.Deaths, k + 3
	}
	// (A capitalised word the lexicon does not know is a name: lower-casing
	// it to compare would cost an allocation.)
	if k+1 < last && !(t.cap && t.e == nil) {
		switch sc.lowerWord(k) {
		case "commit", "commits", "committed", "committing":
			// "20 veterans commit suicide each day"
			if sc.is(k+1, "suicide") {
				return dossier.Deaths, k + 2
			}
		case "fell", "falls", "fall", "became", "become", "becomes", "got", "gets", "were", "was":
			// "12 children fell ill after the meal"
			if sc.isOneOf(k+1, "ill", "sick") {
				return dossier.Cases, k + 2
			}
		case "reported", "developed", "showed", "shown", "displayed", "show", "develop", "report":
			// "290 people have reported symptoms"
			if sc.isOneOf(k+1, "symptoms") {
				return dossier.Cases, k + 2
			}
			if sc.isOneOf(k, "developed", "develop") {
				if end := sc.diseaseObject(k+1, last); end > 0 {
					return dossier.Cases, end
				}
			}
		case "diagnosed":
			// "two people diagnosed with the disease": ill, not hurt.
			if sc.is(k+1, "with") {
				if end := sc.illnessObject(k+2, last); end > 0 {
					return dossier.Cases, end
				}
			}
		case "caught", "contracted", "contract", "catch":
			// "children who caught the virus": the disease named as what
			// they took. (Not "had": the dev gold counts no "people who
			// had the virus".)
			if end := sc.diseaseObject(k+1, last); end > 0 {
				return dossier.Cases, end
			}
		case "suspected":
			// "78 people suspected of having the disease"
			if k+3 < last && sc.is(k+1, "of") && sc.isOneOf(k+2, "having", "carrying", "contracting") {
				for j := k + 3; j < last && j < k+6; j++ {
					if sc.t[j].f&fDisease != 0 || sc.isOneOf(j, "disease", "illness", "virus", "infection", "flu", "fever") {
						return dossier.Cases, j + 1
					}
				}
			}
		case "held", "kept", "holding":
			// "held in jail until another hearing": detained.
			if k+2 < last && sc.is(k+1, "in") && sc.isOneOf(k+2, "jail", "custody", "detention", "prison") {
				return dossier.Arrested, k + 3
			}
			// "held for 71 days until relatives paid a ransom"
			for j := k + 1; j < last && j < k+12; j++ {
				if sc.isOneOf(j, "ransom", "kidnappers", "captors", "abductors") {
					return dossier.Kidnapped, k + 1
				}
			}
		case "in", "listed":
			// "three were in critical condition", "listed in poor
			// condition": patients, hurt (or ill, in an epidemic).
			j := k
			if sc.is(j, "listed") {
				j++
			}
			if j+2 < last && sc.is(j, "in") && sc.isOneOf(j+1, "critical", "serious", "stable", "poor", "fair", "grave", "good", "satisfactory") && sc.is(j+2, "condition") {
				return dossier.Injured, j + 3
			}
		case "need", "needs", "needing", "needed", "require", "requires", "required":
			// "2.6 million people still need emergency assistance"
			if end := sc.aidObject(k+1, last); end > 0 {
				return dossier.Affected, end
			}
		case "collecting", "receiving", "claiming", "drawing", "collect", "receive", "claim", "draw":
			// "1.3 million Americans were collecting jobless aid": out of work.
			if end := sc.benefitsObject(k+1, last); end > 0 {
				return dossier.Affected, end
			}
		case "stabbed", "knifed":
			// "three girls were stabbed": hurt or killed, as "shot"
			return dossier.Casualties, k + 1
		case "hit", "struck":
			// "were hit in the leg": wounded.
			if k+2 < last && sc.is(k+1, "in") && sc.isOneOf(k+2, "the", "his", "her", "their") && k+3 < last && isBodyPart(sc.lowerWord(k+3)) {
				return dossier.Injured, k + 4
			}
		case "swept", "washed":
			// "59 trainees who were swept away": nobody knows where.
			if sc.is(k+1, "away") {
				return dossier.Missing, k + 2
			}
		case "sent", "rushed", "brought", "transported", "airlifted", "flown", "evacuated", "ferried", "carried":
			// "were rushed to a nearby hospital": hurt, not moved.
			if end := sc.toHospital(k+1, last); end > 0 {
				return dossier.Injured, end
			}
		}
	}
	if t.e == nil {
		return "", k
	}
	switch t.e.word {
	case "trapped", "buried", "pinned", "stuck":
		// "trapped under the debris", "buried beneath the rubble"
		if end := sc.underRubble(k+1, last, true); end > k+1 {
			return dossier.Missing, end
		}
		return "", k
	case "taken", "took":
		// "took their own lives": deaths by suicide.
		if k+3 < last && sc.is(k+1, "their") && sc.is(k+2, "own") && (sc.is(k+3, "lives") || sc.is(k+3, "life")) {
			return dossier.Deaths, k + 4
		}
		if k+1 < last {
			switch sc.lowerWord(k + 1) {
			case "refuge", "shelter":
				return dossier.Displaced, k + 2
			case "prisoner", "prisoners", "captive", "captives":
				return dossier.Captured, k + 2
			case "hostage", "hostages":
				return dossier.Kidnapped, k + 2
			case "into":
				if k+2 < last && sc.is(k+2, "custody") {
					return dossier.Arrested, k + 3
				}
			case "to":
				// "taken to a nearby hospital"
				for j := k + 2; j < last && j < k+5; j++ {
					if sc.is(j, "hospital") || sc.is(j, "hospitals") {
						return dossier.Injured, j + 1
					}
				}
			}
		}
		return "", k
	case "tested", "test", "tests", "testing":
		if k+1 < last && sc.is(k+1, "positive") {
			return dossier.Cases, k + 2
		}
		return "", k
	case "lost", "lose", "losing":
		j := k + 1
		if j < last && sc.t[j].f&fDet != 0 {
			j++
		}
		if j < last && (sc.is(j, "lives") || sc.is(j, "life")) {
			return dossier.Deaths, j + 1
		}
		return "", k
	case "suffered", "sustained", "suffering", "sustaining", "received", "treated", "receiving", "needed", "required":
		// "three people suffered injuries", "were treated for burns"
		for j := k + 1; j < last && j < k+5; j++ {
			switch sc.lowerWord(j) {
			case "injuries", "wounds", "burns", "fractures", "injury", "inhalation", "bruises", "lacerations", "concussion", "concussions", "hypothermia":
				if t.e.word == "received" || t.e.word == "receiving" || t.e.word == "needed" || t.e.word == "required" {
					if !sc.is(j-1, "hospital") && !sc.is(j-1, "medical") {
						continue
					}
				}
				return dossier.Injured, j + 1
			case "treatment", "care":
				if sc.is(j-1, "hospital") || sc.is(j-1, "medical") {
					return dossier.Injured, j + 1
				}
			case "hospital", "hospitals":
				// "were treated in hospital", "treated at a local hospital"
				if t.e.word == "treated" && !(j+1 < last && sc.npWord(j+1) && !sc.verbish(j+1)) {
					return dossier.Injured, j + 1
				}
			}
			if sc.t[j].kind == text.Punct {
				break
			}
		}
		// "are being treated for bird flu", "treated for what doctors
		// suspect may be cholera": patients of a disease.
		if t.e.word == "treated" && k+2 < last && sc.is(k+1, "for") {
			if end := sc.illnessAhead(k+2, last); end > 0 {
				return dossier.Cases, end
			}
		}
		return "", k
	case "held", "holding":
		if k+1 < last {
			switch sc.lowerWord(k + 1) {
			case "hostage", "hostages", "captive", "captives":
				return dossier.Kidnapped, k + 2
			case "prisoner", "prisoners":
				return dossier.Captured, k + 2
			case "in":
				if k+2 < last && sc.is(k+2, "custody") {
					return dossier.Arrested, k + 3
				}
			}
		}
		return "", k
	case "sought", "seeking", "taking", "seek":
		// "took refuge", "sought shelter"
		if k+1 < last && (sc.is(k+1, "refuge") || sc.is(k+1, "shelter") || sc.is(k+1, "asylum")) {
			return dossier.Displaced, k + 2
		}
		return "", k
	case "in":
		// "60,000 people are in need of food": short of the basics.
		if k+2 < last && sc.is(k+1, "need") && sc.is(k+2, "of") {
			return dossier.Affected, k + 3
		}
		// "Eight of those are in custody"
		if k+1 < last && sc.is(k+1, "custody") {
			return dossier.Arrested, k + 2
		}
		// "11 remain in captivity"
		if k+1 < last && sc.is(k+1, "captivity") {
			return dossier.Kidnapped, k + 2
		}
		// "800 families remain in temporary shelters"
		for j := k + 1; j < last && j < k+4; j++ {
			if sc.isOneOf(j, "shelters", "camps", "shelter") {
				return dossier.Displaced, j + 1
			}
			if !sc.isOneOf(j, "temporary", "emergency", "evacuation", "refugee", "makeshift", "the") {
				break
			}
		}
		return "", k
	case "rounded":
		if k+1 < last && sc.is(k+1, "up") {
			return dossier.Arrested, k + 2 // "were rounded up"
		}
		return "", k
	case "besieged":
		// "30,000 civilians besieged in the town"; not "a besieged town".
		return dossier.Affected, k + 1
	case "lack", "lacks", "lacked", "lacking":
		// "two million people lack access to clean water"
		if k+2 < last && sc.is(k+1, "access") && sc.is(k+2, "to") {
			for j := k + 3; j < last && j < k+7; j++ {
				if sc.isOneOf(j, "water", "power", "electricity", "food", "aid", "shelter", "medicine", "healthcare") {
					return dossier.Affected, j + 1
				}
			}
		}
		return "", k
	case "without":
		// "five million people remain without access to the water supply"
		if k+2 < last && sc.is(k+1, "access") && sc.is(k+2, "to") {
			for j := k + 3; j < last && j < k+7; j++ {
				if sc.isOneOf(j, "water", "power", "electricity", "food", "aid", "shelter", "medicine", "healthcare") {
					return dossier.Affected, j + 1
				}
			}
		}
		switch sc.lowerWord(k + 1) {
		case "power", "electricity", "water", "heating", "heat", "food":
			return dossier.Affected, k + 2
		case "shelter", "homes", "housing":
			return dossier.Displaced, k + 2
		}
		return "", k
	case "positive":
		// "300 were positive"
		if k > 0 && sc.t[k-1].f&fAux != 0 {
			return dossier.Cases, k + 1
		}
		return "", k
	case "shot", "gunned", "found", "confirmed", "declared", "pronounced":
		if k+1 < last && (sc.is(k+1, "dead") || sc.is(k+1, "slain") || sc.is(k+1, "down") && t.e.word == "gunned") {
			return dossier.Deaths, k + 2
		}
		if t.e.word != "shot" {
			return "", k
		}
		switch {
		case k+2 < last && sc.is(k+1, "to") && sc.is(k+2, "death"):
			return dossier.Deaths, k + 3
		case k+2 < last && sc.is(k+1, "and") && sc.isOneOf(k+2, "killed", "wounded", "injured"):
			// "shot and killed"; "shot and wounded"
			return sc.t[k+2].e.m, k + 3
		case k > 0 && sc.isOneOf(k-1, "fatally", "mortally"):
			return dossier.Deaths, k + 1
		case k+1 < last && sc.isOneOf(k+1, "down", "at", "up", "through", "into"):
			// "shot down", "shot at": a hit is not said
			return "", k
		}
		// Shot: hit by gunfire, killed or wounded.
		return dossier.Casualties, k + 1
	case "forced", "made", "left", "rendered", "driven", "ordered":
		// "forced to flee", "made homeless", "left homeless", "forced from
		// their homes", "ordered to leave their homes"
		j := k + 1
		if j+2 < last && sc.is(j, "to") && sc.isOneOf(j+1, "leave", "abandon", "quit") {
			for q := j + 2; q < last && q < j+5; q++ {
				if sc.isOneOf(q, "homes", "home", "houses", "villages", "town", "towns", "city", "area") {
					return dossier.Displaced, q + 1
				}
			}
		}
		if j+2 < last && (sc.is(j, "from") || sc.is(j, "out")) {
			for q := j + 1; q < last && q < j+4; q++ {
				if sc.is(q, "homes") || sc.is(q, "home") || sc.is(q, "houses") || sc.is(q, "villages") {
					return dossier.Displaced, q + 1
				}
			}
		}
		if j < last && sc.is(j, "to") {
			j++
		}
		if j < last && sc.t[j].f&fCueVerb != 0 && sc.t[j].e.m == dossier.Displaced {
			return dossier.Displaced, j + 1
		}
		// "forced to relocate because of rising seas" (not "forced to
		// relocate production": a thing moved, not the group)
		if j > k+1 && j < last && sc.is(j-1, "to") && sc.isOneOf(j, "relocate", "resettle") &&
			!(j+1 < last && (sc.npWord(j+1) && !sc.verbish(j+1) || sc.objectAt(j+1, last))) {
			return dossier.Displaced, j + 1
		}
		return "", k
	case "moved", "relocated", "transferred":
		if t.e.word == "relocated" || k+1 < last && sc.is(k+1, "to") {
			return dossier.Displaced, k + 1
		}
		return "", k
	case "arrived", "arriving":
		// A move that forceMoved keeps only for forces: troops that
		// arrived were sent; tourists that arrived were not.
		if k > 0 && sc.t[k-1].f&fAux != 0 || sc.t[k].shape&shEd != 0 {
			return dossier.Displaced, k + 1
		}
		return "", k
	}
	if t.f&(fCueVerb|fCueAdj) == 0 || t.e.m == "" {
		return "", k
	}
	// Active verbs in the present ("kill", "send") after a subject describe
	// what the group does, not what happened to it.
	if t.shape&(shEd|shIng) == 0 && t.f&fCueAdj == 0 && !isParticiple(t.e.word) && t.e.word != "die" && t.e.word != "dies" {
		return "", k // ("90 people a day die": a fate all the same)
	}
	if t.shape&shIng != 0 && t.f&fCueAdj == 0 {
		// "Hundreds of people are fleeing their homes": flight told in the
		// progressive is the group's own (not "are evacuating residents",
		// which others may do).
		if t.e.word == "fleeing" && sc.beforeBe(k) {
			return dossier.Displaced, k + 1
		}
		return "", k // "three soldiers killing" is not a passive
	}
	m := t.e.m
	end := k + 1
	if m == dossier.Injured && k > 0 && sc.isOneOf(k-1, "fatally", "mortally") {
		m = dossier.Deaths // "fatally wounded"
	}
	// "killed or wounded", "dead or injured": casualties together.
	if k+2 < last && (sc.is(k+1, "or") || sc.is(k+1, "and")) && sc.t[k+2].e != nil && sc.t[k+2].f&(fCueVerb|fCueAdj) != 0 && isCasualty(m, sc.t[k+2].e.m) {
		return dossier.Casualties, k + 3
	}
	return m, end
}

// diseaseObject returns the end of a disease named as an object at k —
// "measles", "the virus", "serious cases of Crohn's disease" — or 0.
func (sc *scratch) diseaseObject(k, last int) int {
	for j := k; j < last && j < k+6; j++ {
		t := &sc.t[j]
		if t.f&fDisease != 0 && !sc.isOneOf(j, "vaccination", "vaccine", "vaccines", "outbreak", "outbreaks", "epidemic", "epidemics", "pandemic") {
			return j + 1
		}
		if t.kind != text.Word && t.kind != text.Clitic || t.f&(fAux|fRel|fConj|fBreak) != 0 || sc.verbish(j) && !sc.npWord(j) {
			return 0
		}
	}
	return 0
}

// illnessObject returns the end of an illness named as an object at k —
// "the disease", "cholera", "a mild form of the illness" — or 0.
func (sc *scratch) illnessObject(k, last int) int {
	if end := sc.diseaseObject(k, last); end > 0 {
		return end
	}
	for j := k; j < last && j < k+4; j++ {
		if sc.isOneOf(j, "illness", "illnesses", "sickness") {
			return j + 1
		}
		if sc.t[j].kind != text.Word || sc.t[j].f&(fAux|fRel|fConj|fBreak|fPrep) != 0 && !sc.is(j, "of") {
			return 0
		}
	}
	return 0
}

// illnessAhead returns the end of an illness named within the clause that
// starts at k, past a hedge ("what doctors suspect may be bird flu"), or
// 0; an injury named first ("for burns and the flu") is no illness.
func (sc *scratch) illnessAhead(k, last int) int {
	for j := k; j < last && j < k+9; j++ {
		u := &sc.t[j]
		if u.kind == text.Punct || u.f&fBreak != 0 || u.f&fHarm != 0 {
			return 0
		}
		if u.f&fDisease != 0 && !sc.isOneOf(j, "vaccination", "vaccine", "vaccines", "outbreak", "outbreaks", "epidemic", "epidemics", "pandemic", "cases") ||
			sc.isOneOf(j, "illness", "illnesses", "sickness") {
			return j + 1
		}
	}
	return 0
}

// aidObject returns the end of "(of) (emergency|food …) aid|assistance|
// relief" at k — what people in need lack — or 0.
func (sc *scratch) aidObject(k, last int) int {
	if k < last && sc.is(k, "of") {
		k++
	}
	for j := k; j < last && j < k+4; j++ {
		if sc.isOneOf(j, "aid", "assistance", "relief") {
			return j + 1
		}
		if sc.t[j].kind != text.Word || sc.t[j].f&(fAux|fRel|fConj|fBreak|fPrep) != 0 {
			return 0
		}
	}
	return 0
}

// benefitsObject returns the end of "(weekly) jobless|unemployment aid|
// benefits|insurance" at k — what people out of work draw — or 0.
func (sc *scratch) benefitsObject(k, last int) int {
	jobless := false
	for j := k; j < last && j < k+4; j++ {
		switch {
		case sc.isOneOf(j, "jobless", "unemployment"):
			jobless = true
		case jobless && sc.isOneOf(j, "aid", "benefits", "benefit", "insurance", "assistance", "checks", "claims"):
			return j + 1
		case sc.t[j].kind != text.Word || sc.t[j].f&(fAux|fRel|fConj|fBreak|fPrep) != 0:
			return 0
		}
	}
	return 0
}

// isBodyPart reports whether w names a part of the body a wound is in.
func isBodyPart(w string) bool {
	switch w {
	case "head", "neck", "chest", "back", "stomach", "abdomen", "arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet",
		"shoulder", "shoulders", "face", "eye", "thigh", "knee", "hip", "pelvis", "groin", "torso", "side", "jaw", "spine":
		return true
	}
	return false
}

// toHospital returns the end of "to (a|the|nearby|local …) hospital"
// starting at k, or 0.
func (sc *scratch) toHospital(k, last int) int {
	if !sc.is(k, "to") {
		return 0
	}
	for j := k + 1; j < last && j <= k+4; j++ {
		if sc.isOneOf(j, "hospital", "hospitals") {
			return j + 1
		}
		if sc.t[j].kind != text.Word {
			return 0
		}
	}
	return 0
}

// laterFate reads past a participle phrase after the counted group to the
// group's own verb, from token k after the participle: "22 people injured
// in the quake have died", "five hostages seized last year were killed",
// "two soldiers wounded in the ambush later died". A death it tells
// outranks what the participle said; it returns the measure and the cue's
// tokens, or "" when the verb tells no death.
func (sc *scratch) laterFate(k, last int) (dossier.Measure, int, int) {
	return sc.laterVerb(k, last, false)
}

// laterVerb is laterFate; with any, any measure the group's verb tells
// counts, not only a death: "4,500 people living in the capital were
// evacuated".
func (sc *scratch) laterVerb(k, last int, any bool) (dossier.Measure, int, int) {
	for q := k; q < last && q < k+16; q++ {
		t := &sc.t[q]
		if sc.w(q) == "(" {
			// "supporters of the African National Congress (ANC) had
			// been killed": past a name's initials.
			j := q + 1
			for j < last && j < q+6 && sc.w(j) != ")" && sc.t[j].kind != text.Punct {
				j++
			}
			if j >= last || sc.w(j) != ")" {
				return "", -1, -1
			}
			q = j
			continue
		}
		if t.kind != text.Word && t.kind != text.Number && t.kind != text.Abbrev && t.kind != text.Clitic || t.f&(fRel|fConj|fBreak) != 0 {
			return "", -1, -1
		}
		// The group's verb comes right after the participle ("wounded later
		// died") or after the noun its phrase ends with ("wounded in the
		// ambush died").
		if t.kind == text.Clitic || q > k && !(sc.npWord(q-1) || sc.t[q-1].kind == text.Number || sc.w(q-1) == ")") {
			continue
		}
		r := q
		passive, modal := false, false
		for r < last && (sc.t[r].f&(fAux|fAdv) != 0 || sc.t[r].shape&shLy != 0 || sc.isOneOf(r, "later", "subsequently", "then", "since")) {
			passive = passive || sc.isOneOf(r, "was", "were", "is", "are", "be", "been", "being")
			modal = modal || sc.isOneOf(r, "could", "would", "may", "might", "will", "should", "can", "must", "shall")
			r++
		}
		if modal && any {
			return "", -1, -1 // "could be evacuated": not yet
		}
		if r == q && !sc.isOneOf(q, "died", "perished", "succumbed", "drowned") {
			if sc.verbish(q) && !sc.npWord(q) && q > k {
				return "", -1, -1 // another verb: "… injured in the blast remain in hospital"
			}
			continue
		}
		if r < last {
			// ("… backed by U.S. forces have killed 32 rebels": what the
			// group did.)
			if m, end := sc.cueAt(r, last); (m == dossier.Deaths || any && m != "" && passive) && (passive || !sc.objectAt(sc.skipHedge(end, last), last)) {
				return m, r, end
			}
		}
		if q == k {
			continue // still inside the participle's phrase: "believed to be supporters of …"
		}
		return "", -1, -1
	}
	return "", -1, -1
}

// underRubble reads "under the rubble", "beneath the debris of the
// building" at k and returns its end, or k; "in the rubble" only when
// inside is set (after "trapped", "buried").
func (sc *scratch) underRubble(k, last int, inside bool) int {
	if inside && sc.isOneOf(k, "underground") {
		return k + 1 // "miners trapped underground"
	}
	if !sc.isOneOf(k, "under", "beneath", "underneath") && !(inside && sc.isOneOf(k, "in", "inside")) {
		return k
	}
	j := k + 1
	for n := 0; j < last && n < 3 && (sc.t[j].f&fDet != 0 || sc.npWord(j) && !sc.verbish(j)); n++ {
		if sc.isOneOf(j, "rubble", "debris", "ruins", "wreckage", "snow", "mud", "avalanche", "landslide") || inside && sc.isOneOf(j, "mine", "shaft", "tunnel", "cave") {
			return j + 1
		}
		j++
	}
	return k
}

// isParticiple lists irregular participles and adjectives that work as
// cues after a subject.
func isParticiple(w string) bool {
	switch w {
	case "dead", "hurt", "missing", "slain", "sent", "homeless", "fled", "held":
		return true
	}
	return false
}

// leftNominal looks left from a linking word for a toll or measure noun:
// "the number of casualties rose to", "the confirmed deaths are", "the
// death toll stood at". It returns the measure, the cue token and, for
// "the number of X", the group X.
func (sc *scratch) leftNominal(p, first, last int) (m dossier.Measure, cue, grp, grpEnd int) {
	grp, grpEnd = -1, -1
	// "the murder of hundreds": a measure noun right before "of".
	if sc.is(p, "of") && p-1 >= first {
		if t := &sc.t[p-1]; t.f&fCueOf != 0 && t.e.m != "" {
			return t.e.m, p - 1, grp, grpEnd
		}
	}
	k := p
	strong := false
	for n := 0; k >= first && n < 20; n++ {
		t := &sc.t[k]
		// "Some death tolls, provided by officials, exceeded 100": skip an
		// aside between the subject and its verb.
		if strong && sc.w(k) == "," {
			if j := sc.asideStart(k, first); j > first {
				k = j - 1
				continue
			}
			// "Italy, the country with the most deaths, had 27,000"
			if cue := sc.nameApposition(k, first); cue >= 0 {
				grp, grpEnd = sc.groupOf(cue, first, k)
				return sc.t[cue].e.m, cue, grp, grpEnd
			}
		}
		// "the number of casualties has risen, from about 26 a day": a
		// comma after the change.
		if sc.w(k) == "," && k-1 >= first && sc.t[k-1].f&fChange != 0 && sc.isOneOf(k+1, "from", "to") {
			k--
			continue
		}
		if !t.ok || t.kind == text.Punct || t.kind == text.Dash || t.kind == text.OpenQuote || t.kind == text.CloseQuote {
			break
		}
		// "until now", "so far", "to date"
		if sc.is(k, "now") && k-1 >= first && (sc.is(k-1, "until") || sc.is(k-1, "till")) {
			k -= 2
			continue
		}
		// "the number of infections worldwide surpassed"
		if sc.isOneOf(k, "worldwide", "nationwide", "globally", "overall", "altogether", "combined") {
			k--
			continue
		}
		if (sc.is(k, "number") || sc.is(k, "total") || sc.is(k, "tally") || sc.is(k, "count")) && k+2 < last && sc.is(k+1, "of") {
			j := k + 2
			if sc.t[j].f&fDet != 0 && j+1 < last {
				j++
			}
			if end := sc.npScan(j, last); end > j && end <= p+1 {
				grp, grpEnd = k+2, end
			}
		}
		// "job losses reached 900", "the staff reduction would be about 500"
		if k-1 >= first && sc.t[k-1].f&fJobMod != 0 && sc.isOneOf(k, "losses", "loss", "cuts", "reduction", "reductions") {
			if grp < 0 {
				grp, grpEnd = sc.groupOf(k, first, p+1)
			}
			return dossier.Affected, k, grp, grpEnd
		}
		if t.e != nil && t.e.m != "" && t.f&(fCueNoun|fCueVerb|fCueAdj|fCueOf) != 0 && t.e.word != "lives" && t.e.word != "life" && t.e.word != "case" &&
			!(t.cap && k > first && sc.t[k-1].cap) {
			// A verb ("jailed … rape of two") only counts inside a toll
			// phrase that a linking verb joins to the figure.
			if t.f&(fCueNoun|fCueAdj) == 0 && !strong {
				break
			}
			// "the number of confirmed deaths linked to … infections surpassed":
			// the noun after "number of" names the measure.
			if q := sc.numberOfCue(k, first); q >= 0 {
				k, t = q, &sc.t[q]
			}
			if grp < 0 {
				grp, grpEnd = sc.groupOf(k, first, p+1)
			}
			return t.e.m, k, grp, grpEnd
		}
		if t.f&fLink != 0 && t.f&(fPrep|fAdv) == 0 && !sc.is(k, "of") && !sc.is(k, "to") && !sc.is(k, "at") {
			strong = true
		}
		// "the death toll from five people to six": the old figure;
		// "raised the toll to 31 from 20": the new one.
		if (t.kind == text.Number || t.f&(fUnit|fTeen|fTen) != 0) && k-1 >= first && (sc.is(k-1, "from") || sc.is(k-1, "to") && sc.is(k+1, "from")) {
			k -= 2
			continue
		}
		// "from about 26 a day": past the old figure's hedge too.
		if (t.kind == text.Number || t.f&(fUnit|fTeen|fTen) != 0) && k-2 >= first && sc.t[k-1].f&(fApprox|fMin|fMax) != 0 && sc.is(k-2, "from") {
			k -= 3
			continue
		}
		if t.kind == text.Number || t.f&(fBreak|fPron|fUnit|fTeen|fTen) != 0 && t.f&fLink == 0 {
			break
		}
		if t.f&(fLink|fDet|fPrep|fAdv|fAux) != 0 || sc.npWord(k) && !sc.verbish(k) || t.kind == text.Clitic || t.cap {
			k--
			continue
		}
		// "the death toll from an earthquake that hit a region last month
		// has risen to": a relative clause inside the subject.
		if strong && sc.isOneOf(k, "that", "which", "who", "last", "ago", "earlier", "more", "than", "nearly", "almost") {
			k-- // (and "last month", "a week ago" inside it; "has more than doubled to")
			continue
		}
		if strong && sc.verbish(k) {
			rel := -1
			for j := k - 1; j >= first && j >= k-3; j-- {
				if sc.isOneOf(j, "that", "which", "who") {
					rel = j
					break
				}
			}
			if rel > first {
				k = rel - 1 // the verb of a relative clause in the subject
				continue
			}
		}
		// "the number of injured being treated at hospitals stands at":
		// a participle phrase inside the subject.
		if strong && (sc.is(k, "being") || t.shape&shEd != 0 && (t.e == nil || t.e.m == "")) {
			k--
			continue
		}
		break
	}
	return "", -1, grp, grpEnd
}

// asideStart returns the opening comma of an aside that the comma at k
// closes (", provided by officials,", ", according to police,"), or -1.
func (sc *scratch) asideStart(k, first int) int {
	for j := k - 1; j > first && j > k-14; j-- {
		t := &sc.t[j]
		if t.kind == text.Punct && sc.w(j) != "," || t.kind == text.Dash || t.kind == text.OpenQuote || t.kind == text.CloseQuote {
			return -1
		}
		if sc.w(j) != "," {
			continue
		}
		if j+1 >= k || !sc.npWord(j-1) && sc.t[j-1].kind != text.Word {
			return -1
		}
		o := &sc.t[j+1]
		if o.shape&(shEd|shLy) != 0 && !o.cap || sc.isOneOf(j+1, "according", "which", "who", "including", "as", "citing", "officials", "police", "sources") {
			return j
		}
		// ", Spain,": a name in apposition.
		if k-j-1 <= 3 {
			name := true
			for q := j + 1; q < k; q++ {
				if !sc.t[q].cap || sc.t[q].kind != text.Word {
					name = false
				}
			}
			if name {
				return j
			}
		}
		return -1
	}
	return -1
}

// numberOfCue looks left of a cue at k for "number of"/"total of" and
// returns the first measure word after it, or -1.
func (sc *scratch) numberOfCue(k, first int) int {
	for j := k - 1; j >= first && j > k-10; j-- {
		if sc.t[j].kind == text.Punct || sc.t[j].f&(fBreak|fAux) != 0 {
			break
		}
		if sc.is(j, "of") && j-1 >= first && (sc.is(j-1, "number") || sc.is(j-1, "total") || sc.is(j-1, "tally")) {
			for q := j + 1; q < k; q++ {
				if t := &sc.t[q]; t.e != nil && t.e.m != "" && t.f&(fCueNoun|fCueAdj) != 0 {
					return q
				}
			}
			break
		}
	}
	return -1
}

// groupOf returns the phrase a toll cue at k names as the group: "the number
// of those infected" → "those infected", "the number of cases" → "cases".
func (sc *scratch) groupOf(k, first, last int) (int, int) {
	start := k
	for j := k - 1; j >= first && j >= k-3; j-- {
		if sc.is(j, "of") && j-1 >= first && (sc.is(j-1, "number") || sc.is(j-1, "total") || sc.is(j-1, "tally") || sc.is(j-1, "count")) {
			// "the number of confirmed cases of the virus infections"
			end := k + 1
			if end+1 < last && sc.is(end, "of") {
				q := end + 1
				if sc.t[q].f&fDet != 0 {
					q++
				}
				if e := sc.npScan(q, last); e > q {
					end = e
				}
			}
			return j + 1, end
		}
		if sc.t[j].f&fDet != 0 {
			// A determiner opens the phrase unless "number of" is before it.
			if j-1 >= first && sc.is(j-1, "of") {
				continue
			}
			break
		}
		if !sc.npWord(j) || sc.verbish(j) && !(j-1 >= first && (sc.t[j-1].f&fDet != 0 || sc.is(j-1, "of"))) {
			break // "workers logged new cases": the verb is no modifier
		}
		start = j
	}
	// "the confirmed death toll rose to 31": the toll is the group named.
	if sc.t[k].f&fCueNoun != 0 && (sc.t[k].shape&shPlural != 0 || sc.is(k, "toll")) {
		end := k + 1
		// "cases of measles"
		if sc.t[k].shape&shPlural != 0 && end+1 < last && sc.is(end, "of") {
			q := end + 1
			if sc.t[q].f&fDet != 0 {
				q++
			}
			if e := sc.npScan(q, last); e > q && !sc.verbish(e-1) {
				end = e
			}
		}
		return start, end
	}
	return -1, -1
}

// propagate shares measures and counted groups between the figures of one
// sentence: lists ("fourteen civilians, five soldiers and one guard"),
// ellipsis ("90 civilians were wounded, as were seventeen …") and
// inclusion ("the 36 people infected included 26 army personnel").
func (sc *scratch) propagate(first, last int) {
	var prev *expr
	for k := range sc.ex {
		e := &sc.ex[k]
		if e.kind != dossier.KindCount {
			continue
		}
		if e.measure == "" && prev != nil && prev.measure != "" && sc.peopleOK(e, prev.measure) && !e.inPP && sc.jobListOK(prev, e) {
			if e.include && sc.gapOK(prev, e, true) || !e.blocked && sc.gapOK(prev, e, false) || e.total && prev.measure != dossier.Other {
				e.measure = prev.measure
				e.cueFirst, e.cueLast = prev.cueFirst, prev.cueLast
				if e.bare && e.cFirst < 0 && prev.cFirst >= 0 && prev.measure != dossier.Other && !e.include {
					e.cFirst, e.cLast, e.head = prev.cFirst, prev.cLast, prev.head
				}
			}
		}
		prev = e
	}
	// Backwards: "three people and two others were killed"; "killed one and
	// injured eight people" shares the noun.
	for k := len(sc.ex) - 2; k >= 0; k-- {
		e, n := &sc.ex[k], &sc.ex[k+1]
		if e.kind != dossier.KindCount || n.kind != dossier.KindCount {
			continue
		}
		if e.bare && e.cFirst < 0 && n.cFirst >= 0 && n.first == e.last+2 && sc.is(e.last, "and") && sc.t[e.last+1].f&fCueVerb != 0 {
			e.cFirst, e.cLast, e.head = n.cFirst, n.cLast, n.head
		}
		if e.measure == "" && n.measure != "" && n.cueRight && sc.peopleOK(e, n.measure) && sc.gapOK(e, n, false) {
			// Only a plain coordination: "X and Y were killed", or a list
			// "X, Y and Z were killed".
			end := e.last
			if e.cLast > end {
				end = e.cLast
			}
			if n.first-end <= 1 && (sc.is(end, "and") || sc.w(end) == "," && n.chained) ||
				n.first-end == 2 && sc.w(end) == "," && sc.is(end+1, "and") {
				e.measure = n.measure
				e.cueFirst, e.cueLast, e.cueRight = n.cueFirst, n.cueLast, true
				e.chained = true
			}
		}
	}
	// "Of those killed, 40 were women": a sentence-initial partitive names
	// the measure of every figure after it.
	if first+2 < last && (sc.is(first, "of") || sc.is(first, "among")) {
		var m dossier.Measure
		cue := -1
		for k := first + 1; k < last && k < first+10; k++ {
			if sc.w(k) == "," {
				if m != "" {
					for j := range sc.ex {
						if x := &sc.ex[j]; x.kind == dossier.KindCount && x.measure == "" && x.first > k && sc.peopleOK(x, m) {
							x.measure, x.cueFirst, x.cueLast = m, cue, cue+1
						}
					}
				}
				break
			}
			if t := &sc.t[k]; t.e != nil && t.e.m != "" && t.f&(fCueVerb|fCueAdj|fCueNoun) != 0 {
				m, cue = t.e.m, k
			} else if m == "" && sc.is(k, "victims") && sc.deathContext(first, first) {
				m, cue = dossier.Deaths, k // "Among the victims were …" after a deadly event
			}
		}
	}
	sc.recall(first)
	// Defaults: forces with no other fate are deployed.
	for k := range sc.ex {
		e := &sc.ex[k]
		// "3,210 shooting victims": hit by gunfire, killed or wounded.
		if e.kind == dossier.KindCount && e.measure == "" && e.head > 0 && e.head-1 >= e.cFirst && sc.isOneOf(e.head, "victims", "victim") && sc.isOneOf(e.head-1, "shooting", "gunshot", "gunfire") {
			e.measure = dossier.Casualties
			continue
		}
		// "four victims" after a deadly event: the victims of the deaths
		// told before (in this sentence or the ones before it).
		if e.kind == dossier.KindCount && e.measure == "" && e.head >= 0 && e.cLast == e.head+1 && !e.inPP &&
			(sc.is(e.head, "victims") || sc.is(e.head, "victim") && e.low == 1) && !sc.survivors(e.cLast, last) {
			if sc.deathContext(first, e.first) {
				e.measure = dossier.Deaths
				continue
			}
		}
		if e.kind == dossier.KindCount && e.head >= 0 && (e.measure == "" || e.cueRight) {
			// "the two soldiers his forces captured": the group is the
			// object of a relative clause whose verb says its fate. When
			// that verb already gave the measure, the counted phrase still
			// ends at the group ("troops Pyongyang first sent" counts troops).
			if m, cue, head := sc.objectRelative(e, last); m != "" && sc.peopleOK(e, m) && (e.measure == "" || cue == e.cueFirst) {
				e.measure, e.cueFirst, e.cueLast = sc.forceMoved(e, m, cue), cue, cue+1
				e.head = head
				if e.cLast > e.head+1 {
					e.cLast = e.head + 1
				}
				continue
			}
		}
		if e.kind == dossier.KindCount && e.measure == "" && e.head >= 0 && sc.isForce(e) && !e.inPP && !e.blockedRight && !sc.removed(e, first) {
			e.measure = dossier.Deployed
		}
		// "800,000 employees are without pay in the shutdown": staff idled
		// by a shutdown or furlough are affected.
		if e.kind == dossier.KindCount && e.measure == "" && e.head >= 0 && sc.t[e.head].f&fStaff != 0 && !e.inPP && !e.include && !e.total && sc.idled(first, last) {
			e.measure = dossier.Affected
		}
	}
}

// removed reports whether the verb before forces takes them off duty:
// "suspended three police officers", "fired two guards".
func (sc *scratch) removed(e *expr, first int) bool {
	p := sc.leftOf(e, first)
	return p >= first && sc.isOneOf(p, "suspended", "suspend", "suspends", "dismissed", "dismiss", "fired", "sacked", "disciplined", "demoted", "expelled", "charged", "indicted", "punished", "retired")
}

// deathContext reports whether the last measure word before token k (in
// its sentence from first, else in the sentences before) tells of deaths.
func (sc *scratch) deathContext(first, k int) bool {
	m := sc.measureWord(first, k)
	if m == "" {
		m = sc.lastM
	}
	return m == dossier.Deaths
}

// survivors reports whether tokens [k,last) say the group lived: "were
// rescued", "survived", "were freed".
func (sc *scratch) survivors(k, last int) bool {
	for ; k < last; k++ {
		if sc.isOneOf(k, "rescued", "survived", "survive", "saved", "freed", "released", "escaped", "alive", "recovering", "recovered", "discharged", "treated") {
			return true
		}
	}
	return false
}

// isForce reports whether e counts troops, police or rescuers: "officers"
// only with a force word before it ("police officers", not "Cabinet officers").
func (sc *scratch) isForce(e *expr) bool {
	h := e.head
	if sc.t[h].f&fTroop != 0 {
		return true
	}
	// "a 300-strong force", "a 62-member rescue team": the members of a
	// force, or of a team of a force's trade (not "a 23-member squad"
	// of footballers).
	// (A force only proposed is none: "a theoretical 100,000-strong force".)
	if w := strings.ToLower(sc.w(e.nLast - 1)); (strings.HasSuffix(w, "-strong") || strings.HasSuffix(w, "-member") || strings.HasSuffix(w, "-man")) &&
		!sc.isOneOf(e.nFirst-1, "theoretical", "hypothetical", "proposed", "planned", "possible", "potential", "envisioned", "envisaged", "future", "new") {
		switch sc.lowerWord(h) {
		case "force", "contingent", "battalion", "brigade", "detachment", "garrison":
			// (not "a 15,000-member work force": staff)
			return !(h-1 >= 0 && sc.isOneOf(h-1, "work", "labor", "labour", "sales", "task"))
		case "team", "unit", "squad", "mission":
			for k := e.cFirst; k >= 0 && k < h; k++ {
				switch sc.lowerWord(k) {
				case "police", "military", "army", "security", "rescue", "peacekeeping", "special", "emergency", "medical", "relief", "search", "swat", "commando", "marine", "naval":
					return true
				}
			}
		}
	}
	// A trade in arms: "police officers", "combat engineers", "military
	// advisers", "army medics" are forces; "civil engineers" are not.
	if sc.isOneOf(h, "officers", "officer", "members", "engineers", "medics", "advisers", "advisors", "specialists", "technicians") {
		for k := e.cFirst; k >= 0 && k < h; k++ {
			switch sc.lowerWord(k) {
			case "police", "military", "army", "security", "border", "fire", "naval", "navy", "prison", "law", "customs",
				"immigration", "service", "guard", "special", "forces", "rescue", "emergency", "combat":
				return true
			case "national", "coast":
				// "National Guard members", not "Republican National
				// Committee members"
				if k+1 <= h && sc.is(k+1, "guard") {
					return true
				}
			}
		}
	}
	return false
}

// gapOK reports whether the words between two figures make them one list:
// commas, "and", "as were", "each", short place phrases — no other verb.
func (sc *scratch) gapOK(a, b *expr, include bool) bool {
	start := a.last
	if a.cLast > start {
		start = a.cLast
	}
	// "At least seven, including four children, died": the part may come
	// before the verb of the whole.
	if a.cueRight && a.cueLast > start && !(include && a.cueFirst > b.first) {
		start = a.cueLast
	}
	if b.first < start || b.first-start > 8 && !(include && b.first-start <= 12) {
		return false
	}
	// The word right before the second figure must join list items: a
	// comma, "and", "as were" — not "of" or "in" ("rape of two girls").
	if b.first > start {
		if k := b.first - 1; !(sc.w(k) == "," || sc.w(k) == ":" || sc.t[k].kind == text.Dash || sc.t[k].f&(fConj|fAux) != 0 || sc.is(k, "each") || include && (sc.t[k].f&fInclude != 0 || sc.is(k, "them") || sc.is(k, "whom"))) {
			return false
		}
	}
	// "20 bodies had been recovered, eleven women and nine men": an
	// appositive list after the clause that gave the figure.
	appositive := b.first-1 >= start && (sc.w(b.first-1) == "," || sc.w(b.first-1) == ":" || sc.t[b.first-1].kind == text.Dash) && !b.blocked
	for k := start; k < b.first; k++ {
		t := &sc.t[k]
		switch {
		case appositive && (sc.verbish(k) || t.f&fAdv != 0):
		case t.kind == text.Punct && (sc.w(k) == "," || appositive && k == b.first-1 && sc.w(k) == ":"):
		case appositive && k == b.first-1 && t.kind == text.Dash:
		case include && (t.f&fInclude != 0 || sc.is(k, "among") || sc.is(k, "them") || sc.is(k, "whom")):
		case t.f&(fConj|fAux|fDet) != 0 && !sc.is(k, "but"):
		case sc.is(k, "as") || sc.is(k, "each") || sc.is(k, "while") || sc.is(k, "with"):
		case t.f&fPrep != 0:
		case t.kind == text.Word && t.cap && t.f&fVerb == 0:
		case sc.npWord(k) && !sc.verbish(k):
		default:
			return false
		}
	}
	return true
}

// skipPP returns the end of the short prepositional phrase starting at k.
func (sc *scratch) skipPP(k, last int) int {
	j := k + 1
	for n := 0; j < last && n < 7; n++ {
		u := &sc.t[j]
		if u.f&fDet != 0 || u.kind == text.Number || u.f&(fUnit|fTeen|fTen|fScale) != 0 || sc.npWord(j) && !sc.verbish(j) || u.kind == text.Clitic {
			j++
			continue
		}
		// "the Kurdistan Workers Party (PKK)": a name's initials.
		if sc.w(j) == "(" && j+2 < last && sc.w(j+2) == ")" && j > k+1 {
			j += 3
			continue
		}
		// "of a recently banned university union": a participle, with its
		// adverb, before the noun inside the phrase.
		if j > k+1 && sc.t[j-1].f&fDet != 0 || j > k+1 && sc.t[j-1].shape&shLy != 0 {
			if (u.shape&shEd != 0 || u.shape&shLy != 0) && !u.cap && j+1 < last && (sc.npWord(j+1) && !sc.verbish(j+1) || u.shape&shLy != 0 && sc.t[j+1].shape&shEd != 0) {
				j++
				continue
			}
		}
		break
	}
	return j
}

// asideEnd returns the token after an aside that starts with the comma at
// k and ends with the next comma, or k when there is none.
func (sc *scratch) asideEnd(k, last int) int {
	if k+1 >= last {
		return k
	}
	opener := false
	switch sc.lowerWord(k + 1) {
	case "including", "according", "among", "such", "mostly", "many", "most", "all", "both", "none", "some", "several", "officials", "police",
		"authorities", "sources", "reportedly", "however", "meanwhile", "he", "she", "they", "it", "witnesses", "reports":
		opener = true
	}
	// ", four of them children,"
	if k+3 < last && (sc.t[k+1].kind == text.Number || sc.t[k+1].f&(fUnit|fTeen|fTen) != 0) && sc.is(k+2, "of") && (sc.is(k+3, "them") || sc.is(k+3, "whom")) {
		opener = true
	}
	// ", Sergeant Ana Ruiz,", ", a man and a woman,": an apposition naming
	// the group, when its verb follows the closing comma; so too a
	// relative clause: ", who worked as nurses, were found slain".
	appos := sc.t[k+1].cap || sc.is(k+1, "a") || sc.is(k+1, "an") || sc.isOneOf(k+1, "who", "which")
	for j := k + 1; j < last && j < k+12; j++ {
		w := sc.w(j)
		if w == "," {
			if opener || appos && j+1 < last && (sc.t[j+1].f&fAux != 0 || sc.is(j+1, "who")) {
				return j + 1
			}
			return k
		}
		if sc.t[j].kind == text.Punct || sc.t[j].e != nil && sc.t[j].e.m != "" && sc.t[j].f&(fCueVerb|fCueAdj) != 0 {
			return k
		}
		switch sc.lowerWord(j) {
		case "said", "says", "say", "told", "reported", "added", "according":
			opener = true
		}
	}
	return k
}

// isPPSkip lists the prepositions whose short phrase may sit between a
// subject and its verb ("337 users in 38 countries were arrested").
func isPPSkip(w string) bool {
	switch w {
	case "in", "at", "on", "from", "near", "across", "inside", "outside", "throughout", "within", "aboard", "onboard", "along", "around":
		return true
	}
	return false
}

// isDeployish lists predicates that still leave forces deployed.
func isDeployish(w string) bool {
	switch w {
	case "involved", "assigned", "drafted", "present", "on", "stationed", "based", "operating", "available", "ready", "there", "here", "in",
		"remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying", "serving", "posted", "en", "scattered", "positioned", "patrolling", "deployed":
		return true
	}
	return false
}

// shareCounted gives a bare figure the noun of the figure listed before it
// in its sentence: "killed seven riders and injured three more", "a dozen
// people died and scores more were hurt", "about 100 people attended, four
// of whom were injured", "four people were on board; one died and the other
// three were hurt". A figure that is the object of its own verb after a
// subject figure ("five suspects were charged with killing two") is a
// different group and keeps its number.
func (sc *scratch) shareCounted(first, last int) {
	for k := range sc.ex {
		e := &sc.ex[k]
		if e.kind != dossier.KindCount || e.cFirst >= 0 || e.zero {
			continue
		}
		var prev *expr
		for j := k - 1; j >= 0; j-- {
			// (past the size of a place: "Caracas, with a population of
			// over 3.2 million, had 3,797")
			if x := &sc.ex[j]; x.kind == dossier.KindCount && !x.zero && !(x.first >= first && sc.sizeOf(x, first)) {
				prev = x
				break
			}
		}
		if prev == nil || prev.cFirst < 0 || prev.head < 0 {
			// "the most women, 102, …", "air strikes -- eight in the last
			// day": a figure in apposition to the noun it counts.
			if cf, cl := sc.appositiveNoun(e, first); cf >= 0 {
				e.cFirst, e.cLast, e.head = cf, cl, cl-1
			}
			continue
		}
		if sc.t[prev.head].f&fThing != 0 && e.measure != "" && e.measure != dossier.Other && e.measure != dossier.Deployed && e.measure != dossier.Affected {
			continue
		}
		if sc.sameGroup(prev, e, first, last) {
			e.cFirst, e.cLast, e.head = prev.cFirst, prev.cLast, prev.head
			// "had 1,317 homicides; Caracas had 3,797": the noun that
			// counts the figure before names the measure of this one too.
			if (e.measure == "" || e.measure == dossier.Other) && prev.measure != "" && !isStatus(prev.measure) && prev.cueFirst == prev.head && !sc.sizeOf(e, first) {
				e.measure, e.cueFirst, e.cueLast = prev.measure, prev.cueFirst, prev.cueLast
			}
		}
	}
}

// sizeOf reports whether e gives the size of a place or population: "a
// population of over 3.2 million", "a city of 200,000".
func (sc *scratch) sizeOf(e *expr, first int) bool {
	p := sc.leftOf(e, first)
	return p-1 >= first && sc.is(p, "of") && (sc.isOneOf(p-1, "population", "populations", "residents", "inhabitants") || sc.t[p-1].f&fThing != 0)
}

// sameGroup reports whether the bare figure e counts the same kind of
// group as the figure a before it: "three more", "the other three", "four
// of whom", or a coordinated clause of the same shape.
func (sc *scratch) sameGroup(a, e *expr, first, last int) bool {
	r := e.last
	if r < last && sc.isOneOf(r, "more", "others") {
		return true
	}
	if r+1 < last && sc.is(r, "of") && sc.isOneOf(r+1, "whom", "them") {
		return true
	}
	if e.first-1 >= first && sc.is(e.first-1, "other") {
		return true
	}
	start := a.last
	if a.cLast > start {
		start = a.cLast
	}
	if e.first-start > 12 {
		return false
	}
	joined := false
	for k := start; k < e.first; k++ {
		if sc.isOneOf(k, "and", "while", "whereas") || sc.w(k) == "," || sc.w(k) == ";" {
			joined = true
		}
	}
	return joined && !(sc.objectOf(e, first) && !sc.objectOf(a, first))
}

// objectOf reports whether a verb right before e governs it: "killing two".
func (sc *scratch) objectOf(e *expr, first int) bool {
	p := sc.leftOf(e, first)
	return p >= first && sc.verbish(p) && sc.t[p].f&(fAux|fLink) == 0
}

// appositiveCue reads the noun phrase ending at k that a figure after a
// comma stands in apposition to, and returns the measure a cue word in it
// names: "the injured teenagers", "the dead". The phrase must open with a
// determiner and end with a plural noun or the cue itself.
func (sc *scratch) appositiveCue(k, first int) (dossier.Measure, int) {
	if h := &sc.t[k]; h.shape&shPlural == 0 && h.f&fCueAdj == 0 {
		return "", -1
	}
	var m dossier.Measure
	cue := -1
	for j := k; j >= first && j > k-5; j-- {
		t := &sc.t[j]
		if t.f&fDet != 0 {
			// "In addition to the deaths, 33 …": a prepositional phrase,
			// not a subject in apposition.
			if m != "" && j < k && !(j-1 >= first && sc.t[j-1].f&fPrep != 0) {
				return m, cue
			}
			return "", -1
		}
		if !sc.npWord(j) {
			return "", -1
		}
		if t.e != nil && t.e.m != "" && (t.f&(fCueAdj|fCueNoun) != 0 || t.f&fCueVerb != 0 && t.shape&shEd != 0) {
			m, cue = t.e.m, j
		}
	}
	return "", -1
}

// includeList reports whether the conjunction at p continues a list opened
// by "including" in its clause: "including all on board, and one …".
func (sc *scratch) includeList(p, first int) bool {
	for j := p - 1; j >= first && j > p-12; j-- {
		t := &sc.t[j]
		if t.f&fInclude != 0 {
			return sc.is(j, "including")
		}
		if t.kind == text.Punct && sc.w(j) != "," || t.kind == text.Dash || t.f&(fAux|fBreak|fRel|fPron) != 0 || sc.verbish(j) {
			return false
		}
	}
	return false
}

// isTallyVerb lists the participles that add to a tally: "with 198
// recorded", "with 12 more confirmed".
func isTallyVerb(w string) bool {
	switch w {
	case "recorded", "reported", "confirmed", "registered", "added", "detected", "identified", "logged", "counted":
		return true
	}
	return false
}

// objectAt reports whether an object starts at k after a verb: a number
// ("killed three"), a pronoun ("killed them"), or a determiner before a
// noun ("injured a guard") that is no time phrase ("the same day").
func (sc *scratch) objectAt(k, last int) bool {
	if k >= last {
		return false
	}
	t := &sc.t[k]
	if t.kind == text.Number || t.f&(fUnit|fTeen|fTen|fVague) != 0 && t.f&fZero == 0 {
		return true
	}
	if sc.isOneOf(k, "them", "him", "her", "us", "me") {
		return true
	}
	if t.f&fDet != 0 && t.f&fAdv == 0 && k+1 < last && sc.npWord(k+1) {
		u := &sc.t[k+1]
		if u.f&(fTimeUnit|fWeekday|fMonth) != 0 || sc.isOneOf(k+1, "same", "next", "following", "previous", "last", "first") {
			return false
		}
		return true
	}
	return false
}

// partitiveWhole reports whether e is the whole of a partitive: "two of the
// 30 passengers", "4,200 of the island's 200,000 residents".
func (sc *scratch) partitiveWhole(e *expr, first int) bool {
	q := e.first - 1
	if q < first {
		return false
	}
	// "the island's": a possessor between "of" and the figure.
	if t := &sc.t[q]; t.kind == text.Clitic && (sc.w(q) == "'s" || sc.w(q) == "’s") {
		q--
		for n := 0; q >= first && n < 4 && sc.t[q].f&fDet == 0 && (sc.npWord(q) || sc.t[q].cap && sc.t[q].kind == text.Word); n++ {
			q--
		}
	}
	return q-2 >= first && sc.t[q].f&fDet != 0 && sc.is(q-1, "of") && sc.isPartitiveHead(q-2)
}

// nameApposition reads an apposition closed by the comma at k that ranks a
// name by a measure: "Italy, the country with the most deaths," → the cue
// "deaths". It returns the cue token or -1.
func (sc *scratch) nameApposition(k, first int) int {
	j := k - 1
	for ; j > first && j > k-16; j-- {
		if sc.w(j) == "," {
			break
		}
		if t := &sc.t[j]; t.kind == text.Punct || t.kind == text.Dash || t.f&(fAux|fRel) != 0 {
			return -1
		}
	}
	if j <= first || sc.w(j) != "," || !sc.t[j-1].cap || !sc.isOneOf(j+1, "the", "a") {
		return -1
	}
	for q := j + 2; q+1 < k; q++ {
		rank := sc.is(q, "most") || sc.is(q, "of") && sc.isOneOf(q-1, "number", "toll", "tally")
		if !rank {
			continue
		}
		for c := q + 1; c < k && c <= q+4; c++ {
			if t := &sc.t[c]; t.e != nil && t.e.m != "" && t.f&fCueNoun != 0 && t.shape&shPlural != 0 {
				return c
			}
		}
	}
	return -1
}

// recall gives a definite figure with no measure of its own the measure of
// the same figure told in the sentences just before: "four of whom were
// injured. … All four are in stable condition", "three of the victims were
// police officers. … the three officers were stabbed".
func (sc *scratch) recall(first int) {
	for k := range sc.ex {
		e := &sc.ex[k]
		// "the four students were shot" after "killed five … Four of the
		// victims": "shot" says less than the fate told before.
		shot := e.measure == dossier.Casualties && e.cueFirst >= 0 && sc.isOneOf(e.cueFirst, "shot", "stabbed", "knifed")
		if e.kind != dossier.KindCount || e.measure != "" && !shot || e.zero || e.include || e.total || e.bound != dossier.Exact || e.low < 2 {
			continue
		}
		p := e.first - 1
		if p < first || !sc.isOneOf(p, "the", "all", "these", "those", "both") || e.last < len(sc.t) && sc.is(e.last, "of") {
			continue
		}
		// "police saw the twelve": the object of another verb is the group
		// in another role. "the first victim of the eight", "the last of
		// the three" single one member out of the group told before, which
		// is named again.
		window := 3
		if q := p - 1; q >= first && sc.is(q, "of") && sc.ordinalBefore(q-1, first) {
			window = 6
		} else if q >= first && (sc.verbish(q) && sc.t[q].f&(fAux|fLink) == 0 && !isSayVerb(sc.lowerWord(q)) || sc.t[q].f&fPrep != 0) {
			continue
		}
		for i := sc.nMemo - 1; i >= 0 && i >= sc.nMemo-len(sc.memo); i-- {
			r := &sc.memo[i%len(sc.memo)]
			if sc.nSent-r.sent > window {
				break
			}
			if r.v != e.low || !sc.peopleOK(e, r.m) || !sc.sameHead(e, r) || shot && r.m != dossier.Deaths && r.m != dossier.Injured {
				continue
			}
			e.measure = r.m
			break
		}
	}
}

// ordinalBefore reports whether the phrase ending at k is headed by an
// ordinal or superlative: "first", "the first victim", "the youngest".
func (sc *scratch) ordinalBefore(k, first int) bool {
	if k >= first && sc.npWord(k) && !sc.verbish(k) && sc.t[k].f&fOrdinal == 0 {
		k-- // "first victim"
	}
	return k >= first && (sc.t[k].f&fOrdinal != 0 || sc.isOneOf(k, "last", "youngest", "oldest", "eldest"))
}

// sameHead reports whether e can name the remembered figure r again: e has
// no noun, or its noun is r's or appears in r's sentence.
func (sc *scratch) sameHead(e *expr, r *memo) bool {
	if e.head < 0 {
		return true
	}
	w := sc.w(e.head)
	for j := r.first; j < r.last; j++ {
		if strings.EqualFold(sc.w(j), w) {
			return true
		}
	}
	return false
}

// remember stores the sentence's figures that have a measure.
func (sc *scratch) remember(first, last int) {
	for k := range sc.ex {
		e := &sc.ex[k]
		if e.kind != dossier.KindCount || e.measure == "" || e.measure == dossier.Other || e.zero || e.bound != dossier.Exact {
			continue
		}
		sc.memo[sc.nMemo%len(sc.memo)] = memo{v: e.low, m: e.measure, first: first, last: last, sent: sc.nSent}
		sc.nMemo++
	}
	sc.nSent++
}

// isSayVerb lists verbs that open a reported clause: "said the three …".
func isSayVerb(w string) bool {
	switch w {
	case "said", "says", "say", "added", "stated", "noted", "confirmed", "reported", "announced", "explained", "believe", "believed", "think", "thought", "know", "knew":
		return true
	}
	return false
}

// nounList reads ", A, B and C" from the comma at k, where every item is a
// bare plural noun phrase, and returns the end of C, or k.
func (sc *scratch) nounList(k, last int) int {
	j := k
	for n := 0; n < 6 && j < last; n++ {
		sep := sc.w(j) == ","
		and := sc.is(j, "and") || sc.is(j, "or")
		if !sep && !and {
			return k
		}
		q := j + 1
		if sep && q < last && (sc.is(q, "and") || sc.is(q, "or")) {
			q++
			and = true
		}
		end := sc.npScan(q, last)
		if end <= q || sc.verbish(q) || sc.verbish(end-1) || sc.t[end-1].shape&shPlural == 0 {
			return k
		}
		for r := q; r < end; r++ {
			if sc.t[r].shape&shLy != 0 || sc.t[r].f&fDet != 0 {
				return k
			}
		}
		if and {
			if end < last && (sc.t[end].kind == text.Number || sc.npWord(end) && !sc.verbish(end)) {
				return k
			}
			return end
		}
		j = end
	}
	return k
}

// singles marks "one" before a singular noun that picks out a person or
// thing rather than counting: "One witness said …", "in one case", "on one
// occasion", "charged with one count of murder".
func (sc *scratch) singles(first, last int) {
	for k := range sc.ex {
		e := &sc.ex[k]
		if e.kind != dossier.KindCount || e.measure != "" && e.measure != dossier.Other {
			continue
		}
		// "one was a shotgun": "one" as a pronoun before a predicate noun.
		if e.low == 1 && e.high == 1 && sc.is(e.nFirst, "one") && e.last+1 < last && sc.isOneOf(e.last, "was", "is") && sc.isOneOf(e.last+1, "a", "an") {
			e.single = true
			continue
		}
		if e.head < 0 || e.cFirst < 0 {
			continue
		}
		h := e.head
		// "seven counts of negligent homicide", "13 terror offences":
		// charges, not a count of anything.
		if sc.isOneOf(h, "count", "counts") && h+1 < last && sc.is(h+1, "of") || sc.isOneOf(h, "charges", "offences", "offenses") {
			e.single = true
			continue
		}
		if e.total || e.include {
			continue
		}
		// "reportedly one Vijayaragavan": a certain named person.
		if e.low == 1 && e.high == 1 && sc.is(e.nFirst, "one") && e.cFirst == h && e.cLast == h+1 && sc.t[h].cap && sc.t[h].e == nil && !allUpper(sc.w(h)) &&
			e.nFirst > first && (h+1 >= last || sc.w(h+1) == "," || sc.w(h+1) == ")") {
			e.single = true
			continue
		}
		if e.low != 1 || e.high != 1 || e.bound != dossier.Exact || e.first != e.nFirst || !sc.is(e.nFirst, "one") || sc.t[h].shape&shPlural != 0 {
			continue
		}
		if p := e.first - 1; p >= first && sc.t[p].f&fPrep != 0 && !sc.is(p, "of") {
			e.single = true
			continue
		}
		j := e.cLast
		if j < last && sc.w(j) == "," {
			// "One news site, Znak.com, claims …"
			for j++; j < last && j < e.cLast+8 && sc.w(j) != ","; j++ {
			}
			j++
		}
		if j < last && isSpeechVerb(sc.lowerWord(j)) {
			e.single = true
		}
	}
}

// isSpeechVerb lists verbs of saying after a subject.
func isSpeechVerb(w string) bool {
	switch w {
	case "said", "says", "told", "tells", "claims", "claimed", "noted", "notes", "wrote", "writes", "added", "described",
		"recalled", "explained", "reported", "reports", "testified", "argued", "argues", "stated", "states", "posted", "tweeted":
		return true
	}
	return false
}

// appositiveNoun returns the plural noun phrase that a bare figure after a
// comma or dash stands in apposition to ("the number of women, 102",
// "support with air strikes -- eight …"), or -1. The phrase must be the
// object of "of", "with" or a verb, not a fronted adverbial ("In the
// attacks, 12 died").
func (sc *scratch) appositiveNoun(e *expr, first int) (int, int) {
	q := e.first - 1
	if q-1 < first || !(sc.w(q) == "," || sc.t[q].kind == text.Dash) {
		return -1, -1
	}
	h := q - 1
	t := &sc.t[h]
	if t.shape&shPlural == 0 || !sc.npWord(h) || sc.verbish(h) || t.f&(fTimeUnit|fCueNoun) != 0 {
		return -1, -1
	}
	j := h
	for j-1 >= first && j > h-4 && sc.npWord(j-1) && !sc.verbish(j-1) {
		j--
	}
	start := j
	if j-1 >= first && sc.t[j-1].f&fDet != 0 {
		j--
	}
	if j-1 < first {
		return -1, -1
	}
	if p := j - 1; sc.is(p, "of") || sc.is(p, "with") || sc.verbish(p) && sc.t[p].f&(fAux|fPrep) == 0 {
		return start, h + 1
	}
	return -1, -1
}

// isStatus reports whether a head noun's measure is a state people are in
// (held, displaced, ill, deployed) rather than what befell them.
func isStatus(m dossier.Measure) bool {
	switch m {
	case dossier.Kidnapped, dossier.Displaced, dossier.Arrested, dossier.Captured, dossier.Cases, dossier.Deployed, dossier.Missing, dossier.Affected:
		return true
	}
	return false
}

// tableRow reads a figure that ends a "Label: N" line, as tables in wire
// copy give tolls: the measure of the label's cue word, or when the label
// names no measure ("Americans: 12"), that of the row above it, of which
// it is a part. It returns the measure and its cue token, or "".
func (sc *scratch) tableRow(e *expr) (dossier.Measure, int) {
	for row, n := e.first, 0; n < 8; n++ {
		c := row - 1
		if c < 1 || sc.w(c) != ":" || !sc.lineEnds(e.last) && row == e.first {
			return "", -1
		}
		start := c
		for start-1 >= 0 && !sc.newlineBefore(start) {
			start--
		}
		if !sc.newlineBefore(start) || c-start > 4 {
			return "", -1
		}
		for k := start; k < c; k++ {
			if t := &sc.t[k]; t.e != nil && t.e.m != "" && t.f&(fCueNoun|fCueVerb|fCueAdj) != 0 {
				return t.e.m, k
			}
		}
		// The row above: its number ends the line before this one.
		prev := start - 1
		if prev < 0 || sc.t[prev].kind != text.Number {
			return "", -1
		}
		row = prev
		for row-1 >= 0 && sc.w(row-1) != ":" && !sc.newlineBefore(row) {
			row--
		}
	}
	return "", -1
}

// newlineBefore reports whether a line break precedes token k.
func (sc *scratch) newlineBefore(k int) bool {
	if k <= 0 {
		return true
	}
	return strings.Contains(sc.text[sc.toks[k-1].End:sc.toks[k].Start], "\n")
}

// lineEnds reports whether the line ends at token k: a line break or the
// end of the text follows token k-1.
func (sc *scratch) lineEnds(k int) bool {
	return k >= len(sc.toks) || sc.newlineBefore(k)
}
