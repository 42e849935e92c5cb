package attrib

import (
	"slices"
	"sort"

	"github.com/dossierhq/dossier/text"
)

// maxInner bounds the attributions looked at inside one content part.
const maxInner = 32

// nest handles attributions inside the content of another: in "Znak.com
// reported its source said three were killed" Znak.com says it, citing its
// source. The inner attribution takes the outermost source as its own and
// cites the sources in between, its own source last, so that a figure in
// the inner content carries the whole chain; the outer attribution cites
// the inner source too. A sourceless inner attribution ("… said 300 are
// believed dead") simply takes the outer source. Quotations keep the
// speaker as written.
func (s *scratch) nest() {
	n := len(s.atts)
	if n < 2 {
		return
	}
	// A relayed attribution speaks through its relay and cites its own
	// source.
	for ai := range s.atts {
		a := &s.atts[ai]
		if !a.cue.ok() || !a.relay.ok() || !a.src.ok() {
			continue
		}
		cited, citedEnt, ncited := a.cited, a.citedEnt, a.ncited
		a.ncited = 0
		a.addCitedEnt(a.own, a.ownEnt)
		for i := 0; i < ncited; i++ {
			a.addCitedEnt(cited[i], citedEnt[i])
		}
		a.src, a.core = a.relay, tr{-1, -1}
		a.entity, a.etype = s.headEntity(a.relay)
	}
	s.outer = grow32(s.outer, n) // innermost container, or -1
	s.osize = grow32(s.osize, n)
	outer, size := s.outer, s.osize
	for i := range outer {
		outer[i] = -1
	}
	for ai := range s.atts {
		a := &s.atts[ai]
		if !a.cue.ok() || !a.src.ok() || a.fixed && a.cue.b-a.cue.a == 1 && s.punct(a.cue.a, ':') {
			continue // a headline's colon governs no embedded speech
		}
		for pi := 0; pi < a.nparts; pi++ {
			p := a.parts[pi]
			if s.kind(p.a) == text.OpenQuote && s.qOf[p.a] >= 0 && s.quotes[s.qOf[p.a]].a == p.a && s.quotes[s.qOf[p.a]].b == p.b {
				continue // a direct quotation: its cues are the quoted speaker's words
			}
			k := sort.Search(n, func(i int) bool { return s.atts[i].at >= p.a })
			for m := 0; k < n && s.atts[k].at < p.b && m < maxInner; k, m = k+1, m+1 {
				b := &s.atts[k]
				if k == ai || !b.cue.ok() || b.according || b.cue.a < p.a || b.cue.b > p.b {
					continue
				}
				if b.src.ok() && (b.src.a < p.a || b.src.b > p.b) || !s.embedded(b, a) {
					continue
				}
				if outer[k] < 0 || int32(p.b-p.a) < size[k] {
					outer[k], size[k] = int32(ai), int32(p.b-p.a)
				}
			}
		}
	}
	for bi := range s.atts {
		if outer[bi] < 0 {
			continue
		}
		// The chain from the outermost source inwards.
		var chain [4]int
		nc := 0
		for j, hops := bi, 0; j >= 0 && hops < 8; j, hops = int(outer[j]), hops+1 {
			if nc < len(chain) {
				chain[nc] = j
				nc++
			} else {
				chain[nc-1] = j
			}
		}
		top := &s.atts[chain[nc-1]]
		b := &s.atts[bi]
		cited, citedEnt, ncited := b.cited, b.citedEnt, b.ncited
		b.ncited = 0
		spk, spkEnt := top.own, top.ownEnt
		if top.relay.ok() {
			spk, spkEnt = top.src, top.entity
		}
		b.src, b.entity, b.etype, b.core = spk, spkEnt, top.etype, tr{-1, -1}
		from := nc - 2
		if top.relay.ok() {
			from = nc - 1 // the relayed speaker is cited first
		}
		for c := from; c >= 0; c-- {
			h := &s.atts[chain[c]]
			if h.own.ok() && !s.firstPerson(h.own) && !s.sameSource(h.own, h.ownEnt, spk, spkEnt) {
				b.addCitedEnt(h.own, h.ownEnt)
				if c == 0 {
					s.atts[outer[bi]].addCitedEnt(h.own, h.ownEnt)
				}
			}
		}
		for i := 0; i < ncited; i++ {
			b.addCitedEnt(cited[i], citedEnt[i])
		}
	}
}

// embedded reports whether b, whose cue lies in a's content, is speech
// that a reports rather than a clause of a's own sentence: not a relative
// or adverbial clause ("in what analysts described as", "though she noted"),
// not a coordinated gerund, not a pronoun speaker (mostly a itself again),
// and not the sentence's main attribution whose content holds a's cue.
func (s *scratch) embedded(b, a *att) bool {
	if b.gerund || b.according || b.adverb {
		return false // "…, by some accounts, …" names nobody, not a's source
	}
	if b.src.ok() && b.src.b-b.src.a == 1 && s.is(b.src.a, fSubjPron) && !s.firstPerson(b.src) {
		return false
	}
	if b.covers(a.cue.a) {
		return false
	}
	bl, bh := b.block()
	if b.nparts > 0 && b.parts[0].b <= bl && (s.terminal(bh) || bh >= len(s.d.Tokens)) {
		return false // "…,” Mr. Kamin said.": the sentence's own attribution
	}
	k := bl - 1
	for k >= 0 && s.is(k, fAdv) {
		k--
	}
	if s.punct(k, '(') || s.is(k, fSub) && !s.isWord(k, "that") && !s.isWord(k, "whether") || s.isWord(k, "despite") || s.isWord(k, "amid") {
		return false // "…, despite the website claiming …": not a's words
	}
	return true
}

// citeReports reads "reports of …" and "reports that …" inside another
// attribution's content as speech of its own: in "I am appalled by reports
// of the murder of hundreds" the speaker cites reports for the figure. The
// new attribution has the reports as cited source and no source of its own;
// nest then gives it the speaker. Outside any content, "reports of" names
// nobody and is left alone.
func (s *scratch) citeReports() {
	n := len(s.atts)
	for ai := 0; ai < n; ai++ {
		a := &s.atts[ai]
		if !a.cue.ok() || !a.src.ok() {
			continue
		}
		for pi := 0; pi < a.nparts; pi++ {
			p := a.parts[pi]
			for k := p.a + 1; k+1 < p.b; k++ {
				if s.f[k]&fPres == 0 || s.f[k]&fCap != 0 || !s.isWord(k, "reports") || !(s.isWord(k+1, "of") || s.isWord(k+1, "that")) {
					continue
				}
				if !(s.is(k-1, fPrep) && !s.isWord(k-1, "that") || s.unnamedReports(k, p.a)) || s.qOf[k] >= 0 && s.quoteInner(k) {
					continue
				}
				e := k + 1
				for e < p.b && !s.terminal(e) && !s.punct(e, ';') {
					e++
				}
				if j := sort.Search(n, func(i int) bool { return s.atts[i].at >= k }); j < n && s.atts[j].at == k && s.atts[j].adverb {
					s.atts[j].cue = tr{-1, -1} // the speaker's reports now, not nobody's
				}
				b := att{cue: tr{k, k + 1}, src: tr{-1, -1}, own: tr{-1, -1}, at: k, sent: s.d.SentenceOf(k), fixed: true}
				b.addPart(tr{k + 1, s.trimEnd(k+1, e)})
				b.addCited(tr{k, k + 1})
				s.atts = append(s.atts, b)
				a = &s.atts[ai]
			}
		}
	}
	if len(s.atts) > n {
		slices.SortStableFunc(s.atts, func(x, y att) int { return x.at - y.at })
	}
}

func (a *att) addCitedEnt(r tr, ent string) {
	n := a.ncited
	a.addCited(r)
	if a.ncited > n {
		a.citedEnt[n] = ent
	}
}

// firstPerson reports whether r is "I" or "we": the voice of the outer
// speaker's own statement.
func (s *scratch) firstPerson(r tr) bool {
	return r.b-r.a == 1 && (s.isWord(r.a, "i") || s.isWord(r.a, "we"))
}

// sameSource reports whether two source mentions name the same speaker: the
// same entity, or the same words ("he … he").
func (s *scratch) sameSource(a tr, ae string, b tr, be string) bool {
	if ae != "" && ae == be {
		return true
	}
	if a.b-a.a != b.b-b.a {
		return false
	}
	for k := 0; k < a.b-a.a; k++ {
		if lowerASCII(s.word(a.a+k)) != lowerASCII(s.word(b.a+k)) {
			return false
		}
	}
	return true
}
