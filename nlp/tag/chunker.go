package tag

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/dossierhq/dossier/nlp/perceptron"
)

// Chunker splits a POS-tagged sentence into base phrases with BIO tags
// (B-NP, I-NP, B-VP, B-PP, O …), as in the CoNLL-2000/2003 chunk column.
// It is safe for concurrent use.
type Chunker struct {
	model *perceptron.Model
	// rules maps (POS tag, previous chunk class) to the chunk class that
	// followed at least 99.5% of the time in training; such tokens are not
	// scored. It also maps (previous, own and next POS tag, previous chunk
	// class) contexts, under contextKey, to the class the trained model
	// itself gives them nearly always (see distillRules).
	rules     *perceptron.Table
	distilled *perceptron.Table // the contextKey rules
	pool      sync.Pool         // *scratch
}

func newChunker(m *perceptron.Model, rules, distilled map[uint64]uint8) *Chunker {
	return &Chunker{model: m, rules: perceptron.NewTable(rules), distilled: perceptron.NewTable(distilled)}
}

// WithoutDistilled returns the chunker without its distilled rules: the
// model's own output, which the models trained on chunks read (the rules
// only stand in for it, to save time).
func (c *Chunker) WithoutDistilled() *Chunker {
	return &Chunker{model: c.model, rules: c.rules}
}

func ruleKey(posHash uint64, prev int) uint64 { return perceptron.Mix(posHash, uint64(prev+2)) }

// contextSeed keeps contextKey's hashes apart from ruleKey's in the one map.
const contextSeed = 0x63747874

func contextKey(pos []uint64, i, prev int) uint64 {
	mix := perceptron.Mix
	return mix(mix(mix(mix(contextSeed, posAt(pos, i-1)), pos[i]), posAt(pos, i+1)), uint64(prev+2))
}

// rule returns the class a rule gives token i after class prev.
func (c *Chunker) rule(pos []uint64, i, prev int) (int, bool) {
	// The distilled contexts, which take most tokens, first: they were
	// counted only where no (POS, previous chunk) rule applied, so the two
	// never both hold.
	if r, ok := c.distilled.Get(contextKey(pos, i, prev)); ok {
		return int(r), true
	}
	r, ok := c.rules.Get(ruleKey(pos[i], prev))
	return int(r), ok
}

// distillRules finds the contexts of the distilled rules by chunking sents
// (with POS tags from tagger) as c does now.
func (c *Chunker) distillRules(tagger *Tagger, sents []Sentence) map[uint64]uint8 {
	counts := perceptron.Distiller{}
	s := c.getScratch()
	var pos []string
	var ph []uint64
	for _, se := range sents {
		n := len(se.Words)
		pos = slices.Grow(pos[:0], n)[:n]
		ph = slices.Grow(ph[:0], n)[:n]
		tagger.Tag(se.Words, pos)
		c.chunkIdx(s, se.Words, pos, nil)
		setPOS(ph, pos)
		prev := -1
		for i := range n {
			got := s.prev[i]
			if _, ok := c.rules.Get(ruleKey(ph[i], prev)); !ok {
				counts.Add(contextKey(ph, i, prev), got)
			}
			prev = got
		}
	}
	c.pool.Put(s)
	return counts.Rules()
}

// chunkRules finds the (POS, previous chunk) pairs seen at least 50 times
// that are followed by one chunk tag at least 99.5% of the time.
func chunkRules(sents []Sentence, pos [][]string, cidx map[string]int) map[uint64]uint8 {
	type key struct {
		pos  string
		prev int
	}
	counts := map[key]map[int]int{}
	for si, s := range sents {
		prev := -1
		for i, t := range s.Chunks {
			k := key{pos[si][i], prev}
			if counts[k] == nil {
				counts[k] = map[int]int{}
			}
			c := cidx[t]
			counts[k][c]++
			prev = c
		}
	}
	rules := map[uint64]uint8{}
	for k, m := range counts {
		n, best, bestN := 0, 0, -1
		for c, v := range m {
			n += v
			if v > bestN || v == bestN && c < best {
				best, bestN = c, v
			}
		}
		if n >= 50 && float64(bestN) >= 0.995*float64(n) {
			rules[ruleKey(perceptron.HashString(perceptron.Seed, k.pos), k.prev)] = uint8(best)
		}
	}
	return rules
}

const (
	cBias uint64 = iota + 100
	cLower
	cSuf3
	cShape
	cPOS
	cPOSm1
	cPOSm2
	cPOSp1
	cPOSp2
	cPOSm1POS
	cPOSPOSp1
	cPOSm2m1
	cPOSp1p2
	cLowerm1
	cLowerp1
	cP1
	cP1POS
	cP2P1
	cP1Lower
	cPOSm1POSp1
)

func posAt(pos []uint64, i int) uint64 {
	switch {
	case i < 0:
		return padStart
	case i >= len(pos):
		return padEnd
	}
	return pos[i]
}

// chunkPrefix is the number of chunkFeatures' leading features that
// depend on the word and its POS tag alone, whose scores a Memo keeps.
const chunkPrefix = 5

// chunkFeatures appends the features of token i given the two previous
// chunk tags (-1 before the start). The first chunkPrefix depend on the
// word and its POS tag alone.
func chunkFeatures(dst []uint64, ws []perceptron.Word, pos []uint64, i, p1, p2 int) []uint64 {
	mix := perceptron.Mix
	w := &ws[i]
	t1, t2 := uint64(p1+2), uint64(p2+2)
	p := pos[i]
	pm1, pp1 := posAt(pos, i-1), posAt(pos, i+1)
	return append(dst,
		cBias,
		mix(cLower, w.Lower),
		mix(cSuf3, w.Suf[2]),
		mix(cShape, w.Shape),
		mix(cPOS, p),
		mix(cPOSm1, pm1),
		mix(cPOSm2, posAt(pos, i-2)),
		mix(cPOSp1, pp1),
		mix(cPOSp2, posAt(pos, i+2)),
		mix(mix(cPOSm1POS, pm1), p),
		mix(mix(cPOSPOSp1, p), pp1),
		mix(mix(cPOSm2m1, posAt(pos, i-2)), pm1),
		mix(mix(cPOSp1p2, pp1), posAt(pos, i+2)),
		mix(cLowerm1, lowerAt(ws, i-1)),
		mix(cLowerp1, lowerAt(ws, i+1)),
		mix(cP1, t1),
		mix(mix(cP1POS, t1), p),
		mix(mix(cP2P1, t2), t1),
		mix(mix(cP1Lower, t1), w.Lower),
		mix(mix(mix(cPOSm1POSp1, pm1), p), pp1),
	)
}

func setPOS(dst []uint64, pos []string) {
	for i, p := range pos {
		dst[i] = perceptron.HashString(perceptron.Seed, p)
	}
}

// Chunk writes the chunk tag of each word into chunks, given the words of
// one sentence and their POS tags. pos and chunks should be as long as
// words (when one is shorter, only that many words are chunked). It does
// not allocate once its buffers have grown.
func (c *Chunker) Chunk(words, pos, chunks []string) {
	words = words[:min(len(words), len(pos), len(chunks))]
	s := c.getScratch()
	c.chunkIdx(s, words, pos, nil)
	c.writeChunks(s, chunks)
	c.pool.Put(s)
}

func (c *Chunker) getScratch() *scratch {
	if s, ok := c.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{}
}

func (c *Chunker) writeChunks(s *scratch, chunks []string) {
	for i, k := range s.prev {
		chunks[i] = c.model.Classes[k]
	}
}

// chunkIdx chunks words into s.prev (class indices). atoms, when not nil,
// are the words' atoms already computed (by the tagger).
func (c *Chunker) chunkIdx(s *scratch, words, pos []string, atoms []perceptron.Word) {
	s.grow(len(words), c.model)
	if s.memo == nil {
		s.memo = perceptron.NewMemo(c.model, chunkPrefix, memoSlots)
	}
	ws := atoms
	if ws == nil {
		setWords(s.words, words)
		ws = s.words
	}
	setPOS(s.pos, pos)
	p1, p2 := -1, -1
	for i := range words {
		k, ok := c.rule(s.pos, i, p1)
		if !ok {
			s.feats = chunkFeatures(s.feats[:0], ws, s.pos, i, p1, p2)
			k = c.model.PredictMemo(s.memo, s.feats, s.scores, nil)
		}
		s.prev[i] = k
		p2, p1 = p1, k
	}
}

// Tags returns the chunk tag set.
func (c *Chunker) Tags() []string { return c.model.Classes }

// distilledMark is the 9-byte record between the (POS, previous chunk)
// rules and the distilled ones in the saved model's extra data.
var distilledMark = [9]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}

// Save writes the chunker gzip-compressed.
func (c *Chunker) Save(w io.Writer) error {
	extra := perceptron.AppendRules(nil, c.rules.Map())
	if c.distilled.Len() > 0 {
		extra = perceptron.AppendRules(append(extra, distilledMark[:]...), c.distilled.Map())
	}
	c.model.Extra = extra
	if err := c.model.Save(w); err != nil {
		return fmt.Errorf("save chunker: %w", err)
	}
	return nil
}

// LoadChunker reads a chunker written by Save.
func LoadChunker(r io.Reader) (*Chunker, error) {
	m, err := perceptron.Load(r)
	if err != nil {
		return nil, fmt.Errorf("load chunker: %w", err)
	}
	// The mark sits on a record boundary; no rule record equals it.
	own, rest := m.Extra, []byte(nil)
	for i := 0; i+9 <= len(m.Extra); i += 9 {
		if [9]byte(m.Extra[i:i+9]) == distilledMark {
			own, rest = m.Extra[:i], m.Extra[i+9:]
			break
		}
	}
	rules, err := perceptron.ReadRules(own, m.NumClasses())
	if err != nil {
		return nil, fmt.Errorf("load chunker: %w", err)
	}
	distilled, err := perceptron.ReadRules(rest, m.NumClasses())
	if err != nil {
		return nil, fmt.Errorf("load chunker: %w", err)
	}
	m.Extra = nil
	return newChunker(m, rules, distilled), nil
}

// LoadChunkerFS reads the chunker from fsys (e.g. model.FS).
func LoadChunkerFS(fsys fs.FS) (*Chunker, error) {
	f, err := fsys.Open(ChunkFile)
	if err != nil {
		return nil, fmt.Errorf("load chunker: %w", err)
	}
	defer f.Close()
	return LoadChunker(f)
}

// TrainChunker trains a chunker on CoNLL-2003 eng.train, using POS tags
// predicted by tagger (so training sees the same kind of input as use),
// and reports token accuracy and chunk F1 on eng.testa and eng.testb.
func TrainChunker(ctx context.Context, d *Data, tagger *Tagger, cfg Config) (*Chunker, Report, error) {
	start := time.Now()
	if cfg.Epochs == 0 {
		cfg.Epochs = 6
	}
	if cfg.Bits == 0 {
		cfg.Bits = 15
	}
	train := d.CoNLLTrain
	tagSet := map[string]bool{}
	for _, s := range train {
		for _, t := range s.Chunks {
			tagSet[t] = true
		}
	}
	classes, cidx := classIndex(tagSet)
	predPOS := tagAll(tagger, train)
	rules := chunkRules(train, predPOS, cidx)
	tr := perceptron.NewTrainer(classes, cfg.Bits)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x63686b))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var ws []perceptron.Word
	var pos, feats []uint64
	scores := make([]float32, len(classes))
	tokens := 0
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		if ctx.Err() != nil {
			return nil, Report{}, fmt.Errorf("train chunker: %w", ctx.Err())
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := train[si]
			n := len(s.Words)
			ws = slices.Grow(ws[:0], n)[:n]
			pos = slices.Grow(pos[:0], n)[:n]
			setWords(ws, s.Words)
			setPOS(pos, predPOS[si])
			p1, p2 := -1, -1
			for i := range s.Words {
				gold := cidx[s.Chunks[i]]
				var guess int
				if r, ok := rules[ruleKey(pos[i], p1)]; ok {
					guess = int(r)
				} else {
					feats = chunkFeatures(feats[:0], ws, pos, i, p1, p2)
					guess = tr.Predict(feats, scores, nil)
					tr.Update(feats, gold, guess)
				}
				if guess == gold {
					correct++
				}
				total++
				p2, p1 = p1, guess
			}
		}
		tokens = total
		cfg.logf("chunk epoch %d: train accuracy %.4f", epoch, float64(correct)/float64(total))
	}
	c := newChunker(tr.Model(), rules, nil)
	cfg.logf("chunk: %d (POS, previous chunk) rules", len(rules))
	c = newChunker(c.model, rules, c.distillRules(tagger, slices.Concat(train, d.GMBTrain)))
	cfg.logf("chunk: %d distilled POS-context rules", c.distilled.Len())
	rep := Report{Model: "chunk", Tokens: tokens, Duration: time.Since(start)}
	for _, set := range []struct {
		name  string
		sents []Sentence
	}{{"conll-testa", d.CoNLLDev}, {"conll-testb", d.CoNLLTest}} {
		acc, f1, n := c.Evaluate(tagger, set.sents)
		rep.Scores = append(rep.Scores,
			Score{Set: set.name, Metric: "accuracy", Value: acc, N: n},
			Score{Set: set.name, Metric: "chunk-F1", Value: f1, N: n})
	}
	cfg.logf("%s", rep)
	return c, rep, nil
}

// tagAll returns the predicted POS tags of every sentence.
func tagAll(t *Tagger, sents []Sentence) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = make([]string, len(s.Words))
		t.Tag(s.Words, out[i])
	}
	return out
}

// Evaluate chunks sents with POS tags from tagger and returns token
// accuracy, chunk-level F1 (exact span and type) and the token count.
func (c *Chunker) Evaluate(tagger *Tagger, sents []Sentence) (acc, f1 float64, tokens int) {
	correct := 0
	var tp, np, ng int
	var pos, got []string
	for _, s := range sents {
		n := len(s.Words)
		pos = slices.Grow(pos[:0], n)[:n]
		got = slices.Grow(got[:0], n)[:n]
		tagger.Tag(s.Words, pos)
		c.Chunk(s.Words, pos, got)
		for i := range got {
			if got[i] == s.Chunks[i] {
				correct++
			}
		}
		tokens += n
		gs, ps := SpansBIO(s.Chunks), SpansBIO(got)
		ng += len(gs)
		np += len(ps)
		for _, p := range ps {
			if slices.Contains(gs, p) {
				tp++
			}
		}
	}
	if tokens > 0 {
		acc = float64(correct) / float64(tokens)
	}
	if np > 0 && ng > 0 && tp > 0 {
		p, r := float64(tp)/float64(np), float64(tp)/float64(ng)
		f1 = 2 * p * r / (p + r)
	}
	return acc, f1, tokens
}

// Span is a typed range [Start,End) of token indices.
type Span struct {
	Start, End int
	Type       string
}

// SpansBIO returns the spans of an IOB1/IOB2 tag sequence the way
// conlleval reads it: a span starts at B-X, or at I-X after O or another
// type, and runs over the following I-X.
func SpansBIO(tags []string) []Span {
	var out []Span
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		prefix, t := "O", ""
		if i < len(tags) && len(tags[i]) > 2 && tags[i][1] == '-' {
			prefix, t = tags[i][:1], tags[i][2:]
		}
		begins := prefix == "B" || prefix == "I" && t != typ
		if start >= 0 && (prefix == "O" || begins) {
			out = append(out, Span{start, i, typ})
			start, typ = -1, ""
		}
		if begins {
			start, typ = i, t
		}
	}
	return out
}
