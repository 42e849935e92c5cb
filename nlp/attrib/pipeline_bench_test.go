//go:build linux

package attrib_test

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
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
	"golang.org/x/sys/unix"
)

// BenchmarkPipelineShare runs the whole pipeline over the 84 PolNeAR dev
// articles with the attribution stage timed inside it, with the rules
// alone and with rules and learned model, and reports the stage's share of
// the pipeline's time ("attrib-%"). "none" runs it with a stage that finds
// nothing in place of attribution: the words/cpu-s of "none" against
// "learned" is what the stage adds to the whole, the caches it takes from
// the other stages included.
func BenchmarkPipelineShare(b *testing.B) {
	docs, pos, ents := devWithModels(b)
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	for _, v := range []struct {
		name  string
		stage nlp.Stage
	}{{"none", noAttribution{}}, {"rules", attrib.Rules()}, {"learned", attrib.New()}} {
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
			start := threadClock()
			for i := 0; i < b.N; i++ {
				for _, pd := range docs {
					d.Reset(pd.Text, time.Time{})
					if err := p.Run(d); err != nil {
						b.Fatal(err)
					}
				}
			}
			total := threadClock() - start
			b.ReportMetric(float64(words*b.N)/total.Seconds(), "words/cpu-s")
			b.ReportMetric(100*timed.spent.Seconds()/total.Seconds(), "attrib-%")
		})
	}
}

// BenchmarkPipelineAdds measures what the limit is about — how much
// longer the whole pipeline takes with attribution than without — with the
// two pipelines taking turns pass by pass over the 84 PolNeAR dev
// articles, timed in CPU time of this thread, so that the machine's drift
// weighs on both alike: "adds-%" is 100 × (with / without − 1). Without
// attribution the claim stage has no speakers to attach, so its share of
// that work counts as attribution's too, and so do the caches attribution
// takes from the other stages.
func BenchmarkPipelineAdds(b *testing.B) {
	docs, pos, ents := devWithModels(b)
	var pipes [2]*nlp.Pipeline
	for k, st := range []nlp.Stage{noAttribution{}, attrib.New()} {
		var err error
		if pipes[k], err = nlp.NewPipeline(nlp.Tokenizer{}, pos, ents, timex.New(), quant.New(), st, claim.New()); err != nil {
			b.Fatal(err)
		}
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	d := &nlp.Doc{}
	var spent [2]time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := range pipes {
			start := threadClock()
			for _, pd := range docs {
				d.Reset(pd.Text, time.Time{})
				if err := pipes[k].Run(d); err != nil {
					b.Fatal(err)
				}
			}
			spent[k] += threadClock() - start
		}
	}
	b.ReportMetric(100*(spent[1].Seconds()/spent[0].Seconds()-1), "adds-%")
}

// BenchmarkPipelineStages times every stage of the pipeline with and
// without attribution (a stage that finds nothing), the two taking turns
// pass by pass, and reports each stage's milliseconds a pass: "with-s5-ms"
// is the attribution stage, and what the other stages take more "with"
// than "without" is the rest of what attribution adds.
func BenchmarkPipelineStages(b *testing.B) {
	docs, pos, ents := devWithModels(b)
	var stages [2][]nlp.Stage
	for k, st := range []nlp.Stage{noAttribution{}, attrib.New()} {
		stages[k] = []nlp.Stage{nlp.Tokenizer{}, pos, ents, timex.New(), quant.New(), st, claim.New()}
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	d := &nlp.Doc{}
	var spent [2][7]time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := range stages {
			for _, pd := range docs {
				d.Reset(pd.Text, time.Time{})
				for si, st := range stages[k] {
					start := threadClock()
					if err := st.Process(d); err != nil {
						b.Fatal(err)
					}
					spent[k][si] += threadClock() - start
				}
			}
		}
	}
	for k, name := range []string{"without", "with"} {
		var total time.Duration
		for si := range spent[k] {
			total += spent[k][si]
			b.ReportMetric(spent[k][si].Seconds()*1000/float64(b.N), fmt.Sprintf("%s-s%d-ms", name, si))
		}
		b.ReportMetric(total.Seconds()*1000/float64(b.N), name+"-ms")
	}
}

// BenchmarkClaimStage times the claim stage alone over the 84 PolNeAR dev
// articles analysed up to attribution: the part of what attribution adds
// to the pipeline that is the claim stage's work on its output (statement
// claims, speakers of figures).
func BenchmarkClaimStage(b *testing.B) {
	pds, pre, _, _ := analysedDev(b)
	stage := attrib.New()
	docs := make([]*nlp.Doc, len(pds))
	for i, pd := range pds {
		docs[i] = &nlp.Doc{}
		docs[i].Reset(pd.Text, time.Time{})
		if err := pre.Run(docs[i]); err != nil {
			b.Fatal(err)
		}
		if err := stage.Process(docs[i]); err != nil {
			b.Fatal(err)
		}
	}
	c := claim.New()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Claims = d.Claims[:0]
			if err := c.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// timedStage adds up the time its stage takes.
type timedStage struct {
	nlp.Stage
	spent time.Duration
}

func (t *timedStage) Process(d *nlp.Doc) error {
	start := threadClock()
	err := t.Stage.Process(d)
	t.spent += threadClock() - start
	return err
}

// BenchmarkStageOnly times, on the 84 PolNeAR dev articles, the stages
// before attribution ("pre": tokenizer, tagger, recogniser, times,
// quantities) and the attribution stage alone on their output, with the
// rules alone and with the learned model: the ratio of learned to pre is
// what attribution adds to the pipeline.
func BenchmarkStageOnly(b *testing.B) {
	pds, pre, docs, words := analysedDev(b)
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

// BenchmarkStageShare measures what BenchmarkStageOnly does, with the
// three runs taking turns within each iteration and timed in CPU time of
// this thread, so that the machine's drift and other jobs weigh on them
// alike: "learned/pre-%" is what the attribution stage adds to the
// stages before it, "rules/pre-%" the same for the rules alone.
func BenchmarkStageShare(b *testing.B) {
	pds, pre, docs, _ := analysedDev(b)
	rules, learned := attrib.Rules(), attrib.New()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	scratch := &nlp.Doc{}
	var tPre, tRules, tLearned time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := threadClock()
		for _, pd := range pds {
			scratch.Reset(pd.Text, time.Time{})
			_ = pre.Run(scratch)
		}
		mid := threadClock()
		tPre += mid - start
		for _, d := range docs {
			_ = rules.Process(d)
		}
		mid2 := threadClock()
		tRules += mid2 - mid
		for _, d := range docs {
			_ = learned.Process(d)
		}
		tLearned += threadClock() - mid2
	}
	b.ReportMetric(100*tLearned.Seconds()/tPre.Seconds(), "learned/pre-%")
	b.ReportMetric(100*tRules.Seconds()/tPre.Seconds(), "rules/pre-%")
}

// threadClock returns the CPU time of the calling OS thread (the caller
// locks it) to the nanosecond.
func threadClock() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// noAttribution stands in for the attribution stage and finds nothing.
type noAttribution struct{}

func (noAttribution) Name() string           { return "no-attribution" }
func (noAttribution) Requires() nlp.Layer    { return attrib.New().Requires() }
func (noAttribution) Provides() nlp.Layer    { return attrib.New().Provides() }
func (noAttribution) Process(*nlp.Doc) error { return nil }

// devWithModels returns the PolNeAR dev articles and the embedded tagger
// and recogniser.
func devWithModels(b *testing.B) ([]eval.PolNeARDoc, nlp.Stage, nlp.Stage) {
	b.Helper()
	docs, err := eval.LoadPolNeAR(filepath.Join(sharedtest.Dir(b), "data", "raw", "polnear"), "dev")
	if err != nil {
		b.Fatal(err)
	}
	pos, err := tag.DefaultStage()
	if err != nil {
		b.Fatal(err)
	}
	ents, err := ner.DefaultStage()
	if err != nil {
		b.Fatal(err)
	}
	return docs, pos, ents
}

// analysedDev returns the PolNeAR dev articles, the stages before
// attribution, the articles run through them, and their word count.
func analysedDev(b *testing.B) ([]eval.PolNeARDoc, *nlp.Pipeline, []*nlp.Doc, int) {
	b.Helper()
	pds, pos, ents := devWithModels(b)
	pre, err := nlp.NewPipeline(nlp.Tokenizer{}, pos, ents, timex.New(), quant.New())
	if err != nil {
		b.Fatal(err)
	}
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
	return pds, pre, docs, words
}
