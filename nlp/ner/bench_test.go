package ner

import (
	"testing"
	"time"

	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/tag"
)

// BenchmarkRecognize measures the recogniser alone on tagged, chunked
// sentences.
func BenchmarkRecognize(b *testing.B) {
	p := pipeline(b)
	var d nlp.Doc
	d.Reset(seedText+"\n"+seedText, time.Time{})
	if err := p.Run(&d); err != nil {
		b.Fatalf("Run() = %v", err)
	}
	r, _ := Default()
	type sent struct{ words, pos, chunks []string }
	var sents []sent
	for _, s := range d.Sentences {
		sents = append(sents, sent{tag.Words(&d, s.First, s.Last, nil), d.POS[s.First:s.Last], d.Chunks[s.First:s.Last]})
	}
	var spans []Span
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			spans = r.Recognize(s.words, s.pos, s.chunks, spans[:0])
		}
	}
	b.ReportMetric(float64(len(d.Tokens)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagRecognize measures tagging, chunking and recognition together
// through the pipeline stages (tokenizing excluded).
func BenchmarkTagRecognize(b *testing.B) {
	ts, _ := tag.DefaultStage()
	ns, _ := DefaultStage()
	p := pipeline(b)
	var d nlp.Doc
	d.Reset(seedText+"\n"+seedText, time.Time{})
	if err := p.Run(&d); err != nil {
		b.Fatalf("Run() = %v", err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ts.Process(&d)
		ns.Process(&d)
	}
	b.ReportMetric(float64(len(d.Tokens)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
