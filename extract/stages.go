package extract

import (
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/attrib"
	"github.com/dossierhq/dossier/nlp/claim"
	"github.com/dossierhq/dossier/nlp/ner"
	"github.com/dossierhq/dossier/nlp/quant"
	"github.com/dossierhq/dossier/nlp/tag"
	"github.com/dossierhq/dossier/nlp/timex"
)

// DefaultStages returns dossier's pipeline in order, with the embedded
// models (loaded once per process).
func DefaultStages() ([]nlp.Stage, error) {
	pos, err := tag.DefaultStage()
	if err != nil {
		return nil, err
	}
	ents, err := ner.DefaultStage()
	if err != nil {
		return nil, err
	}
	return []nlp.Stage{
		nlp.Tokenizer{},
		pos,
		ents,
		timex.New(),
		quant.New(),
		attrib.New(),
		claim.New(),
	}, nil
}
