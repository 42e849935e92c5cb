package timex_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier/extract"
	"github.com/dossierhq/dossier/internal/sharedtest"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/timex"
)

// noTimes stands in for the timex stage: it provides the layer, empty.
type noTimes struct{}

func (noTimes) Name() string             { return "no-timex" }
func (noTimes) Requires() nlp.Layer      { return nlp.Tokens | nlp.Sentences }
func (noTimes) Provides() nlp.Layer      { return nlp.Times }
func (noTimes) Process(d *nlp.Doc) error { return nil }

// timed wraps a stage and adds up the time it takes.
type timed struct {
	nlp.Stage
	took time.Duration
}

func (t *timed) Process(d *nlp.Doc) error {
	t0 := time.Now()
	err := t.Stage.Process(d)
	t.took += time.Since(t0)
	return err
}

// BenchmarkPipelineShare runs the whole extract pipeline over the PolNeAR
// dev articles with the timex stage (reporting the share of the time spent
// in it) and with an empty stand-in for it, in words per second on one core:
//
//	go test ./nlp/timex -run '^$' -bench PipelineShare -cpu 1 -count 5
func BenchmarkPipelineShare(b *testing.B) {
	dir := filepath.Join(sharedtest.Dir(b), "data", "raw", "polnear", "data", "dev", "text")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		b.Fatalf("no PolNeAR dev texts in %s: %v", dir, err)
	}
	sort.Strings(names)
	var texts []string
	words := 0
	for _, n := range names {
		t, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		words += len(strings.Fields(string(t)))
	}
	pub := time.Date(2016, 10, 1, 0, 0, 0, 0, time.UTC)
	for _, with := range []bool{true, false} {
		name := "with-timex"
		if !with {
			name = "without-timex"
		}
		b.Run(name, func(b *testing.B) {
			stages, err := extract.DefaultStages()
			if err != nil {
				b.Fatal(err)
			}
			var tx *timed
			for i, s := range stages {
				if s.Name() != timex.New().Name() {
					continue
				}
				if with {
					tx = &timed{Stage: s}
					stages[i] = tx
				} else {
					stages[i] = noTimes{}
				}
			}
			p, err := nlp.NewPipeline(stages...)
			if err != nil {
				b.Fatal(err)
			}
			var d nlp.Doc
			b.ResetTimer()
			for range b.N {
				for _, t := range texts {
					d.Reset(t, pub)
					if err := p.Run(&d); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
			if tx != nil {
				b.ReportMetric(100*tx.took.Seconds()/b.Elapsed().Seconds(), "%timex")
			}
		})
	}
}
