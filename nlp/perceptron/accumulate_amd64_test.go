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
