package eval

import (
	"bytes"
	"encoding/json"
	"github.com/dossierhq/dossier/internal/sharedtest"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/attrib"
	"github.com/dossierhq/dossier/nlp/ner"
	"github.com/dossierhq/dossier/nlp/tag"
)

// Quality floors on PolNeAR (overlap F1 of source, cue, content; triple
// F1): the figures measured with the committed model minus 0.02, never
// lowered (test cue was 0.7430 before session 7's retrain; dev cue
// 0.7552 and content 0.7495 before session 8's).
var polnearFloors = map[string][4]float64{
	// measured dev 0.7539 0.7530 0.7482 0.6409 (session 8)
	"dev": {0.733, 0.735, 0.729, 0.620},
	// measured test 0.7349 0.7458 0.7425 0.6096 (session 8)
	"test": {0.714, 0.725, 0.722, 0.589},
}

// pnRunAttrib runs the pipeline up to attribution (tagger, recogniser,
// rules and learned model) as dossier extract does.
func pnRunAttrib(t *testing.T) func(string) ([]dossier.Attribution, error) {
	t.Helper()
	pos, err := tag.DefaultStage()
	if err != nil {
		t.Fatal(err)
	}
	ents, err := ner.DefaultStage()
	if err != nil {
		t.Fatal(err)
	}
	p, err := nlp.NewPipeline(nlp.Tokenizer{}, pos, ents, attrib.New())
	if err != nil {
		t.Fatal(err)
	}
	d := &nlp.Doc{}
	return func(s string) ([]dossier.Attribution, error) {
		d.Reset(s, time.Time{})
		if err := p.Run(d); err != nil {
			return nil, err
		}
		return append([]dossier.Attribution(nil), d.Attributions...), nil
	}
}

// TestPolNeARAgreesWithReference scores the same prediction files with the
// Go scorer and with polnear.py and requires identical figures.
func TestPolNeARAgreesWithReference(t *testing.T) {
	shared := sharedtest.Dir(t)
	py, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 not found")
		}
		t.Skip("python3 not found")
	}
	data := filepath.Join(shared, "data", "raw", "polnear", "data")
	script := filepath.Join(shared, "eval", "polnear.py")
	docs, err := LoadPolNeAR(data, "dev")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	in := filepath.Join(tmp, "in.jsonl")
	out, err := exec.Command(py, script, "make", "dev", in, data).CombinedOutput()
	if err != nil {
		t.Fatalf("polnear.py make: %v\n%s", err, out)
	}
	goldPath := filepath.Join(tmp, "in.gold.json")

	run := pnRunAttrib(t)
	ours := map[string][]PolNeARAtt{}
	for _, d := range docs {
		atts, err := run(d.Text)
		if err != nil {
			t.Fatal(err)
		}
		ours[d.ID] = PolNeARAttributions(d.Text, atts)
	}
	// A second prediction set exercises the other paths: gold with pieces
	// joined, sources dropped, a document left out and excluded copies.
	synth := map[string][]PolNeARAtt{}
	for n, d := range docs {
		if n == 3 {
			continue
		}
		var ps []PolNeARAtt
		for i, g := range d.Gold {
			p := PolNeARAtt{Source: g.Source, Cue: g.Cue, Content: g.Content}
			if i%3 == 1 {
				p.Source = nil
			}
			if i%4 == 2 && len(g.Content) > 0 {
				p.Content = [][2]int{{g.Content[0][0], g.Content[len(g.Content)-1][1] + 7}}
			}
			if i%5 == 4 && len(g.Content) > 0 {
				p.Content = [][2]int{{g.Content[0][0], g.Content[0][0] + 3}}
			}
			ps = append(ps, p)
		}
		ps = append(ps, d.Excluded...)
		synth[d.ID] = ps
	}
	for name, preds := range map[string]map[string][]PolNeARAtt{"attrib": ours, "synthetic": synth} {
		predPath := filepath.Join(tmp, name+".jsonl")
		var buf bytes.Buffer
		for _, d := range docs {
			if atts, ok := preds[d.ID]; ok {
				if err := WritePolNeARPredictions(&buf, d.ID, atts); err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := os.WriteFile(predPath, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		back, err := ReadPolNeARPredictions(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		got := ScorePolNeAR(docs, back)
		cmd := exec.Command(py, script, "score", goldPath, predPath, "--json")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		js, err := cmd.Output()
		if err != nil {
			t.Fatalf("polnear.py score: %v\n%s", err, stderr.String())
		}
		var want PolNeARResult
		if err := json.Unmarshal(js, &want); err != nil {
			t.Fatal(err)
		}
		if !pnSameResult(got, want) {
			gj, _ := json.MarshalIndent(got, "", " ")
			t.Errorf("%s: Go scorer disagrees with polnear.py\nGo:     %s\nPython: %s", name, gj, js)
		}
		var tab strings.Builder
		got.WriteTable(&tab)
		t.Logf("%s predictions on PolNeAR dev:\n%s", name, tab.String())
	}
}

func pnSameResult(a, b PolNeARResult) bool {
	same := func(x, y PRF) bool {
		return x.Gold == y.Gold && x.Predicted == y.Predicted && x.Correct == y.Correct &&
			math.Abs(x.P-y.P) < 1e-12 && math.Abs(x.R-y.R) < 1e-12 && math.Abs(x.F1-y.F1) < 1e-12
	}
	return a.Documents == b.Documents && a.Gold == b.Gold && a.Predicted == b.Predicted &&
		a.ExcludedGold == b.ExcludedGold && a.IgnoredPredictions == b.IgnoredPredictions &&
		same(a.Triple, b.Triple) &&
		same(a.Source.Overlap, b.Source.Overlap) && same(a.Source.Exact, b.Source.Exact) &&
		same(a.Cue.Overlap, b.Cue.Overlap) && same(a.Cue.Exact, b.Cue.Exact) &&
		same(a.Content.Overlap, b.Content.Overlap) && same(a.Content.Exact, b.Content.Exact)
}

// TestPolNeARQualityFloor fails when attribution quality on PolNeAR dev or
// test drops more than 0.02 below what was measured.
func TestPolNeARQualityFloor(t *testing.T) {
	shared := sharedtest.Dir(t)
	run := pnRunAttrib(t)
	for _, split := range []string{"dev", "test"} {
		m, err := PolNeAR(filepath.Join(shared, "data", "raw", "polnear", "data"), split, run)
		if err != nil {
			t.Fatal(err)
		}
		var tab strings.Builder
		m.WriteTable(&tab)
		t.Logf("PolNeAR %s:\n%s", split, tab.String())
		f := polnearFloors[split]
		for i, got := range []struct {
			name string
			f1   float64
		}{{"source", m.Source.Overlap.F1}, {"cue", m.Cue.Overlap.F1}, {"content", m.Content.Overlap.F1}, {"triple", m.Triple.F1}} {
			if got.f1 < f[i] {
				t.Errorf("PolNeAR %s: %s F1 %.4f, below the floor %.2f", split, got.name, got.f1, f[i])
			}
		}
	}
}

// TestPolNeARSplit lets `POLNEAR_SPLIT=test go test -run TestPolNeARSplit -v`
// print the figures of any split.
func TestPolNeARSplit(t *testing.T) {
	split := os.Getenv("POLNEAR_SPLIT")
	if split == "" {
		t.Skip("set POLNEAR_SPLIT=train|dev|test to print that split's figures")
	}
	shared := sharedtest.Dir(t)
	m, err := PolNeAR(filepath.Join(shared, "data", "raw", "polnear", "data"), split, pnRunAttrib(t))
	if err != nil {
		t.Fatal(err)
	}
	var tab strings.Builder
	m.WriteTable(&tab)
	t.Logf("PolNeAR %s:\n%s", split, tab.String())
}

func TestPredPieces(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want [][2]int
	}{
		{`null`, nil},
		{`{}`, nil},
		{`{"start": 3, "end": 5}`, [][2]int{{3, 5}}},
		{`[{"start": 9, "end": 12}, {"start": 1, "end": 2}, {"start": 4, "end": 4}]`, [][2]int{{1, 2}, {9, 12}}},
		{`[]`, nil},
	} {
		got, err := pnPredPieces(json.RawMessage(tc.in))
		if err != nil {
			t.Fatalf("%s: %v", tc.in, err)
		}
		if len(got) != len(tc.want) {
			t.Fatalf("%s: got %v want %v", tc.in, got, tc.want)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Fatalf("%s: got %v want %v", tc.in, got, tc.want)
			}
		}
	}
}

func TestUnitsAndTF1(t *testing.T) {
	d := newPNDoc("Zelenskyy said: “ready” — now.")
	a := d.units([][2]int{{0, 9}})
	b := d.units([][2]int{{0, 14}})
	if got := pnTF1(a, b); got != 2.0/3.0 {
		t.Fatalf("pnTF1 = %v", got)
	}
	// A span without \w falls back to its non-space characters.
	if u := d.units([][2]int{{14, 16}}); len(u) != 1 || u[0] >= 0 {
		t.Fatalf("colon units = %v", u)
	}
}
