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
	measuredF1CoNLLTestB = 0.8234
	measuredF1GMB        = 0.7216
)

func TestQualityFloor(t *testing.T) {
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
	tools := Tools{Tagger: tg, Chunker: ch}
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
