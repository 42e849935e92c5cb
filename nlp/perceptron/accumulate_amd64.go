package perceptron

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// useSIMD reports whether accumulate may use the AVX2 kernels.
var useSIMD = cpu.X86.HasAVX2

//go:noescape
func accumulate2AVX2(w *byte, offs *int32, scs *float32, n int, acc *float32)

//go:noescape
func accumulate1AVX2(w *byte, offs *int32, scs *float32, n int, acc *float32)

// accumulateSIMD is accumulate eight classes to an instruction. It reads
// whole groups of eight weights, past a row's last class into its padding
// or the next row (init leaves room after the last), and keeps only the
// model's classes.
func (m *Model) accumulateSIMD(offs []int32, scs []float32, scores []float32) bool {
	var acc [64]float32
	groups := (len(scores) + 7) / 8
	if !useSIMD || len(offs) == 0 || groups*8 > len(acc) || cap(m.w) < len(m.w)+simdSlack {
		return false
	}
	copy(acc[:], scores)
	base := unsafe.Pointer(unsafe.SliceData(m.w))
	g := 0
	for ; g+2 <= groups; g += 2 {
		accumulate2AVX2((*byte)(unsafe.Add(base, g*8)), &offs[0], &scs[0], len(offs), &acc[g*8])
	}
	if g < groups {
		accumulate1AVX2((*byte)(unsafe.Add(base, g*8)), &offs[0], &scs[0], len(offs), &acc[g*8])
	}
	copy(scores, acc[:len(scores)])
	return true
}
