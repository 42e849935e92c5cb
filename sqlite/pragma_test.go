package sqlite

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"
)

// TestPragmas checks the settings every connection is opened with.
func TestPragmas(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, tc := range []struct{ pragma, write, read string }{
		{"journal_mode", "wal", "wal"},
		{"synchronous", "1", "1"},
		{"foreign_keys", "1", "1"},
		{"busy_timeout", "10000", "10000"},
		{"mmap_size", "1073741824", "1073741824"},
		{"query_only", "0", "1"},
		{"page_size", "16384", "16384"},
	} {
		var w, r string
		if err := s.write.QueryRow("PRAGMA " + tc.pragma).Scan(&w); err != nil {
			t.Fatal(err)
		}
		if err := s.read.QueryRow("PRAGMA " + tc.pragma).Scan(&r); err != nil {
			t.Fatal(err)
		}
		if w != tc.write || r != tc.read {
			t.Errorf("PRAGMA %s = %s (writer), %s (readers); want %s, %s", tc.pragma, w, r, tc.write, tc.read)
		}
	}
}

// TestPageSizeOfNewFilesOnly checks that a new or empty file gets
// filePageSize pages and that a file made with other pages keeps them.
func TestPageSizeOfNewFilesOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	old := filepath.Join(dir, "old.db")
	db, err := sql.Open("sqlite", old+"?_pragma=page_size(4096)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE before_us (x)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path string
		want int
	}{{old, 4096}, {empty, filePageSize}, {filepath.Join(dir, "new.db"), filePageSize}} {
		s, err := Open(ctx, tc.path)
		if err != nil {
			t.Fatalf("Open(%s) = %v", tc.path, err)
		}
		var got int
		if err := s.read.QueryRow("PRAGMA page_size").Scan(&got); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Stats(ctx); err != nil {
			t.Errorf("Stats on %s = %v", filepath.Base(tc.path), err)
		}
		s.Close()
		if got != tc.want {
			t.Errorf("Open(%s): page_size %d, want %d", filepath.Base(tc.path), got, tc.want)
		}
	}
}
