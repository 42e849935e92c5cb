package tag

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/dossierhq/dossier/nlp/perceptron"
)

// Tagger is a greedy left-to-right Penn Treebank part-of-speech tagger. It
// is safe for concurrent use.
type Tagger struct {
	model *perceptron.Model
	dict  map[string]uint8 // frequent words that (nearly) always take one tag
	// dictHash is dict keyed by the word's hash (perceptron.Word.Exact),
	// which tagging computes anyway: cheaper than hashing the string again.
	dictHash *perceptron.Table
	// rules maps (lower-case word, previous tag) pairs, under wordRuleKey,
	// to the tag the trained model nearly always gives them
	// (perceptron.Distiller).
	rules *perceptron.Table
	pool  sync.Pool // *scratch
}

func wordRuleKey(lower uint64, prev int) uint64 { return perceptron.Mix(lower, uint64(prev+2)) }

// scratch is the per-call working memory, reused across calls.
type scratch struct {
	words  []perceptron.Word
	pos    []uint64
	feats  []uint64
	scores []float32
	prev   []int
	memo   *perceptron.Memo // scores of the word features of recent words
}

// memoSlots is the number of words whose word-feature scores a scratch
// remembers: news text repeats its names and rarer words, and the
// frequent ones never reach the model (the tag dictionary and chunk
// rules take them).
const memoSlots = 4096

func (s *scratch) grow(n int, m *perceptron.Model) {
	nc := m.NumClasses()
	if cap(s.words) < n {
		s.words = make([]perceptron.Word, n, n+n/2)
		s.pos = make([]uint64, n, n+n/2)
		s.prev = make([]int, n, n+n/2)
	}
	s.words, s.pos, s.prev = s.words[:n], s.pos[:n], s.prev[:n]
	if cap(s.scores) < nc {
		s.scores = m.NewScores()
	}
	s.scores = s.scores[:nc]
}

// Feature templates. Their values only need to differ.
const (
	fBias uint64 = iota + 1
	fWord
	fLower
	fSuf1
	fSuf2
	fSuf3
	fPre1
	fShape
	fFlags
	fP1
	fP2
	fP1P2
	fP1Word
	fPrevLower
	fPrev2Lower
	fNextLower
	fNext2Lower
	fPrevSuf3
	fNextSuf3
	fFirstFlags
	fNextShape
	fPrevShape
)

// Padding atoms for positions before the start and after the end.
var (
	padStart = perceptron.Mix(0xb0b, 1)
	padEnd   = perceptron.Mix(0xe0e, 2)
)

func lowerAt(ws []perceptron.Word, i int) uint64 {
	switch {
	case i < 0:
		return padStart
	case i >= len(ws):
		return padEnd
	}
	return ws[i].Lower
}

func suf3At(ws []perceptron.Word, i int) uint64 {
	switch {
	case i < 0:
		return padStart
	case i >= len(ws):
		return padEnd
	}
	return ws[i].Suf[2]
}

func shapeAt(ws []perceptron.Word, i int) uint64 {
	switch {
	case i < 0:
		return padStart
	case i >= len(ws):
		return padEnd
	}
	return ws[i].Shape
}

// posPrefix is the number of posFeatures' leading features that depend on
// the word alone, whose scores a Memo keeps.
const posPrefix = 9

// posFeatures appends the features of token i given the two previous tags
// (-1 before the sentence start). The first posPrefix depend on the word
// alone.
func posFeatures(dst []uint64, ws []perceptron.Word, i, p1, p2 int) []uint64 {
	mix := perceptron.Mix
	w := &ws[i]
	t1, t2 := uint64(p1+2), uint64(p2+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	return append(dst,
		fBias,
		mix(fWord, w.Exact),
		mix(fLower, w.Lower),
		mix(fSuf1, w.Suf[0]),
		mix(fSuf2, w.Suf[1]),
		mix(fSuf3, w.Suf[2]),
		mix(fPre1, w.Pre[0]),
		mix(fShape, w.Shape),
		mix(fFlags, uint64(w.Flags)),
		mix(fP1, t1),
		mix(fP2, t2),
		mix(mix(fP1P2, t1), t2),
		mix(mix(fP1Word, t1), w.Lower),
		mix(fPrevLower, lowerAt(ws, i-1)),
		mix(fPrev2Lower, lowerAt(ws, i-2)),
		mix(fNextLower, lowerAt(ws, i+1)),
		mix(fNext2Lower, lowerAt(ws, i+2)),
		mix(fPrevSuf3, suf3At(ws, i-1)),
		mix(fNextSuf3, suf3At(ws, i+1)),
		mix(mix(fFirstFlags, first), uint64(w.Flags)),
		mix(fNextShape, shapeAt(ws, i+1)),
		mix(fPrevShape, shapeAt(ws, i-1)),
	)
}

// setWords fills ws with the atoms of words.
func setWords(ws []perceptron.Word, words []string) {
	for i, w := range words {
		ws[i].Set(perceptron.Normalize(w))
	}
}

// Tags returns the tag set.
func (t *Tagger) Tags() []string { return t.model.Classes }

func (t *Tagger) getScratch() *scratch {
	if s, ok := t.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{}
}

// Tag writes the part-of-speech tag of each of words (one sentence) into
// tags, which should be as long (when it is shorter, only the first
// len(tags) words are tagged). The tag strings are shared constants; Tag
// does not allocate once its buffers have grown.
func (t *Tagger) Tag(words []string, tags []string) {
	words = words[:min(len(words), len(tags))]
	s := t.getScratch()
	t.tagIdx(s, words, nil)
	t.writeTags(s, tags)
	t.pool.Put(s)
}

func (t *Tagger) writeTags(s *scratch, tags []string) {
	for i, k := range s.prev {
		tags[i] = t.model.Classes[k]
	}
}

// tagIdx tags words into s.prev (class indices). The words' atoms go into
// ws when it is not nil (as long as words), else into s.words.
func (t *Tagger) tagIdx(s *scratch, words []string, ws []perceptron.Word) {
	n := len(words)
	s.grow(n, t.model)
	if s.memo == nil {
		s.memo = perceptron.NewMemo(t.model, posPrefix, memoSlots)
	}
	if ws == nil {
		ws = s.words
	}
	setWords(ws, words)
	p1, p2 := -1, -1
	for i := range words {
		k, ok := t.dictHash.Get(ws[i].Exact)
		if !ok {
			k, ok = t.rules.Get(wordRuleKey(ws[i].Lower, p1))
		}
		c := int(k)
		if !ok {
			s.feats = posFeatures(s.feats[:0], ws, i, p1, p2)
			c = t.model.PredictMemo(s.memo, s.feats, s.scores, nil)
		}
		s.prev[i] = c
		p2, p1 = p1, c
	}
}

func newTagger(m *perceptron.Model, dict map[string]uint8, rules map[uint64]uint8) *Tagger {
	byHash := make(map[uint64]uint8, len(dict))
	for w, k := range dict {
		byHash[perceptron.HashString(perceptron.Seed, w)] = k
	}
	return &Tagger{model: m, dict: dict, dictHash: perceptron.NewTable(byHash), rules: perceptron.NewTable(rules)}
}

// WithoutDistilled returns the tagger without its distilled rules: the
// model's own output (with the tag dictionary, which training used), which
// the models trained on POS tags read.
func (t *Tagger) WithoutDistilled() *Tagger { return newTagger(t.model, t.dict, nil) }

// distillRules finds the (word, previous tag) pairs of the distilled rules
// by tagging sents as t does now (without rules of its own).
func (t *Tagger) distillRules(sents []Sentence) map[uint64]uint8 {
	counts := perceptron.Distiller{}
	s := t.getScratch()
	for _, se := range sents {
		t.tagIdx(s, se.Words, nil)
		prev := -1
		for i := range se.Words {
			if _, ok := t.dictHash.Get(s.words[i].Exact); !ok {
				counts.Add(wordRuleKey(s.words[i].Lower, prev), s.prev[i])
			}
			prev = s.prev[i]
		}
	}
	t.pool.Put(s)
	return counts.Rules()
}

// rulesMarker starts the distilled rules after the tag dictionary's lines
// in the saved model (a word never holds a NUL byte).
const rulesMarker = "\x00rules"

// Save writes the tagger (weights, tag dictionary and distilled rules)
// gzip-compressed.
func (t *Tagger) Save(w io.Writer) error {
	t.model.Extra = encodeDict(t.dict, t.rules.Map(), t.model.Classes)
	if err := t.model.Save(w); err != nil {
		return fmt.Errorf("save tagger: %w", err)
	}
	return nil
}

// LoadTagger reads a tagger written by Save.
func LoadTagger(r io.Reader) (*Tagger, error) {
	m, err := perceptron.Load(r)
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	dict, rules, err := decodeDict(m.Extra, m.Classes)
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	m.Extra = nil
	return newTagger(m, dict, rules), nil
}

// Model file names inside the model file system.
const (
	POSFile   = "pos.gz"
	ChunkFile = "chunk.gz"
)

// LoadTaggerFS reads the tagger from fsys (e.g. model.FS).
func LoadTaggerFS(fsys fs.FS) (*Tagger, error) {
	f, err := fsys.Open(POSFile)
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	defer f.Close()
	return LoadTagger(f)
}

// encodeDict writes "word\ttag\n" lines in sorted order, then the rules
// marker line and the rules as perceptron.AppendRules writes them.
func encodeDict(dict map[string]uint8, rules map[uint64]uint8, classes []string) []byte {
	var b bytes.Buffer
	for _, w := range slices.Sorted(maps.Keys(dict)) {
		b.WriteString(w)
		b.WriteByte('\t')
		b.WriteString(classes[dict[w]])
		b.WriteByte('\n')
	}
	if len(rules) > 0 {
		b.WriteString(rulesMarker + "\n")
		b.Write(perceptron.AppendRules(nil, rules))
	}
	return b.Bytes()
}

func decodeDict(data []byte, classes []string) (map[string]uint8, map[uint64]uint8, error) {
	idx := make(map[string]uint8, len(classes))
	for i, c := range classes {
		idx[c] = uint8(i)
	}
	words, rulesData, _ := bytes.Cut(data, []byte(rulesMarker+"\n"))
	dict := make(map[string]uint8)
	for line := range strings.SplitSeq(string(words), "\n") {
		if line == "" {
			continue
		}
		w, tg, ok := strings.Cut(line, "\t")
		k, known := idx[tg]
		if !ok || !known {
			return nil, nil, fmt.Errorf("bad tag dictionary line %q", line)
		}
		dict[w] = k
	}
	rules, err := perceptron.ReadRules(rulesData, len(classes))
	if err != nil {
		return nil, nil, err
	}
	return dict, rules, nil
}
