package attrib

import (
	"cmp"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/model"
	"github.com/dossierhq/dossier/nlp/perceptron"
	"github.com/dossierhq/dossier/text"
)

// The learned part of the stage: two averaged perceptrons trained on
// PolNeAR (see train.go). The cue tagger reads every candidate token (a
// verb, a cue-lexicon word, a token the rules took for a cue …) and labels
// it B, I or O of a cue span, with the rules' own cue decision as one of
// its features. The role labeller then reads, for each cue, the tokens of
// a window around it and labels each outside, source or content (BIO),
// again with the rules' source and content for that cue as features. The
// rules stay the authority on everything the corpus does not annotate
// (chains, hedges, quote speakers, entities): where a learned cue matches
// a rule cue, only the spans change; a cue the rules missed becomes a new
// attribution.

// Model is the learned attribution model. It is safe for concurrent use.
type Model struct {
	cue  *perceptron.Model
	role *perceptron.Model
	// cueRules maps a candidate's (word, previous label, sentence
	// context), under cueRuleKey, to the label the cue tagger nearly
	// always gives it (perceptron.Distiller): most candidates are
	// frequent verbs that are no cue.
	cueRules *perceptron.Table
}

// cueRuleKey is the context of a distilled cue rule: the lower-cased word,
// the previous label and the cue tagger's sentence-context bits.
func cueRuleKey(word uint64, prev int, ctx uint64) uint64 {
	return perceptron.Mix(perceptron.Mix(perceptron.Mix(0x63756572, word), uint64(prev)), ctx)
}

// withCueRules returns m with the given distilled cue rules.
func (m *Model) withCueRules(rules map[uint64]uint8) *Model {
	return &Model{cue: m.cue, role: m.role, cueRules: perceptron.NewTable(rules)}
}

// Cue and role classes.
var (
	cueClasses  = []string{"O", "B", "I"}
	roleClasses = []string{"O", "B-S", "I-S", "B-C", "I-C"}
)

const (
	roleO = iota
	roleBS
	roleIS
	roleBC
	roleIC
)

// roleAllowed[p+1] masks the classes allowed after class p (-1: none yet):
// an I continues only its own role.
var roleAllowed = func() [][]bool {
	out := make([][]bool, len(roleClasses)+1)
	for p := -1; p < len(roleClasses); p++ {
		a := make([]bool, len(roleClasses))
		for c := range a {
			switch c {
			case roleIS:
				a[c] = p == roleBS || p == roleIS
			case roleIC:
				a[c] = p == roleBC || p == roleIC
			default:
				a[c] = true
			}
		}
		out[p+1] = a
	}
	return out
}()

// cueAllowed[p] masks the cue classes allowed after class p: I only
// continues a cue.
var cueAllowed = [][]bool{{true, true, false}, {true, true, true}, {true, true, true}}

// Model file names in the model file system.
const (
	CueFile  = "attrib-cue.gz"
	RoleFile = "attrib-role.gz"
)

// LoadModelFS reads the learned model from fsys (e.g. model.FS).
func LoadModelFS(fsys fs.FS) (*Model, error) {
	load := func(name string, classes []string) (*perceptron.Model, error) {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("load attribution model: %w", err)
		}
		defer f.Close()
		m, err := perceptron.Load(f)
		if err != nil {
			return nil, fmt.Errorf("load attribution model %s: %w", name, err)
		}
		if strings.Join(m.Classes, " ") != strings.Join(classes, " ") {
			return nil, fmt.Errorf("load attribution model %s: classes %v, want %v", name, m.Classes, classes)
		}
		return m, nil
	}
	c, err := load(CueFile, cueClasses)
	if err != nil {
		return nil, err
	}
	r, err := load(RoleFile, roleClasses)
	if err != nil {
		return nil, err
	}
	rules, err := perceptron.ReadRules(c.Extra, len(cueClasses))
	if err != nil {
		return nil, fmt.Errorf("load attribution model %s: %w", CueFile, err)
	}
	c.Extra = nil
	return (&Model{cue: c, role: r}).withCueRules(rules), nil
}

// Save writes the two model files with save, which receives a file name
// and the function that writes it.
func (m *Model) Save(save func(name string, write func(io.Writer) error) error) error {
	m.cue.Extra = perceptron.AppendRules(nil, m.cueRules.Map())
	if err := save(CueFile, m.cue.Save); err != nil {
		return err
	}
	return save(RoleFile, m.role.Save)
}

// learned holds the per-document state of the learned pass.
type learned struct {
	plan         roleContext // the role window being planned (learn)
	decoded      []tr        // decodeRoles' parts
	learnedParts []int32     // where each learned attribution's contents start in learnedSpans
	learnedSpans []dossier.Span
	lw           []uint64  // lower-cased word hash per token
	ph           []uint64  // POS tag hash
	pc           []uint16  // POS classes (posVerb …)
	sent         []int32   // index into scratch.sents per token
	rcue         []uint8   // the rules' cue label per token (0 O, 1 B, 2 I)
	ratt         []int32   // 1 + the rule attribution whose cue covers the token, or 0
	mcue         []uint8   // the cue tagger's label per token
	ent          []uint8   // entity type inside an entity (1 person, 2 organisation, 3 other), else 0
	inRule       []uint8   // 1 inside a rule attribution's source, 2 inside its content
	role         []int8    // role labels of the current window
	marg         []float32 // per window token: its label's score above O's
	feats        []uint64
	// stat holds the static features computed ahead (planCues,
	// planRoles); slot, per token, 1 + where a cue candidate's start
	// (or noCandidate, noFeatures); one, those computed on the spot.
	stat []uint64
	slot []int32
	one  []uint64
	// cueRules are the model's distilled cue rules; distill, when not
	// nil, counts the tagger's labels for new ones instead.
	cueRules *perceptron.Table
	distill  perceptron.Distiller
	score    []float32
	rules    []ruleAtt
	parts    []tr // the rules' content parts, which ruleAtt.parts slice
	cues     []tr
	added    []dossier.Attribution // sortAttributions' learned attributions
	visit    []int32               // the tokens the cue tagger visits (prepare)
	vplan    int                   // where planCues' visits ended
	vtag     int                   // and cueSentence's
	windows  []roleWindow
	posTags  tagCache
	chunks   tagCache
}

// ruleAtt is a rule attribution in tokens.
type ruleAtt struct {
	cue, src tr
	parts    []tr
}

// Feature templates. Retired ones keep their place (_) so that the others
// keep their numbers, and the committed model its meaning.
const (
	xBias uint64 = iota + 101
	xW
	xWm1
	xWp1
	xWm2
	xWp2
	xPOS
	xPOSm1
	xPOSp1
	xPOSW
	_ // retired: xBiM1
	xBiP1
	xChunk
	_ // retired: xRule
	_ // retired: xRuleW
	xLex
	_ // retired: xQuote
	xP1W
	_ // retired: xP1POS
	_ // retired: xFirst
	_ // retired: xPOS3
	xSuf
	_ // retired: xRuleP1
	_ // retired: xQuoteNext
	_ // retired: xPrevPunct
	_ // retired: xThatAhead
	_ // retired: xSubj
	_ // retired: xWPOSp1
	_ // retired: xQuoteW
	_ // retired: xSentQuote
	_ // retired: xRulePOS
	xSubjHead
	xComp
	xCompW
	xSubjW
	xCueCtx
	xCueCtxW

	rBias
	rDirDist
	rDirW
	_ // retired: rDirPOS
	rDirPOSP1
	rP1W
	rCueDirDist
	_ // retired: rCueDirPOS
	_ // retired: rChunkDirP1
	rSentDir
	_ // retired: rRule
	_ // retired: rRuleDir
	_ // retired: rRuleP1
	rBetween
	rQuote
	rComma
	rWm1Dir
	rWp1Dir
	rPOS2Dir
	_ // retired: rEntDir
	_ // retired: rNearW
	_ // retired: rSentStart
	_ // retired: rVerbs
	_ // retired: rCueHeadDir
	_ // retired: rQuoteCue
	rRuleNone
	_ // retired: rSuf
	_ // retired: rEndQuote
	rCueSubj
)

func (l *learned) grow(n int) {
	if cap(l.lw) < n {
		c := n + n/4
		l.lw = make([]uint64, n, c)
		l.ph = make([]uint64, n, c)
		l.sent = make([]int32, n, c)
		l.rcue = make([]uint8, n, c)
		l.ratt = make([]int32, n, c)
		l.mcue = make([]uint8, n, c)
		l.ent = make([]uint8, n, c)
		l.inRule = make([]uint8, n, c)
	}
	l.lw, l.ph = l.lw[:n], l.ph[:n]
	l.sent, l.rcue, l.ratt, l.mcue, l.ent = l.sent[:n], l.rcue[:n], l.ratt[:n], l.mcue[:n], l.ent[:n]
	l.inRule = l.inRule[:n]
	if cap(l.pc) < n {
		l.pc = make([]uint16, n, n+n/4)
	}
	l.pc = l.pc[:n]
}

// POS classes (learned.pc), the tests on tags the hot paths make.
const (
	posVerb  uint16 = 1 << iota // VB, VBD …
	posModal                    // MD
	posColon                    // :
	posRB                       // RB
	posTO                       // TO
	posRP                       // RP
	posWH                       // WP, WRB, WDT
	posWPDT                     // WP, WDT
	posNoun                     // NN, NNP …
	posNP                       // DT, PRP$, PRP, CD, JJ or a noun: a noun phrase's
	posIN                       // IN

	// posCand are the classes that can make a cue candidate.
	posCand = posVerb | posModal | posColon | posRB | posTO
)

// posClass returns the classes of a POS tag.
func posClass(tag string) uint16 {
	var c uint16
	switch tag {
	case "MD":
		c = posModal
	case ":":
		c = posColon
	case "RB":
		c = posRB
	case "TO":
		c = posTO
	case "RP":
		c = posRP
	case "WP", "WDT":
		c = posWH | posWPDT
	case "WRB":
		c = posWH
	case "DT", "PRP$", "PRP", "CD", "JJ":
		c = posNP
	case "IN":
		c = posIN
	}
	if len(tag) > 0 {
		switch tag[0] {
		case 'V':
			c |= posVerb
		case 'N':
			c |= posNoun | posNP
		}
	}
	return c
}

// tagCache remembers the hash (and POS classes) of the tags seen, by
// where their bytes lie: a tagger's tags are a few dozen strings, shared
// by every token that has them, so their bytes need not be read again. A
// tag met at another address is recomputed.
type tagCache [256]tagEntry

type tagEntry struct {
	at  *byte
	n   int
	h   uint64
	cls uint16
}

func (c *tagCache) get(tag string) (uint64, uint16) {
	e := c.entry(tag)
	if e.at != unsafe.StringData(tag) || e.n != len(tag) {
		c.fill(e, tag)
	}
	return e.h, e.cls
}

// entry returns the slot of tag.
func (c *tagCache) entry(tag string) *tagEntry {
	return &c[uint64(uintptr(unsafe.Pointer(unsafe.StringData(tag))))*0x9E3779B97F4A7C15>>56]
}

// fill is get's miss, out of line so that get inlines.
//
//go:noinline
func (c *tagCache) fill(e *tagEntry, tag string) {
	e.at, e.n = unsafe.StringData(tag), len(tag)
	e.h = perceptron.HashString(perceptron.Seed, tag)
	e.cls = posClass(tag)
}

// prepare fills the per-token atoms after the rules have emitted their
// attributions into s.d.Attributions.
func (s *scratch) prepare() {
	d := s.d
	l := &s.l
	n := len(d.Tokens)
	l.grow(n)
	clear(l.ratt)
	clear(l.rcue)
	clear(l.mcue)
	clear(l.ent)
	clear(l.inRule)
	for si, st := range s.sents {
		for k := st.First; k < st.Last && k < n; k++ {
			l.sent[k] = int32(si)
		}
	}
	hint := 0
	for _, e := range d.Entities {
		code := uint8(3)
		switch e.Type {
		case dossier.Person:
			code = 1
		case dossier.Org:
			code = 2
		}
		k := s.tokenNear(hint, e.Span.Start)
		for ; k < n && d.Tokens[k].Start < e.Span.End; k++ {
			l.ent[k] = code
		}
		hint = k
	}
	l.rules, l.parts = l.rules[:0], l.parts[:0]
	hint = 0
	for _, a := range d.Attributions {
		for _, p := range a.Content {
			r := s.tokensNear(hint, p)
			l.parts = append(l.parts, r)
			hint = r.a
		}
	}
	np := 0
	for ai, a := range d.Attributions {
		r := ruleAtt{cue: s.tokensNear(hint, a.Cue), parts: l.parts[np : np+len(a.Content) : np+len(a.Content)]}
		r.src = s.tokensNear(r.cue.a, a.Source.Span)
		hint = r.cue.a
		np += len(a.Content)
		l.rules = append(l.rules, r)
		for k := r.src.a; k < r.src.b; k++ {
			l.inRule[k] |= 1
		}
		for _, p := range r.parts {
			for k := p.a; k < p.b; k++ {
				l.inRule[k] |= 2
			}
		}
		for k := r.cue.a; k < r.cue.b; k++ {
			l.rcue[k] = 2
			if k == r.cue.a {
				l.rcue[k] = 1
			}
			l.ratt[k] = int32(ai) + 1
		}
	}
	// Then, in one pass, each token's word hash, POS hash and classes,
	// and whether the cue tagger visits it (cueCandidate's first test, or
	// a rule cue), that written without a branch: which tokens pass is
	// unpredictable.
	if cap(l.visit) < n {
		l.visit = make([]int32, n, n+n/4)
	}
	wh, lw, ph, pc, rcue, f, visit := s.wh[:n], l.lw[:n], l.ph[:n], l.pc[:n], l.rcue[:n], s.f[:n], l.visit[:n]
	var tags []string
	var all uint64 // without tags, every token
	if s.pos {
		tags = d.POS[:n]
	} else {
		all = 1
	}
	m := 0
	for i := range n {
		h := wh[i]
		if h == 0 {
			t := d.Tokens[i]
			h = perceptron.HashLower(perceptron.Seed, perceptron.Normalize(d.Text[t.Start:t.End]))
		}
		lw[i] = h
		var th uint64
		var c uint16
		if tags != nil {
			// l.posTags.get, inline.
			p := tags[i]
			e := l.posTags.entry(p)
			if e.at != unsafe.StringData(p) || e.n != len(p) {
				l.posTags.fill(e, p)
			}
			th, c = e.h, e.cls
		}
		ph[i], pc[i] = th, c
		visit[m] = int32(i)
		m += b2i(uint64(rcue[i])|uint64(c&posCand)|f[i]&lexCand|all != 0)
	}
	l.visit = visit[:m]
	l.vplan, l.vtag = 0, 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// suffixHash is the hash of token i's last three bytes, lower-cased and
// normalised (only cue candidates need it, so it is not kept per token).
func (s *scratch) suffixHash(i int) uint64 {
	t := s.d.Tokens[i]
	w := perceptron.Normalize(s.d.Text[t.Start:t.End])
	return perceptron.HashLower(perceptron.Seed, w[max(0, len(w)-3):])
}

// chunkHash is the hash of token i's chunk tag, 0 without chunks.
func (s *scratch) chunkHash(i int) uint64 {
	if !s.chk {
		return 0
	}
	h, _ := s.l.chunks.get(s.d.Chunks[i])
	return h
}

// tokens returns the tokens a byte span covers.
func (s *scratch) tokens(sp dossier.Span) tr {
	if sp.End <= sp.Start {
		return tr{}
	}
	d := s.d
	a := s.tokenAt(sp.Start)
	b := a
	for b < len(d.Tokens) && d.Tokens[b].Start < sp.End {
		b++
	}
	return tr{a, b}
}

// tokenAt is d.TokenAt (the first token that ends after byte off), a
// binary search without branches to mispredict: prepare looks up every
// span of every rule attribution and entity.
func (s *scratch) tokenAt(off int) int {
	toks := s.d.Tokens
	base, n := 0, len(toks)
	for n > 1 {
		half := n / 2
		if toks[base+half-1].End <= off {
			base += half
		}
		n -= half
	}
	if n == 1 && toks[base].End <= off {
		base++
	}
	return base
}

// tokenNear is tokenAt, searched outwards from token hint: prepare's
// spans come in order or near each other, a few tokens apart, where a
// binary search over the document would take a dozen steps.
func (s *scratch) tokenNear(hint, off int) int {
	toks := s.d.Tokens
	n := len(toks)
	hint = max(0, min(hint, n))
	// The answer is the first token with End > off. Bracket it in
	// [lo,hi] by steps doubling away from hint, then search there.
	lo, hi := 0, n
	if hint < n && toks[hint].End <= off {
		lo = hint + 1
		for step := 1; ; step *= 2 {
			k := lo + step - 1
			if k >= n {
				break
			}
			if toks[k].End > off {
				hi = k
				break
			}
			lo = k + 1
		}
	} else {
		hi = hint
		for step := 1; ; step *= 2 {
			k := hi - step
			if k < 0 {
				break
			}
			if toks[k].End <= off {
				lo = k + 1
				break
			}
			hi = k
		}
	}
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if toks[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// tokensNear is tokens, its search starting from token hint.
func (s *scratch) tokensNear(hint int, sp dossier.Span) tr {
	if sp.End <= sp.Start {
		return tr{}
	}
	d := s.d
	a := s.tokenNear(hint, sp.Start)
	b := a
	for b < len(d.Tokens) && d.Tokens[b].Start < sp.End {
		b++
	}
	return tr{a, b}
}

func (l *learned) at(h []uint64, i int) uint64 {
	if i < 0 || i >= len(h) {
		return 1
	}
	return h[i]
}

// cueCandidate reports whether token i is worth asking the cue tagger
// about: a verb or modal that is not an auxiliary before another verb
// ("has said" is found through "said"), an adverb or "to" before a verb
// ("also said", "to say"), a colon, a cue-lexicon word, or a token after a
// cue token. Everything else is O without scoring, which keeps the tagger
// to about a fifth of the tokens.
func (s *scratch) cueCandidate(i, p1 int) bool {
	if p1 > 0 {
		return true
	}
	if s.pos && s.l.pc[i]&posCand == 0 && s.f[i]&lexCand == 0 && s.l.rcue[i] == 0 {
		// Most tokens: no tag or word that could make a candidate (the
		// tests below, in short).
		return false
	}
	if s.qOf[i] >= 0 && s.quoteInner(i) {
		// A quarter of the candidates, and 0.2% of them a cue on PolNeAR
		// train: the quoted speaker's words.
		return false
	}
	if s.f[i]&lexCand != 0 || s.l.rcue[i] != 0 {
		return true
	}
	if !s.pos {
		return s.kind(i) == text.Word
	}
	pc := s.l.pc // the tags' classes (prepare)
	verbNext := func() bool {
		for k := i + 1; k < min(i+3, len(pc)); k++ {
			if pc[k]&posVerb != 0 {
				return true
			}
			if pc[k]&posRB == 0 {
				return false
			}
		}
		return false
	}
	switch c := pc[i]; {
	case c&(posVerb|posModal) != 0:
		if s.f[i]&(fBe|fHave|fDo|fModal) != 0 && verbNext() {
			return false
		}
		return true
	case c&posColon != 0:
		return true
	case c&(posRB|posTO) != 0:
		return verbNext()
	}
	return false
}

// lexCand are the lexicon classes that make a token a cue candidate.
const lexCand = fCue | fTrigger | fMedium | fDenial | fHedge | fVerify

const lexMask = fCue | fPast | fPartOnly | fPres | fBase | fGer | fHedge | fDenial | fMedium | fTrigger | fSpeaker | fVerify | fLight

// cueStatic appends the cueStaticN features of candidate i that depend
// neither on the labels before it nor on the cues found before it in its
// sentence [lo,hi): they can be computed, and their rows fetched, before
// the greedy pass reaches i.
func (s *scratch) cueStatic(dst []uint64, i, lo, hi int) []uint64 {
	l := &s.l
	mix := perceptron.Mix
	w := l.lw[i]
	wm1, wp1 := l.at(l.lw, i-1), l.at(l.lw, i+1)
	if i-1 < lo {
		wm1 = 2
	}
	if i+1 >= hi {
		wp1 = 3
	}
	pos := l.ph[i]
	sh := s.subjectKind(i, lo)
	comp := s.complementKind(i, hi)
	return append(dst,
		mix(xW, w),
		mix(xPOS, pos),
		mix(mix(xPOSW, pos), w),
		mix(xChunk, s.chunkHash(i)),
		mix(xLex, s.f[i]&lexMask),
		mix(xSuf, s.suffixHash(i)),
		mix(cueSubjHeadT.of(sh), pos),
		mix(cueCompT.of(comp), pos),
		mix(cueCompWT.of(comp), w),
		mix(cueSubjWT.of(sh), w),
		mix(xWm1, wm1),
		mix(xWp1, wp1),
		mix(xWm2, l.at(l.lw, i-2)),
		mix(xWp2, l.at(l.lw, i+2)),
		mix(xPOSm1, l.at(l.ph, i-1)),
		mix(xPOSp1, l.at(l.ph, i+1)),
		mix(mix(xBiP1, w), wp1),
	)
}

// cueStaticN is the number of cueStatic's features.
const cueStaticN = 17

// cueFeatures appends the features of candidate i in the model's order:
// its static ones st (cueStatic), then those of the previous label p1 and
// of the sentence context sc (the cues around it, its rule role). The
// order is the one the committed model was scored in: the sums, and so
// the labels, stay the same bit for bit.
func (s *scratch) cueFeatures(dst, st []uint64, i, p1 int, sc uint64) []uint64 {
	l := &s.l
	mix := perceptron.Mix
	pp := uint64(p1 + 2)
	w, pos := l.lw[i], l.ph[i]
	dst = append(dst, st[:10]...)
	dst = append(dst, cueBiasT.of(pp))
	dst = append(dst, st[10:cueStaticN]...)
	return append(dst, mix(cueP1WT.of(pp), w), mix(cueCtxT.of(sc), pos), mix(cueCtxWT.of(sc), w))
}

// subjectKind classifies the nearest word left of cue candidate i in its
// sentence, past adverbs, auxiliaries and negation: 0 none (sentence
// start), 1 person, 2 organisation, 3 other entity, 4 subject pronoun, 5
// relative pronoun, 6 a noun that can speak, 7 another noun, 8 a comma,
// 9 a quote mark, 10 anything else.
func (s *scratch) subjectKind(i, lo int) uint64 {
	l := &s.l
	for k := i - 1; k >= lo && k >= i-6; k-- {
		c := l.pc[k] // 0 without POS tags
		if s.f[k]&(fAdv|fModal|fHave|fBe|fDo|fNeg) != 0 || c&(posRB|posModal) != 0 {
			continue
		}
		switch {
		case l.ent[k] != 0:
			return uint64(l.ent[k])
		case s.f[k]&fSubjPron != 0:
			return 4
		case c&posWPDT != 0:
			return 5
		case s.f[k]&fSpeaker != 0:
			return 6
		case c&posNoun != 0:
			return 7
		case l.lw[k] == hashComma && s.punct(k, ','):
			return 8
		case s.qOf[k] >= 0:
			return 9
		}
		return 10
	}
	return 0
}

// complementKind classifies what follows cue candidate i, past adverbs
// and particles: 0 sentence end, 1 "that", 2 "to" and a verb, 3 a
// wh-word, "if" or "whether", 4 a quote mark, 5 a colon, 6 a comma, 7 a
// noun phrase, 8 a preposition, 9 a verb, 10 anything else.
func (s *scratch) complementKind(i, hi int) uint64 {
	l := &s.l
	// A word's hash first: most tokens are none of these words.
	is := func(k int, h uint64, w string) bool { return l.lw[k] == h && s.isWord(k, w) }
	for k := i + 1; k < hi && k <= i+3; k++ {
		c := l.pc[k] // 0 without POS tags
		switch {
		case c&(posRB|posRP) != 0:
			continue
		case is(k, hashThat, "that"):
			return 1
		case c&posTO != 0 || is(k, hashTo, "to"):
			if k+1 < hi && l.pc[k+1]&posVerb != 0 {
				return 2
			}
			return 8
		case c&posWH != 0 || is(k, hashIf, "if") || is(k, hashWhether, "whether"):
			return 3
		case s.qOf[k] >= 0:
			if fam, _, _, _ := s.qmark(k); fam != famNone {
				return 4
			}
			return 10
		case l.lw[k] == hashColon && s.punct(k, ':'):
			return 5
		case l.lw[k] == hashComma && s.punct(k, ','):
			return 6
		case c&posNP != 0:
			return 7
		case c&posIN != 0:
			return 8
		case c&posVerb != 0:
			return 9
		}
		return 10
	}
	return 0
}

// Hashes (learned.lw) of the words complementKind and roleCtx look for.
var (
	hashThat    = perceptron.HashLower(perceptron.Seed, "that")
	hashTo      = perceptron.HashLower(perceptron.Seed, "to")
	hashIf      = perceptron.HashLower(perceptron.Seed, "if")
	hashWhether = perceptron.HashLower(perceptron.Seed, "whether")
	hashComma   = perceptron.HashLower(perceptron.Seed, ",")
	hashColon   = perceptron.HashLower(perceptron.Seed, ":")
)

// tagCues labels the cues of every sentence with the cue tagger m,
// writing l.mcue.
//
// Before it tags a sentence it walks the next as if no learned cue came
// before each token (planCues): the candidates then, the distilled rule
// each would meet and, for the others, their static features, whose model
// rows it prefetches. They arrive while the sentence before is tagged,
// and stay in the nearest caches until used; where a learned cue before a
// token changed its context, the tagger looks again.
func (s *scratch) tagCues(m *perceptron.Model) {
	l := &s.l
	n := len(s.d.Tokens)
	l.slot = grow32(l.slot, n)
	l.stat = l.stat[:0]
	for k, st := range s.sents {
		if k == 0 {
			s.planCues(m, st.First, min(st.Last, n))
		}
		if k+1 < len(s.sents) {
			s.planCues(m, s.sents[k+1].First, min(s.sents[k+1].Last, n))
		}
		s.cueSentence(m, nil, nil, st.First, min(st.Last, n))
	}
}

// cueSentence runs the cue tagger m over sentence [lo,hi), writing l.mcue,
// with the static features planCues left; with a trainer and gold labels
// it learns instead.
func (s *scratch) cueSentence(m *perceptron.Model, t *perceptron.Trainer, gold []uint8, lo, hi int) {
	l := &s.l
	// Predicting, only the tokens of l.visit and those after a cue token
	// can be candidates; the others stay O (prepare cleared l.mcue).
	// Learning, it reads every token.
	vis := s.visits(lo, hi, &l.vtag)
	// Other cues in the sentence: rule cues to the right still to come,
	// rule and learned cues to the left.
	rulesRight := s.ruleCues(vis)
	p1, prev := 0, lo-1
	var ctx uint64
	for {
		i := prev + 1
		switch {
		case t != nil:
			if i >= hi {
				return
			}
		case p1 > 0 && i < hi:
			if len(vis) > 0 && int(vis[0]) == i {
				vis = vis[1:]
			}
		default:
			if len(vis) == 0 {
				return
			}
			i, vis = int(vis[0]), vis[1:]
			p1 = 0 // the tokens skipped are O
		}
		prev = i
		if r := l.rcue[i]; r != 0 {
			// The rules' cue stands; a learned cue there would be dropped.
			l.mcue[i] = r
			p1 = int(r)
			if r == 1 {
				rulesRight--
				ctx |= 1
			}
			continue
		}
		if p1 == 0 && (t == nil && l.slot[i] == noCandidate || t != nil && !s.cueCandidate(i, 0)) {
			l.mcue[i] = 0
			continue
		}
		sc := ctx
		if rulesRight > 0 {
			sc |= 4
		}
		sc |= uint64(l.inRule[i]) << 3
		var key uint64
		if t == nil {
			key = cueRuleKey(l.lw[i], p1, sc)
			if k, ok := l.cueRules.Get(key); ok && cueAllowed[p1][k] {
				l.mcue[i] = k
				p1 = int(k)
				if k == 1 {
					ctx |= 2
				}
				continue
			}
		}
		var st []uint64
		if t == nil && l.slot[i] > 0 {
			j := int(l.slot[i]) - 1
			st = l.stat[j : j+cueStaticN]
		} else {
			l.one = s.cueStatic(l.one[:0], i, lo, hi)
			st = l.one
		}
		l.feats = s.cueFeatures(l.feats[:0], st, i, p1, sc)
		var c int
		if t != nil {
			c = t.Predict(l.feats, l.score, cueAllowed[p1])
			g := int(gold[i])
			if !cueAllowed[p1][g] {
				g = 1 // after a wrong guess the cue can only begin here
			}
			t.Update(l.feats, g, c)
		} else {
			c = m.Predict(l.feats, l.score, cueAllowed[p1])
			if l.distill != nil {
				l.distill.Add(key, c)
			}
		}
		l.mcue[i] = uint8(c)
		p1 = c
		if c == 1 {
			ctx |= 2
		}
	}
}

// ruleCues counts the rule cues that begin at the tokens vis.
func (s *scratch) ruleCues(vis []int32) int {
	n := 0
	for _, i := range vis {
		if s.l.rcue[i] == 1 {
			n++
		}
	}
	return n
}

// visits returns the tokens of l.visit in [lo,hi): those the cue tagger
// may have to label (unless after a cue) and the rule cues.
func (s *scratch) visits(lo, hi int, at *int) []int32 {
	l := &s.l
	// Sentences come in order (to planCues, and to cueSentence): step
	// from where the caller's last search ended, else search.
	a := *at
	if a > len(l.visit) || a > 0 && int(l.visit[a-1]) >= lo {
		a, _ = slices.BinarySearch(l.visit, int32(lo))
	}
	for a < len(l.visit) && int(l.visit[a]) < lo {
		a++
	}
	b := a
	for b < len(l.visit) && int(l.visit[b]) < hi {
		b++
	}
	*at = b
	return l.visit[a:b]
}

// Values of learned.slot besides 1 + an offset into learned.stat.
const (
	noCandidate = 0  // not a candidate after an O
	noFeatures  = -1 // a candidate whose features are not computed ahead
)

// planCues fills l.slot for sentence [lo,hi) as cueSentence would see it
// if no learned cue came before a token: noCandidate, noFeatures for a
// candidate a distilled rule labels (or a rule cue), else where its
// static features start in l.stat, their rows and those of its label and
// context features prefetched.
func (s *scratch) planCues(m *perceptron.Model, lo, hi int) {
	l := &s.l
	mix := perceptron.Mix
	vis := s.visits(lo, hi, &l.vplan)
	rulesRight := s.ruleCues(vis)
	var ctx uint64
	for _, i32 := range vis {
		i := int(i32)
		// l.slot[i] is noCandidate (tagCues cleared it) unless set below.
		if r := l.rcue[i]; r != 0 {
			if r == 1 {
				rulesRight--
				ctx |= 1
			}
			l.slot[i] = noFeatures
			continue
		}
		// After a rule cue's last token the guess p1 = 0 is wrong, and
		// the token is a candidate anyway: its features are made then.
		if s.pos && l.pc[i]&posCand == 0 && s.f[i]&lexCand == 0 || !s.cueCandidate(i, 0) {
			continue // the first test is cueCandidate's own, inline
		}
		l.slot[i] = noFeatures
		sc := ctx
		if rulesRight > 0 {
			sc |= 4
		}
		sc |= uint64(l.inRule[i]) << 3
		if _, ok := l.cueRules.Get(cueRuleKey(l.lw[i], 0, sc)); ok {
			continue
		}
		j := len(l.stat)
		l.slot[i] = int32(j) + 1
		l.stat = s.cueStatic(l.stat, i, lo, hi)
		w := l.lw[i]
		l.stat = append(l.stat, mix(cueP1WT.of(2), w), mix(cueCtxWT.of(sc), w))
		m.Prefetch(l.stat[j:])
		l.stat = l.stat[:j+cueStaticN]
	}
}

// window returns the tokens the role labeller reads for cue c: its
// sentence and, within the paragraph, the sentence before when the cue
// opens its sentence ("“…” He added.") and the one after when the cue ends
// it ("she said: …"), at most windowLeft tokens before the cue and
// windowRight after it. Wider windows cost time and gained nothing on dev.
func (s *scratch) window(c tr) (int, int) {
	l := &s.l
	si := int(l.sent[c.a])
	sj := int(l.sent[c.b-1])
	lo, hi := s.sents[si].First, min(s.sents[sj].Last, len(s.d.Tokens))
	if si > 0 && s.para[s.sents[si-1].First] == s.para[c.a] && s.wordsBetween(lo, c.a) <= windowReach {
		lo = s.sents[si-1].First
	}
	if sj+1 < len(s.sents) && s.para[s.sents[sj+1].First] == s.para[c.b-1] && s.wordsBetween(c.b, hi) <= windowReach {
		hi = s.sents[sj+1].Last
	}
	lo, hi = max(lo, c.a-windowLeft), min(hi, c.b+windowRight)
	return lo, min(hi, len(s.d.Tokens))
}

// windowLeft and windowRight bound the window around the cue: a fifth
// fewer tokens to label on PolNeAR dev for 0.001 F1 (3-seed mean).
const (
	windowLeft  = 15
	windowRight = 25
)

// windowReach is how many words may part a cue from its sentence's edge
// for the window to take in the sentence beyond.
const windowReach = 3

// wordsBetween counts the word and number tokens in [a,b).
func (s *scratch) wordsBetween(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if kd := s.kind(k); kd == text.Word || kd == text.Number {
			n++
		}
	}
	return n
}

func distBucket(d int) uint64 {
	switch {
	case d <= 3:
		return uint64(d)
	case d <= 5:
		return 4
	case d <= 8:
		return 5
	case d <= 12:
		return 6
	case d <= 20:
		return 7
	case d <= 35:
		return 8
	}
	return 9
}

// roleWindow is a window planned for the role labeller: its cue, its
// tokens [lo,hi), the cue's quote and where its static features start in
// learned.stat.
type roleWindow struct {
	c        tr
	lo, hi   int
	cueQuote int32
	stat     int
}

// roleContext is what the role features know of the cue.
type roleContext struct {
	c          tr
	cueW       uint64 // first cue word
	cueSent    int32
	cueQuote   int32
	cueSubj    uint64 // subjectKind of the cue's first token
	cueWH      uint64 // the cue word and the subject in their templates
	cueSubjH   uint64
	lo, hi     int
	commasL    []int32 // per window token: commas between it and the cue
	verbsL     []int32
	cuesL      []int32 // other cue tokens between it and the cue
	otherRoles []uint8
}

// roleDir returns the direction of window token i from the cue (1
// before, 2 after) and its distance in tokens.
func roleDir(rc *roleContext, i int) (dir uint64, dist int) {
	if i < rc.c.a {
		return 1, rc.c.a - i
	}
	return 2, i - rc.c.b + 1
}

// roleStatic appends the roleStaticN features of window token i that do
// not depend on the label before it.
func (s *scratch) roleStatic(dst []uint64, rc *roleContext, i int) []uint64 {
	l := &s.l
	mix := perceptron.Mix
	k := i - rc.lo
	dir, dist := roleDir(rc, i)
	dd := dir<<4 | distBucket(dist)
	w, pos := l.lw[i], l.ph[i]
	sd := uint64(l.sent[i]-rc.cueSent+2)<<2 | dir
	return append(dst,
		roleDirDistT.of(dd),
		mix(roleDirWT.of(dir), w),
		mix(rc.cueWH, dd),
		roleSentDirT.of(sd),
		roleBetweenT.of(uint64(min(rc.cuesL[k], 2)), dir),
		roleCommaT.of(uint64(min(rc.commasL[k], 3)), dir<<2|min(uint64(rc.verbsL[k]), 3)),
		mix(mix(rWm1Dir, l.at(l.lw, i-1)), dir),
		mix(mix(rWp1Dir, l.at(l.lw, i+1)), dir),
		mix(mix(mix(rPOS2Dir, l.at(l.ph, i-1)), pos), dir),
		roleRuleNoneT.of(uint64(rc.otherRoles[k]), dir),
		mix(mix(rc.cueSubjH, dd), pos),
	)
}

// roleStaticN is the number of roleStatic's features.
const roleStaticN = 11

var noStatic [roleStaticN]uint64

// roleFeatures appends the features of window token i in the model's
// order: its static ones st (roleStatic) with those of the previous label
// p1 among them, where the committed model was scored with them.
func (s *scratch) roleFeatures(dst, st []uint64, rc *roleContext, i, p1 int) []uint64 {
	l := &s.l
	mix := perceptron.Mix
	dir, _ := roleDir(rc, i)
	pp := uint64(p1 + 2)
	w, pos := l.lw[i], l.ph[i]
	q := uint64(0)
	if qi := s.qOf[i]; qi >= 0 {
		q = 1
		if qi == rc.cueQuote {
			q = 2
		}
	}
	dst = append(dst,
		roleBiasT.of(pp),
		st[0],
		st[1],
		mix(mix(roleDirPOSP1T.of(dir), pos), pp),
		mix(roleP1WT.of(pp), w),
		st[2],
		st[3],
		st[4],
		mix(roleQuoteT.of(q, dir), pp),
	)
	return append(dst, st[5:roleStaticN]...)
}

// Hashes of templates with small atoms, looked up rather than mixed:
// the same values as perceptron.Mix gives.
var (
	roleBiasT     = newMixTable(rBias, 8)
	roleDirDistT  = newMixTable(rDirDist, 48)
	roleDirWT     = newMixTable(rDirW, 3)
	roleSentDirT  = newMixTable(rSentDir, 24)
	roleBetweenT  = newMixTable2(rBetween, 3, 3)
	roleCommaT    = newMixTable2(rComma, 4, 12)
	roleRuleNoneT = newMixTable2(rRuleNone, 4, 3)
	roleDirPOSP1T = newMixTable(rDirPOSP1, 3)
	roleP1WT      = newMixTable(rP1W, 8)
	roleQuoteT    = newMixTable2(rQuote, 3, 3)
	cueBiasT      = newMixTable(xBias, 8)
	cueP1WT       = newMixTable(xP1W, 8)
	cueSubjHeadT  = newMixTable(xSubjHead, 16)
	cueSubjWT     = newMixTable(xSubjW, 16)
	cueCompT      = newMixTable(xComp, 16)
	cueCompWT     = newMixTable(xCompW, 16)
	cueCtxT       = newMixTable(xCueCtx, 32)
	cueCtxWT      = newMixTable(xCueCtxW, 32)
)

// mixTable holds perceptron.Mix(t, v) for v below its length.
type mixTable struct {
	t uint64
	h []uint64
}

func newMixTable(t uint64, n int) mixTable {
	m := mixTable{t: t, h: make([]uint64, n)}
	for v := range m.h {
		m.h[v] = perceptron.Mix(t, uint64(v))
	}
	return m
}

// of returns perceptron.Mix(m.t, v).
func (m mixTable) of(v uint64) uint64 {
	if v < uint64(len(m.h)) {
		return m.h[v]
	}
	return perceptron.Mix(m.t, v)
}

// mixTable2 holds perceptron.Mix(perceptron.Mix(t, a), b) for a below n1
// and b below n2.
type mixTable2 struct {
	t      uint64
	n1, n2 uint64
	h      []uint64
}

func newMixTable2(t uint64, n1, n2 int) mixTable2 {
	m := mixTable2{t: t, n1: uint64(n1), n2: uint64(n2), h: make([]uint64, n1*n2)}
	for a := range n1 {
		for b := range n2 {
			m.h[a*n2+b] = perceptron.Mix(perceptron.Mix(t, uint64(a)), uint64(b))
		}
	}
	return m
}

// of returns perceptron.Mix(perceptron.Mix(m.t, a), b).
func (m mixTable2) of(a, b uint64) uint64 {
	if a < m.n1 && b < m.n2 {
		return m.h[a*m.n2+b]
	}
	return perceptron.Mix(perceptron.Mix(m.t, a), b)
}

func boolU(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// roleCtx fills rc for cue c, whose matching rule attribution (or -1) is
// rule; cueTok marks the tokens of every cue (rule or learned) in play.
func (s *scratch) roleCtx(rc *roleContext, c tr, rule int, isCue func(k int) bool) {
	l := &s.l
	rc.c = c
	rc.lo, rc.hi = s.window(c)
	rc.cueW = l.lw[c.a]
	rc.cueSent = l.sent[c.a]
	rc.cueQuote = s.qOf[c.a]
	rc.cueSubj = s.subjectKind(c.a, s.sents[rc.cueSent].First)<<2 | uint64(l.inRule[c.a])
	rc.cueWH = perceptron.Mix(rCueDirDist, rc.cueW)
	rc.cueSubjH = perceptron.Mix(rCueSubj, rc.cueSubj)
	n := rc.hi - rc.lo
	rc.commasL = grow32(rc.commasL, n)
	rc.verbsL = grow32(rc.verbsL, n)
	rc.cuesL = grow32(rc.cuesL, n)
	rc.otherRoles = growU8(rc.otherRoles, n)
	// Counts between each token and the cue, walking outwards.
	var commas, verbs, cues int32
	for i := c.a - 1; i >= rc.lo; i-- {
		k := i - rc.lo
		rc.commasL[k], rc.verbsL[k], rc.cuesL[k] = commas, verbs, cues
		if l.lw[i] == hashComma && s.punct(i, ',') {
			commas++
		}
		verbs += int32(b2i(l.pc[i]&posVerb != 0))
		if isCue(i) {
			cues++
		}
	}
	commas, verbs, cues = 0, 0, 0
	for i := c.b; i < rc.hi; i++ {
		k := i - rc.lo
		rc.commasL[k], rc.verbsL[k], rc.cuesL[k] = commas, verbs, cues
		if l.lw[i] == hashComma && s.punct(i, ',') {
			commas++
		}
		verbs += int32(b2i(l.pc[i]&posVerb != 0))
		if isCue(i) {
			cues++
		}
	}
	// Roles of other rule attributions: a token already another's source
	// or content.
	for ri := range l.rules {
		if ri == rule {
			continue
		}
		r := &l.rules[ri]
		if r.cue.b <= rc.lo-40 || r.cue.a >= rc.hi+40 {
			continue
		}
		for k := max(r.src.a, rc.lo); k < min(r.src.b, rc.hi); k++ {
			rc.otherRoles[k-rc.lo] |= 1
		}
		for _, p := range r.parts {
			for k := max(p.a, rc.lo); k < min(p.b, rc.hi); k++ {
				rc.otherRoles[k-rc.lo] |= 2
			}
		}
	}
}

func growU8(b []uint8, n int) []uint8 {
	if cap(b) < n {
		return make([]uint8, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// labelRoles labels the window of rc (cue tokens stay O), predicting with
// m from the static features st that planRoles left (roleStaticN per
// window token), or learning with t against gold.
func (s *scratch) labelRoles(m *perceptron.Model, t *perceptron.Trainer, rc *roleContext, st []uint64, gold []int8) {
	l := &s.l
	n := rc.hi - rc.lo
	if cap(l.role) < n {
		l.role = make([]int8, n)
	}
	l.role = l.role[:n]
	if cap(l.marg) < n {
		l.marg = make([]float32, n)
	}
	l.marg = l.marg[:n]
	p1 := -1
	for i := rc.lo; i < rc.hi; i++ {
		k := i - rc.lo
		if i >= rc.c.a && i < rc.c.b {
			l.role[k] = roleO
			p1 = -1
			continue
		}
		var ts []uint64
		if t == nil {
			ts = st[k*roleStaticN : (k+1)*roleStaticN]
		} else {
			l.one = s.roleStatic(l.one[:0], rc, i)
			ts = l.one
		}
		l.feats = s.roleFeatures(l.feats[:0], ts, rc, i, p1)
		var c int
		if t != nil {
			c = t.Predict(l.feats, l.score, roleAllowed[p1+1])
			g := int(gold[k])
			if !roleAllowed[p1+1][g] {
				g-- // after a wrong guess the span can only begin here
			}
			t.Update(l.feats, g, c)
		} else {
			c = m.Predict(l.feats, l.score, roleAllowed[p1+1])
			l.marg[k] = l.score[c] - l.score[roleO]
		}
		l.role[k] = int8(c)
		p1 = c
	}
}

// planRoles appends to l.stat the static features of the tokens of rc's
// window (zeros for the cue's own) and prefetches their model rows.
func (s *scratch) planRoles(m *perceptron.Model, rc *roleContext) {
	l := &s.l
	for i := rc.lo; i < rc.hi; i++ {
		if i >= rc.c.a && i < rc.c.b {
			l.stat = append(l.stat, noStatic[:]...) // a cue token: no label
			continue
		}
		j := len(l.stat)
		l.stat = s.roleStatic(l.stat, rc, i)
		// The previous label is most often O, else inside a content
		// span: those two of its features' rows too.
		w := l.lw[i]
		l.stat = append(l.stat, perceptron.Mix(roleP1WT.of(roleO+2), w), perceptron.Mix(roleP1WT.of(roleIC+2), w))
		m.Prefetch(l.stat[j:])
		l.stat = l.stat[:j+roleStaticN]
	}
}

// decodeRoles turns l.role into a source and content parts. Of several
// source runs the one the labeller is surest of wins (on PolNeAR dev
// better than the one nearest the cue: "X urged Y to …"); a run without a
// noun, pronoun or number is no source.
func (s *scratch) decodeRoles(rc *roleContext) (src tr, parts []tr) {
	l := &s.l
	parts = l.decoded[:0] // valid until the next call
	var best float32
	found := false
	n := len(l.role)
	for k := 0; k < n; {
		c := l.role[k]
		if c == roleO {
			k++
			continue
		}
		isSrc := c == roleBS || c == roleIS
		cont := int8(roleIC)
		if isSrc {
			cont = roleIS
		}
		j := k + 1
		for j < n && l.role[j] == cont {
			j++
		}
		r := tr{k + rc.lo, j + rc.lo}
		k = j
		if !isSrc {
			parts = append(parts, r)
			continue
		}
		if !s.hasNominal(r) {
			continue // a source is a noun phrase: "been", "extensively" are not
		}
		sc := float32(0)
		for j := r.a; j < r.b; j++ {
			sc = max(sc, l.marg[j-rc.lo])
		}
		if !found || sc > best {
			found, best, src = true, sc, r
		}
	}
	l.decoded = parts
	return src, parts
}

// hasNominal reports whether r holds a noun, pronoun or number (by POS).
func (s *scratch) hasNominal(r tr) bool {
	if !s.pos {
		return true
	}
	for k := r.a; k < r.b; k++ {
		switch p := s.d.POS[k]; {
		case len(p) > 0 && p[0] == 'N', p == "PRP", p == "WP", p == "WDT", p == "CD", p == "FW":
			return true
		}
	}
	return false
}

var loadDefaultModel = sync.OnceValues(func() (*Model, error) { return LoadModelFS(model.FS) })

// DefaultModel returns the learned model embedded in package model, loaded
// once.
func DefaultModel() (*Model, error) { return loadDefaultModel() }

// learn runs the learned model over a document the rules have done and
// adds to d.Attributions the cues the rules missed, with the learned
// source and content, marked Learned. Rule attributions stay as they are:
// they carry chains, hedges and quote speakers the corpus does not
// annotate, and on PolNeAR dev replacing their spans by the learned ones
// gained about 0.01 F1 while costing count claims their speakers. A
// learned cue inside a rule attribution's source or cited sources ("a
// report citing …" in "according to a report citing …") is part of that
// chain, not a new attribution.
func (s *scratch) learn(m *Model) {
	d := s.d
	l := &s.l
	s.prepare()
	if cap(l.score) < 8 {
		l.score = make([]float32, 8)
	}
	l.cueRules = m.cueRules
	s.touched += l.cueRules.Touch()
	s.tagCues(m.cue)
	l.cues = l.cues[:0]
	for i := 0; i < len(d.Tokens); i++ {
		if l.mcue[i] == 0 {
			continue
		}
		j := i + 1
		for j < len(d.Tokens) && l.mcue[j] == 2 {
			j++
		}
		l.cues = append(l.cues, tr{s.auxStart(tr{i, j}), j}) // as in training: gold cues hold their auxiliaries
		i = j - 1
	}
	isCue := func(k int) bool { return l.mcue[k] != 0 || l.rcue[k] != 0 }
	// Each window's context and static features are made (planRoles)
	// while the window before it is labelled.
	var rc roleContext
	nRules := len(d.Attributions)
	l.windows = l.windows[:0]
	l.stat = l.stat[:0]
	l.learnedParts, l.learnedSpans = l.learnedParts[:0], l.learnedSpans[:0]
	for _, c := range l.cues {
		if s.ruleCovers(c, nRules) || !s.cueHead(c) {
			continue
		}
		l.windows = append(l.windows, roleWindow{c: c})
	}
	plan := &l.plan // kept across documents: its slices stay allocated
	planned := 0
	for k := range l.windows {
		for ; planned < len(l.windows) && planned <= k+1; planned++ {
			w := &l.windows[planned]
			s.roleCtx(plan, w.c, -1, isCue)
			w.lo, w.hi, w.cueQuote, w.stat = plan.lo, plan.hi, plan.cueQuote, len(l.stat)
			s.planRoles(m.role, plan)
		}
		w := &l.windows[k]
		c := w.c
		rc.c, rc.lo, rc.hi, rc.cueQuote = c, w.lo, w.hi, w.cueQuote
		s.labelRoles(m.role, nil, &rc, l.stat[w.stat:], nil)
		src, parts := s.decodeRoles(&rc)
		if len(parts) == 0 && !src.ok() {
			continue
		}
		a := dossier.Attribution{Cue: d.Span(c.a, c.b), Learned: true}
		if src.ok() {
			a.Source = dossier.Mention{Span: d.Span(src.a, src.b)}
			a.Source.Entity, _ = s.headEntity(src)
		}
		// The contents are set below, from one array for the document.
		l.learnedParts = append(l.learnedParts, int32(len(l.learnedSpans)))
		for _, p := range parts {
			l.learnedSpans = append(l.learnedSpans, d.Span(p.a, p.b))
		}
		d.Attributions = append(d.Attributions, a)
	}
	if len(l.learnedSpans) > 0 {
		spans := slices.Clone(l.learnedSpans)
		l.learnedParts = append(l.learnedParts, int32(len(spans)))
		for k := range l.learnedParts[:len(l.learnedParts)-1] {
			a, b := l.learnedParts[k], l.learnedParts[k+1]
			if b > a {
				d.Attributions[nRules+k].Content = spans[a:b:b]
			}
		}
	}
	if len(d.Attributions) > nRules {
		l.sortAttributions(d.Attributions, nRules)
	}
}

// sortAttributions sorts atts stably by cue start, as
// sort.SliceStable would: the first nRules from the rules, the rest
// learned, in cue order. When the rules' are in cue order too (they
// nearly always are), one merge from the back does it.
func (l *learned) sortAttributions(atts []dossier.Attribution, nRules int) {
	byCue := func(a, b dossier.Attribution) int { return cmp.Compare(a.Cue.Start, b.Cue.Start) }
	if !slices.IsSortedFunc(atts[:nRules], byCue) || !slices.IsSortedFunc(atts[nRules:], byCue) {
		slices.SortStableFunc(atts, byCue)
		return
	}
	l.added = append(l.added[:0], atts[nRules:]...)
	i, j := nRules-1, len(l.added)-1
	for k := len(atts) - 1; j >= 0; k-- {
		// On a tie the rule attribution, earlier in the input, stays first.
		if i >= 0 && atts[i].Cue.Start > l.added[j].Cue.Start {
			atts[k] = atts[i]
			i--
		} else {
			atts[k] = l.added[j]
			j--
		}
	}
	clear(l.added) // the attributions' slices belong to the document
}

// auxStart returns where verb cue c starts once the auxiliaries and
// modals before it join it, with the adverbs or negation between them:
// "has said", "would not have argued", "has repeatedly pledged". On
// PolNeAR train an auxiliary just before a cue verb belongs to the cue
// 3,264 times out of 3,343.
func (s *scratch) auxStart(c tr) int {
	if !c.ok() || !s.verbAt(c.a) {
		return c.a
	}
	start := c.a
	for j := c.a - 1; j >= 0 && j >= c.a-5 && s.para[j] == s.para[c.a]; j-- {
		switch {
		case s.f[j]&(fBe|fHave|fDo|fModal) != 0:
			start = j
			continue
		case s.f[j]&(fAdv|fNeg) != 0 || s.pos && s.d.POS[j] == "RB":
			continue // kept only if an auxiliary stands before it
		}
		break
	}
	return start
}

// verbAt reports whether token k is a verb that an auxiliary before it
// would belong to: by POS when tagged (the tagger's "says" after "does"
// is still the main verb), else a base form, participle or gerund of the
// cue lexicon ("there were reports": a noun).
func (s *scratch) verbAt(k int) bool {
	if s.pos {
		p := s.d.POS[k]
		return len(p) > 0 && p[0] == 'V'
	}
	return s.f[k]&(fPast|fPartOnly|fBase|fGer) != 0 && s.f[k]&fPres == 0
}

// cueHead reports whether learned cue c holds a word that can head a cue:
// a verb, a noun or adjective ("questions about", "critical of"), a colon
// or the cue lexicon. A lone "to", "n't" or "formally" cannot.
func (s *scratch) cueHead(c tr) bool {
	if !s.pos {
		return true
	}
	for k := c.a; k < c.b; k++ {
		p := s.d.POS[k]
		if len(p) > 0 && (p[0] == 'V' || p[0] == 'N' || p[0] == 'J') || p == ":" || s.f[k]&fCue != 0 {
			return true
		}
	}
	return false
}

// ruleCovers reports whether learned cue c overlaps a rule attribution's
// cue, source or cited sources.
func (s *scratch) ruleCovers(c tr, nRules int) bool {
	l := &s.l
	for k := c.a; k < c.b; k++ {
		if l.rcue[k] != 0 {
			return true
		}
	}
	sp := s.d.Span(c.a, c.b)
	for _, a := range s.d.Attributions[:nRules] {
		if a.Source.Span.Overlaps(sp) {
			return true
		}
		// Between the cue and a cited source: "citing", "after a
		// briefing from".
		for _, m := range a.Cited {
			lo, hi := min(a.Cue.Start, m.Span.Start), max(a.Cue.End, m.Span.End)
			if sp.Start < hi && lo < sp.End && !inAny(a.Content, sp) {
				return true
			}
		}
	}
	return false
}

func inAny(parts []dossier.Span, sp dossier.Span) bool {
	for _, p := range parts {
		if p.Overlaps(sp) {
			return true
		}
	}
	return false
}
