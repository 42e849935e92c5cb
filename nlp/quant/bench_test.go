package quant

import (
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/tag"
)

// benchText is news-like prose written for the benchmark.
const benchText = `Officials said on Monday that approximately 300 soldiers had been killed and 2,700 others injured in the fighting near the border. ` +
	`About 11,000 troops were deployed to the region in August, according to the ministry, while more than 3,000 civilians fled their homes. ` +
	`The storm left at least seven people dead and dozens of homes destroyed; the government pledged $5 million in aid and said 40% of the crops were lost. ` +
	`A 25-year-old man was arrested on the 5th of May, and police detained twelve others after a protest by several thousand people. ` +
	`The ministry reported 523 new infections and 12 new deaths, bringing the total number of cases to 1501 since the outbreak began in 2020. ` +
	`Flight 370 disappeared with 239 passengers and crew aboard; no one has been found, and the search lasted three years. `

func BenchmarkQuant(b *testing.B) {
	s := strings.Repeat(benchText, 20)
	words := len(strings.Fields(s))
	d := &nlp.Doc{}
	d.Reset(s, time.Time{})
	_ = (nlp.Tokenizer{}).Process(d)
	st := New()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Quantities = d.Quantities[:0]
		if err := st.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkQuantTagged runs the stage on the benchmark text with the POS
// and chunk layers of the trained tagger (computed once, outside the loop).
func BenchmarkQuantTagged(b *testing.B) {
	s := strings.Repeat(benchText, 20)
	words := len(strings.Fields(s))
	d := &nlp.Doc{}
	d.Reset(s, time.Time{})
	_ = (nlp.Tokenizer{}).Process(d)
	tg, err := tag.DefaultStage()
	if err != nil {
		b.Fatal(err)
	}
	if err := tg.Process(d); err != nil {
		b.Fatal(err)
	}
	st := New()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Quantities = d.Quantities[:0]
		if err := st.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
