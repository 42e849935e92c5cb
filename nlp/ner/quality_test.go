package ner

import (
	"github.com/dossierhq/dossier/internal/sharedtest"
	"path/filepath"
	"testing"

	"github.com/dossierhq/dossier/nlp/tag"
)

// Measured with the committed models (model/README.md); the floor is 0.01
// below.
const (
	measuredF1CoNLLTestB = 0.8237
	measuredF1GMB        = 0.7221
)

// loadQuality returns the corpora, the embedded tagger and chunker, and the
// embedded recogniser, for the tests that measure them.
func loadQuality(t *testing.T) (*tag.Data, Tools, *Recognizer) {
	t.Helper()
	dir := filepath.Join(sharedtest.Dir(t), "data", "raw")
	d, err := tag.LoadData(dir)
	if err != nil {
		t.Fatalf("LoadData(%q) = %v", dir, err)
	}
	tg, ch, err := tag.Default()
	if err != nil {
		t.Fatalf("tag.Default() = %v", err)
	}
	r, err := Default()
	if err != nil {
		t.Fatalf("Default() = %v", err)
	}
	return d, Tools{Tagger: tg, Chunker: ch}, r
}

func TestQualityFloor(t *testing.T) {
	d, tools, r := loadQuality(t)
	for _, tc := range []struct {
		name  string
		res   Result
		floor float64
	}{
		{"entity F1 on eng.testb", r.EvaluateCoNLL(tools, d.CoNLLTest), measuredF1CoNLLTestB - 0.01},
		{"entity F1 on GMB held-out", r.EvaluateGMB(tools, d.GMBTest), measuredF1GMB - 0.01},
	} {
		if got := tc.res.Overall.F1(); got < tc.floor {
			t.Errorf("%s = %.4f, want at least %.4f", tc.name, got, tc.floor)
		} else {
			t.Logf("%s = %.4f", tc.name, got)
		}
	}
}

// TestDistilledRules checks that the distilled (word, previous class)
// rules stand in for the model: on GMB held-out they must take a large
// share of the tokens the model would score, and agree with it.
func TestDistilledRules(t *testing.T) {
	d, tools, r := loadQuality(t)
	s := &scratch{}
	var feats []uint64
	scores := make([]float32, r.model.NumClasses())
	scored, covered, agree := 0, 0, 0
	for _, e := range tools.examples(d.GMBTest, gmbSpans) {
		r.recognize(s, e.words, nil, e.pos, e.chunks, nil)
		p1, p2 := -1, -1
		for i, c := range s.classes {
			if !r.labels.skip(s.sent.ws[i].Flags, p1) {
				scored++
				if k, ok := r.rules.Get(ruleKey(s.sent.ws[i].Exact, p1)); ok && int(k) == c {
					covered++
					allowed := r.labels.allowed[p1+1]
					if i == len(s.classes)-1 {
						allowed = r.labels.allowedLast[p1+1]
					}
					feats = s.sent.features(feats[:0], i, p1, p2)
					if r.model.Predict(feats, scores, allowed) == c {
						agree++
					}
				}
			}
			p2, p1 = p1, c
		}
	}
	share, agreement := float64(covered)/float64(scored), float64(agree)/float64(covered)
	t.Logf("distilled rules take %d of the %d tokens left to the model (%.3f), agreeing with it on %.4f", covered, scored, share, agreement)
	if share < 0.40 || agreement < 0.998 {
		t.Errorf("distilled rules: share %.3f (want ≥ 0.40), agreement with the model %.4f (want ≥ 0.998)", share, agreement)
	}
}
