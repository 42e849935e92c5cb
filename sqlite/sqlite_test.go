package sqlite

import (
	"context"
	"path/filepath"
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
