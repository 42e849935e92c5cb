package timex

import (
	"strings"
	"testing"

	"github.com/dossierhq/dossier/nlp"
)

// benchText is news-like prose with a temporal expression every sentence
// or two, written for this benchmark.
var benchText = strings.Repeat(`The ministry said on Monday that about 300 soldiers had been killed and 2,700 injured since the offensive began last fall.
Officials in the capital told reporters that the troops arrived in August, six months after the first talks, and that more would come next year.
The regional governor, who has held the post for two-and-a-half years, said the shelling lasted six hours and resumed at 3 p.m. on Tuesday.
Exports fell 4.2 percent in the third quarter of 2024 compared with a year earlier, the statistics office reported, and prices are now rising again.
A spokesman declined to comment on the figures, which could not be independently verified, and said the committee meets every week.
`, 40)

func BenchmarkStage(b *testing.B) {
	var d nlp.Doc
	d.Reset(benchText, pub)
	if err := (nlp.Tokenizer{}).Process(&d); err != nil {
		b.Fatal(err)
	}
	words := len(d.Tokens)
	s := New()
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Times = d.Times[:0]
		if err := s.Process(&d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
