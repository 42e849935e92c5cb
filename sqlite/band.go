package sqlite

import (
	"context"
	"database/sql"
	"slices"
	"sort"
	"sync"

	"github.com/dossierhq/dossier"
)

// bandIndex finds the documents that share a MinHash band key. Band keys
// are random, so a B-tree of them costs every insert a page of its own
// (measured: about 35 µs per key, 1.4 ms for a document's 40 keys). The
// store keeps the keys in the documents' rows only, and this index in
// memory, built on first use and brought up to date from the rows on every
// lookup — which also picks up documents other processes stored.
//
// An entry is a key's low 32 bits and a document's seq in one uint64:
// 8 bytes per key, 32 MB for 100,000 documents of 40 keys. Candidates
// are checked against their full 64-bit keys, so the truncation costs a
// lookup, never a wrong answer.
type bandIndex struct {
	mu      sync.Mutex
	loaded  bool
	last    int64    // highest document seq indexed
	sorted  []uint64 // key32<<32 | seq, sorted
	recent  map[uint32][]uint32
	nrecent int
}

// recentMax is how many entries wait in the map before being merged into
// the sorted slice.
const recentMax = 1 << 16

func (b *bandIndex) add(seq int64, bands []uint64) {
	if b.recent == nil {
		b.recent = map[uint32][]uint32{}
	}
	for _, k := range bands {
		b.recent[uint32(k)] = append(b.recent[uint32(k)], uint32(seq))
	}
	b.nrecent += len(bands)
	if seq > b.last {
		b.last = seq
	}
	if b.nrecent >= recentMax {
		b.merge()
	}
}

func (b *bandIndex) merge() {
	add := make([]uint64, 0, b.nrecent)
	for k, seqs := range b.recent {
		for _, s := range seqs {
			add = append(add, uint64(k)<<32|uint64(s))
		}
	}
	slices.Sort(add)
	merged := make([]uint64, 0, len(b.sorted)+len(add))
	i, j := 0, 0
	for i < len(b.sorted) && j < len(add) {
		if b.sorted[i] <= add[j] {
			merged = append(merged, b.sorted[i])
			i++
		} else {
			merged = append(merged, add[j])
			j++
		}
	}
	merged = append(merged, b.sorted[i:]...)
	merged = append(merged, add[j:]...)
	b.sorted = merged
	clear(b.recent)
	b.nrecent = 0
}

// lookup adds to out the seqs of documents with a key whose low 32 bits
// equal k's.
func (b *bandIndex) lookup(k uint64, out map[int64]bool) {
	k32 := uint64(uint32(k))
	i, _ := slices.BinarySearch(b.sorted, k32<<32)
	for ; i < len(b.sorted) && b.sorted[i]>>32 == k32; i++ {
		out[int64(uint32(b.sorted[i]))] = true
	}
	for _, s := range b.recent[uint32(k)] {
		out[int64(s)] = true
	}
}

// refresh indexes the documents stored since the last call.
func (s *Store) refreshBands(ctx context.Context) error {
	b := &s.bands
	rows, err := s.readBands.QueryContext(ctx, b.last)
	if err != nil {
		return internal("similar documents", err)
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		var blob []byte
		if err := rows.Scan(&seq, &blob); err != nil {
			return internal("similar documents", err)
		}
		bands, err := decodeUint64s(blob)
		if err != nil {
			return internal("similar documents", err)
		}
		b.add(seq, bands)
	}
	if err := rows.Err(); err != nil {
		return internal("similar documents", err)
	}
	if !b.loaded {
		b.merge()
		b.loaded = true
	}
	return nil
}

// SimilarDocuments returns the documents sharing a band key with bands.
func (s *Store) SimilarDocuments(ctx context.Context, bands []uint64) ([]dossier.StoredDocument, error) {
	if len(bands) == 0 {
		return nil, nil
	}
	s.bands.mu.Lock()
	if err := s.refreshBands(ctx); err != nil {
		s.bands.mu.Unlock()
		return nil, err
	}
	cands := map[int64]bool{}
	for _, k := range bands {
		s.bands.lookup(k, cands)
	}
	s.bands.mu.Unlock()
	if len(cands) == 0 {
		return nil, nil
	}
	want := make(map[uint64]bool, len(bands))
	for _, k := range bands {
		want[k] = true
	}
	args := make([]any, 0, len(cands))
	for seq := range cands {
		args = append(args, seq)
	}
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var out []dossier.StoredDocument
	for len(args) > 0 {
		chunk := args[:min(len(args), 4096)]
		args = args[len(chunk):]
		if out, err = similarRows(ctx, tx, chunk, want, out); err != nil {
			return nil, err
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Document.Published, out[j].Document.Published
		return a.Before(b) || a.Equal(b) && out[i].Document.ID < out[j].Document.ID
	})
	return out, nil
}

// similarRows appends to out the listings of the documents seqs that share
// a full band key with want.
func similarRows(ctx context.Context, tx *sql.Tx, seqs []any, want map[uint64]bool, out []dossier.StoredDocument) ([]dossier.StoredDocument, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+listColumns+`, d.bands FROM documents d WHERE d.seq IN (`+
		placeholders(len(seqs))+`)`, seqs...)
	if err != nil {
		return nil, internal("similar documents", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d dossier.StoredDocument
		var blob []byte
		if _, _, err := scanListing(extraScanner{rows, []any{&blob}}, &d); err != nil {
			return nil, internal("similar documents", err)
		}
		theirs, err := decodeUint64s(blob)
		if err != nil {
			return nil, internal("similar documents", err)
		}
		for _, k := range theirs {
			if want[k] {
				out = append(out, d)
				break
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, internal("similar documents", err)
	}
	return out, nil
}

// extraScanner scans the listing columns and then extra ones.
type extraScanner struct {
	r     rowScanner
	extra []any
}

func (m extraScanner) Scan(dest ...any) error { return m.r.Scan(append(dest, m.extra...)...) }
