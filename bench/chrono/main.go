// Command chrono runs chrono-node (npm) and dossier's timex stage side by
// side over the TempEval-3 platinum texts, each with the document creation
// time as its reference date, scores both with the TE3 scorer of package
// eval (the one that agrees with ../shared/eval/te3.py) and times both.
//
//	cd bench/chrono && npm ci && cd ../..
//	go run ./bench/chrono -data ../shared/data/raw/tempeval3 -runs 7 -repeat 20
//
// Speed is words (whitespace-separated) per second of the parsing alone,
// the median of the runs, in one process each: chrono.parse in node, and
// in Go the tokenizer, sentence splitter and timex stage (text in,
// expressions out, as chrono does it).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/dossierhq/dossier/eval"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/timex"
)

func main() {
	var (
		data  = flag.String("data", "../shared/data/raw/tempeval3", "the tempeval3 folder")
		split = flag.String("split", "test", "test (platinum), dev, train or tbaq")
		runs  = flag.Int("runs", 7, "timed runs of each system; the median is reported")
		rep   = flag.Int("repeat", 20, "times each run parses every document, so that a run takes long enough to time")
		dir   = flag.String("chrono", "bench/chrono", "the folder of chrono.mjs and its node_modules")
	)
	flag.Parse()
	if err := run(*data, *split, *dir, *runs, *rep); err != nil {
		fmt.Fprintln(os.Stderr, "chrono:", err)
		os.Exit(1)
	}
}

type result struct {
	name     string
	score    eval.TE3Result
	wordsSec float64
}

func run(data, split, dir string, runs, rep int) error {
	runtime.GOMAXPROCS(1) // one core, as node parses on one
	root, err := eval.TE3SplitDir(data, split)
	if err != nil {
		return err
	}
	docs, err := eval.ReadTE3Tree(root)
	if err != nil {
		return err
	}
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	words *= max(rep, 1) // words parsed per run

	ours, err := runDossier(docs, words, runs, rep)
	if err != nil {
		return err
	}
	stage, err := runStage(docs, words, runs, rep)
	if err != nil {
		return err
	}
	theirs, err := runChrono(docs, words, runs, rep, dir)
	if err != nil {
		return err
	}

	fmt.Printf("TempEval-3 %s: %d documents, %d gold timexes; %d runs of %d words each (every document %d times), medians\n\n", split, len(docs), ours.score.Gold, runs, words, rep)
	fmt.Printf("| system | relaxed P / R / F1 | strict F1 | type acc | value acc | value F1 | words/s |\n|---|---|---|---|---|---|---|\n")
	for _, r := range []result{ours, theirs} {
		s := r.score
		fmt.Printf("| %s | %.3f / %.3f / %.3f | %.3f | %.3f | %.3f | **%.3f** | %s |\n", r.name, s.Relaxed.P, s.Relaxed.R, s.Relaxed.F1, s.Strict.F1, s.TypeAccuracy, s.ValueAccuracy, s.ValueF1, thousands(r.wordsSec))
	}
	fmt.Printf("\ntimex stage alone (tokens and sentences given): %s words/s\n", thousands(stage.wordsSec))
	return nil
}

// runDossier times text -> tokens, sentences -> timexes and scores it.
func runDossier(docs []eval.TE3Doc, words, runs, rep int) (result, error) {
	p, err := nlp.NewPipeline(nlp.Tokenizer{}, timex.New())
	if err != nil {
		return result{}, err
	}
	var d nlp.Doc
	secs := make([]float64, runs)
	for r := range runs {
		t0 := time.Now()
		for range max(rep, 1) {
			for _, doc := range docs {
				d.Reset(doc.Text, doc.Published)
				if err := p.Run(&d); err != nil {
					return result{}, fmt.Errorf("%s: %w", doc.ID, err)
				}
			}
		}
		secs[r] = time.Since(t0).Seconds()
	}
	pred := make(map[string][]eval.TE3Timex, len(docs))
	for _, doc := range docs {
		d.Reset(doc.Text, doc.Published)
		if err := p.Run(&d); err != nil {
			return result{}, err
		}
		pred[doc.ID] = eval.TE3FromTimexes(doc.Text, d.Times)
	}
	return result{name: "dossier (tokenize + timex)", score: eval.ScoreTE3(docs, pred), wordsSec: float64(words) / median(secs)}, nil
}

// runStage times the timex stage alone on tokenized documents.
func runStage(docs []eval.TE3Doc, words, runs, rep int) (result, error) {
	ds := make([]nlp.Doc, len(docs))
	for i, doc := range docs {
		ds[i].Reset(doc.Text, doc.Published)
		if err := (nlp.Tokenizer{}).Process(&ds[i]); err != nil {
			return result{}, err
		}
	}
	s := timex.New()
	secs := make([]float64, runs)
	for r := range runs {
		t0 := time.Now()
		for range max(rep, 1) {
			for i := range ds {
				ds[i].Times = ds[i].Times[:0]
				if err := s.Process(&ds[i]); err != nil {
					return result{}, err
				}
			}
		}
		secs[r] = time.Since(t0).Seconds()
	}
	return result{name: "timex stage", wordsSec: float64(words) / median(secs)}, nil
}

// runChrono runs chrono.mjs in node and scores what it wrote.
func runChrono(docs []eval.TE3Doc, words, runs, rep int, dir string) (result, error) {
	tmp, err := os.MkdirTemp("", "dossier-chrono-*")
	if err != nil {
		return result{}, err
	}
	defer os.RemoveAll(tmp)
	in, out := filepath.Join(tmp, "in.jsonl"), filepath.Join(tmp, "out.jsonl")
	var b strings.Builder
	for _, d := range docs {
		line, err := json.Marshal(map[string]string{"id": d.ID, "text": d.Text, "published": d.Published.Format("2006-01-02")})
		if err != nil {
			return result{}, err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		return result{}, err
	}
	cmd := exec.Command("node", filepath.Join(dir, "chrono.mjs"), in, out, fmt.Sprint(runs), fmt.Sprint(max(rep, 1)))
	cmd.Env = append(os.Environ(), "TZ=UTC")
	cmd.Stderr = os.Stderr
	stdout, err := cmd.Output()
	if err != nil {
		return result{}, fmt.Errorf("node chrono.mjs (did you run npm ci in %s?): %w", dir, err)
	}
	var timing struct {
		RunsMs []float64 `json:"runs_ms"`
	}
	if err := json.Unmarshal(stdout, &timing); err != nil || len(timing.RunsMs) == 0 {
		return result{}, fmt.Errorf("chrono.mjs output %q: %v", stdout, err)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		return result{}, err
	}
	pred := map[string][]eval.TE3Timex{}
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var p struct {
			ID    string          `json:"id"`
			Times []eval.TE3Timex `json:"times"`
		}
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			return result{}, fmt.Errorf("chrono.mjs prediction: %w", err)
		}
		pred[p.ID] = p.Times
	}
	secs := make([]float64, len(timing.RunsMs))
	for i, ms := range timing.RunsMs {
		secs[i] = ms / 1000
	}
	return result{name: "chrono-node 2.10.3", score: eval.ScoreTE3(docs, pred), wordsSec: float64(words) / median(secs)}, nil
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func thousands(x float64) string {
	s := fmt.Sprintf("%.0f", x)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
