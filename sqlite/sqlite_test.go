package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/storetest"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatalf("Open() error: %v", err)
	}
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dossier.Store { return openTemp(t) })
}

// TestStoreScanPlans runs the suite with the source and counted-group
// filters always scanning the claims instead of reading term postings.
func TestStoreScanPlans(t *testing.T) {
	saved := termPostingsMax
	termPostingsMax = -1
	defer func() { termPostingsMax = saved }()
	storetest.Run(t, func(t *testing.T) dossier.Store { return openTemp(t) })
}

// TestSimilarAcrossStores checks that the in-memory band index picks up
// documents another Store (another process) stored in the same file.
func TestSimilarAcrossStores(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ledger.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	put := func(s *Store, id string, bands []uint64) {
		t.Helper()
		d := &dossier.StoredDocument{Analysis: dossier.Analysis{Document: dossier.Document{ID: id, Text: "text of " + id}}}
		d.Meta.Bands = bands
		if _, _, err := s.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	similar := func(s *Store, bands ...uint64) []string {
		t.Helper()
		ds, err := s.SimilarDocuments(ctx, bands)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, d := range ds {
			ids = append(ids, d.Document.ID)
		}
		return ids
	}
	put(a, "first", []uint64{1, 2, 3})
	if got := similar(b, 3); len(got) != 1 || got[0] != "first" {
		t.Errorf("b.SimilarDocuments(3) = %v, want [first]", got)
	}
	put(a, "second", []uint64{3, 4, 1 << 40})
	if got := similar(b, 3); len(got) != 2 {
		t.Errorf("b.SimilarDocuments(3) after a.PutDocument(second) = %v, want [first second]", got)
	}
	// Equal low 32 bits are not a match.
	if got := similar(b, 1<<41); len(got) != 0 {
		t.Errorf("b.SimilarDocuments(1<<41) = %v, want none", got)
	}
	put(b, "third", []uint64{1 << 40})
	if got := similar(a, 1<<40); len(got) != 2 {
		t.Errorf("a.SimilarDocuments(1<<40) = %v, want [second third]", got)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDB, []byte(strings.Repeat("not a database\n", 400)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, code string }{
		{"", dossier.EINVALID},
		{":memory:", dossier.EINVALID},
		{filepath.Join(dir, "missing", "ledger.db"), dossier.EINVALID},
		{notDB, dossier.EINTERNAL},
	} {
		s, err := Open(ctx, tc.path)
		if err == nil {
			s.Close()
		}
		if got := dossier.ErrorCode(err); got != tc.code {
			t.Errorf("Open(%q) error = %v (code %q), want code %q", tc.path, err, got, tc.code)
		}
	}
}
