package extract

import (
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/claim"
)

// DefaultStages returns dossier's pipeline in order.
func DefaultStages() ([]nlp.Stage, error) {
	return []nlp.Stage{
		nlp.Tokenizer{},
		pending{"entities", nlp.Entities},
		pending{"times", nlp.Times},
		pending{"quantities", nlp.Quantities},
		pending{"attributions", nlp.Attributions | nlp.Quotes},
		claim.New(),
	}, nil
}

// pending stands in for a stage still being written.
type pending struct {
	name string
	l    nlp.Layer
}

func (p pending) Name() string             { return p.name }
func (p pending) Requires() nlp.Layer      { return nlp.Tokens }
func (p pending) Provides() nlp.Layer      { return p.l }
func (p pending) Process(d *nlp.Doc) error { return nil }
