package eval

import (
	"github.com/dossierhq/dossier/internal/sharedtest"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dossierhq/dossier/nlp/ner"
	"github.com/dossierhq/dossier/nlp/tag"
)

func TestConllChunks(t *testing.T) {
	for _, tc := range []struct {
		tags []string
		want []conllChunk
	}{
		{strings.Fields("I-PER I-PER B-PER O I-LOC I-ORG B-ORG I-ORG"),
			[]conllChunk{{0, 1, "PER"}, {2, 2, "PER"}, {4, 4, "LOC"}, {5, 5, "ORG"}, {6, 7, "ORG"}}},
		{strings.Fields("O O"), nil},
		{strings.Fields("B-MISC I-MISC"), []conllChunk{{0, 1, "MISC"}}},
	} {
		if got := conllChunks(tc.tags); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("conllChunks(%v) = %v, want %v", tc.tags, got, tc.want)
		}
	}
}

const sample = `EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O
. . O O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER
`

func TestParseCoNLLDocs(t *testing.T) {
	docs, err := ParseCoNLLDocs(strings.NewReader(sample), "x")
	if err != nil {
		t.Fatalf("ParseCoNLLDocs() = %v", err)
	}
	if len(docs) != 1 || docs[0].ID != "x-0001" {
		t.Fatalf("ParseCoNLLDocs() = %d docs, want one named x-0001", len(docs))
	}
	d := docs[0]
	if want := "EU rejects German call .\nPeter Blackburn"; d.Text != want {
		t.Errorf("text = %q, want %q", d.Text, want)
	}
	want := []CoNLLEntity{{0, 2, "ORG", "EU"}, {11, 17, "MISC", "German"}, {25, 40, "PER", "Peter Blackburn"}}
	if !reflect.DeepEqual(d.Entities, want) {
		t.Errorf("entities = %v, want %v", d.Entities, want)
	}
}

func TestScoreCoNLL(t *testing.T) {
	docs, _ := ParseCoNLLDocs(strings.NewReader(sample), "x")
	for _, tc := range []struct {
		name          string
		pred          []CoNLLEntity
		p, r          float64
		offBoundaries int
	}{
		{"perfect, with dossier types and a repeat", []CoNLLEntity{
			{0, 2, "ORG", ""}, {11, 17, "NORP", ""}, {25, 40, "PERSON", ""}, {25, 40, "PERSON", ""}, {0, 2, "DATE", ""}}, 1, 1, 0},
		{"one wrong type, one off the boundaries", []CoNLLEntity{
			{0, 2, "GPE", ""}, {11, 18, "NORP", ""}, {25, 40, "PERSON", ""}}, 1.0 / 3, 1.0 / 3, 1},
		{"nothing", nil, 0, 0, 0},
	} {
		m := ScoreCoNLL(docs, map[string][]CoNLLEntity{"x-0001": tc.pred})
		if m.Overall.P != tc.p || m.Overall.R != tc.r || m.OffBoundary != tc.offBoundaries {
			t.Errorf("ScoreCoNLL(%s) = P %.3f R %.3f off %d, want P %.3f R %.3f off %d",
				tc.name, m.Overall.P, m.Overall.R, m.OffBoundary, tc.p, tc.r, tc.offBoundaries)
		}
	}
}

// sharedData returns the directory of the raw corpora under ../shared, or
// skips the test (failing under CI=true).
func sharedData(t *testing.T) string {
	t.Helper()
	return filepath.Join(sharedtest.Dir(t), "data", "raw")
}

// TestCoNLLTestB scores the embedded models on eng.testb through the
// pipeline stages, as dossier eval would.
func TestCoNLLTestB(t *testing.T) {
	dir := sharedData(t)
	docs, err := ReadCoNLLDocs(filepath.Join(dir, tag.CoNLLDir, "eng.testb"))
	if err != nil {
		t.Fatalf("ReadCoNLLDocs() = %v", err)
	}
	ts, err := tag.DefaultStage()
	if err != nil {
		t.Fatalf("tag.DefaultStage() = %v", err)
	}
	ns, err := ner.DefaultStage()
	if err != nil {
		t.Fatalf("ner.DefaultStage() = %v", err)
	}
	pred, err := PredictCoNLL(docs, ts, ns)
	if err != nil {
		t.Fatalf("PredictCoNLL() = %v", err)
	}
	m := ScoreCoNLL(docs, pred)
	var b strings.Builder
	FormatCoNLL(&b, m)
	t.Log("\n" + b.String())
	if m.Documents != 116 || m.Overall.Gold != 5648 {
		t.Errorf("eng.testb has %d documents and %d entities, want 116 and 5648", m.Documents, m.Overall.Gold)
	}
	if m.OffBoundary != 0 {
		t.Errorf("%d predicted spans off token boundaries, want 0", m.OffBoundary)
	}
	if m.Overall.F1 < 0.79 {
		t.Errorf("eng.testb F1 = %.4f, want at least 0.79", m.Overall.F1)
	}
}
