package attrib

import "github.com/dossierhq/dossier/text"

// tellVerbs take an addressee before their content: "told lawmakers that".
var tellVerbs = map[string]bool{
	"told": true, "tell": true, "tells": true, "telling": true,
	"informed": true, "inform": true, "informs": true,
	"assured": true, "assure": true, "assures": true,
	"warned": true, "warn": true, "warns": true, "warning": true,
	"advised": true, "briefed": true, "reminded": true,
	"asked": true, "ask": true, "asks": true, "urged": true, "promised": true,
}

func (a *att) block() (int, int) {
	lo, hi := a.cue.a, a.cue.b
	if a.src.ok() {
		lo, hi = min(lo, a.src.a), max(hi, a.src.b)
	}
	return lo, hi
}

// contents fills the content of the attributions atts[first:] of sentence
// [lo,hi), now that all their cues are known.
func (s *scratch) contents(first, lo, hi int) {
	for ai := first; ai < len(s.atts); ai++ {
		a := &s.atts[ai]
		bl, bh := a.block()
		limit := s.boundary(ai, hi)
		prevEnd := s.prevEnd(ai, first, lo)
		switch {
		case a.fixed:
			continue
		case a.according:
			s.accordingContent(a, lo, hi, limit, prevEnd)
			continue
		case a.gerund:
			// The speaker before goes on ("endorsed Clinton, saying …"),
			// unless it only named something ("a class called
			// “Perception”, writing …").
			if ai > first && s.atts[ai-1].src.ok() && !s.naming(&s.atts[ai-1]) {
				a.src = s.atts[ai-1].src
			} else {
				a.src = s.subject(lo, a.cue.a)
			}
			s.after(a, s.skipAfterCue(a, a.cue.b, hi), hi, limit)
			continue
		case a.passive && !a.src.ok() && tellVerbs[lowerASCII(s.word(a.cue.b-1))]:
			// "Staff were informed that …": the hearers relay what they
			// were told, so they are cited; the complement is the content.
			if np := s.bwdNP(a.cue.a-1, lo); np.ok() && np.b == a.cue.a && !s.is(np.a, fNoSubj) && !s.firstPerson(np) && !s.isWord(np.a, "you") {
				a.addCited(np)
			}
			s.after(a, s.skipAfterCue(a, a.cue.b, hi), hi, limit)
			continue
		case a.passive && !a.src.ok():
			// "The soldiers are believed to provide …": the subject and the
			// complement are both content.
			sb := s.trimStart(prevEnd, a.cue.a)
			if sb < a.cue.a && !(a.cue.a-sb == 1 && s.is(sb, fNoSubj)) && !s.isWord(a.cue.a-1, "as") {
				a.addPart(tr{sb, a.cue.a})
			}
			s.after(a, s.skipAfterCue(a, a.cue.b, hi), hi, limit)
			continue
		case a.passive && !a.srcAfter && !a.viaFrom && a.src.a >= a.cue.b:
			// "The outbreak was confirmed by the government on Monday, after
			// …": the subject is what the agent says; a complement ("that
			// …", "to …") too, not the adverbials after the agent.
			// "He was told by the minister of …": the subject of a telling
			// verb is the hearer.
			sb := s.trimStart(prevEnd, a.cue.a)
			if sb < a.cue.a && !(a.cue.a-sb == 1 && s.is(sb, fNoSubj)) && !s.isWord(a.cue.a-1, "as") && !tellVerbs[lowerASCII(s.word(a.cue.b-1))] {
				a.addPart(tr{sb, a.cue.a})
			}
			if p := s.skipAfterCue(a, bh, hi); s.isWord(p, "that") || s.isWord(p, "to") || s.punct(p, ':') || a.nparts == 0 {
				s.after(a, p, hi, limit)
			}
			continue
		}
		p := s.skipAfterCue(a, bh, hi)
		if a.viaFrom {
			// "…, as revealed in a briefing from X": the clause before "as".
			e := a.cue.a
			if s.isWord(e-1, "as") {
				e--
			}
			if r := (tr{s.trimStart(prevEnd, e), s.trimEnd(prevEnd, e)}); r.ok() {
				a.addPart(r)
			}
			continue
		}
		if s.isWord(p, "as") && describeVerbs[lowerASCII(s.word(a.cue.b-1))] {
			// "an explosion that the mayor described as “an intentional
			// act”": what the speaker said is the description.
			s.after(a, p+1, hi, limit)
			continue
		}
		quoteBefore := s.quoteBefore(bl, prevEnd)
		complement := p < hi && (s.isWord(p, "that") || s.punct(p, ':') || s.kind(p) == text.OpenQuote || s.punct(p, ',') && s.kind(p+1) == text.OpenQuote)
		if a.srcAfter || p >= hi || s.terminal(p) || s.punct(p, ',') || s.kind(p) == text.CloseQuote || quoteBefore && !complement || s.adverbialClause(p, hi) {
			// Content before the cue: a quote or the clause before the comma
			// — not when a quotation follows the comma with none before
			// ("After the attacks, Trump said, “…”": the phrase before is
			// the writer's).
			if !(s.punct(p, ',') && s.kind(p+1) == text.OpenQuote && !quoteBefore) {
				s.before(a, bl, prevEnd)
			}
			if p < hi && s.punct(p, ',') && p+1 < limit && (!quoteBefore || s.kind(p+1) == text.OpenQuote) {
				s.after(a, p+1, hi, limit)
			}
			if a.nparts > 0 {
				continue
			}
		}
		s.after(a, p, hi, limit)
	}
	s.mergeBeliefs(first)
	s.mergeRelays(first, lo, hi)
}

// describeVerbs take what they say after "as".
var describeVerbs = map[string]bool{
	"described": true, "describes": true, "describe": true, "describing": true,
	"characterized": true, "characterised": true, "characterizes": true, "characterises": true,
	"labeled": true, "labelled": true, "branded": true, "termed": true, "dismissed": true,
}

// prevEnd is where the content of atts[ai] may start at the earliest: after
// the previous attribution's cue block and content.
func (s *scratch) prevEnd(ai, first, lo int) int {
	prevEnd := lo
	pi := ai - 1
	for pi >= first && s.atts[pi].adverb {
		pi-- // "reportedly" hedges the clause around it but does not end it
	}
	if pi >= first {
		bl, _ := s.atts[ai].block()
		_, pe := s.atts[pi].block()
		prevEnd = max(prevEnd, pe)
		if p := &s.atts[pi]; p.nparts > 0 {
			prevEnd = max(prevEnd, min(p.parts[p.nparts-1].b, bl))
		}
	}
	return prevEnd
}

// mergeRelays reads "CLAUSE, X reported Y said." as X relaying Y: X speaks,
// citing Y, and the clause is the content of both — one attribution; and
// "Y said CLAUSE, X told reporters." the same way.
func (s *scratch) mergeRelays(first, lo, hi int) {
	for ai := first; ai+1 < len(s.atts); ai++ {
		a, b := &s.atts[ai], &s.atts[ai+1]
		if !a.cue.ok() || !a.src.ok() || a.srcAfter || a.according || a.nparts != 1 || !b.cue.ok() || !b.src.ok() || b.srcAfter || b.nparts != 0 {
			continue
		}
		// "The spy agency said 300 had been killed, lawmakers who attended
		// the briefing told reporters": the lawmakers relay the agency.
		if bl, _ := b.block(); bl > 0 && s.punct(bl-1, ',') && a.parts[0].b == bl-1 && a.parts[0].a > a.cue.b-1 && (b.cue.b >= hi || s.terminal(b.cue.b)) {
			b.addPart(a.parts[0])
			b.addCited(a.src)
			if s.hedged(a.src) {
				// "Preliminary figures show …, officials said": the
				// relayed source's doubt stays with the figure.
				b.relayHedge = a.src
			}
			a.cue = tr{-1, -1}
			continue
		}
		if p := a.parts[0]; p.a != b.src.a || p.b != b.cue.b || !(b.cue.b >= hi || s.terminal(b.cue.b)) {
			continue
		}
		bl, _ := a.block()
		if !s.punct(bl-1, ',') {
			continue
		}
		a.nparts = 0
		s.before(a, bl, s.prevEnd(ai, first, lo))
		if a.nparts == 0 {
			a.addPart(tr{b.src.a, b.cue.b})
			continue
		}
		a.addCited(b.src)
		b.cue = tr{-1, -1}
	}
}

// hedged reports whether a hedge word is in r ("Preliminary figures").
func (s *scratch) hedged(r tr) bool {
	for k := r.a; k < r.b; k++ {
		if s.is(k, fHedge) {
			return true
		}
	}
	return false
}

// mergeBeliefs folds a sourceless passive belief into the sourced
// attribution that follows it: in "Some 800 houses are estimated to have
// burned, officials said" the officials say the whole clause, hedged by
// "estimated"; the passive is no attribution of its own.
func (s *scratch) mergeBeliefs(first int) {
	for ai := first + 1; ai < len(s.atts); ai++ {
		a, p := &s.atts[ai], &s.atts[ai-1]
		if !p.passive || p.src.ok() || p.fixed || !p.cue.ok() || p.nparts == 0 || !a.src.ok() || a.gerund || a.fixed {
			continue
		}
		bl, _ := a.block()
		if bl <= p.cue.b {
			continue
		}
		hasBefore := false
		for i := 0; i < a.nparts; i++ {
			if a.parts[i].b <= bl {
				hasBefore = true
			}
		}
		if hasBefore {
			continue
		}
		pa, pb := p.cue.a, p.cue.b
		for i := 0; i < p.nparts; i++ {
			pa, pb = min(pa, p.parts[i].a), max(pb, p.parts[i].b)
		}
		k := pb
		for k < bl && (s.punct(k, ',') || s.kind(k) == text.Dash) {
			k++
		}
		if k != bl {
			continue
		}
		a.addPart(tr{pa, pb})
		p.cue = tr{-1, -1}
	}
}

// quoteBefore reports whether a quotation ends right before the cue block
// starting at bl: "“…,” the farmer said".
func (s *scratch) quoteBefore(bl, lo int) bool {
	b := bl - 1
	comma := false
	for b >= lo && (s.punct(b, ',') || s.kind(b) == text.Dash) {
		b--
		comma = true
	}
	// closesQuote: in tokenised copy the closing mark of `…, "a spokeswoman
	// said` stands before a word, and the tokenizer takes it for an opening one.
	if b < 0 || !(s.kind(b) == text.CloseQuote && s.qOf[b] >= 0 || s.closesQuote(b)) || s.para[b] != s.para[bl] {
		return false
	}
	// “…,” he said — not “… .” He said, which starts a new sentence (nor
	// “…[.]” with an editor's full stop).
	return comma || !s.punct(b-1, '.') && !(s.punct(b-1, ']') && s.punct(b-2, '.'))
}

// before adds the content that precedes the cue block starting at bl.
func (s *scratch) before(a *att, bl, lo int) {
	b := bl - 1
	for b >= lo && (s.punct(b, ',') || s.kind(b) == text.Dash) {
		b--
	}
	if b < 0 {
		return
	}
	if s.kind(b) == text.CloseQuote && s.qOf[b] >= 0 || s.closesQuote(b) {
		if s.para[b] != s.para[bl] {
			return
		}
		q := s.quotes[s.qOf[b]]
		a.addPart(tr{q.a, q.b})
		return
	}
	if b < lo {
		return
	}
	// Only the clause after a semicolon: "…; they had, his father says,
	// paid smugglers" — what comes before is the writer's. Not a list of
	// verb phrases: "engaged …; damaged …; and suppressed …, he added".
	for k := b; k > lo; k-- {
		if j := k + 1; s.punct(k, ';') && s.qOf[k] < 0 && (s.is(j, fDet|fSubjPron) || s.nounish(j) && !(s.is(j, fIng|fEd) && !s.is(j, fCap))) {
			lo = k + 1
			break
		}
	}
	a0 := s.trimStart(lo, b+1)
	if a0 == b && s.isWord(b, "as") {
		return // "As the senator noted, …": "as" is not what was said
	}
	if e := s.trimEnd(a0, b+1); e > a0 {
		a.addPart(tr{a0, e})
	}
}

// after adds the content that starts at token p and runs to limit.
func (s *scratch) after(a *att, p, hi, limit int) {
	if s.punct(p, ':') || s.punct(p, ',') && s.kind(p+1) == text.OpenQuote {
		p++
	}
	if p >= hi && p < len(s.d.Tokens) && s.punct(p-1, ':') && s.kind(p) == text.OpenQuote {
		// "Caddell continued:" with the quote in the next paragraph.
		hi, limit = p+1, p+1
	}
	if p >= len(s.d.Tokens) {
		return
	}
	if s.kind(p) == text.OpenQuote && s.qOf[p] >= 0 {
		q := s.quotes[s.qOf[p]]
		if q.a == p && (q.b >= limit || q.b >= s.trimEnd(p, limit)) {
			a.addPart(tr{q.a, q.b})
			return
		}
	}
	if p >= limit {
		return
	}
	if !a.according {
		limit = s.secondPredicate(p, limit)
	}
	e := s.trimEnd(p, limit)
	// A quote that starts inside the content but runs past the sentence
	// takes the content with it.
	if e > p && s.qOf[e-1] >= 0 {
		if q := s.quotes[s.qOf[e-1]]; q.a >= p && q.b > e {
			e = q.b
		}
	}
	if e > p {
		a.addPart(tr{p, e})
	}
}

// secondPredicate returns where a second predicate of the speaker starts
// in [p,limit) — ", and" or ", but" and a finite verb with no subject of
// its own: "Clinton said she would visit later, and to date has only
// issued a tweet about the state, where thousands …" — or limit. Content
// opened by "that" keeps its own coordinated predicates.
func (s *scratch) secondPredicate(p, limit int) int {
	if !s.pos || s.isWord(p, "that") {
		// "admitted that he had abducted …, and had abducted two more":
		// after "that" the clause's own subject goes on.
		return limit
	}
	for k := p + 1; k+2 < limit; k++ {
		if s.kind(k) == text.Dash && (s.isWord(k+1, "and") || s.isWord(k+1, "but")) && s.qOf[k] < 0 {
			return k // "X insist the tide is turning — and the Senate is …"
		}
		if !s.punct(k, ',') || !(s.isWord(k+1, "and") || s.isWord(k+1, "but")) || s.qOf[k] >= 0 {
			continue
		}
		j := k + 2
		for j < limit && j < k+6 && (s.is(j, fAdv|fTime) || s.isWord(j, "to") && s.isWord(j+1, "date") || s.isWord(j, "date") || s.isWord(j, "so") && s.isWord(j+1, "far") || s.isWord(j, "far") || s.isWord(j, "since") || s.isWord(j, "then") || s.isWord(j, "also") || s.isWord(j, "only")) {
			j++
		}
		if j < limit {
			switch s.d.POS[j] {
			case "VBD", "VBZ", "VBP", "MD":
				return k
			}
		}
	}
	return limit
}

// boundary returns where the content after atts[ai]'s cue must stop: before a
// later cue block of the same sentence that a comma or conjunction sets off.
func (s *scratch) boundary(ai, hi int) int {
	a := &s.atts[ai]
	for bj := ai + 1; bj < len(s.atts); bj++ {
		b := &s.atts[bj]
		st, _ := b.block()
		if st <= a.cue.b {
			st = b.cue.a // "… and said": the shared subject lies before us
			if st <= a.cue.b {
				continue
			}
		}
		k := st - 1
		if s.punct(k, ',') || s.punct(k, ';') || s.kind(k) == text.Dash {
			return k
		}
		if s.isWord(k, "and") || s.isWord(k, "but") || s.isWord(k, "while") {
			if s.punct(k-1, ',') {
				return k - 1
			}
			return k
		}
		if b.according {
			return st
		}
	}
	// ", citing X" ends the content too, and so does a second verb phrase
	// of the speaker ("… and has appeared", "…, but did note") and a
	// relative clause that closes the sentence.
	lead := a.gerund && !s.hasComma(s.sents[a.sent].First, a.cue.a)
	for k := a.cue.b; k+1 < hi && k < a.cue.b+200; k++ {
		if s.punct(k, ',') && (s.isWord(k+1, "citing") || s.isWord(k+1, "quoting") || s.isWord(k+1, "according")) {
			if k == a.cue.b && s.citingAside(k, hi) > 0 {
				k = s.citingAside(k, hi) - 1 // "reported, quoting X, that …"
				continue
			}
			return k
		}
		if k == a.cue.b {
			continue
		}
		if lead && s.punct(k, ',') {
			return k // "After saying X, the man …": the gerund clause ends
		}
		if s.f[k]&fConj != 0 && (s.isWord(k, "and") || s.isWord(k, "but")) && s.qOf[k] < 0 {
			j := k + 1
			for j < hi && j < k+4 && s.is(j, fAdv|fNeg) {
				j++
			}
			if s.is(j, fHave|fDo|fModal) && !s.is(j, fCap) && !s.auxInClause(j, a.cue.b, k) || s.is(j, fCue) && s.is(j, fPast|fPres) && !s.is(j, fPartOnly) && !s.nounish(j) || s.is(j, fIng) && !s.is(j, fCap) && s.is(k-1, fNoSubj|fCap|fObjPron) {
				if s.punct(k-1, ',') {
					return k - 1
				}
				return k
			}
		}
		if s.punct(k, ',') && (s.isWord(k+1, "who") || s.isWord(k+1, "which")) && !s.hasComma(k+1, min(hi, k+200)) {
			return k
		}
	}
	return hi
}

// auxInClause reports whether the auxiliary at j repeats one of the content
// [a,b): "that he had taken …, and had sold …" coordinates inside the
// content, not with the speaker's verb.
func (s *scratch) auxInClause(j, a, b int) bool {
	w := s.word(j)
	for k := a; k < b; k++ {
		if s.is(k, fHave|fDo|fModal) && s.isWord(k, lowerASCII(w)) {
			return true
		}
	}
	return false
}

// hasComma reports whether tokens [a,b) contain a comma.
func (s *scratch) hasComma(a, b int) bool {
	for k := a; k < b; k++ {
		if s.punct(k, ',') {
			return true
		}
	}
	return false
}

// skipAfterCue steps over what sits between a cue and its content: the
// addressee of "told", time and place adverbials, a medium phrase.
func (s *scratch) skipAfterCue(a *att, p, hi int) int {
	cw := ""
	if a.cue.b > 0 {
		cw = s.word(a.cue.b - 1)
	}
	if tellVerbs[lowerASCII(cw)] && p < hi {
		if s.is(p, fObjPron) {
			p++
		} else if q := s.qOf[p]; q >= 0 && s.kind(p) == text.OpenQuote && s.quotes[q].a == p && s.quoteWords(s.quotes[q]) <= 5 && s.is(p+1, fCap) {
			// "told “Fox and Friends”": one tells a programme or a
			// paper, not a quotation.
			p = s.quotes[q].b
		} else if np := s.fwdNP(p, hi); np.ok() && !s.isWord(p, "that") {
			// "told the Daily Courier four victims were …": a count after
			// the addressee's noun opens the content.
			e := np.b
			for k := p + 1; k < np.b; k++ {
				if (s.kind(k) == text.Number || numberWord(s.word(k))) && s.nounish(k-1) {
					e = k
					break
				}
			}
			p = e
		}
	} else if q, after := s.quotedAs(lowerASCII(cw), p, hi); q.ok() {
		p = after // "quoted a source as saying …"
	}
	if e := s.citingAside(p, hi); e > 0 {
		p = e
	}
	for p < hi {
		switch {
		case s.onPlatform(p, hi) > 0:
			p = s.onPlatform(p, hi) // "said on Twitter"
		case s.is(p, fTime) && !s.isWord(p, "this") && s.kind(p+1) != text.Clitic || s.kind(p) == text.Number && s.is(p-1, fTime):
			p++
		case s.isWord(p, "at") && s.isWord(p+1, "the") && s.isWord(p+2, "time"):
			p += 3 // "reporting at the time 150 killed"
			if s.punct(p, ',') {
				p++
			}
		case (s.isWord(p, "on") || s.isWord(p, "in") || s.isWord(p, "at") || s.isWord(p, "during") || s.isWord(p, "late") || s.isWord(p, "early")) && (s.is(p+1, fTime) || s.is(p+1, fDet) && s.is(p+2, fTime)):
			p += 2
			if s.is(p, fTime) {
				p++
			}
		case s.isWord(p, "this") && s.is(p+1, fTime):
			p += 2
		case s.isWord(p, "after") || s.isWord(p, "following") || s.isWord(p, "in") || s.isWord(p, "during") || s.isWord(p, "at"):
			// "after a closed-door briefing from X", "in an interview with Y"
			k := p + 1
			for k < hi && k < p+6 && !s.is(k, fMedium) && (s.is(k, fDet) || s.nounish(k)) {
				k++
			}
			if !s.is(k, fMedium) || k >= hi {
				return p
			}
			k++
			if s.isWord(k, "from") || s.isWord(k, "by") || s.isWord(k, "with") || s.isWord(k, "to") {
				np := s.fwdNP(k+1, hi)
				if !np.ok() {
					return p
				}
				k = np.b
			}
			p = k
			if s.punct(p, ',') {
				p++
			}
		default:
			if s.is(p, fPrep) && !s.isWord(p, "that") && !s.isWord(p, "to") {
				// "said at a rally in Ohio that …": skip to the complement.
				for k := p + 1; k < hi && k < p+20; k++ {
					if s.isWord(k, "that") || s.punct(k, ':') {
						return k
					}
					if s.punct(k, ',') && s.kind(k+1) == text.OpenQuote {
						return k + 1
					}
					if s.punct(k, ',') || s.terminal(k) || s.is(k, fCue) || s.is(k, fVerbish) || s.kind(k) == text.OpenQuote {
						break
					}
				}
			}
			return p
		}
	}
	return p
}

// citingAside returns where the content resumes after ", citing X," or
// ", quoting X," at the comma p — "reported, quoting witnesses, that …" —
// or 0.
func (s *scratch) citingAside(p, hi int) int {
	if !s.punct(p, ',') || !(s.isWord(p+1, "citing") || s.isWord(p+1, "quoting")) {
		return 0
	}
	np := s.fwdNP(p+2, hi)
	if !np.ok() || !s.punct(np.b, ',') {
		return 0
	}
	return np.b + 1
}

// subject returns the sentence's first noun phrase, skipping an introductory
// phrase set off by a comma.
func (s *scratch) subject(lo, hi int) tr {
	p := s.skipDateline(lo, hi)
	for p < hi && (s.kind(p) == text.OpenQuote || s.is(p, fConj|fAdv)) {
		p++
	}
	if p > lo && s.punct(p, ',') {
		p++ // "However, he …"
	}
	if s.is(p, fPrep|fSub) || s.is(p, fIng) && s.is(p, fCap) || s.timeLead(p, hi) {
		for p < hi && !s.punct(p, ',') {
			p++
		}
		p++
		// The fronted phrase may run on over commas: "At an event in Ames,
		// Iowa, on Sunday, Clinton …", "Hours after …, Calif., a voice …".
		for n := 0; n < 3 && p < hi; n++ {
			e := p
			limit := p + 5
			if s.is(p, fPrep|fSub) {
				limit = p + 12 // "On Thursday, after remaining neutral throughout the primary, Warren …"
			}
			for e < hi && e < limit && !s.punct(e, ',') {
				e++
			}
			if e >= hi || e == p || !s.punct(e, ',') || !(s.allCap(p, e) || s.is(p, fPrep) || s.is(p, fTime)) {
				break
			}
			p = e + 1
		}
	} else if p+1 < hi && s.punct(p+1, ',') && s.kind(p) == text.Word {
		p += 2 // "First, he …", "Meanwhile, the ministry …"
	}
	np := s.fwdNP(p, hi)
	if s.pos && np.ok() {
		// The noun phrase ends at a finite verb: "the ministry issued figures".
		for k := np.a + 1; k < np.b; k++ {
			if tg := s.d.POS[k]; tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD" {
				np.b = k
				break
			}
		}
	}
	return np
}

// accordingContent: "According to X, CLAUSE." or "CLAUSE, according to X."
func (s *scratch) accordingContent(a *att, lo, hi, limit, prevEnd int) {
	bl := a.cue.a
	p := a.src.b
	if s.isWord(p, "citing") {
		// "according to a report citing the mayor's office"
		if np := s.fwdNP(p+1, hi); np.ok() {
			a.addCited(s.sourceOf(np, hi))
			p = s.sourceEnd(np, hi)
		}
	} else if s.punct(p, ',') && s.isWord(p+1, "who") && (s.isWord(p+2, "cited") || s.isWord(p+2, "cites") || s.isWord(p+2, "quoted")) {
		// "according to lawmaker Lee, who cited the intelligence
		// service, …"
		if np := s.fwdNP(p+3, hi); np.ok() {
			a.addCited(s.sourceOf(np, hi))
			p = s.sourceEnd(np, hi)
		}
	}
	if s.is(p, fTime) || s.isWord(p, "late") || s.isWord(p, "early") || s.isWord(p, "on") {
		p = s.skipAfterCue(a, p, hi) // "according to X late Sunday,"
	}
	for k := bl - 1; k > prevEnd; k-- {
		if s.punct(k, ';') {
			prevEnd = k + 1 // "X; according to Y, Z": the clause before is not Y's
			break
		}
	}
	lead := s.trimStart(prevEnd, bl)
	if lead >= bl || lead == bl-1 && s.is(lead, fConj|fAdv) || s.punct(p, ',') && s.introductory(lead, bl) {
		// "According to X, CLAUSE", "On Sunday, according to X, CLAUSE"
		if s.punct(p, ',') {
			p++
		}
		s.after(a, p, hi, limit)
		return
	}
	s.before(a, bl, prevEnd)
	if s.punct(p, ',') && p+1 < limit && !s.isWord(p+1, "and") && !s.isWord(p+1, "but") {
		// "CLAUSE, according to X, and CLAUSE": the next clause is not X's.
		s.after(a, p+1, hi, limit)
	}
}

// introductory reports whether tokens [a,b) — what precedes an "according
// to" — form one introductory phrase set off by a comma: "As a result of the
// unrest,", "On Sunday,", "Following the raid,".
func (s *scratch) introductory(a, b int) bool {
	e := b
	if s.punct(e-1, ',') {
		e--
	} else {
		return false
	}
	if e <= a || s.hasComma(a, e) {
		return false
	}
	if !(s.is(a, fPrep|fSub|fTime) || s.is(a, fIng) && s.is(a, fCap)) || s.isWord(a, "that") {
		return false
	}
	clause := s.is(a, fSub) && !s.is(a, fPrep) // "As the fighting spread,"
	for k := a; k < e; k++ {
		if s.kind(k) == text.OpenQuote || s.kind(k) == text.CloseQuote {
			return false
		}
		if !clause && k > a && s.verb(k) {
			return false // "At least 17 people died, according to …"
		}
	}
	return true
}

// verb reports whether token k looks like a finite or participle verb.
func (s *scratch) verb(k int) bool {
	if s.is(k, fCap) {
		return false
	}
	if s.is(k, fBe|fHave|fModal|fDo|fVerbish|fEd) {
		return true
	}
	if s.pos {
		p := s.d.POS[k]
		return p == "VBD" || p == "VBZ" || p == "VBP" || p == "VBN" || p == "MD"
	}
	return false
}

// skipDateline steps over a dateline at lo: "WASHINGTON (AP) —",
// "LONDON —", "Dec 29 (Reuters) -".
func (s *scratch) skipDateline(lo, hi int) int {
	for p := lo; p < hi && p < lo+8; p++ {
		if s.kind(p) == text.Dash {
			if p > lo {
				return p + 1
			}
			return lo
		}
		if !(s.allCaps(p) || s.kind(p) == text.Number || s.punct(p, '(') || s.punct(p, ')') || s.punct(p, ',') || s.is(p, fCap)) {
			return lo
		}
	}
	return lo
}

// allCaps reports whether token i is a word in capitals of two letters or more.
func (s *scratch) allCaps(i int) bool {
	if s.kind(i) != text.Word && s.kind(i) != text.Abbrev {
		return false
	}
	w := s.word(i)
	n := 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// timeLead reports whether the sentence opens at p with a time phrase set
// off by a comma: "Hours after the attack,", "Two days later,", "Last week,".
func (s *scratch) timeLead(p, hi int) bool {
	// "Hours after the attack in X, …", "Minutes later, …"
	if s.is(p, fTime) && !s.is(p+1, fCue) || s.isWord(p, "hours") || s.isWord(p, "minutes") || s.isWord(p, "moments") {
		for k := p + 1; k < hi && k < p+12; k++ {
			if s.punct(k, ',') {
				return true
			}
			if s.kind(k) == text.OpenQuote || s.kind(k) == text.CloseQuote || s.is(k, fCue) {
				return false
			}
		}
	}
	for k := p; k < hi && k < p+5; k++ {
		if s.punct(k, ',') {
			return k > p && s.is(k-1, fTime)
		}
		if s.kind(k) != text.Word && s.kind(k) != text.Number {
			return false
		}
	}
	return false
}

// allCap reports whether every word of [a,b) is capitalised: a place name
// set off by commas ("Ames, Iowa,").
func (s *scratch) allCap(a, b int) bool {
	for k := a; k < b; k++ {
		if !s.is(k, fCap) && !s.gluedDot(k) && s.kind(k) != text.Abbrev {
			return false
		}
	}
	return b > a
}

// adverbialClause reports whether an adverbial clause opens at p, right
// after a cue, so that the cue has no complement of its own: "…, officials
// said as dawn broke", "…, he said when asked". Not "as many as".
func (s *scratch) adverbialClause(p, hi int) bool {
	switch {
	case s.isWord(p, "as"):
		return !(s.isWord(p+1, "many") || s.isWord(p+1, "much") || s.isWord(p+1, "few") || s.isWord(p+1, "little") || s.isWord(p+1, "well"))
	case s.isWord(p, "when"), s.isWord(p, "while"), s.isWord(p, "because"), s.isWord(p, "although"), s.isWord(p, "though"), s.isWord(p, "once"), s.isWord(p, "whereas"):
		return true
	}
	return false
}
