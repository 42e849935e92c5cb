package sqlite

import (
	"context"
	"testing"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/storetest"
)

// batchOfOne stores every document through PutDocuments, so that the
// store test-suite runs on the batch path.
type batchOfOne struct{ *Store }

func (b batchOfOne) PutDocument(ctx context.Context, d *dossier.StoredDocument) (string, bool, error) {
	res, err := b.PutDocuments(ctx, []*dossier.StoredDocument{d})
	if err != nil {
		return "", false, err
	}
	return res[0].ID, res[0].Created, res[0].Err
}

func TestStoreBatchOfOne(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dossier.Store { return batchOfOne{openTemp(t)} })
}

func plainDoc(id, text string) *dossier.StoredDocument {
	return &dossier.StoredDocument{Analysis: dossier.Analysis{Document: dossier.Document{ID: id, Text: text}}}
}

func TestPutDocuments(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, _, err := s.PutDocument(ctx, plainDoc("old", "Stored before the batch.")); err != nil {
		t.Fatalf("PutDocument(old) error: %v", err)
	}
	bad := plainDoc("bad", "A hash that is not this text's.")
	bad.Meta.Hash = "00"
	docs := []*dossier.StoredDocument{
		plainDoc("a", "The first text of the batch."),
		plainDoc("a2", "The first text of the batch."), // same text as a
		plainDoc("a", "Another text under a's id."),
		plainDoc("old", "Another text under old's id."),
		bad,
		plainDoc("", "Stored before the batch."), // same text as old
		plainDoc("b", "The last text of the batch."),
	}
	want := []struct {
		id      string
		created bool
		code    string
	}{
		{"a", true, ""},
		{"a", false, ""},
		{"", false, dossier.ECONFLICT},
		{"", false, dossier.ECONFLICT},
		{"", false, dossier.EINVALID},
		{"old", false, ""},
		{"b", true, ""},
	}
	res, err := s.PutDocuments(ctx, docs)
	if err != nil {
		t.Fatalf("PutDocuments() error: %v", err)
	}
	if len(res) != len(docs) {
		t.Fatalf("PutDocuments() gave %d results for %d documents", len(res), len(docs))
	}
	for i, w := range want {
		got := res[i]
		if got.ID != w.id || got.Created != w.created || dossier.ErrorCode(got.Err) != w.code && !(w.code == "" && got.Err == nil) {
			t.Errorf("PutDocuments() result %d = {%q %v %v}, want {%q %v %s}", i, got.ID, got.Created, got.Err, w.id, w.created, w.code)
		}
	}
	for _, id := range []string{"old", "a", "b"} {
		if _, err := s.Document(ctx, id); err != nil {
			t.Errorf("Document(%q) after the batch: %v", id, err)
		}
	}
	for _, id := range []string{"a2", "bad"} {
		if _, err := s.Document(ctx, id); dossier.ErrorCode(err) != dossier.ENOTFOUND {
			t.Errorf("Document(%q) after the batch: %v, want ENOTFOUND", id, err)
		}
	}
	// Stored twice, created once.
	res, err = s.PutDocuments(ctx, docs[:1])
	if err != nil || res[0].ID != "a" || res[0].Created {
		t.Errorf("PutDocuments(a) again = %+v, %v; want a, not created", res, err)
	}
}
