package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dossierhq/dossier"
)

// termPostings returns the terms' postings as "field|text|key" rows and
// whether every term's count is its number of postings.
func termPostings(t *testing.T, db *sql.DB) (rows []string, countsAgree bool) {
	t.Helper()
	rows = queryStrings(t, db, `SELECT t.field || '|' || t.text || '|' || p.key FROM terms t JOIN claim_terms p ON p.term = t.id`)
	bad := queryStrings(t, db, `SELECT t.text FROM terms t WHERE t.claims != (SELECT count(*) FROM claim_terms p WHERE p.term = t.id)`)
	return rows, len(bad) == 0
}

// expectedPostings derives the postings from the claims' own columns.
func expectedPostings(t *testing.T, db *sql.DB) []string {
	t.Helper()
	return queryStrings(t, db, `SELECT DISTINCT '0|' || j.value || '|' || c.key FROM claims c, json_each(c.sources) j
		UNION SELECT '1|' || c.counted || '|' || c.key FROM claims c WHERE c.counted != ''`)
}

func queryStrings(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	rs, err := db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var s string
		if err := rs.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// TestTermsAtPut checks that storing documents counts their claims'
// sources and counted groups into the terms with one posting per claim,
// before any full-text indexing, and that a document stored twice adds
// nothing.
func TestTermsAtPut(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	syn := newSynth(3)
	var docs []*dossier.StoredDocument
	for i := range 40 {
		docs = append(docs, syn.document(i))
	}
	for i := 0; i < len(docs); i += 7 {
		if _, err := s.PutDocuments(ctx, docs[i:min(i+7, len(docs))]); err != nil {
			t.Fatalf("PutDocuments = %v", err)
		}
	}
	if _, err := s.PutDocuments(ctx, docs[:5]); err != nil { // already stored
		t.Fatalf("PutDocuments again = %v", err)
	}
	got, agree := termPostings(t, s.read)
	want := expectedPostings(t, s.read)
	if len(want) == 0 {
		t.Fatal("the synthetic documents have no sources or counted groups")
	}
	if !slices.Equal(got, want) {
		t.Errorf("postings after PutDocuments: %d rows, want %d (first got %q, want %q)", len(got), len(want), got[:min(3, len(got))], want[:min(3, len(want))])
	}
	if !agree {
		t.Error("some terms' claim counts differ from their postings")
	}
}

// TestTermsMigration opens a file as an older version left it: documents
// waiting for the full-text indexes whose terms were not yet counted. The
// migration counts them.
func TestTermsMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	syn := newSynth(4)
	for i := range 10 {
		if _, _, err := s.PutDocument(ctx, syn.document(i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.write.Exec(`DELETE FROM claim_terms; DELETE FROM terms; DELETE FROM schema_version WHERE version >= 8`); err != nil {
		t.Fatal(err)
	}
	var pending int
	if err := s.read.QueryRow(`SELECT count(*) FROM fts_pending`).Scan(&pending); err != nil || pending != 10 {
		t.Fatalf("%d documents pending (%v), want 10", pending, err)
	}
	again, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open after the rollback = %v", err)
	}
	got, agree := termPostings(t, again.read)
	want := expectedPostings(t, again.read)
	if len(want) == 0 || !slices.Equal(got, want) || !agree {
		t.Errorf("postings after the migration: %d rows (counts agree: %v), want %d", len(got), agree, len(want))
	}
	again.Close()
	s.Close()
}
