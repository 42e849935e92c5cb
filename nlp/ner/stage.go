package ner

import (
	"strconv"
	"strings"
	"sync"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/model"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/perceptron"
	"github.com/dossierhq/dossier/nlp/tag"
)

var loadDefault = sync.OnceValues(func() (*Recognizer, error) { return LoadFS(model.FS) })

// Default returns the recogniser embedded in package model, loaded once.
func Default() (*Recognizer, error) { return loadDefault() }

// DefaultStage returns the pipeline stage of the embedded recogniser.
func DefaultStage() (*Stage, error) {
	r, err := Default()
	if err != nil {
		return nil, err
	}
	return NewStage(r), nil
}

// Stage is the pipeline stage that fills Doc.Entities from the tokens, POS
// tags and chunks, sentence by sentence. Entity ids are "e1", "e2" … in
// text order. It is safe for concurrent use.
type Stage struct {
	r    *Recognizer
	pool sync.Pool // *stageScratch
}

type stageScratch struct {
	words []string
	spans []Span
}

// NewStage returns the stage for r.
func NewStage(r *Recognizer) *Stage { return &Stage{r: r} }

// Name implements nlp.Stage.
func (s *Stage) Name() string { return "entities" }

// Requires implements nlp.Stage.
func (s *Stage) Requires() nlp.Layer {
	return nlp.Tokens | nlp.Sentences | nlp.POS | nlp.Chunks
}

// Provides implements nlp.Stage.
func (s *Stage) Provides() nlp.Layer { return nlp.Entities }

// Process implements nlp.Stage.
func (s *Stage) Process(d *nlp.Doc) error {
	sc, _ := s.pool.Get().(*stageScratch)
	if sc == nil {
		sc = &stageScratch{}
	}
	d.Entities = d.Entities[:0]
	// The word hashes the POS stage computed, when it did, are the ones
	// this model reads too.
	shared := len(d.Atoms) == len(d.Tokens)
	for _, sent := range d.Sentences {
		sc.words = tag.Words(d, sent.First, sent.Last, sc.words)
		var atoms []perceptron.Word
		if shared {
			atoms = d.Atoms[sent.First:sent.Last]
		}
		sc.spans = s.r.recognizeAtoms(sc.words, atoms, d.POS[sent.First:sent.Last], d.Chunks[sent.First:sent.Last], sc.spans[:0])
		for _, sp := range sc.spans {
			// A capitalised preposition or conjunction opening a sentence
			// ("Near Mosul", "After Kim") is not part of the name.
			for sp.End-sp.Start > 1 && leadingFunctionWord(d, sent.First, sent.First+sp.Start) {
				sp.Start++
			}
			span := d.Span(sent.First+sp.Start, sent.First+sp.End)
			d.Entities = append(d.Entities, dossier.Entity{
				ID:        entityID(len(d.Entities) + 1),
				Span:      span,
				Type:      sp.Type,
				Canonical: Canonical(d.Text[span.Start:span.End], string(sp.Type)),
			})
		}
	}
	clear(sc.words)
	sc.words = sc.words[:0]
	s.pool.Put(sc)
	return nil
}

// leadingFunctionWord reports whether token i, the first of an entity in
// a sentence starting at token first, is a preposition, conjunction or (at
// the sentence start) a determiner by its POS tag.
func leadingFunctionWord(d *nlp.Doc, first, i int) bool {
	if i >= len(d.POS) {
		return false
	}
	switch d.POS[i] {
	case "IN", "CC", "TO":
		return true
	case "DT":
		return i == first
	}
	// Sentence-initial capitals fool the tagger too: "Near" as NNP.
	if i == first {
		_, ok := sentenceFunctionWords[strings.ToLower(d.Word(i))]
		return ok
	}
	return false
}

var sentenceFunctionWords = map[string]struct{}{
	"near": {}, "in": {}, "at": {}, "on": {}, "after": {}, "before": {}, "during": {}, "for": {}, "from": {},
	"with": {}, "by": {}, "under": {}, "over": {}, "across": {}, "inside": {}, "outside": {}, "despite": {},
	"since": {}, "while": {}, "if": {}, "as": {}, "and": {}, "but": {}, "or": {}, "the": {}, "a": {}, "an": {},
	"of": {}, "to": {}, "into": {}, "among": {}, "amid": {}, "against": {}, "following": {}, "according": {},
}

var ids = func() []string {
	out := make([]string, 1024)
	for i := range out {
		out[i] = "e" + strconv.Itoa(i)
	}
	return out
}()

// entityID returns "e<n>", shared for small n.
func entityID(n int) string {
	if n < len(ids) {
		return ids[n]
	}
	return "e" + strconv.Itoa(n)
}
