package perceptron

// Distilled rules stand in for a trained model where its answer is all but
// fixed by a small context: the model labels its training sentences, and
// each context seen at least DistillMin times in which it chose one class
// at least DistillShare of the time takes that class without scoring. The
// taggers and the recogniser key them on contexts of their own; their
// agreement with the model on held-out text is tested there.
const (
	DistillMin   = 30
	DistillShare = 0.998
)

// Distiller counts the classes a model gives each context key.
type Distiller map[uint64]map[uint8]int

// Add counts class for key.
func (d Distiller) Add(key uint64, class int) {
	m := d[key]
	if m == nil {
		m = map[uint8]int{}
		d[key] = m
	}
	m[uint8(class)]++
}

// Rules returns the keys that qualify, with their class.
func (d Distiller) Rules() map[uint64]uint8 {
	rules := map[uint64]uint8{}
	for k, m := range d {
		n, best, bestN := 0, uint8(0), -1
		for c, v := range m {
			n += v
			if v > bestN || v == bestN && c < best {
				best, bestN = c, v
			}
		}
		if n >= DistillMin && float64(bestN) >= DistillShare*float64(n) {
			rules[k] = best
		}
	}
	return rules
}
