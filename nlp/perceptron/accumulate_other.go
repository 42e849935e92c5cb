//go:build !amd64

package perceptron

func (m *Model) accumulateSIMD(offs []int32, scs []float32, scores []float32) bool { return false }

func (m *Model) scoreSmall(feats []uint64, scores []float32) bool { return false }

func (m *Model) predictSmall(feats []uint64, scores []float32) bool { return false }
