package http

import (
	"context"
	"sync"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// DefaultCacheTTL is how long the overview's and the contradictions page's
// ledger summaries and the store counts are fresh. They read many figures,
// which costs seconds on a large ledger, and the ledger changes only when
// it is rebuilt; a POST ingest through this server clears them at once.
const DefaultCacheTTL = 10 * time.Second

// memo holds one value. A fresh value is returned as is; a stale one is
// returned too while one background computation replaces it, so a page
// never waits on a slow summary once it has been computed. The first
// computation, or the one after a reset, runs in the caller, and callers
// arriving meanwhile wait for it rather than start their own.
type memo[T any] struct {
	mu         sync.Mutex
	ttl        time.Duration
	at         time.Time
	val        T
	have       bool
	refreshing bool
	gen        int // bumped by reset, so a refresh begun before it is dropped
}

func (m *memo[T]) get(ctx context.Context, compute func(context.Context) (T, error)) (T, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.have && m.ttl >= 0 {
		if time.Since(m.at) >= m.ttl && !m.refreshing {
			m.refreshing = true
			go m.refresh(m.gen, compute)
		}
		return m.val, nil
	}
	v, err := compute(ctx)
	if err != nil || m.ttl < 0 {
		return v, err
	}
	m.val, m.at, m.have = v, time.Now(), true
	return v, nil
}

func (m *memo[T]) refresh(gen int, compute func(context.Context) (T, error)) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	v, err := compute(ctx)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.refreshing = false
	if err == nil && gen == m.gen {
		m.val, m.at = v, time.Now()
	}
}

// reset forgets the value: the next get computes it anew.
func (m *memo[T]) reset() {
	m.mu.Lock()
	m.have = false
	m.gen++
	m.mu.Unlock()
}

// figureCard is a figure in a list: everything but its points.
type figureCard struct {
	export.Figure
	PointCount int
}

func cardOf(f *dossier.Figure) figureCard {
	points := f.Points
	f.Points = nil // FromFigure copies no point it is not given
	c := figureCard{Figure: export.FromFigure(f), PointCount: len(points)}
	f.Points = points
	return c
}

// ledgerSummary is what the overview and the contradictions page show of
// the figures.
type ledgerSummary struct {
	recent  []figureCard // newest latest date first
	flagged []figureCard // every flagged figure, newest first
}

// recentFigures is how many figures the overview reads to pick the most
// recent: the store lists them in reconciliation order, not by date.
const recentFigures = 500

func (s *Server) ledgerSummary(ctx context.Context) (*ledgerSummary, error) {
	return s.summary.get(ctx, func(ctx context.Context) (*ledgerSummary, error) {
		var out ledgerSummary
		figs, err := s.store.Figures(ctx, dossier.FigureFilter{Limit: recentFigures})
		if err != nil {
			return nil, err
		}
		for i := range figs {
			out.recent = append(out.recent, cardOf(&figs[i]))
		}
		if figs, err = s.store.Figures(ctx, dossier.FigureFilter{Flagged: true}); err != nil {
			return nil, err
		}
		for i := range figs {
			out.flagged = append(out.flagged, cardOf(&figs[i]))
		}
		sortNewest(out.recent)
		sortNewest(out.flagged)
		return &out, nil
	})
}

// storeStats returns the store's counts, reused for the cache's TTL.
func (s *Server) storeStats(ctx context.Context) (dossier.Stats, error) {
	return s.stats.get(ctx, s.store.Stats)
}
