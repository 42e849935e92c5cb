package eval

import (
	"archive/zip"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dossierhq/dossier/internal/sharedtest"
	"github.com/dossierhq/dossier/nlp/ner"
	"github.com/dossierhq/dossier/nlp/tag"
)

// gmbSample is a small GMB CSV (latin-1: "Caf\xe9"), the sentence id only on
// each sentence's first token.
const gmbSample = "Sentence #,Word,POS,Tag\n" +
	"Sentence: 1,Mr.,NNP,B-per\n,Smith,NNP,I-per\n,met,VBD,O\n,British,JJ,B-gpe\n,officials,NNS,O\n" +
	",in,IN,O\n,London,NNP,B-geo\n,on,IN,O\n,Monday,NNP,B-tim\n,.,.,O\n" +
	"Sentence: 2,The,DT,O\n,United,NNP,B-org\n,Nations,NNP,I-org\n,said,VBD,O\n,Iraq,NNP,B-gpe\n" +
	",suffered,VBD,O\n,floods,NNS,B-nat\n,before,IN,O\n,the,DT,O\n,Olympics,NNP,B-eve\n,.,.,O\n" +
	"Sentence: 3,Caf\xe9,NNP,B-art\n,Rouge,NNP,I-art\n,opened,VBD,O\n,.,.,O\n"

// writeGMBZip writes gmbSample as ner_dataset.csv inside dir/GMBFile.
func writeGMBZip(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, GMBFile)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	w, err := zw.Create("ner_dataset.csv")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte(gmbSample)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadGMB(t *testing.T) {
	dir := t.TempDir()
	zipPath := writeGMBZip(t, dir)
	all, err := ReadGMB(dir, "all")
	if err != nil {
		t.Fatalf("ReadGMB(dir, all) = %v", err)
	}
	if len(all) != 3 {
		t.Fatalf("ReadGMB(dir, all) = %d sentences, want 3", len(all))
	}
	if got, want := strings.Join(all[2].Words, " "), "Café Rouge opened ."; got != want {
		t.Errorf("sentence 3 = %q, want %q (latin-1 read as UTF-8)", got, want)
	}
	if got, want := all[0].NER, strings.Fields("B-per I-per O B-gpe O O B-geo O B-tim O"); !reflect.DeepEqual(got, want) {
		t.Errorf("sentence 1 tags = %v, want %v", got, want)
	}
	byZip, err := ReadGMB(zipPath, "all")
	if err != nil || !reflect.DeepEqual(byZip, all) {
		t.Errorf("ReadGMB(zip, all) = %d sentences, %v; want the same as ReadGMB(dir, all)", len(byZip), err)
	}
	// The held-out part is the one the trainers hold out.
	_, want := tag.SplitGMB(all, GMBHeldOut, tag.GMBSplitSeed)
	for _, split := range []string{"heldout", ""} {
		got, err := ReadGMB(dir, split)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("ReadGMB(dir, %q) = %d sentences, %v; want the %d of tag.SplitGMB", split, len(got), err, len(want))
		}
	}
	if _, err := ReadGMB(dir, "train"); err == nil {
		t.Error("ReadGMB(dir, train) = nil error, want an unknown split")
	}
	if _, err := ReadGMB(filepath.Join(dir, "missing"), "all"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadGMB(missing) = %v, want a wrapped fs.ErrNotExist", err)
	}
}

// TestScoreGMBMapping checks the gold side of the comparison: the GMB tags
// of gmbSample mapped as GMBMapping says, whatever the model predicts.
func TestScoreGMBMapping(t *testing.T) {
	sents, err := tag.ParseGMB(strings.NewReader(gmbSample))
	if err != nil {
		t.Fatalf("ParseGMB() = %v", err)
	}
	tg, ch, err := tag.Default()
	if err != nil {
		t.Fatalf("tag.Default() = %v", err)
	}
	r, err := ner.Default()
	if err != nil {
		t.Fatalf("ner.Default() = %v", err)
	}
	m := ScoreGMB(r, ner.Tools{Tagger: tg, Chunker: ch}, sents, "all")
	gold := map[string]int{}
	for typ, prf := range m.PerType {
		if prf.Gold > 0 {
			gold[typ] = prf.Gold
		}
	}
	// per (Mr. Smith), gpe JJ (British), geo (London), gpe NNP (Iraq), org,
	// eve, art; tim and nat are not scored.
	want := map[string]int{"PERSON": 1, "NORP": 1, "PLACE": 2, "ORG": 1, "EVENT": 1, "MISC": 1}
	if !reflect.DeepEqual(gold, want) || m.Overall.Gold != 7 {
		t.Errorf("gold by type = %v (overall %d), want %v (7)", gold, m.Overall.Gold, want)
	}
	if m.Sentences != 3 || m.Tokens != 25 || m.Split != "all" {
		t.Errorf("ScoreGMB() = %d sentences, %d tokens, split %q; want 3, 25, all", m.Sentences, m.Tokens, m.Split)
	}
	for _, typ := range GMBTypes {
		if _, ok := m.PerType[typ]; !ok {
			t.Errorf("per_type has no %s row", typ)
		}
	}
	var b strings.Builder
	FormatGMB(&b, m)
	for _, s := range []string{"GMB NER (exact span + type), all sentences", "gpe  → NORP", "PLACE", "overall"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("FormatGMB() lacks %q:\n%s", s, b.String())
		}
	}
	if _, err := json.Marshal(m); err != nil {
		t.Errorf("json.Marshal(result) = %v", err)
	}
}

// Measured with the committed models on the held-out 5% (2,381 sentences,
// 4,528 gold entities); the floor is 0.02 below.
const measuredF1GMBHeldOut = 0.7216

// TestGMBHeldOut scores the embedded models on the GMB held-out split as
// `dossier eval --set gmb` does.
func TestGMBHeldOut(t *testing.T) {
	dir := filepath.Join(sharedtest.Dir(t), "data", "raw", "gmb-ner-kaggle")
	m, err := GMB(dir, "heldout")
	if err != nil {
		t.Fatalf("GMB() = %v", err)
	}
	var b strings.Builder
	FormatGMB(&b, m)
	t.Log("\n" + b.String())
	if m.Sentences != 2381 || m.Overall.Gold != 4528 {
		t.Errorf("held-out split = %d sentences and %d entities, want 2381 and 4528", m.Sentences, m.Overall.Gold)
	}
	if floor := measuredF1GMBHeldOut - 0.02; m.Overall.F1 < floor {
		t.Errorf("GMB held-out F1 = %.4f, want at least %.4f", m.Overall.F1, floor)
	}
}
