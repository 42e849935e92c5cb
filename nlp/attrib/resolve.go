package attrib

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp/perceptron"
	"github.com/dossierhq/dossier/text"
)

// cited finds the sources a speaker cites in sentence [lo,hi): "citing X",
// "after a briefing from X", "according to X" when the sentence already has
// a speaker, and passive "told by X" inside another attribution's content.
func (s *scratch) cited(first, lo, hi int) {
	if first >= len(s.atts) {
		return
	}
	for k := lo; k < hi; k++ {
		switch {
		case s.f[k]&fCue != 0 && (s.f[k]&fGer != 0 && (s.isWord(k, "citing") || s.isWord(k, "quoting")) ||
			(s.isWord(k, "cited") || s.isWord(k, "cites") || s.isWord(k, "quoted")) && s.isWord(k-1, "who") && s.punct(k-2, ',')):
			if s.accordingCites(first, k) {
				continue // "according to a report citing X": done there
			}
			if np := s.fwdNP(k+1, hi); np.ok() {
				if src := s.sourceOf(np, hi); src != np || s.sourceLike(src) {
					if h := s.host(first, k); h >= 0 {
						s.atts[h].addCited(src)
					}
				}
			}
		case s.is(k, fMedium) && (s.isWord(k+1, "from") || s.isWord(k+1, "by")) && s.introduced(k, lo):
			np := s.fwdNP(k+2, hi)
			if !np.ok() {
				continue
			}
			if h := s.host(first, k); h >= 0 && !(s.atts[h].viaFrom && s.atts[h].src == np) {
				s.atts[h].addCited(np)
			}
		}
	}
	for ai := first; ai < len(s.atts); ai++ {
		a := &s.atts[ai]
		if !a.according && !(a.passive && a.src.ok()) {
			continue
		}
		for hj := ai - 1; hj >= first; hj-- {
			h := &s.atts[hj]
			if h.according || !h.src.ok() || !h.cue.ok() {
				continue
			}
			if a.according {
				// "X said …, according to Y": X speaks, citing Y, and
				// what Y is cited for is X's content too.
				h.addCited(a.src)
				h.absorb(a)
				a.cue = tr{-1, -1}
			} else if h.covers(a.cue.a) {
				h.addCited(a.src)
			}
			break
		}
		if a.according && a.cue.ok() {
			for hj := ai + 1; hj < len(s.atts); hj++ {
				h := &s.atts[hj]
				if !h.according && h.src.ok() && h.cue.ok() && !h.gerund {
					if a.authored {
						// "In a report released Monday, the agency said …":
						// the report is how the agency spoke, no relay.
						h.absorb(a)
						a.cue = tr{-1, -1}
						break
					}
					// "According to X, Y said …", "Y, according to X,
					// said …": X relays what Y said.
					h.relay = a.src
					h.absorb(a)
					a.cue = tr{-1, -1}
					break
				}
			}
		}
	}
}

// accordingCites reports whether "citing" at k follows the source of an
// "according to" attribution among atts[first:].
func (s *scratch) accordingCites(first, k int) bool {
	for ai := first; ai < len(s.atts); ai++ {
		if a := &s.atts[ai]; a.according && a.src.ok() && a.src.b == k {
			return true
		}
	}
	return false
}

// sourceOf looks through a medium to who issued it: "a closed-door
// briefing from the intelligence service", "a report by the UN" name the
// service and the UN. np is the noun phrase read after "citing".
func (s *scratch) sourceOf(np tr, hi int) tr {
	k := np.b
	if s.is(k, fMedium) && !s.is(k, fCap) {
		k++ // "a closed-door briefing": the medium stopped the noun phrase
	} else if !s.is(k-1, fMedium) {
		return np
	}
	if s.isWord(k, "from") || s.isWord(k, "by") {
		if src := s.fwdNP(k+1, hi); src.ok() {
			return src
		}
	}
	return np
}

// sourceLike reports whether the noun phrase np can name a source — a
// name, a speaker noun ("officials", "sources"), a document ("a report",
// "data") or a pronoun — and not a reason: "citing her reduced body size",
// "citing security concerns".
func (s *scratch) sourceLike(np tr) bool {
	hb := np.b
	for k := np.a + 1; k < np.b; k++ {
		if s.isPP(k) {
			hb = k
			break
		}
	}
	h := hb - 1
	if s.is(h, fCap|fSpeaker|fMedium|fSubjPron) || s.documentSubject(h, np.a) || s.allCaps(h) {
		return true
	}
	if id, _ := s.headEntity(np); id != "" {
		return true
	}
	_, ok := institutionHeads[lowerASCII(s.word(h))]
	return ok
}

// institutionHeads are lower-case heads of bodies that speak or brief:
// "citing the country's intelligence service", "citing the health ministry".
var institutionHeads = map[string]struct{}{
	"media": {}, "press": {}, "newspaper": {}, "outlet": {}, "outlets": {}, "agencies": {}, "channel": {}, "television": {}, "website": {},
	"service": {}, "services": {}, "agency": {}, "ministry": {}, "ministries": {}, "department": {}, "office": {}, "police": {},
	"army": {}, "military": {}, "government": {}, "authorities": {}, "intelligence": {}, "commission": {}, "committee": {},
	"council": {}, "command": {}, "headquarters": {}, "administration": {}, "agency's": {}, "embassy": {}, "court": {},
	"hospital": {}, "hospitals": {}, "officials": {}, "sources": {}, "source": {}, "data": {}, "figures": {}, "statistics": {},
}

// sourceEnd is where the cited phrase that np starts ends: past the issuer
// of a medium ("a briefing from X"), else np's end.
func (s *scratch) sourceEnd(np tr, hi int) int {
	if src := s.sourceOf(np, hi); src != np {
		return src.b
	}
	return np.b
}

// absorb adds the content parts of the according-to attribution a that lie
// next to h's own content (in the same clause), so that figures in them keep
// h as their speaker.
func (h *att) absorb(a *att) {
	for i := 0; i < a.nparts; i++ {
		p := a.parts[i]
		if p.a >= h.cue.b || h.nparts == 0 {
			h.addPart(p)
		}
	}
}

// covers reports whether token k lies in one of a's content parts.
func (a *att) covers(k int) bool {
	for i := 0; i < a.nparts; i++ {
		if a.parts[i].a <= k && k < a.parts[i].b {
			return true
		}
	}
	return false
}

// introduced reports whether the medium noun at k follows "after", "in",
// "following" or "during" within a few tokens: "after a closed-door briefing".
func (s *scratch) introduced(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-5; j-- {
		if s.isWord(j, "after") || s.isWord(j, "following") || s.isWord(j, "in") || s.isWord(j, "during") || s.isWord(j, "at") {
			return true
		}
		if !(s.is(j, fDet) || s.nounish(j)) {
			return false
		}
	}
	return false
}

// host is the attribution of the sentence that a cited source at k belongs
// to: the nearest one before k, else the first after it.
func (s *scratch) host(first, k int) int {
	best := -1
	for ai := first; ai < len(s.atts); ai++ {
		a := &s.atts[ai]
		if !a.cue.ok() || a.according {
			continue
		}
		if a.cue.a < k {
			best = ai
		} else if best < 0 {
			return ai
		}
	}
	return best
}

// linkSplitQuotes gives “…,” he said. “…” its further parts: the quotations
// that open right after the cue block's sentence, one after another, with no
// cue of their own — the speaker goes on.
func (s *scratch) linkSplitQuotes() {
	for ai := range s.atts {
		a := &s.atts[ai]
		if !a.cue.ok() || a.nparts == 0 || a.nparts >= 3 || !a.src.ok() && a.nparts >= 2 {
			continue
		}
		p := a.parts[a.nparts-1]
		if s.kind(p.a) != text.OpenQuote || s.kind(p.b-1) != text.CloseQuote && !s.terminal(p.b-1) {
			continue
		}
		_, bh := a.block()
		end := max(p.b, bh)
		if !(s.terminal(end) || s.punct(end, ',')) {
			// "“…,” Collins told MSNBC.": the speaker's sentence runs on
			// past the cue block, with no other quotation or speaker.
			se := s.sents[a.sent].Last
			if se <= end || se > len(s.d.Tokens) || !s.terminal(se-1) || s.quoteMarkIn(end, se-1) || s.speakerIn(bh, se) {
				continue
			}
			end = se - 1
		}
		nx := end + 1
		if s.punct(end, ',') && s.punct(p.b-2, ',') {
			// "“…,” Tester said, turning to the banker, “you give …”":
			// an aside after the cue block, and the quotation resumes.
			nx = s.afterAside(nx)
		}
		for n := 0; n < 3 && a.nparts < len(a.parts); n++ {
			if nx >= len(s.d.Tokens) || s.kind(nx) != text.OpenQuote || s.qOf[nx] < 0 || s.para[nx] > s.para[end]+1 {
				break
			}
			q := s.quotes[s.qOf[nx]]
			if q.a != nx || s.quoteClaimed(q) {
				break
			}
			// The quotation must make up its sentence: "“…” she said" has its own cue.
			if q.b < len(s.d.Tokens) && !s.terminal(q.b) && s.d.SentenceOf(q.b) == s.d.SentenceOf(q.b-1) {
				break
			}
			a.addPart(tr{q.a, q.b})
			end = q.b
			nx = q.b
			if s.terminal(nx) {
				nx++
			}
		}
	}
}

// afterAside returns where a quotation resumes after an aside that starts
// at k and ends in a comma — a few words, no quote mark, no speaker of its
// own, and a mark right after that opens the quotation in the same
// sentence — or k.
func (s *scratch) afterAside(k int) int {
	n := len(s.d.Tokens)
	for j := k; j < n && j < k+12; j++ {
		if s.kind(j) == text.OpenQuote || s.kind(j) == text.CloseQuote || s.terminal(j) || s.para[j] != s.para[k] {
			return k
		}
		if !s.punct(j, ',') {
			continue
		}
		if j == k || j+1 >= n || !s.opensQuote(j+1) || s.speakerIn(k, j) || s.d.SentenceOf(j+1) != s.d.SentenceOf(k) {
			return k
		}
		return j + 1
	}
	return k
}

// linkFollowingQuotes gives the last sourced attribution of a sentence the
// quotations that follow it in its paragraph, each making up its own
// sentences with no cue of its own: in "The envoy criticized the decision.
// “… We lost 30 soldiers.”" the quotation is the envoy's.
func (s *scratch) linkFollowingQuotes() {
	n := len(s.d.Tokens)
	for ai := range s.atts {
		a := &s.atts[ai]
		if !a.cue.ok() || !a.src.ok() || a.according || a.adverb || a.nparts == len(a.parts) || a.sent >= len(s.sents) || s.naming(a) {
			continue
		}
		last := true
		for bj := ai + 1; bj < len(s.atts) && s.atts[bj].sent == a.sent; bj++ {
			if s.atts[bj].cue.ok() && s.atts[bj].src.ok() && !s.naming(&s.atts[bj]) {
				last = false
				break
			}
		}
		end := s.sents[a.sent].Last
		if !last || end <= 0 || end >= n || !s.opensQuote(end) {
			continue
		}
		linked := false
		for i := 0; i < a.nparts; i++ {
			if a.parts[i].b > end {
				linked = true // a split quote already runs on
			}
		}
		if linked {
			continue
		}
		nx := end
		for k := 0; k < 3 && a.nparts < len(a.parts); k++ {
			if nx >= n || !s.opensQuote(nx) {
				break
			}
			q := s.quotes[s.qOf[nx]]
			// Into the next paragraph only when the quotation is all of
			// it: then it goes on with this speaker (the news convention).
			if s.para[nx] != s.para[end-1] && !s.quoteParagraph(q) {
				break
			}
			if q.a != nx || q.b < n && !s.terminal(q.b) && s.d.SentenceOf(q.b) == s.d.SentenceOf(q.b-1) && s.cueAfter(q.b) {
				break // "“…” she said": the quotation has a cue of its own
			}
			if s.quoteClaimed(q) {
				break
			}
			a.addPart(tr{q.a, q.b})
			nx = q.b
			if s.terminal(nx) {
				nx++
			}
		}
	}
}

// quoteParagraph reports whether quotation q makes up its paragraph: it
// opens the paragraph and nothing but its full stop follows it there.
func (s *scratch) quoteParagraph(q quote) bool {
	n := len(s.d.Tokens)
	if q.a > 0 && s.para[q.a-1] == s.para[q.a] {
		return false
	}
	e := q.b
	if e < n && s.terminal(e) {
		e++
	}
	return e >= n || s.para[e] != s.para[q.b-1]
}

// opensQuote reports whether a quotation opens at token k (its mark may be
// straight, curly, or two apostrophes as some papers print it).
func (s *scratch) opensQuote(k int) bool {
	return k >= 0 && k < len(s.qOf) && s.qOf[k] >= 0 && s.quotes[s.qOf[k]].a == k
}

// closesQuote reports whether a quotation ends at token k (marks of two
// apostrophes as well as curly ones).
func (s *scratch) closesQuote(k int) bool {
	return k >= 0 && k < len(s.qOf) && s.qOf[k] >= 0 && s.quotes[s.qOf[k]].b-1 == k
}

// naming reports whether a's cue only names something ("what he calls the
// “crooked” process"): such a speaker does not go on talking in the
// quotations after the sentence.
func (s *scratch) naming(a *att) bool {
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(a.cue.b-1))) {
	case "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "term", "terms", "termed",
		"label", "labels", "labeled", "labelled", "nickname", "nicknamed", "brand", "branded":
		return true
	}
	return false
}

// cueAfter reports whether an attribution's cue lies between token k and
// the end of its sentence: "“…” she said" has one, "“… to go after” bin
// Laden." — the speaker of the sentence before still talking — has not.
func (s *scratch) cueAfter(k int) bool {
	si, _ := slices.BinarySearchFunc(s.sents, k, func(st text.Sentence, k int) int { return cmp.Compare(st.Last-1, k) })
	if si >= len(s.sents) {
		return false
	}
	end := s.sents[si].Last
	for ai := range s.atts {
		if c := s.atts[ai].cue; c.ok() && c.a >= k && c.a < end {
			return true
		}
	}
	return false
}

func (s *scratch) quoteClaimed(q quote) bool {
	for ai := range s.atts {
		a := &s.atts[ai]
		if !a.cue.ok() {
			continue
		}
		if a.cue.a >= q.a && a.cue.a < q.b {
			return true
		}
		for i := 0; i < a.nparts; i++ {
			if a.parts[i].a < q.b && q.a < a.parts[i].b {
				return true
			}
		}
	}
	return false
}

// linkStatements gives "X said:" at the end of a paragraph the paragraphs
// that follow as its content — a statement quoted without quotation marks —
// up to the next paragraph with a speaker of its own ("we" and "I" are the
// statement's own voice).
func (s *scratch) linkStatements() {
	n := len(s.d.Tokens)
	// The last quote mark and the last cue with a speaker of its own, for
	// the statement-page test below (once per document, not per statement).
	lastQ, lastSpk := -1, -1
	for k := n - 1; k >= 0; k-- {
		if s.kind(k) == text.OpenQuote || s.kind(k) == text.CloseQuote {
			lastQ = k
			break
		}
	}
	for ai := range s.atts {
		if s.atts[ai].cue.ok() && s.ownSpeaker(&s.atts[ai]) {
			lastSpk = max(lastSpk, s.atts[ai].at)
		}
	}
	for ai := range s.atts {
		a := &s.atts[ai]
		if !a.cue.ok() || !a.src.ok() || a.nparts > 0 || a.srcAfter {
			continue
		}
		_, bh := a.block()
		c := bh
		for c < n && c < bh+8 && !s.punct(c, ':') && s.para[c] == s.para[bh-1] && !s.terminal(c) {
			c++
		}
		if !s.punct(c, ':') || c+1 >= n || s.para[c+1] == s.para[c] || s.kind(c+1) == text.OpenQuote {
			continue
		}
		// The first paragraph is the statement's; later ones while the
		// statement's voice goes on — first person in it or in the one after
		// it ("we", "our") — and no other speaker takes over.
		start, end := c+1, s.paraEnd(c+1)
		// A statement page — a lead paragraph that names the speaker, then
		// "X said:" — whose rest carries no quotation mark and no other
		// speaker: all of it is the statement.
		if lastQ < start && lastSpk < end && s.ledeNames(a.src) {
			end = n
		}
		for np := 1; np < 12 && end < n; np++ {
			pe := s.paraEnd(end)
			if s.speakerIn(end, pe) {
				break
			}
			if !s.firstPersonIn(end, pe) {
				pe2 := s.paraEnd(pe)
				if pe >= n || s.speakerIn(pe, pe2) || !s.firstPersonIn(pe, pe2) {
					break
				}
			}
			end = pe
		}
		if e := s.trimEnd(start, end); e > start {
			a.addPart(tr{start, e})
		}
	}
}

// paraEnd returns the end of the paragraph holding token k.
func (s *scratch) paraEnd(k int) int {
	n := len(s.d.Tokens)
	e := k
	for e < n && s.para[e] == s.para[k] {
		e++
	}
	return e
}

// speakerIn reports whether an attribution with a third-person source has
// its cue in tokens [a,b).
func (s *scratch) speakerIn(a, b int) bool {
	k := sort.Search(len(s.atts), func(i int) bool { return s.atts[i].at >= a })
	for ; k < len(s.atts) && s.atts[k].at < b; k++ {
		if s.atts[k].cue.ok() && s.ownSpeaker(&s.atts[k]) {
			return true
		}
	}
	return false
}

// firstPersonIn reports whether tokens [a,b) hold a first-person word
// outside quotations.
func (s *scratch) firstPersonIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.qOf[k] >= 0 || s.kind(k) != text.Word {
			continue
		}
		if t := s.d.Tokens[k]; t.End-t.Start <= 4 && (s.isWord(k, "we") || s.isWord(k, "i") || s.isWord(k, "our") || s.isWord(k, "us") || s.isWord(k, "my") || s.isWord(k, "me") || s.isWord(k, "ours")) {
			return true
		}
	}
	return false
}

// ownSpeaker reports whether a has a source that is not the first person.
func (s *scratch) ownSpeaker(a *att) bool {
	if !a.src.ok() {
		return false
	}
	return !(a.src.b-a.src.a == 1 && (s.isWord(a.src.a, "we") || s.isWord(a.src.a, "i")))
}

// linkBriefings: "…, as revealed in a closed-door briefing from X" tells us X
// briefed the speaker of the sentence before, who therefore cites X.
func (s *scratch) linkBriefings() {
	for ai := range s.atts {
		a := &s.atts[ai]
		if !a.viaFrom || !a.src.ok() {
			continue
		}
		for hj := ai - 1; hj >= 0; hj-- {
			h := &s.atts[hj]
			if h.sent < a.sent-1 {
				break
			}
			if !h.cue.ok() || !h.src.ok() || h.viaFrom || s.para[h.cue.a] != s.para[a.cue.a] {
				continue
			}
			h.addCited(a.src)
			break
		}
	}
}

// resolve links each source to an entity: the entity heading the source
// noun phrase, or for a pronoun the previous compatible speaker or entity.
func (s *scratch) resolve() {
	for ai := range s.atts {
		a := &s.atts[ai]
		if !a.cue.ok() || !a.src.ok() {
			continue
		}
		if a.src.b-a.src.a == 1 && (s.is(a.src.a, fSubjPron) || a.according && s.objPron(a.src.a)) {
			a.entity, a.etype, a.ante = s.pronoun(ai)
			continue
		}
		np := a.src
		if a.core.ok() {
			np = a.core
		}
		a.entity, a.etype = s.headEntity(np)
		if a.entity == "" {
			if id, typ, ante := s.described(np); id != "" {
				a.entity, a.etype, a.ante = id, typ, ante
			}
		}
	}
	for ai := range s.atts {
		a := &s.atts[ai]
		a.own, a.ownEnt = a.src, a.entity
	}
}

// headEntity returns the entity that ends where the head of the noun phrase
// np ends (before any of/in attachment), preferring a name to a demonym.
func (s *scratch) headEntity(np tr) (string, dossier.EntityType) {
	d := s.d
	hb := np.b
	for k := np.a + 1; k < np.b; k++ {
		if s.isPP(k) {
			hb = k
			break
		}
	}
	start, end := d.Tokens[np.a].Start, d.Tokens[hb-1].End
	id, typ := "", dossier.EntityType("")
	k, _ := slices.BinarySearchFunc(s.ents, start, func(e int32, off int) int { return d.Entities[e].Span.Start - off })
	for ; k < len(s.ents); k++ {
		e := &d.Entities[s.ents[k]]
		if e.Span.Start >= end {
			break
		}
		if e.Span.End == end && (id == "" || e.Type != dossier.NORP) {
			id, typ = e.ID, e.Type
		}
	}
	return id, typ
}

// described resolves a definite description ("the authority", "the
// agency") to the nearest earlier entity, within describedReach tokens, that
// names it: one whose words include the description's head noun ("The
// Water Authority of Lenz"), or for an institution's head ("the agency")
// the nearest organisation.
func (s *scratch) described(np tr) (string, dossier.EntityType, tr) {
	d := s.d
	if np.b-np.a < 2 || !s.isWord(np.a, "the") || s.is(np.b-1, fCap) || s.kind(np.b-1) != text.Word {
		return "", "", tr{}
	}
	head := lowerASCII(s.word(np.b - 1))
	_, inst := bodyHeads[head]
	lo := d.Tokens[max(0, np.a-describedReach)].Start
	end := d.Tokens[np.a].Start
	k, _ := slices.BinarySearchFunc(s.ents, end, func(e int32, off int) int { return d.Entities[e].Span.Start - off })
	for k--; k >= 0; k-- {
		e := &d.Entities[s.ents[k]]
		if e.Span.Start < lo {
			break
		}
		if e.Span.End > end || e.Type == dossier.NORP {
			continue
		}
		if containsWordFold(e.Span.Text(d.Text), head) || inst && e.Type == dossier.Org {
			return e.ID, e.Type, s.tokens(e.Span)
		}
	}
	return "", "", tr{}
}

// bodyHeads are heads of descriptions that stand for a named organisation.
var bodyHeads = map[string]struct{}{
	"agency": {}, "ministry": {}, "service": {}, "department": {}, "office": {}, "army": {}, "military": {},
	"government": {}, "commission": {}, "committee": {}, "council": {}, "command": {}, "administration": {},
	"embassy": {}, "company": {}, "firm": {}, "group": {}, "organization": {}, "organisation": {}, "authority": {},
	"bureau": {}, "party": {}, "campaign": {}, "network": {}, "newspaper": {}, "channel": {}, "union": {},
}

// describedReach bounds how far back a description looks for its entity.
const describedReach = 120

// containsWordFold reports whether the words of s include w, ignoring ASCII
// case.
func containsWordFold(s, w string) bool {
	for f := range strings.FieldsSeq(s) { // (strings.Fields allocated a slice per call)
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// indexEntities sorts entity indices by start so lookups are binary searches.
func (s *scratch) indexEntities() {
	d := s.d
	s.ents = s.ents[:0]
	for i := range d.Entities {
		sp := d.Entities[i].Span
		if sp.Start >= 0 && sp.End <= len(d.Text) && sp.Start < sp.End {
			s.ents = append(s.ents, int32(i))
		}
	}
	slices.SortStableFunc(s.ents, func(a, b int32) int { return d.Entities[a].Span.Start - d.Entities[b].Span.Start })
}

// plural guesses whether a non-pronoun source is a group.
func (s *scratch) plural(np tr, t dossier.EntityType) bool {
	if t != "" {
		return t == dossier.Org || t == dossier.NORP || t == dossier.GPE
	}
	if s.is(np.a, fSubjPron) {
		w := lowerASCII(s.word(np.a))
		return w == "they" || w == "we"
	}
	hb := np.b
	for k := np.a + 1; k < np.b; k++ {
		if s.isPP(k) {
			hb = k
			break
		}
	}
	w := s.word(hb - 1)
	if s.isWord(hb-1, "police") || s.isWord(hb-1, "authorities") || s.isWord(hb-1, "government") || s.isWord(hb-1, "ministry") || s.isWord(hb-1, "military") {
		return true
	}
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && s.is(hb-1, fCap) == false
}

// collective reports whether the head of np names a body that is spoken
// of as "it" or "they": police, the government, the ministry.
func (s *scratch) collective(np tr) bool {
	hb := np.b
	for k := np.a + 1; k < np.b; k++ {
		if s.isPP(k) {
			hb = k
			break
		}
	}
	h := hb - 1
	return s.isWord(h, "government") || s.isWord(h, "ministry") || s.isWord(h, "military") || s.isWord(h, "army") || s.isWord(h, "agency") || s.isWord(h, "department") || s.isWord(h, "office") || s.isWord(h, "council") || s.isWord(h, "committee") || s.isWord(h, "company") || s.isWord(h, "group")
}

// pluralSpeaker reports whether np ends in a plural speaker noun, in any
// case: "Officials", "Witnesses".
func (s *scratch) pluralSpeaker(np tr) bool {
	h := np.b - 1
	w := s.word(h)
	return s.is(h, fSpeaker) && len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S')
}

// pronoun resolves the pronoun source of atts[ai]: first the most recent
// speaker nearby that agrees in number (“…,” he added — the defector who spoke
// just before, not a name inside the quote), else the nearest preceding
// entity of a compatible type outside quotations.
// The third result is the earlier source the pronoun stands for, when it was
// resolved through a speaker rather than an entity.
func (s *scratch) pronoun(ai int) (string, dossier.EntityType, tr) {
	a := &s.atts[ai]
	w := lowerASCII(s.word(a.src.a))
	var want bool // plural wanted
	switch w {
	case "he", "she", "him", "her":
	case "they", "them":
		want = true
	case "it":
		// The most recent speaker nearby that is a body, not a person or
		// a group of people: "The army said … It also said …".
		for hj := ai - 1; hj >= 0; hj-- {
			h := &s.atts[hj]
			if h.sent < a.sent-3 {
				break
			}
			if !h.cue.ok() || !h.src.ok() || h.etype == dossier.Person || h.etype == dossier.NORP || s.is(h.src.a, fSubjPron) && h.src.b-h.src.a == 1 {
				continue
			}
			if h.etype == "" && (s.plural(h.src, "") || s.pluralSpeaker(h.src)) && !s.collective(h.src) {
				continue // "officials", "Residents"
			}
			ante := h.src
			if h.ante.ok() {
				ante = h.ante
			}
			return h.entity, h.etype, ante
		}
		e, t := s.nearestEntity(a.src.a, dossier.Org, dossier.Org)
		return e, t, tr{}
	default:
		return "", "", tr{} // I, we, you: the speaker is inside the quote's world
	}
	for hj := ai - 1; hj >= 0; hj-- {
		h := &s.atts[hj]
		if h.sent < a.sent-3 {
			break
		}
		if !h.cue.ok() || !h.src.ok() {
			continue
		}
		if s.plural(h.src, h.etype) == want {
			if h.src.b-h.src.a == 1 && s.is(h.src.a, fSubjPron) && lowerASCII(s.word(h.src.a)) != w {
				continue
			}
			ante := h.src // h.own is not set yet: resolve fills it afterwards
			if h.ante.ok() {
				ante = h.ante // "he added" after "he said" after "said the defector"
			}
			if ante.ok() && ante.b-ante.a == 1 && s.is(ante.a, fSubjPron) {
				ante = tr{}
			}
			return h.entity, h.etype, ante
		}
	}
	var e string
	var t dossier.EntityType
	if want {
		e, t = s.nearestEntity(a.src.a, dossier.Org, dossier.NORP)
	} else {
		e, t = s.nearestEntity(a.src.a, dossier.Person, dossier.Person)
	}
	return e, t, tr{}
}

// nearestEntity is the last entity of type t1 or t2 that starts before token
// k and lies outside any quotation.
func (s *scratch) nearestEntity(k int, t1, t2 dossier.EntityType) (string, dossier.EntityType) {
	d := s.d
	off := d.Tokens[k].Start
	j, _ := slices.BinarySearchFunc(s.ents, off, func(e int32, o int) int { return d.Entities[e].Span.Start - o })
	for n := 0; j > 0 && n < 200; n++ {
		j--
		e := &d.Entities[s.ents[j]]
		if e.Type != t1 && e.Type != t2 {
			continue
		}
		if t := d.TokenAt(e.Span.Start); t < len(s.qOf) && s.qOf[t] >= 0 {
			continue
		}
		return e.ID, e.Type
	}
	return "", ""
}

// objPron reports whether token i is a personal pronoun in object form:
// "according to him".
func (s *scratch) objPron(i int) bool {
	return s.isWord(i, "him") || s.isWord(i, "her") || s.isWord(i, "them")
}

// Hashes (scratch.wh) of the nouns of verifying.
var (
	hashConfirmation = perceptron.HashLower(perceptron.Seed, "confirmation")
	hashVerification = perceptron.HashLower(perceptron.Seed, "verification")
)

// caveatAfter reports whether a sentence after a's, in its paragraph,
// doubts it: the next one if it names no source of its own ("The figure
// could not be independently verified."), or one of the two after that if
// it names a report or the source ("The Interfax report could not be
// independently confirmed", "There was no independent confirmation of the
// reports") and no sentence between names a source.
func (s *scratch) caveatAfter(a *att) bool {
	for sj := a.sent + 1; sj <= a.sent+3 && sj < len(s.sents); sj++ {
		if s.para[s.sents[sj].First] != s.para[s.sents[a.sent].First] || s.hasSrc[sj] {
			break
		}
		if s.unconfirmed(sj) && (sj == a.sent+1 || s.namesReport(sj, a)) {
			return true
		}
	}
	// A caveat that names the source ("The Interfax report could not be
	// independently confirmed") reaches back further, past other
	// paragraphs and speakers: wire copy gives each sentence its own line.
	for sj := a.sent + 1; sj <= a.sent+caveatReach && sj < len(s.sents); sj++ {
		if s.unconfirmed(sj) && s.strictCaveat(sj) && s.namesSource(sj, a) {
			return true
		}
	}
	return false
}

// caveatReach is how many sentences after a figure a caveat naming its
// source may come.
const caveatReach = 8

// strictCaveat reports whether sentence si doubts a report in so many
// words: "could not be (independently) confirmed", "cannot be verified",
// "no independent confirmation" — not a refusal to confirm or a vote not
// yet held ("the Senate had not confirmed him").
func (s *scratch) strictCaveat(si int) bool {
	sent := s.sents[si]
	for k := sent.First; k < sent.Last && k < len(s.f); k++ {
		if s.f[k]&fVerify == 0 && !s.isWord(k, "confirmation") && !s.isWord(k, "verification") {
			continue
		}
		j := k - 1
		for j > sent.First && (s.isWord(j, "independently") || s.isWord(j, "immediately") || s.isWord(j, "yet")) {
			j--
		}
		if s.isWord(j, "independent") || s.isWord(j, "be") && (s.isWord(j-1, "not") || s.isWord(j-1, "cannot") || s.isWord(j-1, "n't")) {
			return true
		}
		// "has not been independently verified", "could not have been
		// confirmed".
		if s.isWord(j, "been") && (s.isWord(j-1, "not") || s.isWord(j-1, "n't") || s.isWord(j-1, "have") && (s.isWord(j-2, "not") || s.isWord(j-2, "n't"))) {
			return true
		}
	}
	return false
}

// namesSource reports whether sentence si names the report of a's source,
// or of a source it cites: a capitalised word of that source right before
// "report" or another report noun, or before its possessive ("The Interfax
// report", "Interfax's report"). A name elsewhere in the sentence ("a base
// near the Ukraine border") is not the report's.
func (s *scratch) namesSource(si int, a *att) bool {
	sent := s.sents[si]
	reportAfter := func(j int) bool {
		if j+1 < sent.Last && s.kind(j+1) == text.Clitic {
			j++ // "Interfax's report"
		}
		if j+1 >= sent.Last {
			return false
		}
		var lb [lowerMax]byte
		switch string(text.AppendLower(lb[:0], s.word(j+1))) {
		case "report", "reports", "claim", "claims", "account", "accounts", "figure", "figures", "toll":
			return true
		}
		return false
	}
	named := func(r tr) bool {
		for k := r.a; k < r.b; k++ {
			if !s.is(k, fCap) || s.kind(k) != text.Word || s.is(k, fDet|fSubjPron) {
				continue
			}
			w := s.word(k)
			for j := sent.First; j < sent.Last && j < len(s.f); j++ {
				if s.is(j, fCap) && s.word(j) == w && reportAfter(j) {
					return true
				}
			}
		}
		return false
	}
	if a.src.ok() && named(a.src) {
		return true
	}
	for i := 0; i < a.ncited; i++ {
		if named(a.cited[i]) {
			return true
		}
	}
	return false
}

// namesReport reports whether sentence si speaks of a report, a figure
// or a's source by its head word.
func (s *scratch) namesReport(si int, a *att) bool {
	sent := s.sents[si]
	head := ""
	if a.src.ok() {
		head = lowerASCII(s.word(a.src.b - 1))
	}
	for k := sent.First; k < sent.Last && k < len(s.f); k++ {
		w := lowerASCII(s.word(k))
		switch w {
		case "report", "reports", "figure", "figures", "toll", "claim", "claims", "account", "accounts":
			return true
		}
		if head != "" && w == head && s.is(k, fCap) {
			return true
		}
	}
	return false
}

// unconfirmed reports whether sentence si says something could not be
// verified: "could not be independently verified", "unconfirmed", "no
// independent confirmation".
func (s *scratch) unconfirmed(si int) bool {
	if si < 0 || si >= len(s.sents) {
		return false
	}
	if si < len(s.unconf) && s.unconf[si] != 0 {
		return s.unconf[si] == 2
	}
	u := s.unconfirmedScan(si)
	if si < len(s.unconf) {
		s.unconf[si] = 1 + b2u8(u)
	}
	return u
}

func b2u8(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// unconfirmedScan is unconfirmed without the memo.
func (s *scratch) unconfirmedScan(si int) bool {
	sent := s.sents[si]
	// Only the words hedgeCandidates listed can start a caveat.
	j, _ := slices.BinarySearch(s.vcand, int32(sent.First))
	for ; j < len(s.vcand) && int(s.vcand[j]) < sent.Last; j++ {
		k := int(s.vcand[j])
		f := s.f[k]
		if f&fUnverified != 0 {
			return true
		}
		if (s.wh[k] == hashConfirmation || s.wh[k] == hashVerification) && (s.isWord(k, "confirmation") || s.isWord(k, "verification")) {
			for m := k - 1; m >= sent.First && m >= k-3; m-- {
				if s.isWord(m, "no") || s.isWord(m, "without") || s.isWord(m, "lack") {
					return true
				}
			}
		}
		if f&fVerify != 0 {
			for m := k - 1; m >= sent.First && m >= k-4; m-- {
				if s.is(m, fNeg) || s.isWord(m, "unable") || s.isWord(m, "cannot") {
					return true
				}
			}
		}
	}
	return false
}

// emit converts the attributions and quotes to byte spans on the Doc. Spans
// are carved from shared backing slices: a handful of allocations per
// document, not per attribution.
func (s *scratch) emit() {
	d := s.d
	nspan, nment := 0, 0
	for ai := range s.atts {
		a := &s.atts[ai]
		if !a.cue.ok() {
			continue
		}
		if a.nparts == 0 && !a.src.ok() {
			a.cue = tr{-1, -1} // a bare verb with neither source nor content
			continue
		}
		nspan += a.nparts
		nment += a.ncited
	}
	s.hasSrc = growBool(s.hasSrc, len(s.sents)+1)
	s.unconf = growU8(s.unconf, len(s.sents)+1)
	for ai := range s.atts {
		if a := &s.atts[ai]; a.cue.ok() && a.src.ok() && a.sent < len(s.hasSrc) {
			s.hasSrc[a.sent] = true
		}
	}
	// Room for the contents and a hedge to every fourth: counting the
	// hedges first cost a second scan of every content. Should more come,
	// append moves on to a larger array, and the spans already handed out
	// keep the old one.
	spans := make([]dossier.Span, 0, nspan+nspan/4+4)
	s.hedgeCandidates()
	ments := make([]dossier.Mention, 0, nment)
	for ai := range s.atts {
		a := &s.atts[ai]
		if !a.cue.ok() {
			continue
		}
		// Parts in text order.
		for i := 1; i < a.nparts; i++ {
			for j := i; j > 0 && a.parts[j].a < a.parts[j-1].a; j-- {
				a.parts[j], a.parts[j-1] = a.parts[j-1], a.parts[j]
			}
		}
		var out dossier.Attribution
		if a.src.ok() {
			out.Source = dossier.Mention{Span: d.Span(a.src.a, a.src.b), Entity: a.entity}
			if a.ante.ok() && a.src == a.own {
				out.Source.Antecedent = d.Span(a.ante.a, a.ante.b)
			}
		}
		out.Cue = d.Span(s.auxStart(a.cue), a.cue.b)
		n0 := len(spans)
		for i := 0; i < a.nparts; i++ {
			spans = append(spans, d.Span(a.parts[i].a, a.parts[i].b))
		}
		out.Content = spans[n0:len(spans):len(spans)]
		h0 := len(spans)
		spans = s.appendHedges(spans, a)
		if len(spans) > h0 {
			out.Hedges = spans[h0:len(spans):len(spans)]
		}
		m0 := len(ments)
		for i := 0; i < a.ncited; i++ {
			c := a.cited[i]
			id := a.citedEnt[i]
			if id == "" {
				id, _ = s.headEntity(c)
			}
			ments = append(ments, dossier.Mention{Span: d.Span(c.a, c.b), Entity: id})
		}
		if len(ments) > m0 {
			out.Cited = ments[m0:len(ments):len(ments)]
		}
		out.Negated = a.negated
		out.Unconfirmed = s.unconfirmed(a.sent) || s.caveatAfter(a)
		d.Attributions = append(d.Attributions, out)
		// The attribution's quotes are its own speaker's.
		if a.own.ok() {
			for i := 0; i < a.nparts; i++ {
				p := a.parts[i]
				for k := p.a; k < p.b; k++ {
					// The innermost attribution holding the quote speaks it.
					if q := s.qOf[k]; q >= 0 && (s.quotes[q].speaker < 0 || p.b-p.a < s.quotes[q].slen) && s.quotes[q].a >= p.a && s.quotes[q].b <= p.b {
						s.quotes[q].speaker, s.quotes[q].slen = ai, p.b-p.a
					}
				}
			}
		}
	}
	nq := 0
	for _, q := range s.quotes {
		if q.speaker >= 0 {
			nq++
		}
	}
	speakers := make([]dossier.Mention, 0, nq)
	for _, q := range s.quotes {
		if q.speaker < 0 && s.quoteWords(q) < 4 {
			continue // a scare quote, not a quotation
		}
		out := dossier.Quote{Span: d.Span(q.a, q.b)}
		if q.speaker >= 0 {
			a := &s.atts[q.speaker]
			m := dossier.Mention{Span: d.Span(a.own.a, a.own.b), Entity: a.ownEnt}
			if a.ante.ok() {
				m.Antecedent = d.Span(a.ante.a, a.ante.b)
			}
			speakers = append(speakers, m)
			out.Speaker = &speakers[len(speakers)-1]
		}
		d.Quotes = append(d.Quotes, out)
	}
}

// hedgeOutsideQuote reports whether a hedge word at k qualifies the content:
// outside any quotation, or inside a short quoted phrase woven into it
// (of "presumably 40 people under the rubble"), not in a long quotation
// whose other sentences it does not qualify, and not a verb of thinking
// inside the quotation.
func (s *scratch) hedgeOutsideQuote(k int) bool {
	q := s.qOf[k]
	if q < 0 {
		return true
	}
	qq := s.quotes[q]
	if qq.b-qq.a > 16 || s.f[k]&fCue != 0 {
		return false // "“We thought it was training”": the quoted mind, no hedge
	}
	for j := qq.a; j < qq.b; j++ {
		if s.terminal(j) && j < qq.b-2 {
			return false
		}
	}
	return true
}

// evaluative reports whether hedge k opens the writer's judgement rather
// than doubting a fact: "Perhaps most damaging, …", "possibly the worst".
func (s *scratch) evaluative(k int) bool {
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(k))) {
	case "perhaps", "possibly", "probably", "arguably":
	default:
		return false
	}
	j := k + 1
	if s.isWord(j, "the") {
		j++
	}
	w := lowerASCII(s.word(j))
	return w == "most" || w == "more" || w == "least" || w == "less" || len(w) > 4 && strings.HasSuffix(w, "est") && !s.is(j, fCap) && w != "interest" && w != "request" && w != "protest" && w != "arrest"
}

// guessedFigure reports whether token k is a speaker's own guess at the
// figure right after it, inside a quotation or not: "I think over 30 dead
// bodies are on the ground", "we believe about 200 were taken".
func (s *scratch) guessedFigure(k int) bool {
	// Every content token is asked: the cheap tests first.
	if !s.is(k-1, fSubjPron) || !s.isWord(k-1, "i") && !s.isWord(k-1, "we") {
		return false
	}
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(k))) {
	case "think", "guess", "believe", "estimate", "reckon":
	default:
		return false
	}
	for j := k + 1; j < len(s.d.Tokens) && j <= k+4; j++ {
		if s.terminal(j) || s.punct(j, ',') {
			return false
		}
		if s.kind(j) == text.Number || numberWord(s.word(j)) {
			return true
		}
	}
	return false
}

// ownClause reports whether the hedge at k is the cue of a "reportedly"
// attribution whose clause lies strictly inside p: it hedges that clause,
// not the rest of p.
func (s *scratch) ownClause(k int, p tr) bool {
	if s.f[k]&fTrigger == 0 {
		return false
	}
	j := sort.Search(len(s.atts), func(i int) bool { return s.atts[i].at >= k })
	if j >= len(s.atts) || s.atts[j].at != k || !s.atts[j].adverb || s.atts[j].nparts == 0 {
		return false
	}
	c := s.atts[j].parts[0]
	return c.a >= p.a && c.b <= p.b && c.b-c.a < p.b-p.a
}

// sourceHedge reports whether token k of a source qualifies what the
// source says: "preliminary figures", "unconfirmed reports", not a verb or
// modal.
func (s *scratch) sourceHedge(k int) bool {
	return k >= 0 && k < len(s.f) && s.f[k]&fHedge != 0 && s.f[k]&(fCue|fModal|fBe|fPast|fPres|fBase|fGer) == 0 && s.f[k]&fLy == 0
}

// appendHedges appends the hedge words of the cue and of the content outside
// direct quotations, in text order.
func (s *scratch) appendHedges(dst []dossier.Span, a *att) []dossier.Span {
	for k := a.own.a; k < a.own.b; k++ {
		if s.sourceHedge(k) {
			dst = append(dst, s.d.Span(k, k+1))
		}
	}
	for k := a.relayHedge.a; k < a.relayHedge.b; k++ {
		if s.sourceHedge(k) {
			dst = append(dst, s.d.Span(k, k+1))
		}
	}
	n := len(dst)
	for k := a.cue.a; k < a.cue.b; k++ {
		if s.is(k, fHedge) {
			dst = append(dst, s.d.Span(k, k+1))
		}
	}
	if a.adverb && !a.src.ok() && len(dst) == n && a.cue.ok() {
		// "by early reports", "by some accounts": the phrase is the hedge.
		dst = append(dst, s.d.Span(a.cue.a, a.cue.b))
	}
	for i := 0; i < a.nparts; i++ {
		p := a.parts[i]
		// Only the tokens hedgeCandidates listed can pass.
		j, _ := slices.BinarySearch(s.hcand, int32(p.a))
		for ; j < len(s.hcand) && int(s.hcand[j]) < p.b; j++ {
			k := int(s.hcand[j])
			if (s.f[k]&fHedge != 0 && s.hedgeOutsideQuote(k) && !s.evaluative(k) || s.guessedFigure(k)) && (k < a.cue.a || k >= a.cue.b) && !s.ownClause(k, p) {
				dst = append(dst, s.d.Span(k, k+1))
			}
		}
	}
	return dst
}

// hedgeCandidates lists in s.hcand the tokens that may hedge a content:
// hedge words, and the words after "I" or "we" (guessedFigure); and in
// s.vcand those that may open a caveat (unconfirmedScan). A content
// is read for hedges once per attribution, and contents overlap.
func (s *scratch) hedgeCandidates() {
	s.hcand, s.vcand = s.hcand[:0], s.vcand[:0]
	for k, f := range s.f {
		if f&fHedge != 0 {
			s.hcand = append(s.hcand, int32(k))
		}
		if f&(fVerify|fUnverified) != 0 || s.wh[k] == hashConfirmation || s.wh[k] == hashVerification {
			s.vcand = append(s.vcand, int32(k))
		}
		// (k+1 is listed by the line above when it is a hedge word too.)
		if f&fSubjPron != 0 && k+1 < len(s.f) && s.f[k+1]&fHedge == 0 && (s.isWord(k, "i") || s.isWord(k, "we")) {
			s.hcand = append(s.hcand, int32(k+1))
		}
	}
}

// quoteMarkIn reports whether tokens [a,b) hold a quote mark.
func (s *scratch) quoteMarkIn(a, b int) bool {
	// Every quote mark is among the candidates classify listed.
	j, _ := slices.BinarySearch(s.qcand, int32(a))
	for ; j < len(s.qcand) && int(s.qcand[j]) < b; j++ {
		if k := int(s.qcand[j]); s.kind(k) == text.OpenQuote || s.kind(k) == text.CloseQuote {
			return true
		}
	}
	return false
}

// linkColonQuotes gives a quotation that a colon introduces — in its
// sentence or as the next paragraph — and that no attribution holds yet to
// the sentence before the colon: to its attribution whose content runs up
// to the colon ("As Breitbart News reported, the White House refused …:"),
// else to its subject when that names a speaker ("He then listed the
// qualities he wants in a nominee:"), with the colon as the cue.
func (s *scratch) linkColonQuotes() {
	added := false
	for qi := range s.quotes {
		q := s.quotes[qi]
		c := q.a - 1
		if c < 0 || !s.punct(c, ':') || s.quoteWords(q) < 4 || s.quoteClaimed(q) {
			continue
		}
		// The sentence (of s.sents, which may join the tokenizer's) holding c.
		si := sort.Search(len(s.sents), func(i int) bool { return s.sents[i].Last > c })
		if si >= len(s.sents) {
			continue
		}
		lo := s.sents[si].First
		if lo < 0 || lo >= c {
			continue
		}
		linked := false
		for ai := range s.atts {
			a := &s.atts[ai]
			if a.sent != si || !a.cue.ok() || !a.src.ok() || a.nparts == 0 || a.nparts == len(a.parts) {
				continue
			}
			if p := a.parts[a.nparts-1]; p.b >= c-1 && p.b <= c+1 {
				a.addPart(tr{q.a, q.b})
				linked = true
				break
			}
		}
		if linked || s.speakerIn(lo, c) {
			continue
		}
		src := s.subject(lo, c)
		// A round-up line, "HEADLINE - Philip Bump: “…”": the name after
		// the dash.
		for k := c - 1; k > lo && k > c-8; k-- {
			if s.kind(k) == text.Dash {
				if np := s.fwdNP(k+1, c); np.ok() && np.b == c {
					src = np
				}
				break
			}
		}
		if !src.ok() || src.b > c {
			continue
		}
		h := src.b - 1
		if !(s.is(h, fSubjPron) && !s.isWord(h, "it") || s.is(h, fCap|fSpeaker)) || s.qOf[h] >= 0 {
			continue
		}
		a := att{cue: tr{c, c + 1}, src: src, fixed: true, sent: si, at: c}
		a.addPart(tr{q.a, q.b})
		s.atts = append(s.atts, a)
		added = true
	}
	if added {
		sort.SliceStable(s.atts, func(i, j int) bool { return s.atts[i].at < s.atts[j].at })
	}
}

// ledeNames reports whether the document's first paragraph, other than the
// one holding src, names src's head word: "Foreign Secretary Boris Johnson
// welcomes the report …" before "The Foreign Secretary said:".
func (s *scratch) ledeNames(src tr) bool {
	if !src.ok() || s.para[src.a] == s.para[0] {
		return false
	}
	h := lowerASCII(s.word(src.b - 1))
	for k := 0; k < len(s.d.Tokens) && k < 200 && s.para[k] == s.para[0]; k++ {
		if lowerASCII(s.word(k)) == h {
			return true
		}
	}
	return false
}
