// Package perceptron is a multi-class averaged perceptron over hashed
// features, shared by the part-of-speech tagger, the chunker and the
// named-entity recogniser.
//
// Features are 64-bit hashes (see Mix and HashString) folded into 2^Bits
// buckets; each bucket holds one weight per class. Trained weights are
// averaged, centred, quantised to int8 with one scale per bucket and
// stored gzip-compressed.
package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Model is a trained, quantised perceptron. It is safe for concurrent use.
type Model struct {
	Classes []string // class names; class i is Classes[i]
	Extra   []byte   // opaque data saved with the model (lexicons, options)

	bits   uint
	mask   uint64
	nc     int
	stride int // rowStride(nc)
	// Bucket b is w[b*stride:(b+1)*stride]: its scale as a bfloat16 (the
	// top 16 bits of a float32, low byte first; 0 for an empty bucket),
	// then one int8 weight per class, then zeros up to the stride. The
	// scale beside the weights, in a row that never straddles two cache
	// lines, costs one cache line per feature.
	w []byte
}

// Bits returns log2 of the number of feature buckets.
func (m *Model) Bits() uint { return m.bits }

// NumClasses returns the number of classes.
func (m *Model) NumClasses() int { return m.nc }

func bucket(h uint64, mask uint64) uint64 {
	h ^= h >> 29
	return h & mask
}

// Score adds the weights of every feature to scores, which must have
// NumClasses elements.
func (m *Model) Score(feats []uint64, scores []float32) {
	if m.scoreSmall(feats, scores) {
		return
	}
	stride := m.stride
	scores = scores[:m.nc]
	// First gather the bucket offsets and scales: these loads are
	// independent, so their cache misses overlap instead of queueing
	// behind the arithmetic.
	var offs [64]int32
	var scs [64]float32
	for len(feats) > 0 {
		k := min(len(feats), len(offs))
		for j, f := range feats[:k] {
			off := int(bucket(f, m.mask)) * stride
			// An empty bucket (scale 0, weights 0) adds zeros. Skipping it
			// would be a branch on a load that missed the cache, which
			// stalls the loads after it when mispredicted.
			offs[j], scs[j] = int32(off+2), math.Float32frombits(uint32(m.w[off])<<16|uint32(m.w[off+1])<<24)
		}
		feats = feats[min(len(feats), len(offs)):]
		m.accumulate(offs[:k], scs[:k], scores)
	}
}

// accumulate adds the rows at offs, scaled by scs, to scores. Each class's
// sum runs over the rows in order, as a row-by-row loop would add them (so
// the float32 results are the same), but eight classes at a time stay in
// registers across the rows instead of going through memory once per row,
// their weights read with one load.
func (m *Model) accumulate(offs []int32, scs []float32, scores []float32) {
	scs = scs[:len(offs)]
	if m.accumulateSIMD(offs, scs, scores) {
		return
	}
	w := m.w
	c := 0
	for ; c+8 <= len(scores); c += 8 {
		s := scores[c : c+8 : c+8]
		a0, a1, a2, a3, a4, a5, a6, a7 := s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]
		for j, off := range offs {
			o := int(off) + c
			v := binary.LittleEndian.Uint64(w[o : o+8 : o+8])
			f := scs[j]
			a0 += float32(int8(v)) * f
			a1 += float32(int8(v>>8)) * f
			a2 += float32(int8(v>>16)) * f
			a3 += float32(int8(v>>24)) * f
			a4 += float32(int8(v>>32)) * f
			a5 += float32(int8(v>>40)) * f
			a6 += float32(int8(v>>48)) * f
			a7 += float32(int8(v>>56)) * f
		}
		s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7] = a0, a1, a2, a3, a4, a5, a6, a7
	}
	for ; c+4 <= len(scores); c += 4 {
		s := scores[c : c+4 : c+4]
		a0, a1, a2, a3 := s[0], s[1], s[2], s[3]
		for j, off := range offs {
			o := int(off) + c
			v := binary.LittleEndian.Uint32(w[o : o+4 : o+4])
			f := scs[j]
			a0 += float32(int8(v)) * f
			a1 += float32(int8(v>>8)) * f
			a2 += float32(int8(v>>16)) * f
			a3 += float32(int8(v>>24)) * f
		}
		s[0], s[1], s[2], s[3] = a0, a1, a2, a3
	}
	for ; c < len(scores); c++ {
		a := scores[c]
		for j, off := range offs {
			a += float32(int8(w[int(off)+c])) * scs[j]
		}
		scores[c] = a
	}
}

// NewScores returns scratch space for Score and Predict: NumClasses
// elements, with room after them for the SIMD kernels to sum whole groups
// of eight classes in place.
func (m *Model) NewScores() []float32 {
	return make([]float32, m.nc, (m.nc+7)&^7)
}

// Predict returns the best class for feats. scores is scratch space of
// NumClasses elements; allowed, when non-nil, masks classes out.
func (m *Model) Predict(feats []uint64, scores []float32, allowed []bool) int {
	if m.predictSmall(feats, scores) {
		return best(scores[:m.nc], allowed)
	}
	scores = scores[:m.nc]
	clear(scores)
	m.Score(feats, scores)
	return best(scores, allowed)
}

// best returns the class with the highest score among the allowed ones
// (the first on a tie; 0 when none is allowed).
func best(scores []float32, allowed []bool) int {
	best, bestScore := -1, float32(0)
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

const magic = "DSPC3\n"

// Save writes the model gzip-compressed to w.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	var hdr [binary.MaxVarintLen64]byte
	putUvarint := func(v uint64) { bw.Write(hdr[:binary.PutUvarint(hdr[:], v)]) }
	putBytes := func(b []byte) { putUvarint(uint64(len(b))); bw.Write(b) }
	putUvarint(uint64(m.bits))
	putUvarint(uint64(len(m.Classes)))
	for _, c := range m.Classes {
		putBytes([]byte(c))
	}
	putBytes(m.Extra)
	// Column by column (scale bytes, then each class) compresses better
	// than bucket by bucket.
	col := make([]byte, 1<<m.bits)
	for c := 0; c < m.nc+2; c++ {
		for b := range col {
			col[b] = m.w[b*m.stride+c]
		}
		bw.Write(col)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// ErrFormat reports a model stream that is not a saved Model.
var ErrFormat = errors.New("not a perceptron model")

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("load model: %w", ErrFormat)
	}
	uv := func() uint64 {
		if err != nil {
			return 0
		}
		var v uint64
		v, err = binary.ReadUvarint(br)
		return v
	}
	bytesField := func(limit uint64) []byte {
		n := uv()
		if err != nil {
			return nil
		}
		if n > limit {
			err = ErrFormat
			return nil
		}
		b := make([]byte, n)
		_, err = io.ReadFull(br, b)
		return b
	}
	m := &Model{}
	m.bits = uint(uv())
	nc := uv()
	if err == nil && (m.bits < 1 || m.bits > 26 || nc < 1 || nc > 1024) {
		err = ErrFormat
	}
	for i := uint64(0); i < nc && err == nil; i++ {
		m.Classes = append(m.Classes, string(bytesField(1024)))
	}
	m.Extra = bytesField(64 << 20)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	m.init(int(nc))
	n := 1 << m.bits
	col := make([]byte, n)
	for c := 0; c < m.nc+2; c++ {
		if _, err := io.ReadFull(br, col); err != nil {
			return nil, fmt.Errorf("load model: %w", err)
		}
		for b, v := range col {
			m.w[b*m.stride+c] = v
		}
	}
	for b := 0; b < n; b++ {
		s := math.Float32frombits(uint32(m.w[b*m.stride])<<16 | uint32(m.w[b*m.stride+1])<<24)
		if math.IsNaN(float64(s)) || math.IsInf(float64(s), 0) {
			return nil, fmt.Errorf("load model: %w", ErrFormat)
		}
	}
	return m, nil
}

// rowStride is the bytes per bucket for nc classes: the scale and the
// weights (nc+2 bytes) padded to a power of two up to a cache line, else
// to whole cache lines. Unpadded, a 45-byte row of the POS model spans two
// lines more often than not, and each is a cache miss.
func rowStride(nc int) int {
	n := nc + 2
	if n > 64 {
		return (n + 63) &^ 63
	}
	p := 1
	for p < n {
		p <<= 1
	}
	return p
}

// init sets the derived fields and allocates the weights of an empty model.
func (m *Model) init(nc int) {
	m.nc = nc
	m.stride = rowStride(nc)
	m.mask = 1<<m.bits - 1
	n := (1 << m.bits) * m.stride
	m.w = make([]byte, n, n+simdSlack)
}

// simdSlack is the room after the last row that accumulateSIMD may read:
// its groups of eight weights run at most 7 bytes past a row's end.
const simdSlack = 16
