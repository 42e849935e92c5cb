//go:build linux

package attrib_test

import (
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dossierhq/dossier/eval"
	"github.com/dossierhq/dossier/internal/sharedtest"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/attrib"
	"github.com/dossierhq/dossier/nlp/claim"
	"github.com/dossierhq/dossier/nlp/ner"
	"github.com/dossierhq/dossier/nlp/quant"
	"github.com/dossierhq/dossier/nlp/tag"
	"github.com/dossierhq/dossier/nlp/timex"
)

// BenchmarkPipelineShare runs the whole pipeline over the 84 PolNeAR dev
// articles with the attribution stage timed inside it, with the rules
// alone and with rules and learned model, and reports the stage's share of
// the pipeline's time ("attrib-%").
func BenchmarkPipelineShare(b *testing.B) {
	shared := sharedtest.Dir(b)
	docs, err := eval.LoadPolNeAR(filepath.Join(shared, "data", "raw", "polnear"), "dev")
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	pos, err := tag.DefaultStage()
	if err != nil {
		b.Fatal(err)
	}
	ents, err := ner.DefaultStage()
	if err != nil {
		b.Fatal(err)
	}
	for _, v := range []struct {
		name  string
		stage nlp.Stage
	}{{"rules", attrib.Rules()}, {"learned", attrib.New()}} {
		b.Run(v.name, func(b *testing.B) {
			timed := &timedStage{Stage: v.stage}
			p, err := nlp.NewPipeline(nlp.Tokenizer{}, pos, ents, timex.New(), quant.New(), timed, claim.New())
			if err != nil {
				b.Fatal(err)
			}
			d := &nlp.Doc{}
			// CPU time of this thread, not wall time: on a shared machine
			// the wall clock also counts the time other work held the CPU.
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			b.ResetTimer()
			start := threadCPU()
			for i := 0; i < b.N; i++ {
				for _, pd := range docs {
					d.Reset(pd.Text, time.Time{})
					if err := p.Run(d); err != nil {
						b.Fatal(err)
					}
				}
			}
			total := threadCPU() - start
			b.ReportMetric(float64(words*b.N)/total.Seconds(), "words/cpu-s")
			b.ReportMetric(100*timed.spent.Seconds()/total.Seconds(), "attrib-%")
		})
	}
}

// timedStage adds up the time its stage takes.
type timedStage struct {
	nlp.Stage
	spent time.Duration
}

func (t *timedStage) Process(d *nlp.Doc) error {
	start := threadCPU()
	err := t.Stage.Process(d)
	t.spent += threadCPU() - start
	return err
}

// threadCPU returns the CPU time of the calling OS thread (the caller
// locks it).
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// rusageThread is RUSAGE_THREAD (Linux).
const rusageThread = 1

// BenchmarkStageOnly times, on the 84 PolNeAR dev articles, the stages
// before attribution ("pre": tokenizer, tagger, recogniser, times,
// quantities) and the attribution stage alone on their output, with the
// rules alone and with the learned model: the ratio of learned to pre is
// what attribution adds to the pipeline.
func BenchmarkStageOnly(b *testing.B) {
	shared := sharedtest.Dir(b)
	pds, err := eval.LoadPolNeAR(filepath.Join(shared, "data", "raw", "polnear"), "dev")
	if err != nil {
		b.Fatal(err)
	}
	pos, _ := tag.DefaultStage()
	ents, _ := ner.DefaultStage()
	pre, _ := nlp.NewPipeline(nlp.Tokenizer{}, pos, ents, timex.New(), quant.New())
	docs := make([]*nlp.Doc, len(pds))
	words := 0
	for i, pd := range pds {
		docs[i] = &nlp.Doc{}
		docs[i].Reset(pd.Text, time.Time{})
		if err := pre.Run(docs[i]); err != nil {
			b.Fatal(err)
		}
		words += len(strings.Fields(pd.Text))
	}
	for _, v := range []struct {
		name  string
		stage nlp.Stage
	}{{"pre", nil}, {"rules", attrib.Rules()}, {"learned", attrib.New()}} {
		b.Run(v.name, func(b *testing.B) {
			scratch := &nlp.Doc{}
			for i := 0; i < b.N; i++ {
				for k, d := range docs {
					if v.stage == nil {
						scratch.Reset(pds[k].Text, time.Time{})
						_ = pre.Run(scratch)
						continue
					}
					_ = v.stage.Process(d)
				}
			}
			b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}
