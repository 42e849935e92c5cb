package tag

import (
	"github.com/dossierhq/dossier/internal/sharedtest"
	"github.com/dossierhq/dossier/nlp/perceptron"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// dataDir returns the directory of the raw corpora under ../shared, or
// skips the test (failing under CI=true).
func dataDir(t *testing.T) string {
	t.Helper()
	return filepath.Join(sharedtest.Dir(t), "data", "raw")
}

func TestParseCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n\nPeter NNP B-NP B-PER\n"
	got, err := ParseCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatalf("ParseCoNLL() = %v", err)
	}
	want := []Sentence{
		{Words: []string{"EU", "rejects"}, POS: []string{"NNP", "VBZ"}, Chunks: []string{"B-NP", "B-VP"}, NER: []string{"B-ORG", "O"}},
		{Words: []string{"Peter"}, POS: []string{"NNP"}, Chunks: []string{"B-NP"}, NER: []string{"B-PER"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseCoNLL() = %+v, want %+v", got, want)
	}
	if _, err := ParseCoNLL(strings.NewReader("EU NNP\n")); err == nil {
		t.Errorf("ParseCoNLL(two columns) = nil error, want one")
	}
}

func TestParseGMB(t *testing.T) {
	in := "Sentence #,Word,POS,Tag\nSentence: 1,Thousands,NNS,O\n,in,IN,O\n,\"10,000\",CD,O\n,Caf\xe9,NNP,B-geo\nSentence: 2,\"\"\"\",``,O\n"
	got, err := ParseGMB(strings.NewReader(in))
	if err != nil {
		t.Fatalf("ParseGMB() = %v", err)
	}
	want := []Sentence{
		{Words: []string{"Thousands", "in", "10,000", "Café"}, POS: []string{"NNS", "IN", "CD", "NNP"}, NER: []string{"O", "O", "O", "B-geo"}},
		{Words: []string{"\""}, POS: []string{"``"}, NER: []string{"O"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseGMB() = %+v, want %+v", got, want)
	}
}

func TestSpansBIO(t *testing.T) {
	for _, tc := range []struct {
		tags string
		want []Span
	}{
		{"B-NP I-NP B-VP O B-PP", []Span{{0, 2, "NP"}, {2, 3, "VP"}, {4, 5, "PP"}}},
		{"I-PER I-PER B-PER O I-LOC I-ORG", []Span{{0, 2, "PER"}, {2, 3, "PER"}, {4, 5, "LOC"}, {5, 6, "ORG"}}},
		{"O O", nil},
	} {
		if got := SpansBIO(strings.Fields(tc.tags)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SpansBIO(%q) = %v, want %v", tc.tags, got, tc.want)
		}
	}
}

func TestTagAndChunk(t *testing.T) {
	tg, ch, err := Default()
	if err != nil {
		t.Fatalf("Default() = %v", err)
	}
	for _, tc := range []struct{ sentence, pos, chunks string }{
		{"The soldiers were captured in Kursk last month .",
			"DT NNS VBD VBN IN NNP JJ NN .",
			"B-NP I-NP B-VP I-VP B-PP B-NP B-NP I-NP O"},
		{"Zelenskyy said he was ready to exchange them \u201c immediately \u201d .",
			"NNP VBD PRP VBD JJ TO VB PRP \" RB \" .",
			""}, // curly quotes read as straight ones; chunks not checked
	} {
		words := strings.Fields(tc.sentence)
		pos := make([]string, len(words))
		chunks := make([]string, len(words))
		tg.Tag(words, pos)
		ch.Chunk(words, pos, chunks)
		if got := strings.Join(pos, " "); got != tc.pos {
			t.Errorf("Tag(%q) = %q, want %q", tc.sentence, got, tc.pos)
		}
		if got := strings.Join(chunks, " "); tc.chunks != "" && got != tc.chunks {
			t.Errorf("Chunk(%q) = %q, want %q", tc.sentence, got, tc.chunks)
		}
	}
}

// Measured with the committed models (model/README.md); the floor is 0.01
// below.
const (
	measuredPOSCoNLLTestB = 0.9478
	measuredPOSGMB        = 0.9849
	measuredChunkF1TestB  = 0.9050
)

func TestQualityFloor(t *testing.T) {
	dir := dataDir(t)
	d, err := LoadData(dir)
	if err != nil {
		t.Fatalf("LoadData(%q) = %v", dir, err)
	}
	tg, ch, err := Default()
	if err != nil {
		t.Fatalf("Default() = %v", err)
	}
	for _, tc := range []struct {
		name  string
		got   func() float64
		floor float64
	}{
		{"POS accuracy on eng.testb", func() float64 { a, _ := tg.Accuracy(d.CoNLLTest); return a }, measuredPOSCoNLLTestB - 0.01},
		{"POS accuracy on GMB held-out", func() float64 { a, _ := tg.Accuracy(d.GMBTest); return a }, measuredPOSGMB - 0.01},
		{"chunk F1 on eng.testb", func() float64 { _, f, _ := ch.Evaluate(tg, d.CoNLLTest); return f }, measuredChunkF1TestB - 0.01},
	} {
		if got := tc.got(); got < tc.floor {
			t.Errorf("%s = %.4f, want at least %.4f", tc.name, got, tc.floor)
		} else {
			t.Logf("%s = %.4f", tc.name, got)
		}
	}
}

// TestDistilledChunkRules checks that the distilled POS-context rules stand
// in for the model: on the GMB held-out sentences they must take a large
// share of the tokens and give the class the model would have given.
func TestDistilledChunkRules(t *testing.T) {
	d, err := LoadData(dataDir(t))
	if err != nil {
		t.Fatalf("LoadData = %v", err)
	}
	tg, ch, err := Default()
	if err != nil {
		t.Fatalf("Default() = %v", err)
	}
	s := ch.getScratch()
	var pos []string
	var ph []uint64
	var feats []uint64
	scores := make([]float32, ch.model.NumClasses())
	tokens, covered, agree := 0, 0, 0
	for _, se := range d.GMBTest {
		n := len(se.Words)
		pos = slices.Grow(pos[:0], n)[:n]
		ph = slices.Grow(ph[:0], n)[:n]
		tg.Tag(se.Words, pos)
		ch.chunkIdx(s, se.Words, pos, nil)
		setPOS(ph, pos)
		p1, p2 := -1, -1
		for i := range n {
			tokens++
			if _, gold := ch.rules.Get(ruleKey(ph[i], p1)); !gold {
				if r, ok := ch.distilled.Get(contextKey(ph, i, p1)); ok {
					covered++
					feats = chunkFeatures(feats[:0], s.words, ph, i, p1, p2)
					if ch.model.Predict(feats, scores, nil) == int(r) {
						agree++
					}
				}
			}
			p2, p1 = p1, s.prev[i]
		}
	}
	ch.pool.Put(s)
	checkDistilled(t, tokens, covered, agree, 0.40, 0.999)
}

// checkDistilled reports how many of the eligible tokens distilled rules
// took and how many of those the model labels the same, and fails below
// the given share and agreement.
func checkDistilled(t *testing.T, eligible, taken, agree int, minShare, minAgree float64) {
	t.Helper()
	share, agreement := float64(taken)/float64(max(eligible, 1)), float64(agree)/float64(max(taken, 1))
	t.Logf("distilled rules take %d of %d tokens left to the model (%.3f), agreeing with it on %.4f", taken, eligible, share, agreement)
	if share < minShare || agreement < minAgree {
		t.Errorf("distilled rules: share %.3f (want ≥ %.2f), agreement with the model %.4f (want ≥ %.3f)", share, minShare, agreement, minAgree)
	}
}

// TestDistilledWordRules checks the tagger's distilled (word, previous
// tag) rules the same way: on GMB held-out they must take a fair share of
// the words the dictionary leaves to the model, and agree with it.
func TestDistilledWordRules(t *testing.T) {
	d, err := LoadData(dataDir(t))
	if err != nil {
		t.Fatalf("LoadData = %v", err)
	}
	tg, _, err := Default()
	if err != nil {
		t.Fatalf("Default() = %v", err)
	}
	s := tg.getScratch()
	var feats []uint64
	scores := make([]float32, tg.model.NumClasses())
	modelWords, covered, agree := 0, 0, 0
	for _, se := range d.GMBTest {
		tg.tagIdx(s, se.Words, nil)
		p1, p2 := -1, -1
		for i, w := range se.Words {
			if _, ok := tg.dict[perceptron.Normalize(w)]; !ok {
				modelWords++
				if r, ok := tg.rules.Get(wordRuleKey(s.words[i].Lower, p1)); ok {
					covered++
					feats = posFeatures(feats[:0], s.words, i, p1, p2)
					if tg.model.Predict(feats, scores, nil) == int(r) {
						agree++
					}
				}
			}
			p2, p1 = p1, s.prev[i]
		}
	}
	tg.pool.Put(s)
	checkDistilled(t, modelWords, covered, agree, 0.15, 0.998)
}

// TestDictByHash checks that tagging finds every dictionary word by the
// hash its atoms carry.
func TestDictByHash(t *testing.T) {
	tg, _, err := Default()
	if err != nil {
		t.Fatalf("Default() = %v", err)
	}
	var w perceptron.Word
	for word, k := range tg.dict {
		w.Set(word)
		if got, ok := tg.dictHash.Get(w.Exact); !ok || got != k {
			t.Errorf("dictHash.Get(Word(%q).Exact) = %d, %v; want %d", word, got, ok, k)
		}
	}
	if tg.dictHash.Len() != len(tg.dict) {
		t.Errorf("%d hashed entries for %d words", tg.dictHash.Len(), len(tg.dict))
	}
}
