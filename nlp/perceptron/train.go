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

// DynamicRange is the ratio of the largest to the smallest non-zero
// quantised weight magnitude.
const DynamicRange = 1e5

// Model returns the averaged weights quantised to int8 codes on a
// logarithmic scale (about ±5% error per weight; weights below the largest
// one divided by DynamicRange become 0). The trainer can continue training
// afterwards.
func (t *Trainer) Model() *Model {
	n := float64(t.n)
	if n == 0 {
		n = 1
	}
	avg := make([]float32, len(t.w))
	for i, w := range t.w {
		avg[i] = float32((t.tot[i] + float64(t.n-t.ts[i])*float64(w)) / n)
	}
	// Adding a constant to every class weight of one feature changes no
	// prediction, so subtract each bucket's median: features that fire
	// with every class (bias, previous tags) have large weights with small
	// differences, which the logarithmic scale would otherwise drown.
	row := make([]float32, t.nc)
	var top float64
	for b := 0; b+t.nc <= len(avg); b += t.nc {
		copy(row, avg[b:b+t.nc])
		slices.Sort(row)
		med := row[t.nc/2]
		if t.nc%2 == 0 {
			med = (med + row[t.nc/2-1]) / 2
		}
		for i := b; i < b+t.nc; i++ {
			avg[i] -= med
			top = max(top, math.Abs(float64(avg[i])))
		}
	}
	if top == 0 {
		top = 1
	}
	ratio := math.Pow(DynamicRange, -1.0/126)
	logR := math.Log(ratio)
	q := make([]int8, len(avg))
	for i, a := range avg {
		mag := math.Abs(float64(a)) / top
		if mag == 0 {
			continue
		}
		k := 127 - math.Round(math.Log(mag)/logR)
		if k < 0.5 {
			continue // below half the smallest level
		}
		k = max(1, min(127, k))
		if a < 0 {
			k = -k
		}
		q[i] = int8(k)
	}
	m := &Model{
		Classes: slices.Clone(t.Classes),
		bits:    t.bits,
		mask:    t.mask,
		nc:      t.nc,
		top:     float32(top),
		ratio:   float32(ratio),
		w:       q,
	}
	m.initLUT()
	return m
}
