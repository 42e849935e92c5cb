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

//go:noescape
func scoreRows8(w *byte, feats *uint64, n int, mask uint64, acc *float32)

// scoreSmall is Score for models whose rows are eight bytes (at most six
// classes, as the attribution models have) with scores that have room
// for eight: bucket, scale and weights in one pass of one kernel call, for
// the same sums. It reports false where it does not apply.
func (m *Model) scoreSmall(feats []uint64, scores []float32) bool {
	if !useSIMD || m.stride != 8 || cap(scores) < 8 || len(feats) == 0 || cap(m.w) < len(m.w)+simdSlack {
		return false
	}
	acc := scores[:8]
	// The lanes past the classes are scratch: start them at zero so that
	// they never grow to values that slow the arithmetic down.
	clear(acc[m.nc:])
	scoreRows8(unsafe.SliceData(m.w), unsafe.SliceData(feats), len(feats), m.mask, unsafe.SliceData(acc))
	return true
}

// predictSmall is the scoring half of Predict for the models of
// scoreSmall: the sums start from zero.
func (m *Model) predictSmall(feats []uint64, scores []float32) bool {
	if !useSIMD || m.stride != 8 || cap(scores) < 8 || cap(m.w) < len(m.w)+simdSlack {
		return false
	}
	acc := (*[8]float32)(scores[:8])
	*acc = [8]float32{}
	if len(feats) > 0 {
		scoreRows8(unsafe.SliceData(m.w), unsafe.SliceData(feats), len(feats), m.mask, &acc[0])
	}
	return true
}

// accumulateSIMD is accumulate eight classes to an instruction. It reads
// whole groups of eight weights, past a row's last class into its padding
// or the next row (init leaves room after the last), and keeps only the
// model's classes.
//
// Scores with room for whole groups (NewScores) are summed in place;
// others go through a copy.
func (m *Model) accumulateSIMD(offs []int32, scs []float32, scores []float32) bool {
	groups := (len(scores) + 7) / 8
	if !useSIMD || len(offs) == 0 || cap(m.w) < len(m.w)+simdSlack {
		return false
	}
	if cap(scores) >= groups*8 {
		// The lanes past the classes are scratch: start them at zero so
		// that they never grow to values that slow the arithmetic down.
		clear(scores[len(scores) : groups*8])
		m.accumulateGroups(offs, scs, scores[:groups*8])
		return true
	}
	var acc [64]float32
	if groups*8 > len(acc) {
		return false
	}
	copy(acc[:], scores)
	m.accumulateGroups(offs, scs, acc[:groups*8])
	copy(scores, acc[:len(scores)])
	return true
}

// accumulateGroups runs the kernels over acc, a whole number of groups.
func (m *Model) accumulateGroups(offs []int32, scs []float32, acc []float32) {
	base := unsafe.Pointer(unsafe.SliceData(m.w))
	groups := len(acc) / 8
	g := 0
	for ; g+2 <= groups; g += 2 {
		accumulate2AVX2((*byte)(unsafe.Add(base, g*8)), &offs[0], &scs[0], len(offs), &acc[g*8])
	}
	if g < groups {
		accumulate1AVX2((*byte)(unsafe.Add(base, g*8)), &offs[0], &scs[0], len(offs), &acc[g*8])
	}
}
