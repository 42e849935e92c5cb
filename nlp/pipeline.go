package nlp

import (
	"fmt"
	"strings"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/text"
)

// Layer is a set of annotation layers, one bit each.
type Layer uint32

const (
	Tokens Layer = 1 << iota
	Sentences
	POS
	Chunks
	Entities
	Times
	Quantities
	Quotes
	Attributions
	Claims
)

var layerNames = []string{"tokens", "sentences", "pos", "chunks", "entities", "times", "quantities", "quotes", "attributions", "claims"}

func (l Layer) String() string {
	var names []string
	for i, n := range layerNames {
		if l&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, "+")
}

// Stage is one step of the pipeline.
type Stage interface {
	Name() string
	Requires() Layer
	Provides() Layer
	Process(d *Doc) error
}

// Pipeline runs stages in order.
type Pipeline struct {
	stages []Stage
}

// NewPipeline checks that each stage's required layers are provided by the
// stages before it and returns the pipeline.
func NewPipeline(stages ...Stage) (*Pipeline, error) {
	var have Layer
	for _, s := range stages {
		if missing := s.Requires() &^ have; missing != 0 {
			return nil, dossier.Errorf(dossier.EINVALID, "pipeline: stage %q requires %s, which no earlier stage provides", s.Name(), missing)
		}
		have |= s.Provides()
	}
	return &Pipeline{stages: stages}, nil
}

// Stages returns the pipeline's stages in order.
func (p *Pipeline) Stages() []Stage { return p.stages }

// Run fills d's layers. A stage that panics on some input fails that
// document with EINTERNAL instead of taking the whole batch down.
func (p *Pipeline) Run(d *Doc) (err error) {
	var name string
	defer func() {
		if r := recover(); r != nil {
			err = dossier.Errorf(dossier.EINTERNAL, "%s: internal error on this text (%v)", name, r)
		}
	}()
	for _, s := range p.stages {
		name = s.Name()
		if err := s.Process(d); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		d.layers |= s.Provides()
	}
	return nil
}

// Tokenizer is the stage that provides tokens and sentences.
type Tokenizer struct{}

func (Tokenizer) Name() string    { return "tokenizer" }
func (Tokenizer) Requires() Layer { return 0 }
func (Tokenizer) Provides() Layer { return Tokens | Sentences }
func (Tokenizer) Process(d *Doc) error {
	d.Tokens = text.Tokenize(d.Text, d.Tokens[:0])
	d.Sentences = text.Sentences(d.Text, d.Tokens, d.Sentences[:0])
	return nil
}
