package perceptron

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkScore scores 40 random features against a 2^19-bucket,
// 25-class model (the size of the entity recogniser).
func BenchmarkScore(b *testing.B) {
	m := &Model{bits: 19}
	m.init(25)
	rng := rand.New(rand.NewPCG(1, 1))
	for i := range m.w {
		m.w[i] = byte(rng.IntN(256))
	}
	for off := 0; off < len(m.w); off += m.stride {
		m.w[off], m.w[off+1] = 0x80, 0x3f // scale 1.0
	}
	feats := make([]uint64, 40)
	scores := make([]float32, 25)
	b.ReportAllocs()
	for b.Loop() {
		for i := range feats {
			feats[i] = rng.Uint64()
		}
		m.Predict(feats, scores, nil)
	}
}

// BenchmarkScoreShapes scores feature sets of the shapes the tagger,
// chunker and recogniser use against models of their sizes.
func BenchmarkScoreShapes(b *testing.B) {
	for _, sh := range []struct {
		name       string
		bits       uint
		nc, nfeats int
	}{{"pos", 16, 43, 22}, {"chunk", 15, 20, 20}, {"ner", 18, 13, 50}} {
		b.Run(sh.name, func(b *testing.B) {
			m := &Model{bits: sh.bits}
			m.init(sh.nc)
			rng := rand.New(rand.NewPCG(1, 1))
			for i := range m.w {
				m.w[i] = byte(rng.IntN(256))
			}
			for off := 0; off < len(m.w); off += m.stride {
				m.w[off], m.w[off+1] = 0x80, 0x3f
			}
			sets := make([][]uint64, 1024)
			for i := range sets {
				sets[i] = make([]uint64, sh.nfeats)
				for j := range sets[i] {
					sets[i][j] = rng.Uint64()
				}
			}
			scores := make([]float32, sh.nc)
			i := 0
			for b.Loop() {
				m.Predict(sets[i&1023], scores, nil)
				i++
			}
		})
	}
}
