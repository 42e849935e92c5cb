package tag

// Distilled rules stand in for a trained model where its answer is all but
// fixed by a small context: the model labels the training sentences, and
// each context seen at least distillMin times in which it chose one class
// at least distillShare of the time takes that class without scoring. The
// chunker keys them on POS tags, the tagger on the word and the previous
// tag. Their agreement with the model on held-out text is tested.
const (
	distillMin   = 30
	distillShare = 0.998
)

// distiller counts the classes a model gives each context key.
type distiller map[uint64]map[uint8]int

func (d distiller) add(key uint64, class int) {
	m := d[key]
	if m == nil {
		m = map[uint8]int{}
		d[key] = m
	}
	m[uint8(class)]++
}

// rules returns the contexts that qualify, with their class.
func (d distiller) rules() map[uint64]uint8 {
	rules := map[uint64]uint8{}
	for k, m := range d {
		n, best, bestN := 0, uint8(0), -1
		for c, v := range m {
			n += v
			if v > bestN || v == bestN && c < best {
				best, bestN = c, v
			}
		}
		if n >= distillMin && float64(bestN) >= distillShare*float64(n) {
			rules[k] = best
		}
	}
	return rules
}
