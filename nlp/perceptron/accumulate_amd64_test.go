package perceptron

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestAccumulateSIMDMatchesScalar checks the AVX2 kernels against the
// scalar loop bit for bit, for every class count up to 64 and rows at the
// end of the table.
func TestAccumulateSIMDMatchesScalar(t *testing.T) {
	if !useSIMD {
		t.Skip("no AVX2 on this machine")
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for nc := 1; nc <= 64; nc++ {
		m := &Model{bits: 6}
		m.init(nc)
		for i := range m.w {
			m.w[i] = byte(rng.IntN(256))
		}
		rows := 1 << m.bits
		for trial := 0; trial < 20; trial++ {
			n := rng.IntN(60)
			offs := make([]int32, n)
			scs := make([]float32, n)
			for j := range offs {
				b := rng.IntN(rows)
				if j == 0 {
					b = rows - 1 // the last row: reads run into the slack
				}
				offs[j] = int32(b*m.stride + 2)
				scs[j] = float32(math.Ldexp(1+rng.Float64(), rng.IntN(40)-20))
			}
			got, want := make([]float32, nc), make([]float32, nc)
			for c := range got {
				got[c] = float32(rng.NormFloat64())
				want[c] = got[c]
			}
			useSIMD = true
			m.accumulate(offs, scs, got)
			useSIMD = false
			m.accumulate(offs, scs, want)
			useSIMD = true
			for c := range got {
				if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
					t.Fatalf("%d classes, %d rows: class %d = %v with AVX2, %v without", nc, n, c, got[c], want[c])
				}
			}
		}
	}
}

// TestAccumulateInPlace checks that scores with room for whole groups
// (NewScores) get the same sums as scores without.
func TestAccumulateInPlace(t *testing.T) {
	if !useSIMD {
		t.Skip("no AVX2 on this machine")
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for _, nc := range []int{3, 5, 13, 20, 43} {
		m := &Model{bits: 6}
		m.init(nc)
		for i := range m.w {
			m.w[i] = byte(rng.IntN(256))
		}
		padded := m.NewScores()
		for i := range padded[:cap(padded)] {
			padded[:cap(padded)][i] = 1e30 // leftovers in the padding must not matter
		}
		exact := make([]float32, nc)
		offs := []int32{2, int32(m.stride + 2), int32(5*m.stride + 2)}
		scs := []float32{0.5, -1.25, 3}
		clear(padded)
		m.accumulate(offs, scs, padded)
		m.accumulate(offs, scs, exact)
		for c := range exact {
			if math.Float32bits(padded[c]) != math.Float32bits(exact[c]) {
				t.Fatalf("%d classes: class %d = %v in place, %v through a copy", nc, c, padded[c], exact[c])
			}
		}
	}
}

// TestScoreSmallMatches checks the one-pass kernel of the small models
// against the gather-then-accumulate path bit for bit, for every class
// count it serves (3 to 6), with the last row among the features.
func TestScoreSmallMatches(t *testing.T) {
	if !useSIMD {
		t.Skip("no AVX2 on this machine")
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for nc := 3; nc <= 6; nc++ { // rows of eight bytes
		m := &Model{bits: 6}
		m.init(nc)
		for i := range m.w {
			m.w[i] = byte(rng.IntN(256))
		}
		for off := 0; off < len(m.w); off += m.stride {
			if rng.IntN(8) == 0 {
				m.w[off], m.w[off+1] = 0, 0 // an empty bucket's scale
			}
		}
		var last uint64
		for last = 0; bucket(last, m.mask) != m.mask; last++ {
		}
		for trial := 0; trial < 50; trial++ {
			feats := make([]uint64, rng.IntN(90))
			for j := range feats {
				feats[j] = rng.Uint64()
			}
			if len(feats) > 0 {
				feats[0] = last
			}
			got := m.NewScores()
			want := make([]float32, nc)
			for c := range want {
				want[c] = float32(rng.NormFloat64())
				got[c] = want[c]
			}
			if !m.scoreSmall(feats, got) {
				if len(feats) == 0 {
					continue
				}
				t.Fatalf("%d classes: scoreSmall did not apply", nc)
			}
			for len(feats) > 0 { // Score's other path, in its chunks
				k := min(len(feats), 64)
				var offs []int32
				var scs []float32
				for _, f := range feats[:k] {
					off := int(bucket(f, m.mask)) * m.stride
					offs = append(offs, int32(off+2))
					scs = append(scs, math.Float32frombits(uint32(m.w[off])<<16|uint32(m.w[off+1])<<24))
				}
				m.accumulate(offs, scs, want)
				feats = feats[k:]
			}
			for c := range want {
				if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
					t.Fatalf("%d classes, trial %d: class %d = %v in one pass, %v gathered", nc, trial, c, got[c], want[c])
				}
			}
		}
	}
}

// TestPredictSmallMatches checks Predict on the small models, whose sums
// start from zero in the one-pass kernel, against Predict on scores too
// short for it (the general path), scores and class alike.
func TestPredictSmallMatches(t *testing.T) {
	if !useSIMD {
		t.Skip("no AVX2 on this machine")
	}
	rng := rand.New(rand.NewPCG(9, 10))
	for nc := 3; nc <= 6; nc++ {
		m := &Model{bits: 7}
		m.init(nc)
		for i := range m.w {
			m.w[i] = byte(rng.IntN(256))
		}
		allowed := make([]bool, nc)
		for trial := 0; trial < 50; trial++ {
			feats := make([]uint64, rng.IntN(30))
			for j := range feats {
				feats[j] = rng.Uint64()
			}
			for c := range allowed {
				allowed[c] = rng.IntN(4) > 0
			}
			got := m.NewScores()
			for i := range got[:cap(got)] {
				got[:cap(got)][i] = 1e30 // leftovers must not matter
			}
			want := make([]float32, nc)
			gc, wc := m.Predict(feats, got, allowed), m.Predict(feats, want, allowed)
			if gc != wc {
				t.Fatalf("%d classes: Predict = %d in one pass, %d gathered", nc, gc, wc)
			}
			for c := range want {
				if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
					t.Fatalf("%d classes: class %d scores %v in one pass, %v gathered", nc, c, got[c], want[c])
				}
			}
		}
	}
}
