package perceptron

import (
	"math"
	"slices"
)

// Trainer learns an averaged perceptron. Weights are averaged lazily: each
// weight remembers when it last changed, so an update costs O(features).
type Trainer struct {
	Classes []string

	bits uint
	mask uint64
	nc   int
	w    []float32
	tot  []float64
	ts   []int32
	n    int32 // examples seen
}

// NewTrainer returns a trainer for classes with 2^bits feature buckets.
func NewTrainer(classes []string, bits uint) *Trainer {
	n := (1 << bits) * len(classes)
	return &Trainer{
		Classes: slices.Clone(classes),
		bits:    bits,
		mask:    1<<bits - 1,
		nc:      len(classes),
		w:       make([]float32, n),
		tot:     make([]float64, n),
		ts:      make([]int32, n),
	}
}

// NumClasses returns the number of classes.
func (t *Trainer) NumClasses() int { return t.nc }

// Predict returns the best class for feats under the current (not averaged)
// weights. scores is scratch space of NumClasses elements; allowed, when
// non-nil, masks classes out.
func (t *Trainer) Predict(feats []uint64, scores []float32, allowed []bool) int {
	nc := t.nc
	scores = scores[:nc]
	clear(scores)
	for _, f := range feats {
		b := int(bucket(f, t.mask)) * nc
		for i, v := range t.w[b : b+nc] {
			scores[i] += v
		}
	}
	best := -1
	var bestScore float32
	for i, s := range scores {
		if allowed != nil && !allowed[i] {
			continue
		}
		if best < 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		best = 0
	}
	return best
}

// Update counts one training example and, when guess differs from truth,
// moves the weights of feats towards truth and away from guess.
func (t *Trainer) Update(feats []uint64, truth, guess int) {
	t.n++
	if truth == guess {
		return
	}
	for _, f := range feats {
		b := int(bucket(f, t.mask)) * t.nc
		t.bump(b+truth, 1)
		t.bump(b+guess, -1)
	}
}

func (t *Trainer) bump(i int, d float32) {
	t.tot[i] += float64(t.n-t.ts[i]) * float64(t.w[i])
	t.ts[i] = t.n
	t.w[i] += d
}

// Model returns the averaged weights, quantised to int8 with one scale per
// bucket (each weight is within 1/254 of its bucket's largest magnitude).
// The trainer can continue training afterwards.
func (t *Trainer) Model() *Model {
	n := float64(t.n)
	if n == 0 {
		n = 1
	}
	avg := make([]float32, len(t.w))
	for i, w := range t.w {
		avg[i] = float32((t.tot[i] + float64(t.n-t.ts[i])*float64(w)) / n)
	}
	nb := 1 << t.bits
	m := &Model{Classes: slices.Clone(t.Classes), bits: t.bits}
	m.init(t.nc)
	// Adding a constant to every class weight of one feature changes no
	// prediction, so subtract each bucket's median: features that fire
	// with every class (bias, previous tags) have large weights with small
	// differences, which would otherwise dominate the bucket's scale.
	row := make([]float32, t.nc)
	for b := 0; b < nb; b++ {
		ws := avg[b*t.nc : (b+1)*t.nc]
		copy(row, ws)
		slices.Sort(row)
		med := row[t.nc/2]
		if t.nc%2 == 0 {
			med = (med + row[t.nc/2-1]) / 2
		}
		var top float32
		for i := range ws {
			ws[i] -= med
			top = max(top, float32(math.Abs(float64(ws[i]))))
		}
		if top == 0 {
			continue
		}
		// The scale as a bfloat16, rounded up so that no weight exceeds 127.
		sb := math.Float32bits(top / 127)
		if sb&0xffff != 0 {
			sb += 1 << 16
		}
		sb &^= 0xffff
		if sb == 0 {
			continue
		}
		s := math.Float32frombits(sb)
		out := m.w[b*m.stride : (b+1)*m.stride]
		out[0], out[1] = byte(sb>>16), byte(sb>>24)
		for i, v := range ws {
			out[2+i] = byte(int8(max(-127, min(127, math.Round(float64(v/s))))))
		}
	}
	return m
}
