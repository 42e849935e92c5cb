package sqlite

import (
	"context"
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
