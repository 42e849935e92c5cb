package ingest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/sqlite"
)

// TestIngestLinksWireCopiesInBatches runs the wire copies through SQLite,
// whose PutDocuments stores several documents per transaction: a copy
// must still be linked to an original of its own batch, and a text seen
// twice stored once.
func TestIngestLinksWireCopiesInBatches(t *testing.T) {
	ctx := context.Background()
	copies := wireCopies()
	dir := writeFiles(t, map[string]string{
		"1-wire.txt":           wireText(wireParagraphs),
		"2-new-lead.txt":       copies["new first paragraph"],
		"3-local.txt":          sameStory["local paper"],
		"4-trimmed.txt":        copies["trimmed ending"],
		"5-national.txt":       sameStory["national daily"],
		"6-edited.txt":         copies["all of these + edits"],
		"sub/7-same-again.txt": wireText(wireParagraphs), // same hash: unchanged
	})
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "batch.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var progress []string
	sum, err := New(st, Options{Workers: 3, Progress: func(p Progress) {
		progress = append(progress, filepath.Base(p.Origin))
	}}).Run(ctx, []string{dir})
	if err != nil {
		t.Fatalf("Run = %v", err)
	}
	if sum.Records != 7 || sum.Stored != 6 || sum.Unchanged != 1 || sum.Duplicates != 3 || len(sum.Skipped) != 0 {
		t.Errorf("Run = %d records, %d stored, %d unchanged, %d duplicates, skipped %v; want 7, 6, 1, 3, none",
			sum.Records, sum.Stored, sum.Unchanged, sum.Duplicates, sum.Skipped)
	}
	want := []string{"1-wire.txt", "2-new-lead.txt", "3-local.txt", "4-trimmed.txt", "5-national.txt", "6-edited.txt", "7-same-again.txt"}
	if len(progress) != len(want) {
		t.Errorf("Progress called for %v, want %v", progress, want)
	} else {
		for i := range want {
			if progress[i] != want[i] {
				t.Errorf("Progress call %d for %s, want %s (input order)", i, progress[i], want[i])
			}
		}
	}
	links := map[string]string{}
	ids := map[string]string{}
	if err := st.EachDocument(ctx, func(d *dossier.StoredDocument) error {
		name := filepath.Base(d.Meta.Origin)
		ids[name] = d.Document.ID
		links[name] = d.Meta.DuplicateOf
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(ids) != 6 {
		t.Errorf("stored %d documents (%v), want 6", len(ids), ids)
	}
	for name, want := range map[string]string{
		"1-wire.txt": "", "2-new-lead.txt": ids["1-wire.txt"], "3-local.txt": "", "4-trimmed.txt": ids["1-wire.txt"],
		"5-national.txt": "", "6-edited.txt": ids["1-wire.txt"],
	} {
		if links[name] != want {
			t.Errorf("%s: DuplicateOf = %q, want %q", name, links[name], want)
		}
	}
}
