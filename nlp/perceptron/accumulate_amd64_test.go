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
