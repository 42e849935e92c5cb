package tag

import (
	"testing"

	"github.com/dossierhq/dossier/text"
)

// benchText is a short news-like passage written for the benchmarks.
const benchText = `South Korean lawmakers said on Monday that about 300 North Korean troops fighting for Russia had been killed and 2,700 injured, citing the National Intelligence Service after a closed-door briefing in Seoul.
Ukrainian and U.S. officials say some 11,000 North Korean soldiers were deployed to the Kursk region last fall, where Ukraine's forces seized territory in August.
President Volodymyr Zelenskyy said on Sunday that Kyiv was ready to hand over two captured North Korean soldiers to Kim Jong Un if he could arrange their exchange for Ukrainians held in Russia.
White House national security spokesman John Kirby told reporters last month that some of the soldiers had taken their own lives rather than be captured.
Shares of Samsung Electronics fell 2.3 percent in Seoul trading as the central bank held its benchmark rate at 3 percent, citing weak exports to China and the European Union.`

type benchSentence struct{ words []string }

func benchSentences(b *testing.B) ([]benchSentence, int) {
	b.Helper()
	toks := text.Tokenize(benchText, nil)
	sents := text.Sentences(benchText, toks, nil)
	var out []benchSentence
	n := 0
	for _, s := range sents {
		var bs benchSentence
		for _, t := range toks[s.First:s.Last] {
			bs.words = append(bs.words, benchText[t.Start:t.End])
		}
		n += len(bs.words)
		out = append(out, bs)
	}
	return out, n
}

func BenchmarkTag(b *testing.B) {
	t, _, err := Default()
	if err != nil {
		b.Fatalf("Default() = %v", err)
	}
	sents, n := benchSentences(b)
	tags := make([]string, 256)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			t.Tag(s.words, tags)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTagChunk(b *testing.B) {
	t, c, err := Default()
	if err != nil {
		b.Fatalf("Default() = %v", err)
	}
	sents, n := benchSentences(b)
	tags := make([]string, 256)
	chunks := make([]string, 256)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			t.Tag(s.words, tags)
			c.Chunk(s.words, tags[:len(s.words)], chunks)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
