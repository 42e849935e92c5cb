package sqlite

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestBandIndex checks lookups against a brute-force scan, across merges
// of the recent map into the sorted slice.
func TestBandIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	var b bandIndex
	docs := map[int64][]uint64{}
	for seq := int64(1); seq <= 4000; seq++ {
		bands := make([]uint64, 40)
		for i := range bands {
			// A few shared keys, and keys equal in their low 32 bits only.
			switch r.IntN(50) {
			case 0:
				bands[i] = uint64(r.IntN(20))
			case 1:
				bands[i] = uint64(r.IntN(20)) | 1<<40
			default:
				bands[i] = r.Uint64()
			}
		}
		docs[seq] = bands
		b.add(seq, bands)
	}
	if len(b.sorted) == 0 || b.nrecent == 0 {
		t.Fatalf("bandIndex after 160,000 keys: %d sorted, %d recent; want both used", len(b.sorted), b.nrecent)
	}
	for q := 0; q < 200; q++ {
		var key uint64
		if q%2 == 0 {
			key = uint64(r.IntN(20))
		} else {
			d := docs[int64(1+r.IntN(4000))]
			key = d[r.IntN(len(d))]
		}
		got := map[int64]bool{}
		b.lookup(key, got)
		for seq, bands := range docs {
			if slices.ContainsFunc(bands, func(k uint64) bool { return uint32(k) == uint32(key) }) && !got[seq] {
				t.Fatalf("lookup(%#x) misses document %d", key, seq)
			}
		}
		for seq := range got {
			if !slices.ContainsFunc(docs[seq], func(k uint64) bool { return uint32(k) == uint32(key) }) {
				t.Fatalf("lookup(%#x) gives document %d, which has no such key", key, seq)
			}
		}
	}
}
