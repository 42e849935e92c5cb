package sqlite

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/extract"
)

func TestSmoke(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := x.Extract(dossier.Document{ID: "a1", Title: "Floods", Outlet: "Daily", Published: time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC),
		Text: "Officials said on Monday that at least 42 people were killed in the floods, and about 300 were injured. The governor, Maria Alvarez, told reporters that 1,200 residents had been evacuated."})
	if err != nil {
		t.Fatal(err)
	}
	id, created, err := s.PutDocument(ctx, &dossier.StoredDocument{Analysis: *a})
	t.Log(id, created, err)
	d, err := s.Document(ctx, id)
	t.Logf("%+v %v", d.Meta, err)
	cs, next, err := s.Claims(ctx, dossier.ClaimFilter{})
	t.Log(len(cs), next, err)
	for _, c := range cs {
		t.Logf("%+v", c.Text)
	}
	hits, err := s.Search(ctx, dossier.SearchQuery{Text: "floods"})
	t.Log(hits, err)
	st, err := s.Stats(ctx)
	t.Log(st, err)
}
