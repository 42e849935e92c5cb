package ner

import (
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp/perceptron"
)

// Span is an entity found by Recognize: tokens [Start,End) of the sentence.
type Span struct {
	Start, End int
	Type       dossier.EntityType
}

// The model's entity classes. PLACE becomes GPE or LOC after decoding (see
// placeType); the others are output as they are.
var modelTypes = []string{"PERSON", "ORG", "PLACE", "NORP", "EVENT", "MISC"}

// Tag schemes.
const (
	BILOU = "bilou"
	BIO   = "bio"
)

// labels describes the tag set of a scheme: class 0 is O; every type has a
// B and I class and, under BILOU, an L and U class.
type labels struct {
	scheme  string
	names   []string
	typ     []int  // class -> type index (-1 for O)
	part    []byte // class -> 'O', 'B', 'I', 'L', 'U'
	allowed [][]bool
	// allowed[prev+1] masks classes after class prev (-1: sentence start);
	// allowedLast[prev+1] also requires that no entity stays open.
	allowedLast [][]bool
}

func newLabels(scheme string) (*labels, error) {
	var parts string
	switch scheme {
	case BILOU:
		parts = "BILU"
	case BIO:
		parts = "BI"
	default:
		return nil, fmt.Errorf("unknown tag scheme %q", scheme)
	}
	l := &labels{scheme: scheme, names: []string{"O"}, typ: []int{-1}, part: []byte{'O'}}
	for ti, t := range modelTypes {
		for _, p := range []byte(parts) {
			l.names = append(l.names, string(p)+"-"+t)
			l.typ = append(l.typ, ti)
			l.part = append(l.part, p)
		}
	}
	n := len(l.names)
	for prev := -1; prev < n; prev++ {
		a, last := make([]bool, n), make([]bool, n)
		open := prev >= 0 && (l.part[prev] == 'B' || l.part[prev] == 'I')
		for c := 0; c < n; c++ {
			p := l.part[c]
			cont := p == 'I' || p == 'L'
			if scheme == BILOU {
				if open {
					a[c] = cont && l.typ[c] == l.typ[prev]
				} else {
					a[c] = !cont
				}
				last[c] = a[c] && p != 'B' && p != 'I'
			} else {
				a[c] = p != 'I' || open && l.typ[c] == l.typ[prev]
				last[c] = a[c]
			}
		}
		l.allowed = append(l.allowed, a)
		l.allowedLast = append(l.allowedLast, last)
	}
	return l, nil
}

// skip reports whether a token with flags after class prev is O without
// asking the model: outside an entity, a token with no upper-case letter,
// digit or non-ASCII letter practically never starts one (54 of 23,499
// entities in CoNLL-2003 eng.train do). This saves most of the work.
func (l *labels) skip(f perceptron.Flags, prev int) bool {
	if f&(perceptron.HasUpper|perceptron.HasDigit|perceptron.NonASCII) != 0 {
		return false
	}
	return prev < 0 || l.part[prev] == 'O' || l.part[prev] == 'L' || l.part[prev] == 'U'
}

// encode writes the class of every token of a sentence of n tokens with the
// given typed spans (types index modelTypes).
func (l *labels) encode(n int, spans []tspan, dst []int) []int {
	dst = append(dst[:0], make([]int, n)...)
	stride := len(l.names) / len(modelTypes)
	for _, s := range spans {
		base := 1 + s.typ*stride
		if l.scheme == BIO {
			dst[s.start] = base
			for j := s.start + 1; j < s.end; j++ {
				dst[j] = base + 1
			}
			continue
		}
		if s.end-s.start == 1 {
			dst[s.start] = base + 3
			continue
		}
		dst[s.start] = base
		for j := s.start + 1; j < s.end-1; j++ {
			dst[j] = base + 1
		}
		dst[s.end-1] = base + 2
	}
	return dst
}

// tspan is a span with a model type index.
type tspan struct{ start, end, typ int }

// decode appends the spans of a valid class sequence.
func (l *labels) decode(classes []int, dst []tspan) []tspan {
	start, typ := -1, -1
	for i, c := range classes {
		p := l.part[c]
		switch {
		case p == 'O':
			if start >= 0 {
				dst = append(dst, tspan{start, i, typ})
			}
			start = -1
		case p == 'U':
			if start >= 0 {
				dst = append(dst, tspan{start, i, typ})
			}
			dst = append(dst, tspan{i, i + 1, l.typ[c]})
			start = -1
		case p == 'B' || start < 0 || l.typ[c] != typ:
			if start >= 0 {
				dst = append(dst, tspan{start, i, typ})
			}
			start, typ = i, l.typ[c]
		}
		if p == 'L' && start >= 0 {
			dst = append(dst, tspan{start, i + 1, typ})
			start = -1
		}
	}
	if start >= 0 {
		dst = append(dst, tspan{start, len(classes), typ})
	}
	return dst
}

// Recognizer finds named entities in POS-tagged, chunked sentences. It is
// safe for concurrent use.
type Recognizer struct {
	model  *perceptron.Model
	labels *labels
	// rules maps (word, previous class) pairs, under ruleKey, to the class
	// the trained model nearly always gives them (perceptron.Distiller):
	// sentence-initial capitals, numbers, frequent names.
	rules *perceptron.Table
	pool  sync.Pool // *scratch
}

func ruleKey(exact uint64, prev int) uint64 { return perceptron.Mix(exact, uint64(prev+2)) }

type scratch struct {
	sent    sentence
	feats   []uint64
	scores  []float32
	classes []int
	spans   []tspan
	memo    *perceptron.Memo // scores of the word features of recent words
}

// memoSlots is the number of words whose word-feature scores a scratch
// remembers: a name recurs through an article and across a day's news.
const memoSlots = 4096

// Recognize appends the entities of one sentence to dst and returns it.
// words, pos and chunks have one element per token (pos and chunks as
// produced by package tag). It does not allocate once its buffers have
// grown, except to grow dst.
//
// pos and chunks should be as long as words; when one is shorter, only
// that many words are read.
func (r *Recognizer) Recognize(words, pos, chunks []string, dst []Span) []Span {
	return r.recognizeAtoms(words, nil, pos, chunks, dst)
}

// recognizeAtoms is Recognize with the words' atoms already computed (nil:
// compute them).
func (r *Recognizer) recognizeAtoms(words []string, atoms []perceptron.Word, pos, chunks []string, dst []Span) []Span {
	words = words[:min(len(words), len(pos), len(chunks))]
	if atoms != nil && len(atoms) < len(words) {
		atoms = nil
	}
	s, _ := r.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	s.spans = r.recognize(s, words, atoms, pos, chunks, s.spans[:0])
	s.sent.ws = nil // do not keep the caller's atoms
	for _, sp := range s.spans {
		dst = append(dst, Span{sp.start, sp.end, outputType(sp.typ, words[sp.start:sp.end])})
	}
	r.pool.Put(s)
	return dst
}

func outputType(typ int, words []string) dossier.EntityType {
	switch t := modelTypes[typ]; t {
	case "PLACE":
		if isInstitution(words) {
			return dossier.Org
		}
		return dossier.EntityType(placeType(words))
	case "NORP", "MISC":
		// In the training data NORP is MISC that the lexicon knows as a
		// demonym, so the lexicon decides.
		if isDemonym(words) {
			return dossier.NORP
		}
		return dossier.Misc
	default:
		return dossier.EntityType(t)
	}
}

func (r *Recognizer) recognize(s *scratch, words []string, atoms []perceptron.Word, pos, chunks []string, dst []tspan) []tspan {
	n := len(words)
	if n == 0 {
		return dst
	}
	s.sent.set(words, atoms, pos, chunks)
	nc := r.model.NumClasses()
	if cap(s.scores) < nc {
		s.scores = r.model.NewScores()
	}
	if s.memo == nil {
		s.memo = perceptron.NewMemo(r.model, wordFeatures, memoSlots)
	}
	s.classes = s.classes[:0]
	p1, p2 := -1, -1
	for i := 0; i < n; i++ {
		if r.labels.skip(s.sent.ws[i].Flags, p1) {
			s.classes = append(s.classes, 0)
			p2, p1 = p1, 0
			continue
		}
		allowed := r.labels.allowed[p1+1]
		if i == n-1 {
			allowed = r.labels.allowedLast[p1+1]
		}
		if k, ok := r.rules.Get(ruleKey(s.sent.ws[i].Exact, p1)); ok && allowed[k] {
			s.classes = append(s.classes, int(k))
			p2, p1 = p1, int(k)
			continue
		}
		s.feats = s.sent.features(s.feats[:0], i, p1, p2)
		c := r.model.PredictMemo(s.memo, s.feats, s.scores[:nc], allowed)
		s.classes = append(s.classes, c)
		p2, p1 = p1, c
	}
	return r.labels.decode(s.classes, dst)
}

// Scheme returns the tag scheme of the model (BILOU or BIO).
func (r *Recognizer) Scheme() string { return r.labels.scheme }

// distillRules finds the (word, previous class) pairs of the distilled
// rules by labelling the examples as r does now (without rules of its own).
func (r *Recognizer) distillRules(examples []example) map[uint64]uint8 {
	counts := perceptron.Distiller{}
	s := &scratch{}
	for i := range examples {
		e := &examples[i]
		r.recognize(s, e.words, nil, e.pos, e.chunks, nil)
		p1 := -1
		for i, c := range s.classes {
			if !r.labels.skip(s.sent.ws[i].Flags, p1) {
				counts.Add(ruleKey(s.sent.ws[i].Exact, p1), c)
			}
			p1 = c
		}
	}
	return counts.Rules()
}

// rulesMarker starts the distilled rules (perceptron.AppendRules) after the
// scheme line of the saved model's extra data.
const rulesMarker = "rules:"

// Save writes the recogniser gzip-compressed.
func (r *Recognizer) Save(w io.Writer) error {
	extra := []byte("scheme=" + r.labels.scheme + "\n")
	if r.rules.Len() > 0 {
		extra = perceptron.AppendRules(append(extra, rulesMarker+"\n"...), r.rules.Map())
	}
	r.model.Extra = extra
	if err := r.model.Save(w); err != nil {
		return fmt.Errorf("save recognizer: %w", err)
	}
	return nil
}

// Load reads a recogniser written by Save.
func Load(rd io.Reader) (*Recognizer, error) {
	m, err := perceptron.Load(rd)
	if err != nil {
		return nil, fmt.Errorf("load recognizer: %w", err)
	}
	head, rest, _ := strings.Cut(string(m.Extra), "\n")
	scheme, _ := strings.CutPrefix(strings.TrimSpace(head), "scheme=")
	l, err := newLabels(scheme)
	if err != nil {
		return nil, fmt.Errorf("load recognizer: %w", err)
	}
	if len(l.names) != m.NumClasses() {
		return nil, fmt.Errorf("load recognizer: %d classes, want %d", m.NumClasses(), len(l.names))
	}
	rules, err := decodeRules(rest, len(l.names))
	if err != nil {
		return nil, fmt.Errorf("load recognizer: %w", err)
	}
	m.Extra = nil
	return &Recognizer{model: m, labels: l, rules: perceptron.NewTable(rules)}, nil
}

func decodeRules(data string, nc int) (map[uint64]uint8, error) {
	body, ok := strings.CutPrefix(data, rulesMarker+"\n")
	if !ok {
		if strings.TrimSpace(data) != "" {
			return nil, fmt.Errorf("unexpected model data %.20q", data)
		}
		return map[uint64]uint8{}, nil
	}
	return perceptron.ReadRules([]byte(body), nc)
}

// File is the recogniser's file name in the model file system.
const File = "ner.gz"

// LoadFS reads the recogniser from fsys (e.g. model.FS).
func LoadFS(fsys fs.FS) (*Recognizer, error) {
	f, err := fsys.Open(File)
	if err != nil {
		return nil, fmt.Errorf("load recognizer: %w", err)
	}
	defer f.Close()
	return Load(f)
}
