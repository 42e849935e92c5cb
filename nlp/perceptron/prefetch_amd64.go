package perceptron

//go:noescape
func prefetchRows(w *byte, offs *int32, n int)

// Prefetch asks the processor to start loading the rows of feats into its
// caches, and returns without waiting for them. A greedy decoder knows
// most features of the next tokens before it has the label they depend
// on: prefetched, their cache misses overlap with the work in between
// instead of each stalling its own prediction. It changes no score.
func (m *Model) Prefetch(feats []uint64) {
	if len(m.w) == 0 {
		return
	}
	var offs [64]int32
	for len(feats) > 0 {
		k := min(len(feats), len(offs))
		for j, f := range feats[:k] {
			offs[j] = int32(int(bucket(f, m.mask)) * m.stride)
		}
		prefetchRows(&m.w[0], &offs[0], k)
		feats = feats[k:]
	}
}
