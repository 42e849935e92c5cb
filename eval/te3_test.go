package eval

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/timex"
)

const te3Root = "/work/shared/data/raw/tempeval3"

// te3Dir returns a TempEval-3 directory under /work/shared, skipping the
// test when the shared data is absent (failing instead under CI=true).
func te3Dir(t *testing.T, sub string) string {
	t.Helper()
	dir := filepath.Join(te3Root, sub)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("TempEval-3 data missing at %s: %v", dir, err)
		}
		t.Skipf("TempEval-3 data not present at %s; skipping", dir)
	}
	return dir
}

// runTimex runs the tokenizer and the timex stage, as the CLI does.
func runTimex() func(string, time.Time) ([]dossier.Timex, error) {
	p, err := nlp.NewPipeline(nlp.Tokenizer{}, timex.New())
	if err != nil {
		panic(err)
	}
	return func(text string, published time.Time) ([]dossier.Timex, error) {
		var d nlp.Doc
		d.Reset(text, published)
		if err := p.Run(&d); err != nil {
			return nil, err
		}
		return d.Times, nil
	}
}

// writeTE3Predictions writes predictions as dossier JSONL lines with id and
// times (code points), the format te3.py score reads.
func writeTE3Predictions(path string, docs []TE3Doc, pred map[string][]TE3Timex) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, d := range docs {
		times := pred[d.ID]
		if times == nil {
			times = []TE3Timex{}
		}
		if err := enc.Encode(struct {
			ID    string     `json:"id"`
			Times []TE3Timex `json:"times"`
		}{d.ID, times}); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

func TestTE3MatchesReferenceScorer(t *testing.T) {
	dir := te3Dir(t, "Evaluation/te3-platinum")
	script := "/work/shared/eval/te3.py"
	if _, err := exec.LookPath("python3"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 missing")
		}
		t.Skip("python3 not found; skipping")
	}
	docs, err := ReadTE3(dir)
	if err != nil {
		t.Fatal(err)
	}
	pred, err := TE3Predict(docs, runTimex())
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	in := filepath.Join(tmp, "in.jsonl")
	if out, err := exec.Command("python3", script, "make", dir, in).CombinedOutput(); err != nil {
		t.Fatalf("te3.py make: %v\n%s", err, out)
	}
	// Our reader must give the same texts, dates and gold as te3.py make.
	checkTE3Inputs(t, in, docs)
	predPath := filepath.Join(tmp, "pred.jsonl")
	if err := writeTE3Predictions(predPath, docs, pred); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("python3", script, "score", filepath.Join(tmp, "in.gold.json"), predPath, "--json").Output()
	if err != nil {
		t.Fatalf("te3.py score: %v", err)
	}
	var want TE3Result
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("te3.py score output: %v\n%s", err, out)
	}
	got := ScoreTE3(docs, pred)
	if !te3Close(got, want) {
		t.Errorf("Go scorer differs from te3.py:\ngo:  %+v\npy:  %+v", got, want)
	}
	var b strings.Builder
	_ = WriteTE3(&b, got)
	t.Logf("platinum:\n%s", b.String())
}

func checkTE3Inputs(t *testing.T, inPath string, docs []TE3Doc) {
	t.Helper()
	data, err := os.ReadFile(inPath)
	if err != nil {
		t.Fatal(err)
	}
	gd, err := os.ReadFile(strings.TrimSuffix(inPath, ".jsonl") + ".gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Docs map[string]struct {
			Timex []TE3Timex `json:"timex"`
		} `json:"docs"`
	}
	if err := json.Unmarshal(gd, &gold); err != nil {
		t.Fatal(err)
	}
	byID := map[string]TE3Doc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var in struct {
			ID, Text, Published, Title string
		}
		if err := json.Unmarshal([]byte(line), &in); err != nil {
			t.Fatal(err)
		}
		d, ok := byID[in.ID]
		if !ok {
			t.Errorf("%s: not read by ReadTE3", in.ID)
			continue
		}
		n++
		if d.Text != in.Text {
			t.Errorf("%s: text differs from te3.py make", in.ID)
		}
		if d.Published.Format("2006-01-02") != in.Published {
			t.Errorf("%s: published %v, te3.py %s", in.ID, d.Published, in.Published)
		}
		if d.Title != in.Title {
			t.Errorf("%s: title %q, te3.py %q", in.ID, d.Title, in.Title)
		}
		g := gold.Docs[in.ID].Timex
		if len(g) != len(d.Gold) {
			t.Errorf("%s: %d gold timexes, te3.py %d", in.ID, len(d.Gold), len(g))
			continue
		}
		for i := range g {
			if g[i] != d.Gold[i] {
				t.Errorf("%s: gold %d = %+v, te3.py %+v", in.ID, i, d.Gold[i], g[i])
			}
		}
	}
	if n != len(docs) {
		t.Errorf("te3.py made %d documents, ReadTE3 read %d", n, len(docs))
	}
}

func te3Close(a, b TE3Result) bool {
	eq := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
	prf := func(x, y TE3PRF) bool { return eq(x.P, y.P) && eq(x.R, y.R) && eq(x.F1, y.F1) }
	return a.Documents == b.Documents && a.Gold == b.Gold && a.Predicted == b.Predicted &&
		a.StrictMatches == b.StrictMatches && a.RelaxedMatches == b.RelaxedMatches &&
		prf(a.Strict, b.Strict) && prf(a.Relaxed, b.Relaxed) &&
		eq(a.TypeAccuracy, b.TypeAccuracy) && eq(a.ValueAccuracy, b.ValueAccuracy) &&
		eq(a.TypeF1, b.TypeF1) && eq(a.ValueF1, b.ValueF1)
}

// te3PlatinumFloor is the value F1 measured on the platinum set when the
// stage was last tuned, less 0.02.
const te3PlatinumFloor = 0.8487 - 0.02

func TestTE3QualityFloor(t *testing.T) {
	dir := te3Dir(t, "Evaluation/te3-platinum")
	r, err := TE3(dir, runTimex())
	if err != nil {
		t.Fatal(err)
	}
	if r.ValueF1 < te3PlatinumFloor {
		t.Errorf("platinum value F1 %.4f below the floor %.4f", r.ValueF1, te3PlatinumFloor)
	}
	t.Logf("platinum: strict F1 %.4f relaxed F1 %.4f type acc %.4f value acc %.4f value F1 %.4f",
		r.Strict.F1, r.Relaxed.F1, r.TypeAccuracy, r.ValueAccuracy, r.ValueF1)
	if tr := filepath.Join(te3Root, "Training/TBAQ-cleaned"); dirExists(tr) {
		r, err := TE3(tr, runTimex())
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("TBAQ:     strict F1 %.4f relaxed F1 %.4f type acc %.4f value acc %.4f value F1 %.4f",
			r.Strict.F1, r.Relaxed.F1, r.TypeAccuracy, r.ValueAccuracy, r.ValueF1)
	}
}

func dirExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// TestTE3Dump writes predictions and gold side by side for error analysis
// when TE3_DUMP names an output directory.
func TestTE3Dump(t *testing.T) {
	out := os.Getenv("TE3_DUMP")
	if out == "" {
		t.Skip("set TE3_DUMP=DIR to write predictions for error analysis")
	}
	for _, set := range []struct{ name, sub string }{{"platinum", "Evaluation/te3-platinum"}, {"tbaq", "Training/TBAQ-cleaned"}} {
		docs, err := ReadTE3Tree(te3Dir(t, set.sub))
		if err != nil {
			t.Fatal(err)
		}
		pred, err := TE3Predict(docs, runTimex())
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(filepath.Join(out, set.name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		for _, d := range docs {
			ps := pred[d.ID]
			pairs := te3RelaxedPairs(d.Gold, ps)
			gm, pm := map[int]int{}, map[int]bool{}
			for _, pr := range pairs {
				gm[pr[0]] = pr[1]
				pm[pr[1]] = true
			}
			for i, g := range d.Gold {
				if j, ok := gm[i]; ok {
					p := ps[j]
					tag := "OK"
					if p.Value != g.Value || p.Type != g.Type {
						tag = "VAL"
					}
					if p.Start != g.Start || p.End != g.End {
						tag += "+SPAN"
					}
					w.WriteString(tag + "\t" + d.ID + "\t" + d.Published.Format("2006-01-02") + "\t" + g.Type + "\t" + g.Value + "\t" + q(g.Text) + "\t" + p.Type + "\t" + p.Value + "\t" + q(runeSlice(d.Text, p.Start, p.End)) + "\n")
				} else {
					w.WriteString("FN\t" + d.ID + "\t" + d.Published.Format("2006-01-02") + "\t" + g.Type + "\t" + g.Value + "\t" + q(g.Text) + "\t\t\t" + q(ctx(d.Text, g.Start, g.End)) + "\n")
				}
			}
			for j, p := range ps {
				if !pm[j] {
					w.WriteString("FP\t" + d.ID + "\t" + d.Published.Format("2006-01-02") + "\t\t\t\t" + p.Type + "\t" + p.Value + "\t" + q(runeSlice(d.Text, p.Start, p.End)) + "\t" + q(ctx(d.Text, p.Start, p.End)) + "\n")
				}
			}
		}
		w.Flush()
		f.Close()
	}
}

func q(s string) string { b, _ := json.Marshal(s); return string(b) }

func ctx(s string, a, b int) string {
	return runeSlice(s, max(0, a-40), a) + "[[" + runeSlice(s, a, b) + "]]" + runeSlice(s, b, b+40)
}
