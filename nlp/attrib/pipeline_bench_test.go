package attrib_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier/internal/sharedtest"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/attrib"
	"github.com/dossierhq/dossier/nlp/claim"
	"github.com/dossierhq/dossier/nlp/ner"
	"github.com/dossierhq/dossier/nlp/quant"
	"github.com/dossierhq/dossier/nlp/tag"
	"github.com/dossierhq/dossier/nlp/timex"
)

// BenchmarkPipelineShare runs the whole pipeline over the dev articles of
// the count-claim set without the attribution stage, with the rules alone
// and with rules and learned model, to show what attribution costs.
func BenchmarkPipelineShare(b *testing.B) {
	shared := sharedtest.Dir(b)
	f, err := os.Open(filepath.Join(shared, "data", "claims", "dev-docs.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, r.Text)
	}
	words := 0
	for _, t := range texts {
		words += len(strings.Fields(t))
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
	}{{"none", nil}, {"rules", attrib.Rules()}, {"learned", attrib.New()}} {
		b.Run(v.name, func(b *testing.B) {
			stages := []nlp.Stage{nlp.Tokenizer{}, pos, ents, timex.New(), quant.New()}
			if v.stage != nil {
				stages = append(stages, v.stage, claim.New())
			}
			p, err := nlp.NewPipeline(stages...)
			if err != nil {
				b.Fatal(err)
			}
			d := &nlp.Doc{}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, t := range texts {
					d.Reset(t, time.Time{})
					if err := p.Run(d); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}

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
