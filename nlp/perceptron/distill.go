package perceptron

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
)

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
func (d Distiller) Rules() map[uint64]uint8 { return d.RulesSeen(DistillMin) }

// RulesSeen is Rules with contexts seen at least minSeen times (instead of
// DistillMin) qualifying, for a model that can afford rarer ones.
func (d Distiller) RulesSeen(minSeen int) map[uint64]uint8 {
	rules := map[uint64]uint8{}
	for k, m := range d {
		n, best, bestN := 0, uint8(0), -1
		for c, v := range m {
			n += v
			if v > bestN || v == bestN && c < best {
				best, bestN = c, v
			}
		}
		if n >= minSeen && float64(bestN) >= DistillShare*float64(n) {
			rules[k] = best
		}
	}
	return rules
}

// Table is a read-only map from hashed keys to classes, for the rules and
// dictionaries looked up once per token: open addressing on the key's low
// bits, which Mix and HashString have mixed, in two flat arrays, half as
// dear as a Go map at this size.
type Table struct {
	mask uint64
	keys []uint64
	vals []uint8 // class+1 (classes are below 255); 0 marks an empty slot
}

// NewTable returns a table holding m.
func NewTable(m map[uint64]uint8) *Table {
	n := 16
	for n < 2*len(m) {
		n <<= 1
	}
	t := &Table{mask: uint64(n - 1), keys: make([]uint64, n), vals: make([]uint8, n)}
	for k, v := range m {
		i := k & t.mask
		for t.vals[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v+1
	}
	return t
}

// Get returns the class of key and whether the table holds it (never,
// for a nil table).
func (t *Table) Get(key uint64) (uint8, bool) {
	if t == nil {
		return 0, false
	}
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		v := t.vals[i]
		if v == 0 {
			return 0, false
		}
		if t.keys[i] == key {
			return v - 1, true
		}
	}
}

// Touch reads one word of every cache line of the table and returns their
// sum (for the caller to keep, so the reads stay): a stage that looks the
// table up for many tokens of a document brings it into the caches at
// once, with the loads overlapping, instead of missing on it lookup by
// lookup after the stages before evicted it.
func (t *Table) Touch() uint64 {
	if t == nil {
		return 0
	}
	var sum uint64
	for i := 0; i < len(t.keys); i += 8 {
		sum += t.keys[i]
	}
	for i := 0; i < len(t.vals); i += 64 {
		sum += uint64(t.vals[i])
	}
	return sum
}

// Map returns the table's keys and classes as a map (empty for a nil
// table), for saving.
func (t *Table) Map() map[uint64]uint8 {
	m := map[uint64]uint8{}
	if t == nil {
		return m
	}
	for i, v := range t.vals {
		if v != 0 {
			m[t.keys[i]] = v - 1
		}
	}
	return m
}

// Len returns the number of keys.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	n := 0
	for _, v := range t.vals {
		if v != 0 {
			n++
		}
	}
	return n
}

// AppendRules appends rules to b as 9-byte records, the key little-endian
// then the class, in key order: the form every model keeps its distilled
// rules in, in its extra data.
func AppendRules(b []byte, rules map[uint64]uint8) []byte {
	for _, k := range slices.Sorted(maps.Keys(rules)) {
		b = binary.LittleEndian.AppendUint64(b, k)
		b = append(b, rules[k])
	}
	return b
}

// ReadRules reads the records AppendRules wrote; every class must be
// below nc.
func ReadRules(b []byte, nc int) (map[uint64]uint8, error) {
	if len(b)%9 != 0 {
		return nil, errors.New("bad rule table: not whole records")
	}
	rules := make(map[uint64]uint8, len(b)/9)
	for ; len(b) > 0; b = b[9:] {
		if int(b[8]) >= nc {
			return nil, fmt.Errorf("bad rule table: class %d of %d", b[8], nc)
		}
		rules[binary.LittleEndian.Uint64(b)] = b[8]
	}
	return rules, nil
}
