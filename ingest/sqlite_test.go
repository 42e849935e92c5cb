package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossierhq/dossier/ingest"
	"github.com/dossierhq/dossier/sqlite"
)

// TestIngestIntoSQLite runs the fixtures through the real embedded store:
// twice (the second run stores nothing), then a wire copy of a stored
// document, which must be linked to it.
func TestIngestIntoSQLite(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ingest.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	g := ingest.New(st, ingest.Options{Workers: 2})

	sum, err := g.Run(ctx, []string{"testdata/input"})
	if err != nil {
		t.Fatalf("Run(testdata/input) = %v", err)
	}
	if sum.Stored != 9 || len(sum.Skipped) != 3 {
		t.Fatalf("Run(testdata/input) = %d stored, skipped %v; want 9 stored, 3 skipped", sum.Stored, sum.Skipped)
	}
	again, err := g.Run(ctx, []string{"testdata/input"})
	if err != nil || again.Stored != 0 || again.Unchanged != 9 {
		t.Errorf("second Run(testdata/input) = %d stored, %d unchanged, %v; want 0, 9, nil", again.Stored, again.Unchanged, err)
	}

	// A copy of note.txt with a new headline and one changed sentence.
	note, err := os.ReadFile("testdata/input/note.txt")
	if err != nil {
		t.Fatal(err)
	}
	copyText := strings.Replace(strings.Replace(string(note), "Water rationing ends in Dorvan", "Dorvan lifts water limits", 1),
		"the utility said", "the town's water utility said", 1)
	sum, err = g.Ingest(ctx, strings.NewReader(copyText), "copy.txt", "")
	if err != nil || sum.Stored != 1 || sum.Duplicates != 1 {
		t.Fatalf("Ingest(copy of note.txt) = %+v, %v; want 1 stored as a duplicate", sum, err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 10 || stats.Duplicates != 1 || stats.Claims == 0 {
		t.Errorf("Stats() = %+v; want 10 documents, 1 duplicate, some claims", stats)
	}
}
