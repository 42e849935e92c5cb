// Package attrib finds direct quotations and attributions — who says what
// through which cue, citing whom, how hedged — in a tokenized document.
//
// Rules find the attributions first; then, when the document has POS tags
// and chunks, a learned cue tagger and role labeller trained on PolNeAR
// (learn.go, train.go) add the attributions the rules missed, marked
// Learned. The rules: a lower-cased lexicon classifies each token once, quotes
// are paired by a small state machine that lets a quotation run over
// paragraphs, and each speech or cognition cue is grown into a source noun
// phrase (before or after the cue) and content (the clause after the cue, or
// the quote or clause before it). Entities, when the NER stage supplied them,
// name sources and resolve pronouns; without them capitalisation carries the
// noun phrases. POS tags and base-phrase chunks (Doc.POS, Doc.Chunks), when
// the tag stage supplied them, are used but not required: the chunker's noun
// phrase extends a source over words the hand rules stop at ("Many
// lawmakers", "the state attorney general", "Theresa May"), a verb or adverb
// phrase ends one grown leftwards, and a cue word the chunker reads as the
// head of a noun phrase ("an open question") is no cue. Without chunks the
// hand rules alone delimit sources.
//
// An attribution inside another's content ("X reported its source said …",
// "…, with officials reporting …") or relayed by an according-to phrase
// ("According to X, Y said …") carries the chain: its Source is the
// outermost speaker and its Cited list the sources in between, the inner
// one last — so the innermost attribution holding a figure names who says
// it in this article and whom they cite. Quotations keep the speaker as
// written.
package attrib

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/perceptron"
	"github.com/dossierhq/dossier/text"
)

// Stage is the attribution stage. It is safe for concurrent use: per-document
// buffers come from a pool.
type Stage struct {
	pool  sync.Pool
	model *Model
}

// New returns the attribution stage with the learned model embedded in
// package model, or the rules alone if it cannot be loaded.
func New() *Stage {
	m, _ := DefaultModel()
	return NewWithModel(m)
}

// NewWithModel returns the attribution stage with model m (nil: the
// rules alone).
func NewWithModel(m *Model) *Stage {
	s := &Stage{model: m}
	s.pool.New = func() any { return new(scratch) }
	return s
}

// Rules returns the attribution stage without the learned model.
func Rules() *Stage { return NewWithModel(nil) }

// Name implements nlp.Stage.
func (*Stage) Name() string { return "attrib" }

// Requires implements nlp.Stage.
func (*Stage) Requires() nlp.Layer { return nlp.Tokens | nlp.Sentences | nlp.Entities }

// Provides implements nlp.Stage.
func (*Stage) Provides() nlp.Layer { return nlp.Quotes | nlp.Attributions }

// Process fills d.Quotes and d.Attributions.
func (s *Stage) Process(d *nlp.Doc) error {
	d.Quotes = d.Quotes[:0]
	d.Attributions = d.Attributions[:0]
	if len(d.Tokens) == 0 {
		return nil
	}
	sc := s.pool.Get().(*scratch)
	sc.run(d)
	if s.model != nil && sc.chk {
		sc.learn(s.model)
		learnedSpeakers(d)
	}
	sc.d = nil
	s.pool.Put(sc)
	return nil
}

// tr is a token range [a,b).
type tr struct{ a, b int }

func (r tr) ok() bool { return r.b > r.a }

// quote is a direct quotation: tokens [a,b) including its marks. When it
// runs over paragraphs, the re-opening marks lie inside it.
type quote struct {
	a, b    int
	speaker int // index into atts, or -1
	slen    int // the length of the content part that gave the speaker
}

// att is an attribution under construction, in token ranges.
type att struct {
	cue tr
	src tr
	// relayHedge is a relayed source with a hedge word ("Preliminary
	// figures show …, officials said"), whose hedge the attribution keeps.
	relayHedge tr
	srcAfter   bool
	passive    bool
	parts      [6]tr
	nparts     int
	cited      [3]tr
	ncited     int
	negated    bool
	unconf     bool
	sent       int
	entity     string
	etype      dossier.EntityType
	viaFrom    bool // source came from "a briefing from X": it briefed someone
	core       tr   // the head noun phrase of a source with an apposition
	gerund     bool
	fixed      bool // content already set
	according  bool
	at         int    // token where the cue was found; atts are sorted by it
	own        tr     // the source as written, before nesting replaced it
	ownEnt     string // its entity
	citedEnt   [3]string
	relay      tr   // "According to X, Y said": X relays Y's words
	ante       tr   // for a pronoun source, the earlier source it stands for
	adverb     bool // "reportedly", "by some accounts": a cue with nobody named
	doubt      bool // "could not be confirmed": nobody vouches for the content
	authored   bool // "In a report released Monday, X said": the document X issued
}

func (a *att) addPart(r tr) {
	if !r.ok() || a.nparts == len(a.parts) {
		return
	}
	for i := 0; i < a.nparts; i++ {
		if a.parts[i].a < r.b && r.a < a.parts[i].b {
			return
		}
	}
	a.parts[a.nparts] = r
	a.nparts++
}

func (a *att) addCited(r tr) {
	if !r.ok() || a.ncited == len(a.cited) {
		return
	}
	for i := 0; i < a.ncited; i++ {
		if a.cited[i] == r {
			return
		}
	}
	a.cited[a.ncited] = r
	a.ncited++
}

type scratch struct {
	d      *nlp.Doc
	f      []uint64
	qOf    []int32
	quotes []quote
	atts   []att
	para   []int32  // paragraph number per token
	wh     []uint64 // lower-cased hash of an ASCII word token (perceptron.HashLower), else 0
	// touched keeps classify's touch of the lexicon from being optimised away.
	touched uint64
	qcand   []int32 // tokens that may be quote marks, and paragraph starts (classify)
	hcand   []int32 // tokens that may hedge a content (hedgeCandidates)
	vcand   []int32 // tokens that may open a verification caveat (hedgeCandidates)
	ents    []int32 // entity indices sorted by start
	hasSrc  []bool  // per sentence: an attribution with a source
	unconf  []uint8 // per sentence: unconfirmed's answer + 1, 0 before it is asked
	outer   []int32 // per attribution: the one whose content holds it (nest)
	osize   []int32
	pos     bool            // d.POS is usable
	chk     bool            // d.Chunks is usable (and d.POS)
	sents   []text.Sentence // d.Sentences, a line wrapped mid-sentence joined
	l       learned
}

func (s *scratch) run(d *nlp.Doc) {
	s.d = d
	n := len(d.Tokens)
	s.pos = len(d.POS) == n
	s.chk = s.pos && len(d.Chunks) == n
	s.f = grow(s.f, n)
	s.qOf = grow32(s.qOf, n)
	s.para = grow32(s.para, n)
	s.wh = grow(s.wh, n)
	s.quotes = s.quotes[:0]
	s.atts = s.atts[:0]
	s.indexEntities()
	s.classify()
	s.joinSentences()
	s.findQuotes()
	for si := range s.sents {
		s.sentence(si)
	}
	s.linkSplitQuotes()
	s.linkFollowingQuotes()
	s.linkStatements()
	s.linkColonQuotes()
	s.linkBriefings()
	s.resolve()
	s.citeReports()
	s.nest()
	s.emit()
}

// joinSentences copies d.Sentences into s.sents, joining a sentence to the
// one before when only a soft line break (see softBreak) parts them, or
// when the break falls inside a short parenthesis ("Rep. Jim Clyburn
// (D-S.C.) said").
func (s *scratch) joinSentences() {
	s.sents = s.sents[:0]
	for _, st := range s.d.Sentences {
		if k := len(s.sents) - 1; k >= 0 && st.First > 0 && st.First == s.sents[k].Last && st.First < len(s.para) && s.para[st.First] == s.para[st.First-1] &&
			(newlineBetween(s.d.Text, s.d.Tokens[st.First-1].End, s.d.Tokens[st.First].Start) || s.inParen(st.First)) {
			s.sents[k].End, s.sents[k].Last = st.End, st.Last
			continue
		}
		s.sents = append(s.sents, st)
	}
}

func grow(b []uint64, n int) []uint64 {
	if cap(b) < n {
		return make([]uint64, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func growBool(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func grow32(b []int32, n int) []int32 {
	if cap(b) < n {
		return make([]int32, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// classify looks every token up once.
func (s *scratch) classify() {
	d := s.d
	var buf [24]byte
	para := int32(0)
	// The tagger's atoms, when it ran, hold every token's lower-case hash
	// (perceptron.HashLower of the normalised word, as lexHash and the
	// learned pass hash it) and whether it has capitals or non-ASCII
	// bytes: most words need not be read byte by byte again.
	atoms := d.Atoms
	if len(atoms) != len(d.Tokens) {
		atoms = nil
	}
	// Bring the lexicon table into the caches first, one read per cache
	// line in order: the stages before evict it between documents, and
	// read in order its lines stream in, where the pass below would miss
	// on them one by one.
	s.qcand = s.qcand[:0]
	s.touched = lexTable.touch() + verbTable.touch()
	for i, t := range d.Tokens {
		if i > 0 && newlineBetween(d.Text, d.Tokens[i-1].End, t.Start) && !softBreak(d, i) {
			para++
		}
		s.para[i] = para
		// Quote marks and paragraph starts: all findQuotes looks at.
		if t.Kind != text.Word && t.Kind != text.Number && t.Kind != text.Abbrev && t.Start >= 0 && t.Start < len(d.Text) && maybeQuoteMark(d.Text[t.Start]) || i > 0 && para != s.para[i-1] {
			s.qcand = append(s.qcand, int32(i))
		}
		s.wh[i] = 0
		if atoms != nil {
			s.wh[i] = atoms[i].Lower
		}
		if t.Start < 0 || t.End > len(d.Text) || t.Start >= t.End {
			continue
		}
		w := d.Text[t.Start:t.End]
		var f uint64
		switch t.Kind {
		case text.Word, text.Clitic, text.Abbrev:
			if t.Kind == text.Clitic && i > 0 {
				if f := auxClitic(d, i, w, s.f[i-1]); f != 0 {
					s.f[i] = f
					continue
				}
			}
			if atoms != nil && len(w) <= len(buf) && atoms[i].Flags&(perceptron.NonASCII|perceptron.Upper) == 0 && int(atoms[i].Len) == len(w) {
				// ASCII (the atoms are of the normalised word, which is
				// shorter when the word was not), and not all capitals
				// (so no acronym).
				s.f[i] = classifyASCII(atoms[i].Lower, w)
				continue
			}
			if len(w) <= len(buf) {
				n, upper, lower := 0, 0, 0
				h := lexSeed
				ascii := byte(0)
				for k := 0; k < len(w); k++ {
					c := w[k]
					ascii |= c
					if c >= 'A' && c <= 'Z' {
						c += 'a' - 'A'
						upper++
					} else if c >= 'a' && c <= 'z' {
						lower++
					}
					buf[n] = c
					n++
					h = (h ^ uint64(c)) * lexPrime
				}
				if ascii < 0x80 {
					// perceptron.HashLower of the word: the learned pass
					// need not hash it again.
					s.wh[i] = h
				}
				if upper >= 2 && lower == 0 {
					// An acronym is a name, never a function word: "WHO",
					// "US", "IT".
					s.f[i] = fCap
					continue
				}
				if n > 0 && lexLens[buf[0]]&(1<<n) != 0 {
					f = lexTable.get(h, buf[:n])
				}
				if n > 3 && buf[n-2] == 'e' && buf[n-1] == 'd' {
					f |= fEd
				}
				if n > 3 && buf[n-2] == 'l' && buf[n-1] == 'y' && f&fNounLy == 0 {
					f |= fLy
				}
				if n > 4 && buf[n-3] == 'i' && buf[n-2] == 'n' && buf[n-1] == 'g' {
					f |= fIng
				}
			}
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				f |= fCap
			}
		case text.Number:
			f = fNum
		}
		s.f[i] = f
	}
}

// auxClitic returns the classes of clitic w at token i when it is an
// auxiliary, else 0. "'s" after a subject pronoun (classes pf) or "who" is
// never a possessive: "is" before an -ing word ("she’s saying"), "has"
// after a person ("he's said"), either after "it" ("it's said that").
// ("That's according to" keeps its cue as it was.)
func auxClitic(d *nlp.Doc, i int, w string, pf uint64) uint64 {
	if w != "'s" && w != "’s" {
		return 0
	}
	p := d.Tokens[i-1]
	prev := d.Text[p.Start:p.End]
	person := prev == "he" || prev == "He" || prev == "she" || prev == "She" || prev == "who" || prev == "Who"
	if !person && pf&fSubjPron == 0 {
		return 0
	}
	if i+1 < len(d.Tokens) {
		if n := d.Tokens[i+1]; n.Kind == text.Word && strings.HasSuffix(d.Text[n.Start:n.End], "ing") {
			return fBe
		}
	}
	if person {
		return fHave
	}
	return fBe | fHave
}

// classifyASCII returns the classes of ASCII word w, at most 24 bytes and
// not all capitals, whose lower-case hash is h: what classify's byte loop
// finds for it.
func classifyASCII(h uint64, w string) uint64 {
	n := len(w)
	var f uint64
	if n > 0 && lexLens[lowerASCIIByte(w[0])]&(1<<n) != 0 {
		f = lexTable.getFold(h, w)
	}
	if n > 3 && lowerASCIIByte(w[n-2]) == 'e' && lowerASCIIByte(w[n-1]) == 'd' {
		f |= fEd
	}
	if n > 3 && lowerASCIIByte(w[n-2]) == 'l' && lowerASCIIByte(w[n-1]) == 'y' && f&fNounLy == 0 {
		f |= fLy
	}
	if n > 4 && lowerASCIIByte(w[n-3]) == 'i' && lowerASCIIByte(w[n-2]) == 'n' && lowerASCIIByte(w[n-1]) == 'g' {
		f |= fIng
	}
	if c := w[0]; c >= 'A' && c <= 'Z' {
		f |= fCap
	}
	return f
}

func lowerASCIIByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// softBreak reports whether the line break before token i only wraps a
// line: a single newline after a word or comma, before a lower-case word
// ("in support of the liberation\ncampaign now totals"). A headline or a
// finished sentence never continues that way.
func softBreak(d *nlp.Doc, i int) bool {
	p, t := d.Tokens[i-1], d.Tokens[i]
	if t.Kind != text.Word || t.Start >= len(d.Text) {
		return false
	}
	if c := d.Text[t.Start]; c < 'a' || c > 'z' {
		return false
	}
	switch p.Kind {
	case text.Word, text.Number, text.Abbrev, text.Clitic:
	default:
		if p.End-p.Start != 1 || d.Text[p.Start] != ',' {
			return false
		}
	}
	n := 0
	for k := p.End; k < t.Start; k++ {
		switch d.Text[k] {
		case '\r':
			if k+1 < t.Start && d.Text[k+1] == '\n' {
				continue // "\r\n" is one break
			}
			n++
		case '\n':
			n++
		}
	}
	return n == 1
}

func newlineBetween(s string, a, b int) bool {
	if a < 0 || b > len(s) {
		return false
	}
	for k := a; k < b; k++ {
		if s[k] == '\n' || s[k] == '\r' {
			return true
		}
	}
	return false
}

// word returns the text of token i, or "" outside the document, so that a
// rule looking one token too far reads nothing rather than crashing.
func (s *scratch) word(i int) string {
	if i < 0 || i >= len(s.d.Tokens) {
		return ""
	}
	t := s.d.Tokens[i]
	return s.d.Text[t.Start:t.End]
}

func (s *scratch) is(i int, f uint64) bool {
	return i >= 0 && i < len(s.f) && s.f[i]&f != 0
}

// isWord reports whether token i is w, ignoring ASCII case.
func (s *scratch) isWord(i int, w string) bool {
	if i < 0 || i >= len(s.d.Tokens) {
		return false
	}
	t := s.word(i)
	if len(t) != len(w) {
		return false
	}
	lower := false
	for k := 0; k < len(w); k++ {
		c := t[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else {
			lower = true
		}
		if c != w[k] {
			return false
		}
	}
	// An acronym is a name, not the word it spells: "the WHO said", "US
	// officials" ("state TV" is still television).
	return lower || len(w) < 2 || w == "tv"
}

func (s *scratch) kind(i int) text.Kind {
	if i < 0 || i >= len(s.d.Tokens) {
		return 0
	}
	return s.d.Tokens[i].Kind
}

func (s *scratch) punct(i int, c byte) bool {
	if s.kind(i) != text.Punct {
		return false
	}
	t := s.d.Tokens[i]
	return t.End-t.Start == 1 && s.d.Text[t.Start] == c
}

// terminal reports whether token i ends a sentence (. ! ? …).
func (s *scratch) terminal(i int) bool {
	if s.kind(i) != text.Punct {
		return false
	}
	c := s.d.Text[s.d.Tokens[i].Start]
	return c == '.' || c == '!' || c == '?' || s.word(i) == "…"
}

// nounish reports whether token i can be part of a speaker noun phrase.
func (s *scratch) nounish(i int) bool {
	if i < 0 || i >= len(s.f) {
		return false
	}
	f := s.f[i]
	switch s.kind(i) {
	case text.Number:
		return true
	case text.Abbrev:
		return f&fTime == 0
	case text.Word:
	default:
		return false
	}
	if f&(fFunc|fDet|fSubjPron) != 0 {
		// Inside a name a capitalised word is the name's: "Voters First",
		// "America First" (but "Monday", "The" stay what they are).
		return f&fCap != 0 && f&(fTime|fDet|fSubjPron|fBe|fHave|fModal|fDo|fNeg|fPrep|fConj|fSub) == 0 && s.pos && strings.HasPrefix(s.d.POS[i], "NNP") &&
			i > 0 && s.kind(i-1) == text.Word && s.is(i-1, fCap) && s.nounish(i-1)
	}
	if f&fCue != 0 && f&fSpeaker == 0 && f&fCap == 0 {
		// A cue word after a determiner is a noun: "the state of Assam";
		// "state" before a body is its adjective: "state media".
		if s.isWord(i, "state") && s.stateBody(i+1) {
			return true
		}
		if f&(fBase|fPres) == 0 || !s.is(i-1, fDet) {
			return false
		}
	}
	if f&fCap != 0 {
		return true
	}
	if s.pos {
		// The tagger only vetoes: a verb or adverb is no part of a speaker.
		if p := s.d.POS[i]; len(p) >= 2 && (p[:2] == "VB" && f&fEd == 0 && !s.afterDet(i) || p[:2] == "RB" || p == "IN" || p == "MD") {
			return false
		}
	}
	return f&fLy == 0
}

// afterDet reports whether a determiner opens the phrase of token i, right
// before it or before one or two singular modifiers: "a monitor", "a
// UK-based monitor", "an independent war monitor" are nouns whatever the
// tagger says.
func (s *scratch) afterDet(i int) bool {
	j := i - 1
	for n := 0; n < 2 && j > 0 && s.kind(j) == text.Word && s.f[j]&(fFunc|fDet|fCue) == 0; n++ {
		p := s.d.POS[j]
		if !(strings.IndexByte(s.word(j), '-') > 0 || p == "NN" || p == "NNP" || p == "JJ") {
			break
		}
		j--
	}
	return s.is(j, fDet) && !s.is(j, fNoSubj|fSubjPron)
}

// chunk returns the phrase type of token i's chunk ("NP", "VP", …) and
// whether the token begins it; "" when chunks are absent or i is outside.
func (s *scratch) chunk(i int) (typ string, begin bool) {
	if !s.chk || i < 0 || i >= len(s.d.Chunks) {
		return "", false
	}
	c := s.d.Chunks[i]
	if len(c) < 2 || c[1] != '-' {
		return "", false
	}
	return c[2:], c[0] == 'B'
}

// chunkBreak reports whether the chunker puts token k in a verb or adverb
// phrase: no part of a speaker noun phrase however it is capitalised.
func (s *scratch) chunkBreak(k int) bool {
	typ, _ := s.chunk(k)
	if typ == "ADVP" {
		return true
	}
	if typ != "VP" {
		return false
	}
	// A participle after a determiner, a preposition or a break is
	// attributive, whatever the chunker says: "leaked documents", "the
	// elected officials".
	if s.is(k, fEd) && (k == 0 || s.kind(k-1) == text.Punct || s.is(k-1, fDet|fPrep|fConj)) {
		return false
	}
	return true
}

// chunkWord reports whether token k is a word the chunker puts in a noun
// phrase.
func (s *scratch) chunkWord(k int) bool {
	typ, _ := s.chunk(k)
	if typ != "NP" || s.kind(k) != text.Word || s.is(k, fSubjPron|fTime) {
		return false
	}
	switch s.d.POS[k] {
	case "WDT", "WP", "WP$", "IN", "RBS", "RBR":
		return false // "what lawmakers", "which Democrats"
	}
	return !s.isWord(k, "that") // "that Fowler"

}

// chunkInside reports whether the chunker continues a noun phrase over word
// k, which the hand rules would stop at: "said the newly elected mayor".
func (s *scratch) chunkInside(k int) bool {
	_, begin := s.chunk(k)
	return !begin && !s.is(k, fMedium) && s.chunkWord(k) // not "a closed-door briefing from X"
}

// nounModifier reports whether token k is a word that makes a following
// "reports" or "estimates" a noun: "police reports", "news reports".
func (s *scratch) nounModifier(k int) bool {
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(k))) {
	case "police", "news", "media", "press", "local", "initial", "early", "earlier", "later", "unconfirmed", "official", "government", "medical", "intelligence", "field", "state", "hospital", "military", "witness", "eyewitness", "un", "casualty", "damage", "weather", "agency", "wire":
		return true
	}
	return false
}

// unitAfter reports whether token k is a unit of time or distance: the
// number before it measures, it counts nobody.
func (s *scratch) unitAfter(k int) bool {
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(k))) {
	case "minutes", "minute", "hours", "hour", "days", "day", "weeks", "months", "years", "seconds", "miles", "mile", "km", "kilometres", "kilometers", "metres", "meters", "feet":
		return true
	}
	return false
}

// onPlatform returns the end of "on Twitter", "on its website", "via
// Telegram" at k — the channel a statement was made on — or 0.
func (s *scratch) onPlatform(k, hi int) int {
	if !s.isWord(k, "on") && !s.isWord(k, "via") {
		return 0
	}
	j := k + 1
	for j < hi && j < k+4 && !s.platform(j) && (s.is(j, fDet) || s.nounish(j)) {
		j++
	}
	if j < hi && s.platform(j) {
		return j + 1
	}
	return 0
}

// platform reports whether token k names a channel a statement is made
// on.
func (s *scratch) platform(k int) bool {
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(k))) {
	case "twitter", "facebook", "telegram", "instagram", "youtube", "weibo", "website", "blog", "television", "radio", "tv", "channel", "account", "page", "x":
		return true
	}
	return false
}

// stateBody reports whether token i names a body that "state" qualifies:
// "state media", "state television", "state officials".
func (s *scratch) stateBody(i int) bool {
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(i))) {
	case "media", "television", "tv", "radio", "news", "broadcaster", "agency", "newspaper", "press", "outlets", "department", "officials", "authorities", "police", "troopers", "lawmakers", "health", "emergency", "prosecutors", "governor", "government":
		return true
	}
	return false
}

// Bounds that keep adversarial input linear: no news sentence has more
// attributions, no speaker is longer.
const (
	maxPerSentence = 16
	maxNP          = 30
)

// sentence finds the attributions whose cue lies in sentence si.
func (s *scratch) sentence(si int) {
	d := s.d
	sent := s.sents[si]
	lo, hi := sent.First, sent.Last
	if lo < 0 || hi > len(d.Tokens) || lo >= hi {
		return
	}
	first := len(s.atts)
	var a att      // every case below sets all of it: no zeroing per token
	verbs := false // a speech verb gave an attribution
	// Verbs outside the cue lexicon are read only beside a quotation
	// (quoteVerb): most sentences have none, so look once.
	quoted := s.pos && s.quoteMarkIn(max(lo-1, 0), min(hi+1, len(d.Tokens)))
	for i := lo; i < hi && len(s.atts)-first < maxPerSentence; i++ {
		if s.f[i]&(fTrigger|fCue|fLight|fSub) == 0 && s.kind(i) != text.Punct && s.kind(i) != text.Dash {
			// Beside a quotation any verb reports it: "“…,” the judge
			// exclaimed", "He concluded, “…”".
			if quoted && s.qOf[i] < 0 && s.finiteVerb(i) {
				if a, ok := s.quoteVerb(i, lo, hi); ok {
					a.sent, a.at = si, i
					s.atts = append(s.atts, a)
				}
			}
			continue // no case below can start here: most tokens
		}
		if s.qOf[i] >= 0 && s.quoteInner(i) && !(s.punct(i, ':') && s.turnOpens(lo)) {
			// Cues inside a quotation are the quoted speaker's words; a
			// colon that names a transcript's speaker ("PENCE: …) is not.
			continue
		}
		ok := false
		trig := s.f[i]&fTrigger != 0
		switch {
		case trig && s.isWord(i, "according") && s.isWord(i+1, "to"):
			a, ok = s.according(i, lo, hi)
		case trig && s.isWord(i, "in") && s.pollAfter(i+1, hi):
			// "In a CNN poll released Monday, 50 percent …"
			a = att{cue: tr{i, i + 1}, according: true, srcAfter: true}
			a.src = s.fwdNP(i+1, hi)
			a.authored = s.authoredDoc(a.src)
			if b := a.src.b; a.src.ok() && s.is(b, fEd) && !s.is(b, fCap) {
				// "… poll released Monday", "… survey conducted by Gallup"
				j := b + 1
				if s.isWord(j, "by") {
					if np := s.fwdNP(j+1, hi); np.ok() {
						j = np.b
					}
				}
				if j > b+1 || s.is(j, fTime) {
					a.src.b = j
				}
			}
			for a.src.ok() && a.src.b < hi && s.is(a.src.b, fTime) && a.src.b-a.src.a < maxNP {
				a.src.b++
			}
			ok = a.src.ok()
		case i == lo && trig && s.isWord(i, "in") && !s.isWord(i+1, "the"):
			a, ok = s.mediumFront(i, hi)
		case s.kind(i) == text.Dash && i > 0 && s.kind(i-1) == text.CloseQuote:
			a, ok = s.dashCredit(i)
		case s.f[i]&fLight != 0 && (s.isWord(i, "puts") || s.isWord(i, "put")) && s.isWord(i+1, "it") && s.putItComma(i+2, hi) > 0:
			a, ok = s.asPutsIt(i, lo, hi)
		case s.relayedBy(i, hi):
			a, ok = s.relay(i, lo, hi)
		case s.punct(i, ':') && i > lo && i-lo <= 5 && (lo == 0 || s.para[lo] != s.para[lo-1] || i-lo <= 3 && s.opensQuote(i+1) && s.kind(lo-1) == text.CloseQuote) && !(len(s.atts) > first && s.atts[len(s.atts)-1].cue.b == i):
			// (or after a quotation: "Clinton: “…” Bush: “…”")
			// (not "Potts echoed: …", whose verb is the cue)
			a, ok = s.headline(i, lo)
		case trig && s.f[i]&fLight != 0 && (s.mediumCue(i, hi) > 0 || s.tollCue(i, lo, hi)):
			// "issued a statement saying", "made the following announcement:"
			a, ok = s.verbCue(i, lo, hi)
			verbs = verbs || ok
		case s.is(i, fCue):
			if a, ok = s.reportedCount(i, lo, hi); !ok {
				a, ok = s.verbCue(i, lo, hi)
			}
			if !ok && s.unnamedReports(i, lo) {
				// "There were reports of 20 deaths": nobody named — to the
				// clause's end ("…, and police say …" is another's).
				a, ok = att{cue: tr{i, i + 1}, src: tr{-1, -1}, adverb: true, fixed: true}, true
				c := s.clauseAfter(i+1, hi)
				for k := c.a; k+1 < c.b; k++ {
					if s.punct(k, ',') && (s.isWord(k+1, "and") || s.isWord(k+1, "but")) {
						c.b = k
						break
					}
				}
				a.addPart(c)
			}
		case trig && s.f[i]&(fLight|fEd|fCap) == fLight|fEd:
			a, ok = s.issuedBy(i, lo, hi)
			verbs = verbs || ok
		case trig && (s.isWord(i, "reportedly") || s.isWord(i, "allegedly") || s.isWord(i, "by") && s.byReports(i, lo, hi) > 0):
			e := i + 1
			if s.isWord(i, "by") {
				e = s.byReports(i, lo, hi) // "by some accounts": nobody named
			}
			a, ok = att{cue: tr{i, e}, src: tr{-1, -1}, adverb: true, fixed: true}, true
			a.addPart(s.clauseAround(i, e, lo, hi))
		}
		if !ok {
			continue
		}
		if s.is(i, fCue) && !a.doubt && !a.adverb {
			verbs = true
		}
		a.sent = si
		a.at = i
		s.atts = append(s.atts, a)
		if a.cue.b > i+1 {
			i = a.cue.b - 1
		}
	}
	if verbs {
		// A speech verb names who reports: "reportedly" and "by some
		// accounts" beside it add no attribution of their own.
		// Unless in a clause of its own: "There were no reports of
		// injuries, and police say …".
		k := first
		for ai := first; ai < len(s.atts); ai++ {
			if !s.atts[ai].adverb || s.reportsApart(ai, first) {
				s.atts[k] = s.atts[ai]
				k++
			}
		}
		s.atts = s.atts[:k]
	}
	s.contents(first, lo, hi)
	s.cited(first, lo, hi)
}

// reportsApart reports whether the unnamed reports of atts[ai] ("reports of
// …") stand in a clause apart from every speech verb among atts[first:]: a
// comma and "and" or "but", or a semicolon, between them.
func (s *scratch) reportsApart(ai, first int) bool {
	r := s.atts[ai].cue
	if !s.isWord(r.a, "reports") && !s.isWord(r.a, "report") {
		return false
	}
	for aj := first; aj < len(s.atts); aj++ {
		v := s.atts[aj].cue
		if aj == ai || s.atts[aj].adverb || !v.ok() {
			continue
		}
		a, b := min(r.a, v.a), max(r.a, v.a)
		apart := false
		for k := a; k < b; k++ {
			if s.punct(k, ';') || s.punct(k, ',') && (s.isWord(k+1, "and") || s.isWord(k+1, "but")) {
				apart = true
				break
			}
		}
		if !apart {
			return false
		}
	}
	return true
}

// quoteInner reports whether token i lies strictly inside its quote.
func (s *scratch) quoteInner(i int) bool {
	q := s.quotes[s.qOf[i]]
	return i > q.a && i < q.b-1
}

// clauseAround is what the cue adverb [i,e) hedges: the participial clause
// it opens after a comma ("…, reportedly carried out by X", "…, by reports,
// infected 400"), else the sentence [lo,hi) minus its final punctuation.
func (s *scratch) clauseAround(i, e, lo, hi int) tr {
	j := e
	if e > i+1 && s.punct(j, ',') {
		j++
	}
	if i > lo && (s.punct(i-1, ',') || s.kind(i-1) == text.Dash) && s.is(j, fEd|fIng) && !s.is(j, fCap|fBe|fHave) {
		e := j
		for e < hi && !s.punct(e, ',') && !s.punct(e, ';') && s.kind(e) != text.Dash {
			e++
		}
		return tr{j, s.trimEnd(j, e)}
	}
	// "five dead and, by early reports, at least 30 injured": only the
	// conjunct after it, to the next comma or the clause end.
	if i > lo+1 && s.punct(i-1, ',') && (s.isWord(i-2, "and") || s.isWord(i-2, "but")) && e > i+1 && s.punct(e, ',') {
		b := j
		for b < hi && !s.punct(b, ',') && !s.punct(b, ';') && s.kind(b) != text.Dash {
			b++
		}
		if b > j {
			return tr{j, s.trimEnd(j, b)}
		}
	}
	// The clause between semicolons: "…; six were reportedly hurt".
	a, b := lo, hi
	for k := i - 1; k > lo; k-- {
		if s.punct(k, ';') {
			a = k + 1
			break
		}
	}
	for k := e; k < hi; k++ {
		if s.punct(k, ';') {
			b = k
			break
		}
	}
	// And within it the coordinated clause: "X reportedly fled, and one
	// guard was hurt" hedges the flight, not the guard. Opening the
	// sentence ("Reportedly, …", "By some accounts, …") it frames it all.
	if i == a {
		return tr{a, s.trimEnd(a, b)}
	}
	for k := i - 1; k > a; k-- {
		if s.clauseJoint(k, i) {
			a = k + 2
			break
		}
		if s.punct(k, ',') && (s.isWord(k+1, "and") || s.isWord(k+1, "but")) && s.is(k+2, fBe|fHave|fModal) && !s.is(k+2, fCap) {
			// "The march drew thousands, and was reportedly the largest":
			// only the second verb phrase is reported.
			a = k + 2
			break
		}
	}
	for k := e; k < b; k++ {
		if s.clauseJoint(k, b) {
			b = k
			break
		}
	}
	return tr{a, s.trimEnd(a, b)}
}

// clauseJoint reports whether ", and" or ", but" at k joins two clauses:
// the words after it, before lim, hold a subject and a finite verb of
// their own ("…, and one of them died"), not a bare participle ("…, and
// leaving 40 homeless") or a count ("…, and 20 injured").
func (s *scratch) clauseJoint(k, lim int) bool {
	if !s.punct(k, ',') || !(s.isWord(k+1, "and") || s.isWord(k+1, "but")) {
		return false
	}
	j := k + 2
	if !(s.is(j, fDet|fSubjPron) || s.nounish(j)) || s.is(j, fIng|fEd) && !s.is(j, fCap) {
		return false
	}
	for m := j + 1; m < lim && m < j+8; m++ {
		if s.punct(m, ',') || s.terminal(m) {
			return false
		}
		if s.is(m, fBe|fHave|fModal|fDo) && !s.is(m, fCap) {
			return true
		}
		if s.pos {
			if p := s.d.POS[m]; p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD" {
				return true
			}
		}
	}
	return false
}

// unnamedReports reports whether the noun "reports" at i, followed by "of"
// or "that", names no source: "There were reports of …", "amid reports
// that …", "Unconfirmed reports of …" — not "the ministry's reports of".
func (s *scratch) unnamedReports(i, lo int) bool {
	if (s.isWord(i, "report") || s.isWord(i, "reports") || s.isWord(i, "claim") || s.isWord(i, "claims")) && s.isWord(i-1, "the") && s.is(i-2, fVerify) && s.isWord(i+1, "that") {
		return true // "could not independently verify the report that …"
	}
	if s.f[i]&fPres == 0 || !s.isWord(i, "reports") || !(s.isWord(i+1, "of") || s.isWord(i+1, "that")) {
		return false
	}
	j := i - 1
	for j >= lo && s.is(j, fEd|fLy) && !s.is(j, fCap) {
		j-- // "unconfirmed", "widely circulated"
	}
	for j >= lo && (s.isWord(j, "initial") || s.isWord(j, "early") || s.isWord(j, "local") || s.isWord(j, "media") || s.isWord(j, "news") || s.isWord(j, "press") || s.isWord(j, "several") || s.isWord(j, "many") || s.isWord(j, "some") || s.isWord(j, "conflicting") || s.isWord(j, "no") || s.isWord(j, "any")) {
		j--
	}
	// "could not verify reports that …": reports that someone failed to check.
	return j < lo || s.is(j, fBe|fPrep|fConj|fVerify) || s.punct(j, ',') || s.isWord(j, "amid") || s.kind(j) == text.Dash
}

// pointsTo returns who points to the document named after token j — the
// subject of "pointed to", "referencing", "citing" ending at j: "Trump
// pointed to a … report", "Trump continued his push, referencing a …
// report" — or no span.
func (s *scratch) pointsTo(j, lo int) tr {
	none := tr{-1, -1}
	v := j
	if s.isWord(j, "to") && (s.isWord(j-1, "pointed") || s.isWord(j-1, "pointing") || s.isWord(j-1, "referred") || s.isWord(j-1, "referring")) {
		v = j - 1
	} else if !(s.isWord(j, "referencing") || s.isWord(j, "citing") || s.isWord(j, "cited") || s.isWord(j, "referenced") || s.isWord(j, "quoting") || s.isWord(j, "sharing") || s.isWord(j, "shared")) {
		return none
	}
	if s.punct(v-1, ',') {
		// a participle after the clause: its subject opens the sentence
		if np := s.fwdNP(lo, v); np.ok() && (s.is(np.a, fCap|fSubjPron) || s.is(np.b-1, fSpeaker)) {
			return np
		}
		return none
	}
	if s.is(v-1, fSubjPron) {
		return tr{v - 1, v}
	}
	if np := s.bwdNP(v-1, lo); np.ok() {
		return np
	}
	return none
}

// namingCall reports whether "called" at i names or telephones rather
// than speaks: "a group called Black Votes Matter", "a film called
// “Familias”" (a common noun before it, a name or quotation after), or
// "she called Sanders after the primaries", "Obama called Abedini." (a
// name, then a time, "to" and a verb, or the sentence's end). "One
// lawmaker called Trump “a prince”" speaks.
func (s *scratch) namingCall(i, end, hi int) bool {
	next := s.is(end, fCap) || s.kind(end) == text.OpenQuote || s.opensQuote(end)
	if next && i > 0 && !s.is(i-1, fCap|fSpeaker|fSubjPron|fFunc) && (s.pos && s.d.POS[i-1] == "NN" || !s.pos && s.nounish(i-1) && !s.is(i-1, fEd|fLy)) {
		return true
	}
	if lowerASCII(s.word(i)) != "called" || !s.is(end, fCap) {
		return false
	}
	np := s.fwdNP(end, hi)
	if !np.ok() || np.b >= hi {
		return np.ok()
	}
	k := np.b
	switch {
	case s.terminal(k):
		return true
	case s.isWord(k, "after") || s.isWord(k, "shortly") || s.isWord(k, "earlier") || s.isWord(k, "back") || s.isWord(k, "twice"):
		return true
	case s.isWord(k, "to") && s.pos && k+1 < hi && s.d.POS[k+1] == "VB":
		return true // "called Sanders to congratulate him"
	}
	return false
}

// reportedCount reads a participle "reported" right after a counted noun
// phrase with no agent: "111 tetanus cases reported since the quake" is a
// report with nobody named, whose content is the phrase from its number.
func (s *scratch) reportedCount(i, lo, hi int) (att, bool) {
	a := att{src: tr{-1, -1}}
	if !s.isWord(i, "reported") || s.is(i-1, fBe|fHave) {
		return a, false
	}
	num := -1
	for k := i - 1; k >= lo && k >= i-5; k-- {
		if s.kind(k) == text.Number || numberWord(s.word(k)) {
			num = k
			break
		}
		if !s.nounish(k) || s.is(k, fCap|fFunc) {
			return a, false
		}
	}
	if num < 0 || num == i-1 {
		return a, false // "12 reported cases": the participle describes the noun
	}
	if s.isWord(i+1, "by") {
		return a, false // "figures … reported by X" has its rule
	}
	a.cue, a.fixed, a.adverb = tr{i, i + 1}, true, true
	a.addPart(tr{num, i})
	return a, true
}

// clauseAfter is the clause from p to the next semicolon or the end of the
// sentence at hi.
func (s *scratch) clauseAfter(p, hi int) tr {
	e := p
	for e < hi && !s.punct(e, ';') {
		e++
	}
	return tr{p, s.trimEnd(p, e)}
}

// byReports returns the end of an unattributed "by reports", "by some
// accounts", "by one estimate" at i — at the start of the sentence or set
// off by a comma — or 0. "by reports from X" names a source and is not one.
func (s *scratch) byReports(i, lo, hi int) int {
	if !(i == lo || s.punct(i-1, ',') || s.kind(i-1) == text.Dash || s.kind(i-1) == text.OpenQuote) {
		return 0
	}
	k := i + 1
	for n := 0; n < 2 && k < hi; n++ {
		var lb [lowerMax]byte
		switch string(text.AppendLower(lb[:0], s.word(k))) {
		case "some", "all", "most", "many", "several", "one", "other", "early", "initial", "local", "media", "news", "press", "unofficial", "conflicting", "various", "varying":
			k++
			continue
		}
		break
	}
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(k))) {
	case "reports", "accounts", "account", "estimates", "estimate", "counts", "count":
	default:
		return 0
	}
	if s.isWord(k, "count") && k == i+1 || s.isPP(k+1) && !s.isWord(k+1, "on") && !s.isWord(k+1, "at") || s.isWord(k+1, "by") || s.isWord(k+1, "that") {
		return 0 // "by count", "by reports from the ministry"
	}
	return k + 1
}

// trimEnd drops trailing sentence punctuation from [lo,hi), keeping a closing
// quote whose opening mark lies inside the range.
func (s *scratch) trimEnd(lo, hi int) int {
	for hi > lo {
		k := hi - 1
		if s.terminal(k) || s.punct(k, ',') || s.punct(k, ';') || s.punct(k, ':') || s.kind(k) == text.Dash {
			hi--
			continue
		}
		if s.kind(k) == text.CloseQuote || s.kind(k) == text.OpenQuote {
			if q := s.qOf[k]; q >= 0 && s.quotes[q].a >= lo && s.quotes[q].b == hi {
				break
			}
			hi--
			continue
		}
		if s.punct(k, ')') {
			break
		}
		break
	}
	return hi
}

// trimStart drops leading commas, dashes and stray quote marks.
func (s *scratch) trimStart(lo, hi int) int {
	for lo < hi {
		k := s.kind(lo)
		if s.punct(lo, ',') || s.punct(lo, ':') || s.punct(lo, ';') || k == text.Dash {
			lo++
			continue
		}
		if k == text.OpenQuote || k == text.CloseQuote {
			if q := s.qOf[lo]; q >= 0 && s.quotes[q].a == lo {
				break
			}
			lo++
			continue
		}
		break
	}
	return lo
}

// verbCue grows the cue verb at i into an attribution skeleton: cue span
// (auxiliaries included), voice and source. Content comes later, once every
// cue of the sentence is known.
func (s *scratch) verbCue(i, lo, hi int) (att, bool) {
	a := att{src: tr{-1, -1}}
	f := s.f[i]
	if f&fCap != 0 && i > lo && s.kind(i-1) != text.OpenQuote {
		return a, false // a name or a title: "Report", "Says"
	}
	lw := lowerASCII(s.word(i))
	vc := s.verbClass(i)
	end := i + 1
	light := false
	if e := s.mediumCue(i, hi); e > 0 {
		end, light, f = e, true, 0
	} else if s.tollCue(i, lo, hi) {
		light, f = true, 0 // "Officials put the death toll at 80"
	} else if vc&vNeedsNext != 0 {
		if !s.isWord(i+1, cueNeedsNext[lw]) {
			return a, false
		}
		end = i + 2
	}
	// After "the total", "the number" a participle describes the noun after
	// it: "the total reported casualties rose to 140". A count does not speak.
	if f&fPast != 0 && s.tollNoun(i-1) && s.nounish(i+1) {
		return a, false
	}
	// A cue word after a determiner or a possessive is a noun: "the report",
	// and after "unconfirmed" or "verify": "could not verify reports".
	if s.is(i-1, fDet|fUnverified|fVerify) || s.kind(i-1) == text.Clitic && !s.is(i-1, fBe|fHave|fModal) {
		return a, false
	}
	// The chunker reads a cue word inside a noun phrase as its head noun:
	// "newly filed campaign-finance reports", "an open question". After a
	// name it is too often wrong ("Trump charges"), and "that", a
	// determiner or a subject pronoun after it makes it a verb ("groups
	// claim the real figure is …"). A medium ("a closed-door briefing
	// from X") keeps its own rules.
	if typ, begin := s.chunk(i); !light && typ == "NP" && !begin && len(s.d.POS[i]) >= 2 && s.d.POS[i][:2] == "NN" && !s.is(i-1, fCap|fTime) && !s.isWord(i+1, "that") && !s.is(i+1, fDet|fSubjPron) && !s.afterQuotation(i, lo, hi) {
		return a, false
	}
	if lw == "called" || lw == "calls" || lw == "call" || lw == "calling" {
		if s.namingCall(i, end, hi) || lw == "called" && s.isWord(end, "by") {
			return a, false // ("a strike called by the opposition": convened)
		}
	}
	// "two youths believed to be supporters of X": a passive participle
	// describing the noun before it, with nobody believing aloud.
	if (lw == "believed" || lw == "thought") && s.isWord(end, "to") && s.nounish(i-1) && !s.is(i-1, fSubjPron|fCap) && s.kind(i-1) != text.Number {
		return a, false
	}
	// "citing" introduces a cited source, handled with the sentence's attribution.
	if lw == "citing" || lw == "quoting" || (lw == "cited" || lw == "cites" || lw == "quoted") && s.isWord(i-1, "who") && s.punct(i-2, ',') {
		return a, false // (", who cited the agency," too)
	}
	// "only eight reported incidents": a participle between a number and
	// its noun describes the noun.
	if f&fEd != 0 && (s.kind(i-1) == text.Number || numberWord(s.word(i-1))) && s.nounish(i+1) && !s.is(i+1, fCap) {
		return a, false
	}
	// "were questioning another nine": police questioning people.
	if strings.HasPrefix(lw, "question") && (s.kind(end) == text.Number || numberWord(s.word(end)) || s.isWord(end, "another") || s.isWord(end, "suspects") || s.isWord(end, "witnesses")) {
		return a, false
	}
	// "appeared to show", "refusing to leave": a look or a deed, not
	// something said ("refused to comment" still is).
	if s.isWord(end, "to") && s.notSaying(lw, end+1) {
		return a, false
	}
	// "organizers added 160 security personnel along the route": more of
	// something, not something said — unless a verb follows the figure
	// ("he added 40 people had died").
	if (lw == "added" || lw == "adds" || lw == "add" || lw == "adding") && (s.kind(end) == text.Number || numberWord(s.word(end)) || s.isWord(end, "another")) {
		if np := s.fwdNP(end, hi); !np.ok() || !s.is(np.b, fBe|fHave|fModal) && !(s.pos && np.b < hi && (s.d.POS[np.b] == "VBD" || s.d.POS[np.b] == "VBZ" || s.d.POS[np.b] == "VBP")) {
			return a, false
		}
	}
	// "Britain has pledged 3,300 soldiers": troops promised are not a
	// report of anything.
	if (strings.HasPrefix(lw, "pledg") || strings.HasPrefix(lw, "promis") || strings.HasPrefix(lw, "offer")) && (s.kind(end) == text.Number || numberWord(s.word(end))) {
		return a, false
	}
	// "declared war", "pledged his allegiance", "claimed responsibility":
	// an act, not something said to be so.
	if s.actObject(end, hi) {
		return a, false
	}
	// "…, as revealed in a closed-door briefing from X": X is the source.
	if s.isWord(i-1, "as") && f&fPast != 0 {
		a.cue = tr{i, end}
		k := end
		if s.isWord(k, "by") {
			a.src = s.fwdNP(k+1, hi)
		} else if s.isWord(k, "in") || s.isWord(k, "at") || s.isWord(k, "during") {
			k++
			for k < hi && k < end+6 && !s.is(k, fMedium) && (s.is(k, fDet) || s.nounish(k)) {
				k++
			}
			if s.is(k, fMedium) && (s.isWord(k+1, "from") || s.isWord(k+1, "by") || s.isWord(k+1, "with")) {
				a.src = s.fwdNP(k+2, hi)
			}
		}
		a.srcAfter, a.viaFrom = true, true
		return a, a.src.ok()
	}
	// Walk back over auxiliaries and adverbs: "have also stated", "is believed".
	start := i
	passive := false
	neg := false
	wentOn := false
	for k := i - 1; k >= lo && i-k < 8; k-- {
		fk := s.f[k]
		if s.kind(k) == text.Clitic && fk&(fHave|fModal|fNeg|fBe) == 0 {
			fk |= fHave // "he's said": 's before a cue verb is has or is
		}
		if s.isWord(k, "past") && s.isWord(k-1, "the") && s.isWord(k-2, "in") || s.isWord(k, "time") && s.isWord(k-1, "the") && s.isWord(k-2, "at") {
			k -= 2 // "has in the past described", "at the time said"
			start = k
			continue
		}
		if k == i-1 && s.isWord(k, "to") && s.isWord(k-1, "on") && k-2 >= lo && s.verbClass(k-2)&vGo != 0 {
			k -= 2 // "went on to say": the speaker carries on
			start, wentOn = k, true
			continue
		}
		if fk&(fHave|fModal|fDo|fAdv|fNeg|fBe|fLy) != 0 && fk&fCap == 0 {
			if fk&fBe != 0 {
				passive = true
			}
			if fk&fNeg != 0 {
				neg = true
			}
			if fk&fHave != 0 && passive && k+1 < i && s.is(k+1, fBe) {
				// "has been said": still passive
			}
			start = k
			continue
		}
		break
	}
	// Only participles are passive: "is saying" is active.
	if f&(fPast|fPartOnly) == 0 {
		passive = false
	}
	// "has been" + participle stays passive; "has said" does not.
	withSubj := tr{-1, -1}
	if f&fGer != 0 && start == i && s.punct(i-1, ',') {
		// "…, with its neighbour, Sweden, reporting 4,210 deaths": the
		// apposition closed by the comma is the participle's subject.
		if np := s.bwdNP(i-2, lo); np.ok() && s.punct(np.a-1, ',') && !s.is(np.a, fNoSubj) {
			for k := np.a - 2; k >= lo && k > np.a-9 && s.kind(k) == text.Word; k-- {
				if s.isWord(k, "with") {
					withSubj = np // "with the next highest country, the UK, reporting"
					break
				}
			}
		}
	}
	if f&fGer != 0 && !withSubj.ok() && start == i && i == lo && s.isWord(end, "that") {
		// "Arguing that the plan would cost 13,000 jobs, union leaders
		// said they would strike": the subject after the participle's
		// clause is its speaker.
		if c, src := s.frontedSubject(end+1, hi); src.ok() {
			a.cue, a.src, a.fixed = tr{start, end}, src, true
			a.addPart(tr{end + 1, c})
			return a, true
		}
	}
	if f&fGer != 0 && !withSubj.ok() {
		a.gerund = start == i && (s.punct(i-1, ',') || s.isWord(i-1, "while") || s.isWord(i-1, "after") || s.isWord(i-1, "by"))
		if !a.gerund && !passive && start == i {
			// "…, with officials reporting 150 killed": the noun phrase
			// after "with" is the subject of the participle.
			if np := s.bwdNP(i-1, lo); np.ok() && (s.isWord(np.a-1, "with") || s.isWord(np.a-1, "despite") || s.isWord(np.a-1, "amid")) && np.a-1 >= lo && !s.is(np.a, fNoSubj) {
				withSubj = np
			} else {
				return a, false // "the warning signs", "a posting"
			}
		}
	}
	if f&fPartOnly != 0 && !passive && !s.is(start, fHave) && !s.hasHave(start, i) {
		return a, false
	}
	// Base forms need an auxiliary or a plural subject: "officials say", "did not say".
	if f&fBase != 0 && f&(fPres|fPast) == 0 && start == i && !s.is(i-1, fSubjPron) && !s.nounish(i-1) {
		return a, false
	}
	if s.isWord(i-1, "to") && !wentOn {
		return a, false // "declined to say", "wanted to note"
	}
	if passive && lw == "asked" && (s.isWord(end, "about") || s.isWord(end, "whether") || s.isWord(end, "if") || s.isWord(end, "why") || s.isWord(end, "how")) {
		return a, false // "after he was asked about the attack": a question put to him
	}
	// "told reporters", "told the press", "told state media": the audience
	// is part of the cue.
	if lw == "told" || lw == "tells" || lw == "tell" || lw == "telling" {
		k := end
		if s.isWord(k, "the") || s.isWord(k, "state") || s.isWord(k, "local") || s.isWord(k, "foreign") {
			k++
		}
		if s.isWord(k, "reporters") || s.isWord(k, "journalists") || s.isWord(k, "press") || s.isWord(k, "media") || s.isWord(k, "television") || s.isWord(k, "radio") || s.isWord(k, "tv") {
			end = k + 1
		}
	}
	// "said in a statement", "wrote in a post": the medium joins the cue.
	if end < hi && (s.isWord(end, "in") || s.isWord(end, "during")) {
		k := end + 1
		for k < hi && k < end+5 && (s.is(k, fDet) || s.nounish(k) && !s.is(k, fMedium)) {
			k++
		}
		if k < hi && s.is(k, fMedium) {
			end = k + 1
		}
	}
	if s.stateParticiple(lw, end) || s.deathSense(lw, end, hi) || s.admitsPatients(lw, end) || s.responsibilitySense(lw, start, end, lo, hi) {
		return a, false
	}
	// "The fate of 12 bodyguards is not known": unknown, not denied, and
	// nobody reports it.
	if passive && neg && lw == "known" {
		return a, false
	}
	// "The quake was felt for seven seconds": sensed, not believed.
	if passive && lw == "felt" && !s.isWord(end, "that") && !s.isWord(end, "to") {
		return a, false
	}
	a.cue = tr{start, end}
	a.passive = passive
	a.negated = neg || f&fDenial != 0
	broad := vc&vBroad != 0
	if withSubj.ok() {
		if broad {
			return a, false
		}
		a.src = withSubj
		return a, true
	}
	if q, _ := s.quotedAs(lw, end, hi); q.ok() && !passive {
		a.addCited(q) // "Interfax quoted a police source as saying …"
	} else if vc&vWeak != 0 && !light && !broad && !passive && !s.confirmed(start, end, hi) && !s.askConfirmed(lw, end, hi) && !s.documentSubject(start-1, lo) && !s.documentSubject(s.npHead(start-1, lo), lo) {
		return a, false
	}
	if passive && (lw == "blamed" || lw == "blame") && s.isWord(end, "for") {
		return a, false // "he was blamed for the deaths of 12 people": the blame is his, the deaths given
	}
	if passive && (lw == "counted" || lw == "count") {
		return a, false // "97 bodies were counted": a tally, not speech
	}
	if passive && (lw == "shown" || lw == "showed" || lw == "found") && !s.isWord(end, "to") && !s.isWord(end, "that") {
		return a, false // "five hostages were shown in the video", "he was found clinging to a tube": seen, not said
	}
	if broad && (passive || s.isWord(i+1, "up") || s.isWord(i+1, "off")) {
		return a, false // "was called", "called off"
	}
	if (lw == "seem" || lw == "seems" || lw == "seemed" || lw == "appear" || lw == "appears" || lw == "appeared") && !s.isWord(end, "to") {
		return a, false // "appeared on stage"
	}
	// Impersonal and passive: "it was also mentioned that", "are believed to".
	if passive && (lw == "quoted" || lw == "cited") && s.isWord(end, "as") && s.is(end+1, fGer) {
		// "The governor was quoted as saying …": the subject speaks; who
		// quoted goes unnamed.
		a.cue.b, a.passive = end+2, false
		if np := s.bwdNP(s.skipTimeBack(start-1, lo), lo); np.ok() {
			a.src = np
		}
		return a, true
	}
	if passive && (s.isWord(start-1, "to") || s.isWord(start, "will")) && s.isWord(i-1, "be") && !s.isWord(end, "by") {
		return a, false // "are to be announced", "will be published": not yet said
	}
	// "around 2,200 fatalities reported by Chinese authorities": a
	// participle after a counted noun, with its agent.
	if !passive && start == i && f&fPast != 0 && s.isWord(end, "by") && s.nounish(i-1) && s.countedBefore(i-1, lo) {
		passive, a.passive = true, true
	}
	if passive {
		if neg && (lw == "confirmed" || lw == "verified") {
			// "The figure could not be confirmed": doubt with nobody
			// named; the subject is what is in doubt.
			a.doubt, a.negated = true, false
			return a, true
		}
		if s.isWord(end, "by") {
			a.src = s.fwdNP(end+1, hi)
		}
		return a, true
	}
	if a.gerund {
		return a, true
	}
	// Source before the cue: the subject noun phrase, past any time
	// adverbial ("Clinton on Tuesday said") or parenthetical ("Ryan (R-WI)").
	k := s.skipTimeBack(start-1, lo)
	tell := vc&vTell != 0 || broad // never inverted: the NP after is an object
	// "A German news organization called “The Local” cited …": the group
	// named in quotation marks speaks.
	if k > lo && s.kind(k) == text.CloseQuote {
		for q := k - 1; q > lo && q >= k-6; q-- {
			if s.kind(q) == text.OpenQuote {
				if c := q - 1; c-1 >= lo && (s.isWord(c, "called") || s.isWord(c, "named") || s.isWord(c, "dubbed")) && s.nounish(c-1) && !s.is(c-1, fCap) {
					if np := s.bwdNP(c-1, lo); np.ok() {
						a.src = tr{np.a, k + 1}
						return a, true
					}
				}
				break
			}
		}
	}
	switch {
	case k >= lo && s.is(k, fSubjPron) && !s.isWord(k, "it"):
		a.src = tr{k, k + 1}
		return a, true
	case k >= lo && s.isWord(k, "it"):
		// "It said 40 had died": an organisation named before speaks;
		// "it seems", "it appears" speak for nobody.
		if !broad && !s.is(k-1, fSub) {
			a.src = tr{k, k + 1}
		}
		return a, true
	case k >= lo && (s.isWord(k, "who") || s.isWord(k, "which") || s.isWord(k, "that")):
		// "Kirby, who said …": the relative pronoun's antecedent speaks.
		j := k - 1
		if s.punct(j, ',') {
			j--
		}
		if j >= lo && (s.nounish(j) || s.is(j, fTime) && !s.isWord(k, "who")) {
			// The source is the pronoun as written, like "he"; the
			// antecedent names it and gives the entity.
			np := s.bwdNP(j, lo)
			if !s.isWord(k, "who") && !s.is(j, fCap|fSpeaker|fMedium) && !s.documentSubject(j, lo) {
				// "a report released by the department on the same day,
				// which said": not the day but the report speaks.
				for h := j - 1; h >= lo && h >= j-12; h-- {
					if s.is(h, fSpeaker|fMedium) && !s.is(h, fCap) || s.documentSubject(h, lo) {
						if hp := s.bwdNP(h, lo); hp.ok() {
							np = hp
						}
						break
					}
				}
			}
			if !np.ok() || s.is(np.b-1, fTime) {
				return a, false
			}
			a.src, a.core, a.ante = tr{k, k + 1}, np, np
			return a, true
		}
		return a, false
	case k >= lo && s.kind(k) == text.Number && !s.isPP(k-1):
		return a, false // "in 30 states": a count, not a speaker
	case k >= lo && (s.nounish(k) || s.punct(k, ')') || s.is(k, fMedium) && s.relativeHead(k, lo) >= 0):
		// (a medium noun in -ing ends a relative clause too: "lawmakers
		// who attended a closed-door briefing told reporters")
		np := s.bwdNP(k, lo)
		if !np.ok() && s.relativeHead(k+1, lo) >= 0 {
			np = tr{k, k + 1} // "a closed-door briefing": the word ends the clause
		}
		name := np.a + 1
		for name < np.b && !s.is(name, fCap) && name < np.a+3 {
			name++ // "a confirmed Breitbart News report"
		}
		if np.ok() && s.isWord(i, "report") && (s.isWord(np.a, "a") || s.isWord(np.a, "an")) && name < np.b && s.is(name, fCap) {
			// "a Breitbart News report that …" is a noun: the outlet's
			// report, and whoever points to it relays it.
			a.src = tr{name, np.b}
			if h := s.pointsTo(np.a-1, lo); h.ok() {
				a.addCited(a.src)
				a.src = h
			}
			return a, true
		}
		if np.ok() {
			// "a new group called Voters First says": the name is the
			// group's.
			if c := np.a - 1; c-1 >= lo && (s.isWord(c, "called") || s.isWord(c, "named") || s.isWord(c, "dubbed")) && s.is(np.a, fCap) && s.nounish(c-1) && !s.is(c-1, fCap) {
				if gp := s.bwdNP(c-1, lo); gp.ok() {
					np.a = gp.a
				}
			}
			a.src = s.afterFronted(np, lo)
			if h := s.relativeHead(np.a, lo); h >= 0 {
				// "a White House official who spoke anonymously to discuss
				// internal strategy said": the noun before "who" speaks.
				if hp := s.bwdNP(h, lo); hp.ok() {
					a.src = s.afterFronted(hp, lo)
				}
			}
			return a, true
		}
		return a, false
	case k >= lo && (s.isWord(k, "and") || s.isWord(k, "but") || s.isWord(k, "then")) && (!s.punct(k-1, ',') || k == start-1 && !broad):
		// "Graham called Trump “crazy” and said …": the clause's subject;
		// after a comma too when the cue follows "and" at once ("The
		// charity has 10 clinics, and reports seeing …"). The clause is
		// the last one before the cue ("…, but the leaders spoke, and
		// expressed …": the leaders).
		if np := s.subject(s.lastClause(lo, k), k); np.ok() {
			a.src = np
			return a, true
		}
		return a, false
	case k >= lo && s.punct(k, ','):
		// "CLAUSE, said Smith" or "Smith, a spokesman for X, said".
		if j := s.citingBefore(k, lo); j > lo && s.punct(j-1, ',') {
			// "Al Jazeera, citing hospital sources, reported": the
			// subject stands before the citing phrase.
			if np := s.bwdNP(j-2, lo); np.ok() {
				a.src = np
				return a, true
			}
		}
		if j := s.accordingBefore(k, lo); j > lo && s.punct(j-1, ',') {
			// "Witnesses, according to the paper, said": the subject
			// stands before the according-to phrase.
			if np := s.bwdNP(j-2, lo); np.ok() {
				a.src = np
				return a, true
			}
		}
		// "Jane Doe, 67, from Leeds, admitted his guilt": noun phrases and
		// appositions alone from the sentence start are no clause to
		// report, so they are the subject, not content before an inverted
		// "said Smith". A time adverbial between comma and cue ("Smith,
		// 67, on Tuesday said") rules out the inversion too.
		if src, core, ok := s.appositive(k, lo); ok && (src.a == lo || k != start-1) {
			a.src, a.core = src, core
			return a, true
		}
		if !tell && k == start-1 {
			if src := s.fwdNP(end, hi); src.ok() && s.endsBlock(src.b, hi) {
				a.src, a.srcAfter = s.appositiveAfter(src, hi), true
				a.core = src
				return a, true
			}
		}
		if src, core, ok := s.appositive(k, lo); ok {
			a.src, a.core = src, core
			return a, true
		}
		return a, false
	case !tell && (k < lo || s.kind(k) == text.CloseQuote || s.kind(k) == text.OpenQuote || s.kind(k) == text.Dash),
		tell && s.kind(k) == text.CloseQuote && s.npEndsSentence(end, hi):
		// ("“…,” warned Clinton.", "“…?” asked Mr. Manafort, referring
		// to …": after a quotation a telling verb takes its speaker
		// after it, when the clause ends there.)
		if src := s.fwdNP(end, hi); src.ok() {
			a.src, a.srcAfter = s.appositiveAfter(src, hi), true
			a.core = src
			return a, true
		}
	}
	return a, false
}

// mediumCue returns the end of a cue that issues a medium with its content
// — "issued a statement saying", "made the following announcement:",
// "put out a message that said" — when token i is its verb, else 0. The
// cue ends before a colon or "that" and after "saying" or "that said".
func (s *scratch) mediumCue(i, hi int) int {
	if s.f[i]&fLight == 0 || s.is(i, fIng) {
		return 0
	}
	k := i + 1
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(i))) {
	case "issued", "issues", "issue", "released", "releases", "made", "makes", "posted", "posts", "published", "publishes", "gave", "gives", "sent", "sends", "shared", "shares":
	case "put", "puts":
		if !s.isWord(k, "out") {
			return 0
		}
		k++
	default:
		return 0
	}
	j := k
	for j < hi && j < k+5 && !s.mediumNoun(j) && (s.is(j, fDet) || s.nounish(j) || s.isWord(j, "following")) {
		j++
	}
	if j >= hi || j == k || !s.mediumNoun(j) {
		return 0
	}
	m := j + 1
	for n := 0; n < 3 && m < hi; n++ {
		if s.is(m, fTime) || (s.isWord(m, "on") || s.isWord(m, "late") || s.isWord(m, "early")) && s.is(m+1, fTime) {
			m++ // "a statement on Monday that said"
			continue
		}
		break
	}
	switch {
	case s.punct(m, ':'):
		return j + 1 // "released the following statement today:"
	case s.punct(m, ',') && s.kind(m+1) == text.OpenQuote:
		return j + 1 // "issued a statement, “…”"
	case m == j+1 && s.isWord(m, "that") && !s.is(m+1, fVerbish|fCue|fBe|fHave|fModal):
		return j + 1
	}
	if s.isWord(m, "saying") {
		return m + 1
	}
	if (s.isWord(m, "that") || s.isWord(m, "which")) && (s.isWord(m+1, "said") || s.isWord(m+1, "says") || s.isWord(m+1, "stated") || s.isWord(m+1, "read") || s.isWord(m+1, "reads")) {
		return m + 2
	}
	return 0
}

// notSaying reports whether cue word lw, followed by "to" and the verb at
// k, says how someone looked or what they would not do rather than what
// they said: "appeared to show", "refused to leave".
func (s *scratch) notSaying(lw string, k int) bool {
	switch lw {
	case "appear", "appears", "appeared", "appearing", "seem", "seems", "seemed", "seeming":
		return true
	case "refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining":
		if s.is(k, fCue) {
			return false // "refused to say", "declined to confirm"
		}
		var lb [lowerMax]byte
		switch string(text.AppendLower(lb[:0], s.word(k))) {
		case "comment", "discuss", "answer", "disclose", "name", "identify", "speculate", "elaborate", "specify", "release", "provide", "give", "respond", "talk", "speak":
			return false
		}
		return true
	}
	return false
}

// actObject reports whether the object at k makes the cue verb before it
// an act rather than a report: war, allegiance, responsibility, victory,
// a state of emergency.
func (s *scratch) actObject(k, hi int) bool {
	if k < hi && s.is(k, fDet) {
		k++
	}
	if k+2 < hi && s.isWord(k, "state") && s.isWord(k+1, "of") {
		k += 2
	}
	if k >= hi {
		return false
	}
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(k))) {
	case "war", "allegiance", "loyalty", "fealty", "responsibility", "credit", "victory", "independence", "emergency",
		"bankruptcy", "ceasefire", "truce", "asylum", "martial", "neutrality", "sovereignty":
		// Not a modifier of the noun after it: "quoted the emergency
		// rule governor's office as saying" names who spoke.
		return s.isWord(k, "martial") || !(k+1 < hi && s.nounish(k+1) && !s.is(k+1, fCap|fTime))
	}
	return false
}

// issuedBy reads figures that a named body issued — "Some death tolls,
// provided by officials, exceeded 100" — as that body's: the participle at
// i opens a parenthetical after a document noun phrase, its agent is the
// source, the noun phrase and the predicate after the parenthetical the
// content.
func (s *scratch) issuedBy(i, lo, hi int) (att, bool) {
	a := att{src: tr{-1, -1}, srcAfter: true, fixed: true}
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(i))) {
	case "provided", "released", "published", "compiled", "issued", "supplied", "collected", "gathered", "given":
	default:
		return a, false
	}
	k := i - 1
	if !s.punct(k, ',') {
		return a, false // "Figures released by X showed …": the verb's subject
	}
	k--
	np := s.bwdNP(k, lo)
	if !np.ok() || np.b != k+1 || !s.documentSubject(s.npHead(k, lo), lo) {
		return a, false
	}
	j := i + 1
	for j < hi && j < i+4 && s.is(j, fLy) && !s.is(j, fCap) {
		j++
	}
	if !s.isWord(j, "by") {
		return a, false
	}
	a.src = s.fwdNP(j+1, hi)
	if !a.src.ok() {
		return a, false
	}
	a.cue = tr{i, j}
	a.addPart(tr{s.trimStart(lo, np.b), np.b}) // "Some estimated death tolls"
	// the parenthetical ends at the next comma
	e := a.src.b
	for e < hi && e < a.src.b+12 && !s.punct(e, ',') && !s.terminal(e) {
		e++
	}
	if !s.punct(e, ',') {
		return a, false
	}
	e++
	if end := s.trimEnd(e, hi); end > e {
		a.addPart(tr{e, end})
	}
	return a, true
}

// tollCue reports whether the verb at i states a toll: "put the death
// toll at 80", "placed the number of dead at", or — with a speaker for
// subject — "officials revised the toll to 35".
func (s *scratch) tollCue(i, lo, hi int) bool {
	if s.f[i]&fLight == 0 || s.is(i, fCap) {
		return false
	}
	strict := false
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(i))) {
	case "put", "puts", "putting", "placed", "places", "place":
	case "raised", "raises", "revised", "revises", "lowered", "lowers", "updated", "updates", "increased", "increases":
		strict = true
	default:
		return false
	}
	k := i + 1
	if !strict && s.isWord(k, "it") && s.isWord(k+1, "at") && s.kind(k+2) == text.Number {
		return true // "… while organisers put it at 20,000"
	}
	toll := func(k int) bool {
		var lb [lowerMax]byte
		switch string(text.AppendLower(lb[:0], s.word(k))) {
		case "casualties", "deaths", "dead", "losses", "fatalities", "injured", "wounded":
			return true // "put North Korean casualties in the several hundred"
		}
		return s.tollNoun(k)
	}
	for k < hi && k < i+5 && !toll(k) && (s.is(k, fDet) || s.nounish(k) || s.is(k, fEd) || s.adjective(k) || k > i+1 && s.kind(k) == text.Clitic && s.is(k-1, fCap)) {
		k++
	}
	if !toll(k) {
		return false
	}
	k++
	if s.isWord(k, "of") { // "the number of dead", "the toll of the disaster"
		k++
		for j := k; j < hi && j < k+4; j++ {
			if s.isWord(j, "at") || s.isWord(j, "to") || s.isWord(j, "from") {
				k = j
				break
			}
			if !s.is(j, fDet) && !s.nounish(j) && !s.adjective(j) && !toll(j) && !s.isWord(j, "missing") && !s.isWord(j, "displaced") {
				break // ("the number of missing at 130")
			}
		}
	}
	if s.isWord(k, "from") { // "from 12 to 15", "from seven people to nine"
		for j := k + 1; j < hi && j < k+5; j++ {
			if s.isWord(j, "to") {
				k = j
				break
			}
		}
	}
	// "at 80", "to 35", "in the hundreds"
	q := k + 2
	if s.kind(q) == text.OpenQuote {
		q++ // in the “several hundred”
	}
	if s.isWord(q, "several") || s.isWord(q, "low") || s.isWord(q, "high") || s.isWord(q, "tens") {
		q++
	}
	if !s.isWord(k, "at") && !s.isWord(k, "to") && !(s.isWord(k, "in") && s.isWord(k+1, "the") && (numberWord(s.word(q)) || s.isWord(q, "hundred") || s.isWord(q, "thousand"))) {
		return false
	}
	j := i - 1
	for j >= lo && s.is(j, fAdv|fHave|fModal|fLy) && !s.is(j, fCap) {
		j--
	}
	if j < lo || s.punct(j, ',') && !s.speakerAside(j, lo) {
		return false // "The figures, compiled by X, put …": X's figures
	}
	if strict {
		// "State media raised the toll to 59"; not "The flooding raised it".
		return s.is(j, fSpeaker|fCap|fSubjPron) && !s.isWord(j, "it") || s.pressNoun(j)
	}
	return true
}

// pressNoun reports whether token k names the press, which publishes
// tolls of its own: "the newspaper", "state media".
func (s *scratch) pressNoun(k int) bool {
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(k))) {
	case "newspaper", "newspapers", "media", "broadcaster", "television", "radio", "daily", "tabloid":
		return true
	}
	return false
}

// speakerAside reports whether the comma at j closes an aside about the
// speaker before it: "A senior official, speaking on condition of
// anonymity, put …", "The official, who asked not to be named, put …".
func (s *scratch) speakerAside(j, lo int) bool {
	for k := j - 1; k > lo && k >= j-12; k-- {
		if s.punct(k, ',') {
			return s.isWord(k+1, "speaking") || s.isWord(k+1, "who")
		}
	}
	return false
}

// tollNoun reports whether token k names a count that is stated: toll,
// tally, figure.
func (s *scratch) tollNoun(k int) bool {
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(k))) {
	case "toll", "tally", "figure", "number", "count", "estimate", "total":
		return true
	}
	return false
}

// mediumNoun reports whether token k names something issued with a
// content: a statement, an announcement, a message.
func (s *scratch) mediumNoun(k int) bool {
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(k))) {
	case "statement", "statements", "announcement", "message", "tweet", "post", "update", "release", "bulletin", "communique", "communiqué", "notice", "letter", "declaration", "video":
		return true
	}
	return false
}

// skipTimeBack steps left from k over a time adverbial between subject and
// cue: "on Tuesday", "last week", "earlier this month".
func (s *scratch) skipTimeBack(k, lo int) int {
	if s.isWord(k, "here") || s.isWord(k, "there") {
		// "Officials here said", "Reports reaching here said"
		j := k - 1
		if j-1 >= lo && s.is(j, fIng|fEd) && !s.is(j, fCap) && s.nounish(j-1) {
			return j - 1
		}
		if j >= lo && s.nounish(j) {
			return j
		}
	}
	j := k
	for j >= lo && j > k-5 && (s.is(j, fTime) || s.kind(j) == text.Number && s.is(j-1, fTime)) {
		j--
	}
	if j == k {
		return k
	}
	if s.isWord(j, "the") && (s.isWord(j-1, "over") || s.isWord(j-1, "during") || s.isWord(j-1, "in") || s.isWord(j-1, "on")) {
		j -= 2 // "A statement from X over the weekend said"
	} else if s.isWord(j, "on") || s.isWord(j, "in") || s.isWord(j, "at") {
		j--
	} else if s.isWord(j, "of") && s.isWord(j-1, "as") {
		j -= 2 // "Reports as of Monday said"
	} else if s.is(j+1, fCap) && s.is(j, fCap) {
		return k // "Super Tuesday": a name, not a time adverbial
	}
	if j >= lo && (s.nounish(j) || s.is(j, fSubjPron) || s.punct(j, ')')) {
		return j
	}
	// "Smith, 67, on Tuesday said": the comma closes an apposition to the subject.
	if j > lo && s.punct(j, ',') && (s.nounish(j-1) || s.kind(j-1) == text.Number) {
		return j
	}
	return k
}

// appositiveAfter extends an inverted source over its apposition:
// "said Dr. Harold Varmus, the former NIH director."
func (s *scratch) appositiveAfter(src tr, hi int) tr {
	// A parenthesis first: "Rep. Jim Clyburn (D-S.C.), the assistant
	// leader …".
	if e := s.parenAfter(src.b, hi); e > 0 {
		src.b = e
	}
	c := src.b
	if !s.punct(c, ',') || c+1 >= hi {
		return src
	}
	e := c + 1
	for e < hi && e < c+25 && !s.punct(e, ',') && !s.terminal(e) && s.kind(e) != text.CloseQuote && s.kind(e) != text.OpenQuote && s.kind(e) != text.Dash {
		e++
	}
	if e >= hi || e == c+1 || s.punct(e, ',') && s.kind(e+1) == text.OpenQuote {
		if e < hi && !s.terminal(e) && !s.punct(e, ',') {
			return src
		}
	}
	if s.kind(e) == text.OpenQuote {
		return src
	}
	if !s.appositiveLike(c+1, e) {
		return src
	}
	for k := c + 1; k < e; k++ {
		if s.is(k, fCue) && !s.is(k, fCap) && !s.nounish(k) {
			return src // "Barkley, who said …": a clause of its own
		}
	}
	return tr{src.a, e}
}

// appositiveLike reports whether tokens [a,b) read as an apposition or a
// relative clause: "a spokesman for the port", "who runs the NRA", "35".
// inParen reports whether token k lies inside a short parenthesis: a "("
// at most four tokens before it and a ")" at most four after, on one line.
func (s *scratch) inParen(k int) bool {
	n := len(s.d.Tokens)
	open := false
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.punct(j, ')') {
			return false
		}
		if s.punct(j, '(') {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for j := k; j < n && j <= k+4; j++ {
		if j > k && newlineBetween(s.d.Text, s.d.Tokens[j-1].End, s.d.Tokens[j].Start) || s.punct(j, '(') {
			return false
		}
		if s.punct(j, ')') {
			return true
		}
	}
	return false
}

// afterFronted cuts from a source noun phrase the fronted phrase it ran
// over when no comma closed that phrase: "In a Bloomberg interview Trump
// declared" — the sentence opens with a preposition, no comma follows,
// and the noun phrase ends in a named person or organisation after a
// common noun or another name. The source is that name with its title.
func (s *scratch) afterFronted(np tr, lo int) tr {
	if np.b-np.a < 2 || np.a <= lo || !s.is(lo, fPrep) || len(s.d.Entities) == 0 {
		return np
	}
	for k := lo; k < np.b; k++ {
		if s.punct(k, ',') {
			return np
		}
	}
	d := s.d
	end := d.Tokens[np.b-1].End
	for _, ei := range s.ents {
		e := &d.Entities[ei]
		if e.Span.End != end || e.Span.Start <= d.Tokens[np.a].Start || e.Type != dossier.Person && e.Type != dossier.Org {
			continue
		}
		a := d.TokenAt(e.Span.Start)
		for a > np.a && s.is(a-1, fCap) && !s.inEntity(a-1) {
			a-- // a title stays with the name: "Senator Okafor"
		}
		if a <= np.a {
			return np
		}
		return tr{a, np.b}
	}
	return np
}

// inEntity reports whether token k lies inside a named entity.
func (s *scratch) inEntity(k int) bool {
	t := s.d.Tokens[k]
	for _, ei := range s.ents {
		e := &s.d.Entities[ei]
		if e.Span.Start >= t.End {
			break
		}
		if e.Span.End > t.Start {
			return true
		}
	}
	return false
}

// parenAfter returns the token after the closing parenthesis of a short
// parenthesis opening at k ("(D-N.C.)", "(R)"), or 0.
func (s *scratch) parenAfter(k, hi int) int {
	if k >= hi || !s.punct(k, '(') {
		return 0
	}
	for e := k + 1; e < hi && e <= k+6; e++ {
		switch {
		case s.punct(e, ')'):
			if e == k+1 {
				return 0
			}
			return e + 1
		case s.punct(e, '('), s.kind(e) == text.OpenQuote, s.kind(e) == text.CloseQuote:
			return 0
		}
	}
	return 0
}

// relativeHead returns the noun before a "who" that opens a relative clause
// ending at k (exclusive) — "an official who spoke anonymously to discuss
// internal strategy" — or -1.
func (s *scratch) relativeHead(k, lo int) int {
	for j := k - 1; j > lo && j >= k-12; j-- {
		if s.punct(j, ',') || s.punct(j, ';') || s.kind(j) == text.OpenQuote || s.kind(j) == text.CloseQuote || s.kind(j) == text.Dash {
			return -1
		}
		if s.isWord(j, "who") {
			if s.nounish(j - 1) {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// countedBefore reports whether the noun phrase ending at k counts
// something: a number is in it ("2,200 fatalities").
func (s *scratch) countedBefore(k, lo int) bool {
	np := s.bwdNP(k, lo)
	for j := np.a; np.ok() && j < np.b; j++ {
		if s.kind(j) == text.Number || numberWord(s.word(j)) {
			return true
		}
	}
	return false
}

// asPutsIt reads "As The Post's Dana Milbank puts it, “…”": the noun
// phrase between "as" and "puts it" speaks what follows.
func (s *scratch) asPutsIt(i, lo, hi int) (att, bool) {
	a := att{cue: tr{i, i + 2}, src: tr{-1, -1}}
	e := s.putItComma(i+2, hi)
	j := i
	if j-1 > lo && s.is(j-1, fLy) {
		j-- // "As one critic memorably put it"
	}
	np := s.bwdNP(j-1, lo)
	if e < 0 || !np.ok() || np.b != j || !s.isWord(np.a-1, "as") {
		return a, false
	}
	a.src = np
	if e > i+2 {
		// "As Simonyan put it in a statement in July, …": what was said
		// starts after the circumstances.
		a.fixed = true
		s.after(&a, e+1, hi, hi)
	}
	return a, true
}

// putItComma returns the comma that ends "As X put it" from k, the token
// after "it": k itself, or the comma after a few words of circumstance
// opening with a preposition ("in a statement to reporters,"); else -1.
func (s *scratch) putItComma(k, hi int) int {
	if s.punct(k, ',') {
		return k
	}
	if !s.is(k, fPrep) {
		return -1
	}
	for j := k + 1; j < hi && j < k+12; j++ {
		switch {
		case s.punct(j, ','):
			return j
		case s.kind(j) != text.Word && s.kind(j) != text.Number && s.kind(j) != text.Abbrev && s.kind(j) != text.Clitic || s.pos && s.finiteVerb(j):
			return -1
		}
	}
	return -1
}

// npEndsSentence reports whether a noun phrase starts at k and a full stop,
// or a comma, follows it.
func (s *scratch) npEndsSentence(k, hi int) bool {
	np := s.fwdNP(k, hi)
	return np.ok() && (s.punct(np.b, '.') || s.punct(np.b, ','))
}

// partyTag reports whether tokens [a,b) are a US party and state tag:
// "R-Ky.", "D-Calif.", "I-Vt".
func (s *scratch) partyTag(a, b int) bool {
	if a >= b || b-a > 3 || a < 0 || b > len(s.d.Tokens) {
		return false
	}
	t := s.d.Text[s.d.Tokens[a].Start:s.d.Tokens[b-1].End]
	if len(t) < 4 || len(t) > 12 || (t[0] != 'R' && t[0] != 'D' && t[0] != 'I') || t[1] != '-' || t[2] < 'A' || t[2] > 'Z' {
		return false
	}
	for k := 3; k < len(t); k++ {
		if c := t[k]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	return true
}

func (s *scratch) appositiveLike(a, b int) bool {
	if a >= b {
		return false
	}
	if s.isWord(a, "who") || s.isWord(a, "whose") || s.isWord(a, "which") {
		return true
	}
	if b-a == 1 && s.kind(a) == text.Number {
		return true // an age
	}
	if s.partyTag(a, b) {
		return true // "Mitch McConnell, R-Ky., said"
	}
	if !(s.is(a, fDet) || s.nounish(a)) {
		return false
	}
	np := s.bwdNP(b-1, a)
	if np.ok() && np.a == a {
		return true
	}
	if s.npChain(a, b) {
		return true // "an economic adviser to Republicans and former director of the budget office"
	}
	// "a nominal Republican who voted for JFK": a noun phrase and its
	// relative clause.
	for k := a + 1; k < b; k++ {
		if s.isWord(k, "who") || s.isWord(k, "whose") || s.isWord(k, "which") || s.relativeThat(k) {
			np := s.bwdNP(k-1, a)
			return np.ok() && np.a == a
		}
	}
	return false
}

// npChain reports whether [a,b) is noun phrases joined by prepositions and
// "and": a title with its attachments.
func (s *scratch) npChain(a, b int) bool {
	k := a
	for n := 0; n < 6; n++ {
		np := s.fwdNP(k, b)
		if !np.ok() || np.a != k {
			return false
		}
		k = np.b
		if k >= b {
			return k == b
		}
		if !s.is(k, fPrep) && !s.isWord(k, "and") || s.isWord(k, "than") {
			return false
		}
		k++
	}
	return false
}

// lastClause returns where the last clause before token k of the sentence
// starting at lo begins: after a semicolon, or after a comma and "but",
// "while", "whereas" or "yet".
func (s *scratch) lastClause(lo, k int) int {
	// A boundary counts when a subject and its verb follow it: after "; "
	// or ", but" a verb alone goes on with the subject before ("Trump
	// questioned …; blamed …; and said …").
	opens := func(c int) bool {
		_, ok := s.clauseSubject(c, k)
		return ok
	}
	for j := k - 2; j > lo; j-- {
		if s.punct(j, ';') && opens(j+1) {
			return j + 1
		}
		if s.punct(j, ',') && (s.isWord(j+1, "but") || s.isWord(j+1, "while") || s.isWord(j+1, "whereas") || s.isWord(j+1, "yet")) && opens(j+2) {
			return j + 2
		}
	}
	return lo
}

// frontedSubject finds, for a clause opening at k after a sentence's
// first participle ("Saying that …, the minister …"), the comma that ends
// the clause and the noun phrase after it, when a finite verb follows that
// noun phrase: the main clause's subject. Else it returns a zero source.
func (s *scratch) frontedSubject(k, hi int) (int, tr) {
	for c := k + 1; c < hi && c < k+40; c++ {
		if s.qOf[c] >= 0 || s.terminal(c) {
			break
		}
		if !s.punct(c, ',') {
			continue
		}
		// (A phrase the tagger's verb ends, as clauseSubject reads it,
		// would take a few more fronted clauses, and cost PolNeAR 0.002
		// source over three seeds.)
		np := s.fwdNP(c+1, hi)
		if !np.ok() || s.is(np.a, fNoSubj) || !s.finiteVerbAt(np.b) || !s.hasFiniteVerb(k, c) {
			continue // a comma inside the clause: "…, in the capital, …", "that if elected, he would …"
		}
		return c, np
	}
	return 0, tr{-1, -1}
}

// hasFiniteVerb reports whether tokens [a,b) hold a finite verb: a
// clause, not only an adverbial before one.
func (s *scratch) hasFiniteVerb(a, b int) bool {
	for k := a; k < b; k++ {
		if s.finiteVerbAt(k) {
			return true
		}
	}
	return false
}

// clauseSubject returns the noun phrase at c, before hi, and whether a
// finite verb follows it: a clause's subject. The phrase ends at a verb
// the tagger reads inside it ("the army retook" is "the army").
func (s *scratch) clauseSubject(c, hi int) (tr, bool) {
	np := s.fwdNP(c, hi)
	if !np.ok() {
		return np, false
	}
	for j := np.a + 1; j < np.b; j++ {
		if s.finiteVerbAt(j) && !s.is(j, fCap) {
			np.b = j
			break
		}
	}
	return np, np.b < hi && s.finiteVerbAt(np.b)
}

// finiteVerbAt reports whether token k is a finite verb, an auxiliary or
// a modal: what follows a clause's subject.
func (s *scratch) finiteVerbAt(k int) bool {
	if k < 0 || k >= len(s.f) {
		return false
	}
	if s.is(k, fBe|fHave|fModal|fDo) {
		return true
	}
	if s.pos {
		return s.finiteVerb(k)
	}
	return s.is(k, fCue) && s.is(k, fPast|fPres)
}

// goForm holds the forms of "go" in "went on to say".
var goForm = map[string]bool{"go": true, "goes": true, "went": true, "going": true, "gone": true}

// relativeThat reports whether "that" at k opens a relative clause — a verb
// follows ("the institute that ran the trial") — rather than a clause with
// a subject of its own ("warned that the dam …").
func (s *scratch) relativeThat(k int) bool {
	if !s.isWord(k, "that") || k+1 >= len(s.d.Tokens) || s.kind(k+1) != text.Word || s.is(k+1, fDet|fSubjPron|fCap|fNum) || s.isWord(k+1, "it") {
		return false
	}
	if s.pos {
		p := s.d.POS[k+1]
		return len(p) >= 2 && (p[:2] == "VB" || p == "MD")
	}
	return true
}

func (s *scratch) hasHave(a, b int) bool {
	for k := a; k < b; k++ {
		if s.is(k, fHave) {
			return true
		}
	}
	return false
}

// confirmed reports whether a weak cue has a complement that makes it speech:
// "that", a colon, a quote, or nothing (an inverted "…, he added.").
func (s *scratch) confirmed(start, end, hi int) bool {
	k := end
	for k < hi && s.is(k, fTime) {
		k++
	}
	if k < hi && (s.punct(k, ':') || s.kind(k) == text.OpenQuote) {
		return true
	}
	if s.isWord(k, "that") && !s.is(k+1, fVerbish) {
		return true
	}
	// "The organization … reports seeing 11,700 cases": a report of what
	// the subject saw or did.
	if w := s.word(end - 1); (strings.EqualFold(w, "reports") || strings.EqualFold(w, "reported")) && k == end && s.is(k, fIng) && !s.is(k, fCap) && !s.is(start-1, fDet) {
		return true
	}
	// "The government blames the MQM for the violence that killed 2,000
	// people": what the blame is for is the speaker's account.
	if w := s.word(end - 1); strings.EqualFold(w, "blame") || strings.EqualFold(w, "blames") || strings.EqualFold(w, "blamed") || strings.EqualFold(w, "blaming") {
		negated := false
		for j := max(start-3, 0); j < end; j++ {
			negated = negated || s.is(j, fNeg) // "has never blamed Russia for …": no account given
		}
		if np := s.fwdNP(k, hi); np.ok() && s.isWord(np.b, "for") && !negated {
			return true
		}
	}
	// "Dianne Bystrom agreed. “Mainstream Republicans are running out of
	// time …”": the speaker's words follow in the paragraph.
	if k == end && s.punct(k, '.') && s.opensQuote(k+1) && k+1 < len(s.para) && s.para[k+1] == s.para[k] {
		return true
	}
	n := k
	for n < hi && n < k+3 && (s.isWord(n, "about") || s.isWord(n, "around") || s.isWord(n, "nearly") || s.isWord(n, "roughly") || s.isWord(n, "some") ||
		s.isWord(n, "approximately") || s.isWord(n, "over") || s.isWord(n, "more") || s.isWord(n, "than") || s.isWord(n, "at") || s.isWord(n, "least") || s.isWord(n, "up") || s.isWord(n, "to")) {
		n++ // "estimates about 26,000"
	}
	if (s.kind(n) == text.Number || numberWord(s.word(n))) && start > 0 && s.is(start-1, fCap|fSpeaker|fSubjPron) && !s.nounModifier(start-1) && !s.unitAfter(n+1) {
		var lb [lowerMax]byte
		switch string(text.AppendLower(lb[:0], s.word(end-1))) {
		case "reports", "report", "estimates", "estimate", "fear", "fears", "counted", "count", "counts", "claim", "claims":
			return true // "The BBC reports 20 people died"; not "News reports 20 …"
		}
	}
	// "opposition groups claim the real figure is over 300": a clause,
	// its subject a noun phrase, follows without "that".
	if start > 0 && (s.is(start-1, fSubjPron|fSpeaker) || s.nounish(start-1)) && s.is(k, fDet) && !s.isWord(k, "no") {
		var lb [lowerMax]byte
		switch string(text.AppendLower(lb[:0], s.word(end-1))) {
		case "claim", "claims", "report", "reports", "estimate", "estimates", "fear", "fears":
			j := k + 1
			for j < hi && j < k+5 && (s.nounish(j) || s.is(j, fCap)) && !s.is(j, fBe|fHave|fModal) {
				j++
			}
			if j > k+1 && j < hi && s.is(j, fBe|fHave|fModal) {
				return true
			}
		}
	}
	if s.is(end-1, fDenial) {
		// "dismissed reports that …", "rejected claims of …"
		j := k
		for j < hi && j < k+3 && (s.is(j, fDet) || s.is(j, fEd|fLy) && !s.is(j, fCap)) {
			j++
		}
		var lb [lowerMax]byte
		switch string(text.AppendLower(lb[:0], s.word(j))) {
		case "reports", "report", "claims", "claim", "allegations", "allegation", "suggestions", "accusations", "rumours", "rumors", "speculation", "accounts", "figures", "estimates":
			if s.isWord(j+1, "that") || s.isWord(j+1, "of") {
				return true
			}
		}
	}
	if s.punct(k, ',') && s.kind(k+1) == text.OpenQuote {
		return true
	}
	// "…," read the statement: inverted right after a quotation.
	if s.kind(start-1) == text.CloseQuote {
		if src := s.fwdNP(end, hi); src.ok() && s.endsBlock(src.b, hi) {
			return true
		}
	}
	// "…,” he added." — preceded by a comma or quote and a short subject.
	b := start - 1
	for b >= 0 && b > start-6 && (s.nounish(b) || s.is(b, fDet|fSubjPron)) {
		b--
	}
	if (s.punct(b, ',') || s.kind(b) == text.CloseQuote) && (k >= hi || s.terminal(k) || s.punct(k, ',')) {
		return true
	}
	return false
}

// endsBlock reports whether an inverted source ending at token e closes the
// cue block: sentence end, a comma, or a medium phrase.
func (s *scratch) endsBlock(e, hi int) bool {
	return e >= hi || s.terminal(e) || s.punct(e, ',') || s.punct(e, ';') || s.kind(e) == text.CloseQuote || s.isWord(e, "in") || s.isWord(e, "on") || s.is(e, fTime) || s.kind(e) == text.Dash
}

// appositive handles "NP, APPOSITION, said": k is the comma before the
// cue. Comma-separated segments are read leftwards while they are
// appositions, relative clauses, ages or (between head and cue) adverbial
// phrases; the leftmost noun phrase is the head. The source runs from the
// head to the last segment that is not adverbial.
func (s *scratch) appositive(k, lo int) (src, core tr, ok bool) {
	e := k // exclusive end of the current segment
	srcEnd := -1
	for n := 0; n < 6 && e > lo; n++ {
		j := e - 1
		for j >= lo && e-j < 25 && !s.punct(j, ',') && s.kind(j) != text.CloseQuote && s.kind(j) != text.OpenQuote && !s.closesQuote(j) && s.kind(j) != text.Dash && !s.punct(j, ';') {
			j--
		}
		a := j + 1
		if a >= e {
			return
		}
		adverbial := s.is(a, fPrep|fSub) && !s.isWord(a, "who") && !s.isWord(a, "which") || s.is(a, fIng|fEd) && !s.is(a, fCap)
		switch {
		case adverbial && srcEnd < 0 && core.b == 0:
			// ", in a statement released on Thursday," — not part of the source
		case srcEnd > 0 && s.isWord(a, "from") && a+1 < e && s.is(a+1, fCap):
			// "Jane Doe, from Leeds, England, said": where the speaker is
			// from; the place after it is part of that phrase, not the speaker.
			core = tr{}
		case s.appositiveLike(a, e):
			if srcEnd < 0 {
				srcEnd = e
			}
			np := s.bwdNP(e-1, a)
			if np.a == a && !s.isWord(a, "who") && !s.isWord(a, "which") && !s.isWord(a, "whose") && !(e-a == 1 && s.kind(a) == text.Number) {
				core = np
			}
		default:
			if core.ok() && srcEnd > 0 {
				return tr{core.a, srcEnd}, core, true
			}
			// The segment is not an apposition: a noun phrase ending it may
			// still be the head ("Hours later Trump, 69, said").
			if np := s.bwdNP(e-1, a); np.ok() && np.b == e && srcEnd > 0 {
				return tr{np.a, srcEnd}, np, true
			}
			return
		}
		if j < lo || !s.punct(j, ',') {
			break
		}
		e = j
	}
	if core.ok() && srcEnd > 0 {
		return tr{core.a, srcEnd}, core, true
	}
	return
}

// bwdNP grows a noun phrase leftwards from its head h, not before lo.
func (s *scratch) bwdNP(h, lo int) tr {
	if s.is(h, fSubjPron) {
		return tr{h, h + 1}
	}
	if s.punct(h, ')') {
		o := s.openParen(h, lo)
		if o < 0 || !s.nounish(o-1) {
			return tr{-1, -1}
		}
		np := s.bwdNP(o-1, lo)
		return tr{np.a, h + 1}
	}
	if !s.nounish(h) {
		return tr{-1, -1}
	}
	a := h
	// nameOwner: the phrase so far opens with a capitalised name and its
	// possessive ("South Korea's intelligence service"), which determines
	// it: a common noun just before the name begins another phrase ("the
	// estimate South Korea's intelligence service announced").
	nameOwner := false
	for k := h - 1; k >= lo && h-k < maxNP; k-- {
		switch {
		case k+1 == a && s.chunkBreak(k):
			return tr{a, h + 1}
		case nameOwner && k+1 == a && s.nounish(k) && !s.is(k, fCap):
			return tr{a, h + 1}
		case s.nounish(k):
			a = k
		case s.kind(k) == text.Clitic && !s.is(k, fBe|fHave|fModal) && (s.nounish(k-1) || s.is(k-1, fTime|fCap)):
			a = k
			nameOwner = s.is(k-1, fCap)
			if s.is(k-1, fTime) {
				a, k = k-1, k-1 // "Saturday’s primary"
			}
		case (s.isWord(k, "by") || s.isWord(k, "in") || s.isWord(k, "for")) && (s.is(k-1, fEd) || s.pos && k > 0 && s.d.POS[k-1] == "VBN") && !s.is(k-1, fCap) && s.nounish(k-2) && s.nounish(k+1) && k+1 == a:
			a, k = k-1, k-1 // "a poll conducted by …", "exit polls taken in South Carolina"
		case k+1 == a && (s.kind(a) == text.Number || numberWord(s.word(a))) && (s.isWord(k, "about") || s.isWord(k, "nearly") || s.isWord(k, "roughly") || s.isWord(k, "almost") || s.isWord(k, "around")):
			a = k // "About four in 10 voters"
		case s.punct(k, ')'):
			o := s.openParen(k, lo)
			if o < 0 || !s.nounish(o-1) {
				return tr{a, h + 1}
			}
			a, k = o, o
		case s.gluedDot(k) && k+1 == a && s.nounish(k-1):
			a, k = k-1, k-1 // "Znak.com", "Ekho.ru"
		case s.is(k, fDet) && !s.is(k, fNoSubj|fSubjPron):
			a = k
			if s.isPP(k-1) && s.nounish(k-2) {
				k--
				continue
			}
			if s.isWord(k-1, "by") && s.is(k-2, fEd) && !s.is(k-2, fCap) && s.nounish(k-3) {
				a, k = k-2, k-2 // "figures released by the ministry"
				continue
			}
			return tr{a, h + 1}
		case s.isPP(k) && (s.nounish(k-1) || s.punct(k-1, ')')) && (s.is(k+1, fCap) || s.is(k+1, fDet) || s.kind(k+1) == text.Number || s.isWord(k, "of")):
			// "spokesman for the ministry", "head of Hamas", "4 in 10",
			// "the Office (NOER) of Chile"
		case s.is(k, fPrep|fConj) && s.is(k-1, fCap) && s.is(k+1, fCap) && s.nounish(k-1) && (s.isWord(k, "to") || s.isWord(k, "on") || s.isWord(k, "for")):
			// "Interfaith Paths to Peace", "Committee on Foreign Relations"
		case k+1 == a && s.is(k, fCap) && s.is(k, fPrep|fConj) && s.is(k-1, fCap) && s.nounish(k-1) && s.is(a, fCap):
			// "Doctors Without Borders": a capitalised function word inside a name
		case (s.isWord(k, "and") || s.isWord(k, "&")) && k+1 == a && s.nounish(k-1) && !(s.is(k+1, fCap) && !s.is(k-1, fCap)) && !(a == h && s.quantifier(h)):
			// "Ukrainian and U.S. officials", "doctors and nurses"; not "a photo and Clinton"
		case k+1 == a && s.chunkInside(a) && s.chunkWord(k):
			a = k // the chunker's noun phrase goes on: "Many lawmakers", "the state attorney general"
		default:
			return tr{a, h + 1}
		}
	}
	return tr{a, h + 1}
}

// openParen returns the "(" matching the ")" at k within a few tokens, or -1.
func (s *scratch) openParen(k, lo int) int {
	for j := k - 1; j >= lo && j > k-8; j-- {
		if s.punct(j, '(') {
			return j
		}
		if s.punct(j, ')') {
			return -1
		}
	}
	return -1
}

// isPP reports whether token i is a preposition that can attach inside a
// speaker noun phrase.
func (s *scratch) isPP(i int) bool {
	if !s.is(i, fPrep) {
		return false
	}
	return s.isWord(i, "of") || s.isWord(i, "for") || s.isWord(i, "at") || s.isWord(i, "from") || s.isWord(i, "in") || s.isWord(i, "with")
}

// fwdNP reads a noun phrase starting at i, with its of/in/at PP attachments:
// "Chief Superintendent Graciano Mijares of the police of the Autonomous
// Region in Muslim Mindanao".
func (s *scratch) fwdNP(i, hi int) tr {
	if i >= hi {
		return tr{-1, -1}
	}
	if s.is(i, fSubjPron) && !s.isWord(i, "it") {
		return tr{i, i + 1}
	}
	k := i
	for k < hi && s.is(k, fDet) && !s.is(k, fNoSubj) {
		k++
	}
	last := -1
	for k < hi && k-i < maxNP {
		switch {
		case s.nounish(k):
			if s.is(k, fEd|fLy) && !s.is(k, fCap) && !(s.nounish(k+1) && k+1 < hi) {
				goto done
			}
			if (s.isWord(k, "late") || s.isWord(k, "early")) && s.is(k+1, fTime) {
				goto done // "… Engineering late today"
			}
			last = k
		case s.kind(k) == text.Clitic && !s.is(k, fBe|fHave|fModal) && last == k-1:
			last = k
		case s.punct(k, '(') && last == k-1:
			// "Sen. Bernie Sanders (I-Vt.)"
			j := k + 1
			for j < hi && j < k+8 && !s.punct(j, ')') && !s.punct(j, '(') {
				j++
			}
			if !s.punct(j, ')') {
				goto done
			}
			last, k = j, j
		case s.is(k, fDet) && last == k-1 && s.kind(k-1) == text.Clitic:
		case last == k-1 && s.is(k, fTime) && s.is(k, fCap) && s.is(k-1, fCap) && !calendarWord(s.word(k)):
			last = k // "Kristen Day": a surname that is also a time word
		case last == k-1 && s.is(k, fCap) && s.is(k, fPrep|fConj) && s.is(k-1, fCap) && k+1 < hi && s.is(k+1, fCap) && s.nounish(k+1):
			// "Reporters Without Borders": a capitalised function word inside a name
		case last == k-1 && s.chunkInside(k):
			last = k
		case (s.isWord(k, "and") || s.isWord(k, "&")) && last == k-1 && s.is(k+1, fCap):
		case s.isPP(k) && last == k-1:
			j := k + 1
			for j < hi && s.is(j, fDet) && !s.is(j, fNoSubj) {
				j++
			}
			if j >= hi || !s.nounish(j) || s.is(j, fTime) {
				goto done
			}
			// "in a statement" is not part of the speaker; "of the police" is.
			if !s.isWord(k, "of") && !s.is(j, fCap) {
				goto done
			}
			k = j
			continue
		default:
			goto done
		}
		k++
	}
done:
	if last < 0 {
		return tr{-1, -1}
	}
	return tr{i, last + 1}
}

// according builds "according to X" attributions.
func (s *scratch) according(i, lo, hi int) (att, bool) {
	a := att{cue: tr{i, i + 2}, src: tr{-1, -1}, according: true}
	a.src = s.fwdNP(i+2, hi)
	a.srcAfter = true
	if s.objPron(i+2) && !s.nounish(i+3) {
		a.src = tr{i + 2, i + 3} // "according to her": the speaker named before
		return a, true
	}
	if h := a.src.b - 1; a.src.ok() && s.isWord(a.src.b, "by") && (s.documentSubject(h, a.src.a) || s.is(h, fMedium)) {
		// "according to the reports by X": the document with its author
		if np := s.fwdNP(a.src.b+1, hi); np.ok() {
			a.src.b = np.b
		}
	}
	// "according to a study by researchers at the university, …": a
	// phrase that runs up to the comma still describes the source.
	for n := 0; n < 2 && a.src.ok() && s.isPP(a.src.b); n++ {
		np := s.fwdNP(a.src.b+1, hi)
		if !np.ok() || s.is(np.a, fTime) || s.is(np.b-1, fTime|fMedium) || s.kind(np.b-1) == text.Number || !(s.punct(np.b, ',') || np.b >= hi || s.terminal(np.b)) {
			break
		}
		a.src.b = np.b // (or to the end of the sentence: "…, according to figures from the health authority.")
	}
	return a, a.src.ok()
}

// relayedBy reports whether tokens i… read "as relayed by", "as reported
// by", "as conveyed by": an aside naming who passes the words on.
func (s *scratch) relayedBy(i, hi int) bool {
	if i+3 >= hi || s.f[i]&fSub == 0 || !s.isWord(i, "as") || !s.isWord(i+2, "by") {
		return false
	}
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(i+1))) {
	case "relayed", "reported", "conveyed", "quoted", "described", "cited", "presented", "summarized", "summarised":
		return true
	}
	return false
}

// relay reads "Y's assessment, as relayed by X, is that …": X is the
// speaker, Y (the possessor of what is relayed) the source X cites, and
// the content runs around the aside as for "according to".
func (s *scratch) relay(i, lo, hi int) (att, bool) {
	a := att{cue: tr{i, i + 3}, according: true, srcAfter: true}
	a.src = s.fwdNP(i+3, hi)
	if !a.src.ok() {
		return a, false
	}
	if i-2 >= lo && s.punct(i-1, ',') {
		np := s.bwdNP(i-2, lo)
		for k := np.a + 1; k < np.b; k++ {
			if w := s.word(k); w == "'s" || w == "’s" {
				a.addCited(tr{np.a, k})
				break
			}
		}
	}
	return a, true
}

// lowerMax is the room on the stack for a word looked up in a switch:
// "switch string(text.AppendLower(lb[:0], w))" with lb a [lowerMax]byte
// does not allocate, where switching on lowerASCII(w) did for every
// capitalised word.
const lowerMax = 24

func lowerASCII(w string) string {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' {
			b := make([]byte, len(w))
			for j := 0; j < len(w); j++ {
				c := w[j]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b[j] = c
			}
			return string(b)
		}
	}
	return w
}

// pollAfter reports whether a noun phrase headed by poll, survey or study
// starts at i.
func (s *scratch) pollAfter(i, hi int) bool {
	// Most "in"s have no such word near: look before parsing.
	near := false
	for k := i; k < hi && k < i+maxNP; k++ {
		if s.f[k]&(fSpeaker|fMedium) != 0 || s.isWord(k, "surveys") {
			near = true
			break
		}
	}
	if !near {
		return false
	}
	np := s.fwdNP(i, hi)
	if !np.ok() {
		return false
	}
	h := s.docHead(np)
	return s.isWord(h, "poll") || s.isWord(h, "polls") || s.isWord(h, "survey") || s.isWord(h, "surveys") || s.isWord(h, "study") || s.isWord(h, "report")
}

// docHead returns the head noun of a document phrase: the last word before
// its first prepositional phrase ("a report by the UN agency" → report).
func (s *scratch) docHead(np tr) int {
	for k := np.a + 1; k < np.b; k++ {
		if s.isPP(k) {
			return k - 1
		}
	}
	return np.b - 1
}

// authoredDoc reports whether np names a document its authors speak
// through ("a report", "a study"), not one that polls other people.
func (s *scratch) authoredDoc(np tr) bool {
	if !np.ok() {
		return false
	}
	h := s.docHead(np)
	return s.isWord(h, "report") || s.isWord(h, "study")
}

// headline reads "Name: content" at the start of a paragraph — a headline
// or a transcript line — as an attribution with the colon as cue and the
// rest of the paragraph as content.
// dashCredit reads a quotation credited after a dash at the end of its
// paragraph — “…” ― Jane Doe — as an attribution: the dash is the cue,
// the name the source and the quotation the content.
func (s *scratch) dashCredit(i int) (att, bool) {
	a := att{cue: tr{i, i + 1}, fixed: true, srcAfter: true}
	q := s.qOf[i-1]
	n := len(s.d.Tokens)
	if q < 0 || i+1 >= n || s.para[i+1] != s.para[i] || !s.is(i+1, fCap) {
		return a, false
	}
	e := i + 1
	for e < n && e <= i+6 && s.para[e] == s.para[i] && (s.is(e, fCap) || s.kind(e) == text.Abbrev) {
		e++
	}
	// A credit line under a paragraph that is one quotation ("“…”¶—
	// Michelle Marks, Philadelphia."): what follows the name is a note on
	// the speaker.
	if qq := s.quotes[q]; s.para[i-1] != s.para[i] && (qq.a == 0 || s.para[qq.a-1] != s.para[qq.a]) && s.punct(e, ',') {
		for e+1 < n && s.para[e+1] == s.para[i] {
			e++
		}
		if !s.punct(e, '.') {
			return a, false
		}
		// The name alone is the speaker.
		name := i + 2
		for name < n && (s.is(name, fCap) || s.kind(name) == text.Abbrev) {
			name++
		}
		a.src = tr{i + 1, name}
		a.addPart(tr{qq.a, qq.b})
		return a, true
	}
	// The name ends the paragraph (a full stop may close it).
	if e < n && s.para[e] == s.para[i] && !(s.punct(e, '.') && (e+1 == n || s.para[e+1] != s.para[i])) {
		return a, false
	}
	a.src = tr{i + 1, e}
	a.addPart(tr{s.quotes[q].a, s.quotes[q].b})
	return a, true
}

// turnOpens reports whether token lo opens a paragraph with a quote mark,
// as each turn of a quoted transcript does.
func (s *scratch) turnOpens(lo int) bool {
	fam, _, _, _ := s.qmark(lo)
	return fam != famNone && (lo == 0 || s.para[lo] != s.para[lo-1])
}

func (s *scratch) headline(i, lo int) (att, bool) {
	a := att{cue: tr{i, i + 1}, fixed: true}
	// A transcript may open each turn with a quote mark: "PENCE: Well, …
	if fam, _, _, _ := s.qmark(lo); fam != famNone && lo+1 < i {
		lo++
	}
	np := s.bwdNP(i-1, lo)
	if !np.ok() || np.a != lo || !s.is(lo, fCap) || s.is(lo, fTime) {
		return a, false
	}
	if s.kind(i+1) == text.Number {
		return a, false // "Injured: 4,877": a table row, not a speaker
	}
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(i-1))) {
	case "latest", "note", "update", "updates", "daily", "recap", "timeline", "analysis", "explainer", "watch", "video", "photos", "live":
		return a, false // "The Latest: …", "Editor's Note: …": a label, not a speaker
	}
	e := i + 1
	for e < len(s.d.Tokens) && s.para[e] == s.para[i] {
		// "Clinton: “…” Bush: “…”": the next turn ends this one.
		if e > i+2 && s.kind(e-1) == text.CloseQuote && e+3 < len(s.d.Tokens) && s.is(e, fCap) && (s.punct(e+1, ':') || s.punct(e+2, ':')) {
			break
		}
		e++
	}
	e = s.trimEnd(i+1, e)
	if e <= i+1 {
		return a, false
	}
	a.src = np
	a.addPart(tr{i + 1, e})
	return a, true
}

// askConfirmed: "asked (them) whether …", "asked about …".
func (s *scratch) askConfirmed(lw string, end, hi int) bool {
	if lw != "asked" && lw != "asks" && lw != "ask" && lw != "asking" {
		return false
	}
	for k := end; k < hi && k < end+6; k++ {
		if s.isWord(k, "whether") || s.isWord(k, "if") || s.isWord(k, "about") || s.isWord(k, "how") || s.isWord(k, "what") || s.isWord(k, "why") || s.isWord(k, "when") || s.kind(k) == text.OpenQuote {
			return true
		}
		if s.punct(k, ',') || s.terminal(k) {
			return false
		}
	}
	return false
}

// npHead returns the head of the noun phrase ending at k — the noun before
// its first attachment: "data from the ministry", "figures released by the
// agency" — or -1.
func (s *scratch) npHead(k, lo int) int {
	np := s.bwdNP(k, lo)
	if !np.ok() {
		return -1
	}
	for j := np.a + 1; j < np.b; j++ {
		if s.isWord(j, "by") && s.is(j-1, fEd) && j-1 > np.a {
			return j - 2
		}
		if s.isPP(j) {
			return j - 1
		}
	}
	return np.b - 1
}

// documentSubject reports whether the noun phrase ending at k is headed by
// a poll, survey, study or the like: "the survey found", "polls show".
func (s *scratch) documentSubject(k, lo int) bool {
	if k < lo {
		return false
	}
	for _, w := range [...]string{"poll", "polls", "survey", "surveys", "study", "studies", "data", "report", "reports", "results", "figures", "analysis", "research", "records", "documents", "numbers", "review", "investigation", "audit", "estimates", "statistics", "tally", "tallies", "toll", "tolls"} {
		if s.isWord(k, w) {
			return true
		}
	}
	return false
}

// stateParticiple reports whether "confirmed" is an adjective of state
// before a casualty word: "are confirmed dead", "36 confirmed cases". (Not
// "reported killed" or "believed dead": those hedge the figure.)
func (s *scratch) stateParticiple(lw string, end int) bool {
	switch lw {
	case "confirmed", "verified":
	default:
		return false
	}
	for _, w := range [...]string{"dead", "killed", "deaths", "death", "cases", "case", "infections", "infected", "fatalities", "casualties", "injured", "wounded", "missing", "positive"} {
		if s.isWord(end, w) {
			return true
		}
	}
	return false
}

// deathSense reports whether a form of "claim" takes lives as its object:
// "the storm claimed 20 lives", "claimed the lives of".
func (s *scratch) deathSense(lw string, end, hi int) bool {
	switch lw {
	case "claim", "claims", "claimed", "claiming":
	default:
		return false
	}
	for k := end; k < hi && k < end+6; k++ {
		if s.isWord(k, "lives") || s.isWord(k, "life") || s.isWord(k, "victims") {
			return !s.is(k+1, fBe|fHave|fModal|fVerbish)
		}
		if !(s.kind(k) == text.Number || s.is(k, fDet|fAdv|fStop) || s.isWord(k, "about") || s.isWord(k, "around") || s.isWord(k, "at") || s.isWord(k, "least") || s.isWord(k, "than") || s.isWord(k, "over") || s.isWord(k, "nearly") || s.isWord(k, "almost") || s.isWord(k, "some") || s.isWord(k, "hundreds") || s.isWord(k, "thousands") || s.isWord(k, "dozens") || s.isWord(k, "up") || s.isWord(k, "to")) {
			return false
		}
	}
	return false
}

// responsibilitySense reports whether a form of "claim" takes an attack or
// the responsibility for one as its object — "the group claimed the
// bombing", "claimed responsibility for", "attacks claimed by the group" —
// which owns a deed and states no figure.
func (s *scratch) responsibilitySense(lw string, start, end, lo, hi int) bool {
	switch lw {
	case "claim", "claims", "claimed", "claiming":
	default:
		return false
	}
	for k := end; k < hi && k < end+6; k++ {
		if s.deedNoun(k) {
			return true
		}
		if !(s.is(k, fDet) || s.kind(k) == text.Number || s.nounish(k) && !s.is(k, fCap)) {
			break
		}
	}
	if s.isWord(end, "by") {
		k := start - 1
		if s.punct(k, ',') {
			k--
		}
		return s.deedNoun(k)
	}
	return false
}

// deedNoun reports whether token k names an attack or the responsibility
// for one.
func (s *scratch) deedNoun(k int) bool {
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(k))) {
	case "responsibility", "credit", "attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "assault", "assaults", "ambush", "ambushes", "raid", "raids", "strike", "strikes", "shooting", "shootings", "killing", "killings", "kidnapping", "kidnappings", "massacre", "massacres", "beheading", "beheadings", "abduction", "abductions":
		return true
	}
	return false
}

// admitsPatients reports whether a form of "admit" takes people into a
// hospital rather than a fact: "treated and admitted 18 miners", "admitted
// to hospital" — not "admitted that", "admitted to killing".
func (s *scratch) admitsPatients(lw string, end int) bool {
	switch lw {
	case "admit", "admits", "admitted", "admitting":
	default:
		return false
	}
	if s.isWord(end, "to") {
		return !s.is(end+1, fIng) && !s.is(end+1, fCue)
	}
	if s.kind(end) == text.Number {
		return true
	}
	for _, w := range [...]string{"dozens", "hundreds", "scores", "several", "about", "around", "nearly", "some", "more", "at", "over", "patients", "people", "victims"} {
		if s.isWord(end, w) {
			return true
		}
	}
	return false
}

// gluedDot reports whether token k is a period inside a name, touching both
// neighbours, with a lower-case word after it: the ".com" of "Znak.com".
func (s *scratch) gluedDot(k int) bool {
	if !s.punct(k, '.') || k == 0 || k+1 >= len(s.d.Tokens) {
		return false
	}
	t := s.d.Tokens
	if t[k-1].End != t[k].Start || t[k].End != t[k+1].Start || t[k+1].Kind != text.Word {
		return false
	}
	c := s.d.Text[t[k+1].Start]
	return c >= 'a' && c <= 'z' && t[k+1].End-t[k+1].Start <= 4
}

// citingBefore returns the "citing" or "quoting" that opens the comma
// segment ending at the comma k, or -1.
func (s *scratch) citingBefore(k, lo int) int {
	for j := k - 1; j >= lo && j > k-maxNP; j-- {
		if s.punct(j, ',') || s.terminal(j) || s.kind(j) == text.CloseQuote {
			return -1
		}
		if s.isWord(j, "citing") || s.isWord(j, "quoting") {
			if s.punct(j-1, ',') {
				return j
			}
			return -1
		}
	}
	return -1
}

// quotedAs returns Y in "quoted Y as saying": the source quoted, and the
// token after "saying".
func (s *scratch) quotedAs(lw string, end, hi int) (tr, int) {
	switch lw {
	case "quoted", "quotes", "quote":
	default:
		return tr{-1, -1}, -1
	}
	np := s.fwdNP(end, hi)
	if !np.ok() {
		return tr{-1, -1}, -1
	}
	// Past what may part the source from "as": a possessive ("the
	// emergency rule governor's office"), a name's initials in brackets
	// ("the Observatory (ONDH)"), an apposition ("the observatory, a
	// government watchdog,").
	j := np.b
	for n := 0; n < 3 && j < hi && !s.isWord(j, "as"); n++ {
		switch {
		case s.kind(j) == text.Clitic && !s.is(j, fBe|fHave|fModal):
			if more := s.fwdNP(j+1, hi); more.ok() {
				np.b, j = more.b, more.b
				continue
			}
		case s.punct(j, '('):
			if k := s.closing(j, hi, ')'); k > j {
				np.b, j = k+1, k+1
				continue
			}
		case s.punct(j, ','):
			if k := s.closing(j, hi, ','); k > j && s.isWord(k+1, "as") {
				j = k + 1
				continue
			}
		}
		break
	}
	if !s.isWord(j, "as") || !s.is(j+1, fGer) {
		return tr{-1, -1}, -1
	}
	return np, j + 2
}

// closing returns the first token c after open, within a few words and
// before the sentence's end at hi, or -1.
func (s *scratch) closing(open, hi int, c byte) int {
	for k := open + 1; k < hi && k <= open+10; k++ {
		if s.punct(k, c) {
			return k
		}
		if s.terminal(k) || s.punct(k, ';') {
			return -1
		}
	}
	return -1
}

// accordingBefore returns the "according" of an "according to X" phrase
// that ends at the comma k, or -1.
func (s *scratch) accordingBefore(k, lo int) int {
	for j := k - 2; j >= lo && j > k-maxNP; j-- {
		if s.punct(j, ',') || s.terminal(j) {
			return -1
		}
		if s.f[j]&fTrigger != 0 && s.isWord(j, "according") && s.isWord(j+1, "to") {
			if np := s.fwdNP(j+2, k+1); np.ok() && np.b == k {
				return j
			}
			return -1
		}
	}
	return -1
}

// quantifier reports whether token i is a quantifier standing for a noun
// phrase: "… changed their minds and several said".
func (s *scratch) quantifier(i int) bool {
	return s.isWord(i, "several") || s.isWord(i, "many") || s.isWord(i, "most") || s.isWord(i, "few") || s.isWord(i, "all") || s.isWord(i, "some")
}

// numberWord reports whether w spells a count: "twelve", "dozens".
func numberWord(w string) bool {
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], w)) {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
		"dozens", "hundreds", "thousands", "millions":
		return true
	}
	return false
}

// adjective reports whether token k is an adjective ("the previous toll").
func (s *scratch) adjective(k int) bool {
	if k < 0 || k >= len(s.d.Tokens) || s.is(k, fCap) {
		return false
	}
	if s.pos {
		return strings.HasPrefix(s.d.POS[k], "JJ")
	}
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], s.word(k))) {
	case "previous", "official", "overall", "new", "latest", "initial":
		return true
	}
	return false
}

// afterQuotation reports whether the cue word at i closes a "…," the
// statement read. frame: a quotation, a short noun phrase, the cue, and
// the end of the sentence or a comma.
func (s *scratch) afterQuotation(i, lo, hi int) bool {
	if i+1 < hi && !s.terminal(i+1) && !s.punct(i+1, ',') {
		return false
	}
	b := i - 1
	for b >= lo && b > i-5 && (s.nounish(b) || s.is(b, fDet)) {
		b--
	}
	return b >= lo && b < i-1 && s.kind(b) == text.CloseQuote
}

// mediumFront reads a sentence that opens with the medium it was said in
// and goes on to a colon and a quotation: "In a statement released after
// the raid, the ministry defended the operation: “…”". The subject after
// the comma is the source (the verb need not be one of speech), the rest
// of the sentence the content.
func (s *scratch) mediumFront(i, hi int) (att, bool) {
	a := att{src: tr{-1, -1}}
	k := i + 1
	for k < hi && k < i+5 && !s.mediumNoun(k) && (s.is(k, fDet) || s.isWord(k, "his") || s.isWord(k, "her") || s.isWord(k, "its") || s.isWord(k, "their") || s.adjective(k) || s.nounish(k)) {
		k++
	}
	if !s.mediumNoun(k) {
		return a, false
	}
	m := k
	c := k + 1
	for c < hi && c < k+15 && !s.punct(c, ',') && s.kind(c) == text.Word {
		c++
	}
	if !s.punct(c, ',') {
		return a, false
	}
	src := s.fwdNP(c+1, hi)
	if !src.ok() || src.b >= hi || s.kind(src.b) != text.Word || s.is(src.b, fCue) {
		return a, false // "In a statement, the ministry said": the verb's own
	}
	// The sentence must go on to a colon and a quotation.
	colon := -1
	for j := src.b; j+1 < hi; j++ {
		if s.punct(j, ':') && s.kind(j+1) == text.OpenQuote {
			colon = j
			break
		}
	}
	if colon < 0 {
		return a, false
	}
	a.cue, a.src, a.fixed = tr{i, m + 1}, src, true
	s.after(&a, src.b, hi, hi)
	return a, true
}

// finiteVerb reports whether the tagger reads token i as a verb in the past
// or present tense.
func (s *scratch) finiteVerb(i int) bool {
	switch s.d.POS[i] {
	case "VBD", "VBZ", "VBP":
		return s.f[i]&(fBe|fHave|fModal|fDo) == 0
	}
	return false
}

// quoteVerb reads a verb outside the cue lexicon that frames a quotation
// in its own sentence: after it, with its subject between ("“…,” the judge
// exclaimed", "“…?” Boyle asked Trump") or after the verb ("“…,” wrote
// Sanders"), or before it, followed by a comma or colon ("He concluded,
// “…”", "Potts echoed: “…”"). The quotation is the content.
func (s *scratch) quoteVerb(i, lo, hi int) (att, bool) {
	a := att{src: tr{-1, -1}}
	// Most verbs stand far from any quotation: look for a mark first.
	near := false
	for k := max(i-10, lo); k <= i+3 && k < len(s.d.Tokens); k++ {
		if s.kind(k) == text.CloseQuote || s.kind(k) == text.OpenQuote {
			near = true
			break
		}
	}
	if !near {
		return a, false
	}
	speaker := func(np tr) bool {
		if !np.ok() {
			return false
		}
		h := np.b - 1
		return s.is(h, fSubjPron) && !s.isWord(h, "it") || s.is(h, fCap|fSpeaker) || s.is(np.a, fDet) && s.nounish(h)
	}
	// After the quotation: “…,” NP VERB or “…,” VERB NP.
	if np := s.bwdNP(i-1, lo); np.ok() && np.b == i {
		if c := np.a - 1; c >= 0 && s.kind(c) == text.CloseQuote && s.qOf[c] >= 0 && speaker(np) && s.quoteEndsOpen(c) {
			q := s.quotes[s.qOf[c]]
			a.cue, a.src, a.fixed = tr{i, i + 1}, np, true
			a.addPart(tr{q.a, q.b})
			return a, true
		}
	}
	if c := i - 1; c >= 0 && s.kind(c) == text.CloseQuote && s.qOf[c] >= 0 && s.quoteEndsOpen(c) {
		if np := s.fwdNP(i+1, hi); speaker(np) && s.endsBlock(np.b, hi) {
			q := s.quotes[s.qOf[c]]
			a.cue, a.src, a.srcAfter, a.fixed = tr{i, i + 1}, s.appositiveAfter(np, hi), true, true
			a.core = np
			a.addPart(tr{q.a, q.b})
			return a, true
		}
	}
	// Before it: NP VERB, “…” or NP VERB: “…”, a particle or adverb
	// allowed after the verb ("shot back", "replied simply").
	o := i + 1
	if s.isWord(o, "back") || s.isWord(o, "out") || s.isWord(o, "up") || s.isWord(o, "again") || s.is(o, fLy) && !s.is(o, fCap) {
		o++
	}
	if o+1 < len(s.d.Tokens) && (s.punct(o, ',') || s.punct(o, ':')) && s.kind(o+1) == text.OpenQuote && s.qOf[o+1] >= 0 {
		k := i - 1
		for k >= lo && k > i-3 && s.is(k, fAdv|fLy) && !s.is(k, fCap) {
			k-- // "He then added", "she simply replied"
		}
		if np := s.bwdNP(k, lo); speaker(np) && np.b == k+1 && (np.a == lo || s.punct(np.a-1, ',')) {
			q := s.quotes[s.qOf[o+1]]
			a.cue, a.src, a.fixed = tr{i, o}, np, true
			a.addPart(tr{q.a, q.b})
			return a, true
		}
	}
	return a, false
}

// quoteEndsOpen reports whether the quotation closed at c leaves its
// sentence open for a speaker: it ends in a comma, a question or an
// exclamation mark.
func (s *scratch) quoteEndsOpen(c int) bool {
	p := c - 1
	return p >= 0 && (s.punct(p, ',') || s.punct(p, '?') || s.punct(p, '!'))
}

// learnedSpeakers gives a quotation the rules left without a speaker the
// source of the learned attribution whose content holds it.
func learnedSpeakers(d *nlp.Doc) {
	var speakers []dossier.Mention
	for qi := range d.Quotes {
		q := &d.Quotes[qi]
		if q.Speaker != nil {
			continue
		}
		for ai := range d.Attributions {
			a := &d.Attributions[ai]
			if !a.Learned || a.Source.Span.Len() == 0 {
				continue
			}
			held := false
			for _, c := range a.Content {
				if c.Start <= q.Span.Start && q.Span.End <= c.End {
					held = true
				}
			}
			if held {
				if speakers == nil {
					speakers = make([]dossier.Mention, 0, len(d.Quotes))
				}
				speakers = append(speakers, a.Source)
				q.Speaker = &speakers[len(speakers)-1]
				break
			}
		}
	}
}

// calendarWord reports whether w names a day, a month or a relative day:
// after a name it dates the sentence ("said Smith Monday").
func calendarWord(w string) bool {
	var lb [lowerMax]byte
	switch string(text.AppendLower(lb[:0], w)) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
		"tonight", "yesterday", "tomorrow", "last", "this", "next", "earlier", "later", "recently", "ago":
		return true
	}
	return false
}
