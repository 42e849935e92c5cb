package http

import (
	"context"
	"net/http"
	"net/url"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// entityList is the body of GET /api/entities.
type entityList struct {
	Entities []export.LedgerEntity `json:"entities"`
}

// entityJSON is the body of GET /api/entities/{id}: the entity, the claims
// it is a source of, and the claims that count or place it.
type entityJSON struct {
	Entity export.LedgerEntity  `json:"entity"`
	Said   []export.LedgerClaim `json:"said"`
	About  []export.LedgerClaim `json:"about"`
	// Next continues the claims at GET /api/claims?entity=ID&after=NEXT.
	Next string `json:"next"`
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL)
	f := dossier.EntityFilter{
		Type:  dossier.EntityType(p.oneOf("type", entityTypes)),
		Query: p.str("q"),
		Limit: p.limit(100, 1000),
	}
	if err := p.done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	es, err := s.store.Entities(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := entityList{Entities: make([]export.LedgerEntity, len(es))}
	for i := range es {
		out.Entities[i] = export.FromLedgerEntity(&es[i])
	}
	writeJSON(w, http.StatusOK, out)
}

// entityClaims is an entity with its claims split by role.
type entityClaims struct {
	entity      *dossier.LedgerEntity
	said, about []dossier.LedgerClaim
	next        string
}

// loadEntity reads an entity and up to limit of its claims.
func (s *Server) loadEntity(ctx context.Context, id, after string, limit int) (*entityClaims, error) {
	e, err := s.store.Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	cs, next, err := s.store.Claims(ctx, dossier.ClaimFilter{Entity: id, After: after, Limit: limit})
	if err != nil {
		return nil, err
	}
	out := &entityClaims{entity: e, next: next}
	for _, c := range cs {
		if saidBy(&c, id) {
			out.said = append(out.said, c)
		} else {
			out.about = append(out.about, c)
		}
	}
	return out, nil
}

// saidBy reports whether entity id is in c's source chain.
func saidBy(c *dossier.LedgerClaim, id string) bool {
	for _, src := range c.Text.Sources {
		if src.Entity == id {
			return true
		}
	}
	return false
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL)
	after := p.str("after")
	limit := p.limit(50, 500)
	if err := p.done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	ec, err := s.loadEntity(r.Context(), r.PathValue("id"), after, limit)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, entityJSON{
		Entity: export.FromLedgerEntity(ec.entity),
		Said:   ledgerClaims(ec.said),
		About:  ledgerClaims(ec.about),
		Next:   ec.next,
	})
}

// entityPage is the data of /entities/{id}.
type entityPage struct {
	Entity      export.LedgerEntity
	Said, About []export.LedgerClaim
	MoreURL     string
}

func (s *Server) pageEntity(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	ec, err := s.loadEntity(r.Context(), id, "", 50)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	p := entityPage{Entity: export.FromLedgerEntity(ec.entity), Said: ledgerClaims(ec.said), About: ledgerClaims(ec.about)}
	if ec.next != "" {
		p.MoreURL = "/claims?entity=" + url.QueryEscape(id)
	}
	s.render(w, r, http.StatusOK, "entity", page{Title: p.Entity.Name, Data: p})
}
