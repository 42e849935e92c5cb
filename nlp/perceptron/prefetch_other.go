//go:build !amd64

package perceptron

// Prefetch is a no-op where there is no prefetch instruction to call.
func (m *Model) Prefetch(feats []uint64) {}
