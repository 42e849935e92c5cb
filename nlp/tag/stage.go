package tag

import (
	"sync"

	"github.com/dossierhq/dossier/model"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/perceptron"
)

var loadDefault = sync.OnceValues(func() (*Stage, error) {
	t, err := LoadTaggerFS(model.FS)
	if err != nil {
		return nil, err
	}
	c, err := LoadChunkerFS(model.FS)
	if err != nil {
		return nil, err
	}
	return NewStage(t, c), nil
})

// Default returns the tagger and chunker embedded in package model, loaded
// once.
func Default() (*Tagger, *Chunker, error) {
	s, err := loadDefault()
	if err != nil {
		return nil, nil, err
	}
	return s.tagger, s.chunker, nil
}

// DefaultStage returns the pipeline stage of the embedded tagger and
// chunker, loaded once.
func DefaultStage() (*Stage, error) { return loadDefault() }

// Stage is the pipeline stage that fills Doc.POS and, with a chunker,
// Doc.Chunks, sentence by sentence. It is safe for concurrent use.
type Stage struct {
	tagger  *Tagger
	chunker *Chunker
	words   sync.Pool // *[]string
}

// NewStage returns a stage that tags with t and chunks with c (nil: no
// chunks).
func NewStage(t *Tagger, c *Chunker) *Stage { return &Stage{tagger: t, chunker: c} }

// Name implements nlp.Stage.
func (s *Stage) Name() string { return "pos" }

// Requires implements nlp.Stage.
func (s *Stage) Requires() nlp.Layer { return nlp.Tokens | nlp.Sentences }

// Provides implements nlp.Stage.
func (s *Stage) Provides() nlp.Layer {
	if s.chunker == nil {
		return nlp.POS
	}
	return nlp.POS | nlp.Chunks
}

// Process implements nlp.Stage.
func (s *Stage) Process(d *nlp.Doc) error {
	n := len(d.Tokens)
	d.POS = grow(d.POS, n)
	if s.chunker != nil {
		d.Chunks = grow(d.Chunks, n)
	}
	if cap(d.Atoms) < n {
		d.Atoms = make([]perceptron.Word, n, n+n/4)
	}
	d.Atoms = d.Atoms[:n]
	wp, _ := s.words.Get().(*[]string)
	if wp == nil {
		wp = new([]string)
	}
	words := *wp
	// The tagger computes the words' atoms (hashes, shape, affixes) into
	// d.Atoms, where the chunker and later stages read them.
	ts := s.tagger.getScratch()
	var cs *scratch
	if s.chunker != nil {
		cs = s.chunker.getScratch()
	}
	for _, sent := range d.Sentences {
		words = Words(d, sent.First, sent.Last, words)
		pos := d.POS[sent.First:sent.Last]
		atoms := d.Atoms[sent.First:sent.Last]
		s.tagger.tagIdx(ts, words, atoms)
		s.tagger.writeTags(ts, pos)
		if s.chunker != nil {
			s.chunker.chunkIdx(cs, words, pos, atoms)
			s.chunker.writeChunks(cs, d.Chunks[sent.First:sent.Last])
		}
	}
	s.tagger.pool.Put(ts)
	if cs != nil {
		s.chunker.pool.Put(cs)
	}
	clear(words) // do not keep the document's text alive
	*wp = words[:0]
	s.words.Put(wp)
	return nil
}

// Words sets buf to the texts of tokens [first,last) of d (substrings of
// d.Text, no copies) and returns it.
func Words(d *nlp.Doc, first, last int, buf []string) []string {
	buf = buf[:0]
	for _, t := range d.Tokens[first:last] {
		buf = append(buf, d.Text[t.Start:t.End])
	}
	return buf
}

func grow(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	s = s[:n]
	clear(s)
	return s
}
