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

// BenchmarkStageOnly times the attribution stage alone (rules, and rules
// with the learned model) on the analysed benchmark text.
func BenchmarkStageOnly(b *testing.B) {
	pos, _ := tag.DefaultStage()
	ents, _ := ner.DefaultStage()
	src := strings.Repeat(benchProse, 20)
	pre, _ := nlp.NewPipeline(nlp.Tokenizer{}, pos, ents, timex.New(), quant.New())
	words := len(strings.Fields(src))
	for _, v := range []struct {
		name  string
		stage nlp.Stage
	}{{"pre", nil}, {"rules", attrib.Rules()}, {"learned", attrib.New()}} {
		b.Run(v.name, func(b *testing.B) {
			d := &nlp.Doc{}
			d.Reset(src, time.Time{})
			if err := pre.Run(d); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if v.stage == nil {
					d.Reset(src, time.Time{})
					_ = pre.Run(d)
					continue
				}
				_ = v.stage.Process(d)
			}
			b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}

const benchProse = `Provincial officials said on Wednesday that at least 42 people had been evacuated after the dam near Kessel began to leak. The leak was first noticed by farmers, according to the regional water authority.
"We moved everyone out before dawn," said Marta Vell, the deputy mayor. "Nobody was hurt, and we intend to keep it that way," she added.
Engineers are believed to be examining a crack in the spillway. Independent analysts suggest that years of deferred maintenance may have weakened the structure, although the operator denied that inspections had been skipped.
The company told reporters that repairs could take three weeks. Its chief executive, Paul Ander, wrote in a statement that the firm would cover the costs of the evacuation.
Residents gathered at the school gym, where volunteers served soup and blankets. Some families stayed with relatives in nearby towns, while others waited for buses to the capital.
"It's frightening, but the workers here have been kind," one resident told the local radio station. The figures could not be independently verified.
`
