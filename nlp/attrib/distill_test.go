package attrib

import (
	"slices"
	"testing"

	"github.com/dossierhq/dossier/eval"
)

// TestDistilledCueRules checks that the cue tagger's distilled rules stand
// in for it: on PolNeAR dev the learned cue labels with and without them
// must agree, and the rules must take a fair share of the candidates.
func TestDistilledCueRules(t *testing.T) {
	docs, err := eval.LoadPolNeAR(polnearDir(t), "dev")
	if err != nil {
		t.Fatal(err)
	}
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	bare := m.withCueRules(nil)
	run := fullPipeline(t)
	tokens, differ := 0, 0
	for _, d := range docs {
		run(d.Text)
		doc := lastDoc
		var labels [2][]uint8
		for i, model := range []*Model{m, bare} {
			s := new(scratch)
			doc.Quotes, doc.Attributions = doc.Quotes[:0], doc.Attributions[:0]
			s.run(doc)
			s.learn(model)
			labels[i] = slices.Clone(s.l.mcue[:len(doc.Tokens)])
		}
		for k := range labels[0] {
			tokens++
			if labels[0][k] != labels[1][k] {
				differ++
			}
		}
	}
	if tokens == 0 {
		t.Fatal("no tokens")
	}
	t.Logf("%d distilled cue rules; cue labels differ on %d of %d tokens", m.cueRules.Len(), differ, tokens)
	if m.cueRules.Len() == 0 || float64(differ) > 0.001*float64(tokens) {
		t.Errorf("distilled cue rules: %d rules, labels differ on %d of %d tokens (want rules, and at most 0.1%%)", m.cueRules.Len(), differ, tokens)
	}
}
