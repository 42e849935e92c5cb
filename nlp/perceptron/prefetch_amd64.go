package perceptron

import (
	"math/bits"
	"unsafe"
)

//go:noescape
func prefetchFeats(w *byte, feats *uint64, n int, mask uint64, shift uint64)

// Prefetch asks the processor to start loading the rows of feats into its
// caches, and returns without waiting for them. A greedy decoder knows
// most features of the next tokens before it has the label they depend
// on: prefetched, their cache misses overlap with the work in between
// instead of each stalling its own prediction. It changes no score.
func (m *Model) Prefetch(feats []uint64) {
	if len(m.w) == 0 || len(feats) == 0 || m.stride&(m.stride-1) != 0 {
		return // rows of whole cache lines are not worth the hint
	}
	prefetchFeats(unsafe.SliceData(m.w), unsafe.SliceData(feats), len(feats), m.mask, uint64(bits.TrailingZeros(uint(m.stride))))
}
