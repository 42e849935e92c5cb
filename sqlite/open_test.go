package sqlite

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
)

// TestOpenConcurrently opens one new file from several stores at once, as
// `dossier ingest` and `dossier serve` started together do: every Open
// must succeed and the migrations must run once.
func TestOpenConcurrently(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	const n = 6
	var wg sync.WaitGroup
	errs := make([]error, n)
	stores := make([]*Store, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(context.Background(), path)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Open #%d of %d at once = %v", i, n, err)
		} else {
			defer stores[i].Close()
		}
	}
	if t.Failed() {
		return
	}
	var applied, distinct int
	if err := stores[0].read.QueryRow(`SELECT count(*), count(DISTINCT version) FROM schema_version`).Scan(&applied, &distinct); err != nil {
		t.Fatal(err)
	}
	if applied != distinct {
		t.Errorf("schema_version has %d rows for %d versions; each migration must run once", applied, distinct)
	}
}
