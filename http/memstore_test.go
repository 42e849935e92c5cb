package http

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/dossierhq/dossier"
)

// memStore is a small in-memory dossier.Store for the handler tests: it
// filters claims on the fields the tests use, pages with offset cursors,
// and records the last claim filter it was given.
type memStore struct {
	mu         sync.Mutex
	docs       []dossier.StoredDocument
	ledger     dossier.Ledger
	lastClaims dossier.ClaimFilter
}

func (m *memStore) PutDocument(ctx context.Context, d *dossier.StoredDocument) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, o := range m.docs {
		if o.Meta.Hash == d.Meta.Hash {
			return o.Document.ID, false, nil
		}
	}
	m.docs = append(m.docs, *d)
	return d.Document.ID, true, nil
}

func (m *memStore) DocumentByHash(ctx context.Context, hash string) (string, error) {
	for _, d := range m.docs {
		if d.Meta.Hash == hash {
			return d.Document.ID, nil
		}
	}
	return "", dossier.Errorf(dossier.ENOTFOUND, "no document with hash %s", hash)
}

func (m *memStore) Document(ctx context.Context, id string) (*dossier.StoredDocument, error) {
	for i := range m.docs {
		if m.docs[i].Document.ID == id {
			d := m.docs[i]
			return &d, nil
		}
	}
	return nil, dossier.Errorf(dossier.ENOTFOUND, "document %q not found", id)
}

// pageOf cuts items at an offset cursor.
func pageOf[T any](items []T, after string, limit int) ([]T, string, error) {
	off := 0
	if after != "" {
		n, err := strconv.Atoi(after)
		if err != nil || n < 0 {
			return nil, "", dossier.Errorf(dossier.EINVALID, "bad cursor %q", after)
		}
		off = min(n, len(items))
	}
	if limit <= 0 {
		limit = 50
	}
	end := min(off+limit, len(items))
	next := ""
	if end < len(items) {
		next = strconv.Itoa(end)
	}
	return items[off:end], next, nil
}

func listing(d dossier.StoredDocument) dossier.StoredDocument {
	d.Analysis = dossier.Analysis{Document: d.Document}
	d.Analysis.Document.Text = ""
	return d
}

func (m *memStore) Documents(ctx context.Context, f dossier.DocumentFilter) ([]dossier.StoredDocument, string, error) {
	var out []dossier.StoredDocument
	for _, d := range m.docs {
		if (f.Outlet == "" || d.Document.Outlet == f.Outlet) && (f.Story == "" || d.Meta.Story == f.Story) {
			out = append(out, listing(d))
		}
	}
	slices.SortStableFunc(out, func(a, b dossier.StoredDocument) int { return b.Document.Published.Compare(a.Document.Published) })
	return pageOf(out, f.After, f.Limit)
}

func (m *memStore) SimilarDocuments(ctx context.Context, bands []uint64) ([]dossier.StoredDocument, error) {
	return nil, nil
}

func (m *memStore) claims(f dossier.ClaimFilter) []dossier.LedgerClaim {
	var out []dossier.LedgerClaim
	for _, d := range m.docs {
		text := d.Document.Text
		for _, c := range d.Claims {
			lc := dossier.LedgerClaim{Claim: c, Document: d.Document.ID, Published: d.Document.Published,
				Outlet: d.Document.Outlet, Title: d.Document.Title, Story: d.Meta.Story,
				Text: dossier.ClaimText{Number: c.Number.Text(text), Counted: c.Counted.Text(text), Cue: c.Cue.Text(text),
					Content: c.Content.Text(text), Evidence: c.Evidence.Text(text)}}
			for _, s := range c.Sources {
				lc.Text.Sources = append(lc.Text.Sources, dossier.SourceText{Role: s.Role, Text: s.Span.Text(text), Name: s.Span.Text(text),
					Entity: m.ledgerEntity(d.Document.ID, s.Entity)})
			}
			for _, fig := range m.ledger.Figures {
				for _, p := range fig.Points {
					if p.Document == lc.Document && p.Claim == c.ID {
						lc.Figure = fig.ID
					}
				}
			}
			if (f.Kind == "" || c.Kind == f.Kind) && (f.Measure == "" || c.Measure == f.Measure) &&
				(f.Certainty == "" || c.Certainty == f.Certainty) && (f.Document == "" || lc.Document == f.Document) &&
				(f.Figure == "" || lc.Figure == f.Figure) && (f.Story == "" || lc.Story == f.Story) &&
				(f.Entity == "" || slices.ContainsFunc(lc.Text.Sources, func(s dossier.SourceText) bool { return s.Entity == f.Entity }) ||
					f.Entity != "" && strings.Contains(strings.ToLower(lc.Text.Counted), strings.ToLower(m.entityName(f.Entity)))) &&
				(f.About == "" || strings.Contains(strings.ToLower(lc.Text.Counted), strings.ToLower(f.About))) &&
				(f.Query == "" || strings.Contains(strings.ToLower(lc.Text.Evidence), strings.ToLower(f.Query))) {
				out = append(out, lc)
			}
		}
	}
	return out
}

func (m *memStore) ledgerEntity(doc, local string) string {
	for _, l := range m.ledger.Links {
		if l.Document == doc && l.Local == local {
			return l.Entity
		}
	}
	return ""
}

func (m *memStore) entityName(id string) string {
	for _, e := range m.ledger.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	return "\x00"
}

func (m *memStore) Claims(ctx context.Context, f dossier.ClaimFilter) ([]dossier.LedgerClaim, string, error) {
	m.mu.Lock()
	m.lastClaims = f
	m.mu.Unlock()
	return pageOf(m.claims(f), f.After, f.Limit)
}

func (m *memStore) EachClaim(ctx context.Context, f dossier.ClaimFilter, fn func(*dossier.LedgerClaim) error) error {
	for _, c := range m.claims(f) {
		if err := fn(&c); err != nil {
			return err
		}
	}
	return nil
}

func (m *memStore) EachDocument(ctx context.Context, fn func(*dossier.StoredDocument) error) error {
	for _, d := range m.docs {
		l := listing(d)
		if err := fn(&l); err != nil {
			return err
		}
	}
	return nil
}

func (m *memStore) EachMention(ctx context.Context, fn func(*dossier.EntityMention) error) error {
	return nil
}

func (m *memStore) Search(ctx context.Context, q dossier.SearchQuery) ([]dossier.SearchHit, error) {
	var out []dossier.SearchHit
	for _, d := range m.docs {
		if i := strings.Index(strings.ToLower(d.Document.Text), strings.ToLower(q.Text)); i >= 0 {
			out = append(out, dossier.SearchHit{Document: d.Document.ID, Title: d.Document.Title, Outlet: d.Document.Outlet,
				Published: d.Document.Published, Snippet: "«" + d.Document.Text[i:i+len(q.Text)] + "»", Rank: -1})
		}
	}
	return out, nil
}

func (m *memStore) ReplaceLedger(ctx context.Context, l *dossier.Ledger) error {
	m.ledger = *l
	return nil
}

func (m *memStore) Figures(ctx context.Context, f dossier.FigureFilter) ([]dossier.Figure, error) {
	var out []dossier.Figure
	for _, fig := range m.ledger.Figures {
		if (f.Measure == "" || fig.Measure == f.Measure) && (!f.Flagged || len(fig.Flags) > 0) &&
			(f.About == "" || strings.Contains(strings.ToLower(fig.Counted), strings.ToLower(f.About))) {
			out = append(out, fig)
		}
	}
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out, nil
}

func (m *memStore) Figure(ctx context.Context, id string) (*dossier.Figure, error) {
	for _, f := range m.ledger.Figures {
		if f.ID == id {
			return &f, nil
		}
	}
	return nil, dossier.Errorf(dossier.ENOTFOUND, "figure %q not found", id)
}

func (m *memStore) Entities(ctx context.Context, f dossier.EntityFilter) ([]dossier.LedgerEntity, error) {
	var out []dossier.LedgerEntity
	for _, e := range m.ledger.Entities {
		if (f.Type == "" || e.Type == f.Type) && (f.Query == "" || strings.Contains(strings.ToLower(e.Name), strings.ToLower(f.Query))) {
			out = append(out, e)
		}
	}
	return out, nil
}

func (m *memStore) Entity(ctx context.Context, id string) (*dossier.LedgerEntity, error) {
	for _, e := range m.ledger.Entities {
		if e.ID == id {
			return &e, nil
		}
	}
	return nil, dossier.Errorf(dossier.ENOTFOUND, "entity %q not found", id)
}

func (m *memStore) Stories(ctx context.Context, f dossier.StoryFilter) ([]dossier.Story, error) {
	return m.ledger.Stories, nil
}

func (m *memStore) Story(ctx context.Context, id string) (*dossier.Story, error) {
	for _, s := range m.ledger.Stories {
		if s.ID == id {
			return &s, nil
		}
	}
	return nil, dossier.Errorf(dossier.ENOTFOUND, "story %q not found", id)
}

func (m *memStore) Stats(ctx context.Context) (dossier.Stats, error) {
	st := dossier.Stats{Documents: len(m.docs), Entities: len(m.ledger.Entities), Figures: len(m.ledger.Figures), Stories: len(m.ledger.Stories)}
	for _, d := range m.docs {
		st.Claims += len(d.Claims)
	}
	for _, f := range m.ledger.Figures {
		st.Flags += len(f.Flags)
	}
	return st, nil
}

func (m *memStore) Close() error { return nil }
