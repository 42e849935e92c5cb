package http

import (
	"context"
	"net/http"
	"net/url"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// storyList is the body of GET /api/stories.
type storyList struct {
	Stories []export.Story `json:"stories"`
}

// storyJSON is the body of GET /api/stories/{id}: the story and the
// listings of its documents, newest first.
type storyJSON struct {
	Story     export.Story          `json:"story"`
	Documents []export.DocumentInfo `json:"documents"`
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL)
	f := dossier.StoryFilter{Query: p.str("q"), Limit: p.limit(100, 1000)}
	if err := p.done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	st, err := s.store.Stories(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := storyList{Stories: make([]export.Story, len(st))}
	for i := range st {
		out.Stories[i] = export.FromStory(&st[i])
	}
	writeJSON(w, http.StatusOK, out)
}

// storyDocuments is the most documents a story view lists.
const storyDocuments = 500

func (s *Server) loadStory(ctx context.Context, id string) (*dossier.Story, []dossier.StoredDocument, error) {
	st, err := s.store.Story(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	docs, _, err := s.store.Documents(ctx, dossier.DocumentFilter{Story: id, Limit: storyDocuments})
	if err != nil {
		return nil, nil, err
	}
	return st, docs, nil
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	if err := newParams(r.URL).done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	st, docs, err := s.loadStory(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := storyJSON{Story: export.FromStory(st), Documents: make([]export.DocumentInfo, len(docs))}
	for i := range docs {
		out.Documents[i] = export.FromStoredDocument(&docs[i])
	}
	writeJSON(w, http.StatusOK, out)
}

// storyPage is the data of /stories/{id}.
type storyPage struct {
	Story     export.Story
	Documents []export.DocumentInfo
	Claims    []export.LedgerClaim
	MoreURL   string
}

func (s *Server) pageStory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	st, docs, err := s.loadStory(r.Context(), id)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	cs, next, err := s.store.Claims(r.Context(), dossier.ClaimFilter{Story: id, Kind: dossier.CountClaim, Limit: 100})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	p := storyPage{Story: export.FromStory(st), Claims: ledgerClaims(cs)}
	for i := range docs {
		p.Documents = append(p.Documents, export.FromStoredDocument(&docs[i]))
	}
	if next != "" {
		p.MoreURL = "/claims?kind=count&story=" + url.QueryEscape(id)
	}
	s.render(w, r, http.StatusOK, "story", page{Title: p.Story.Title, Data: p})
}

// overviewPage is the data of /.
type overviewPage struct {
	Stats     dossier.Stats
	Figures   []figureCard // most recent first
	Flagged   []figureCard
	Stories   []export.Story
	Documents []export.DocumentInfo
}

func (s *Server) pageOverview(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var p overviewPage
	var err error
	if p.Stats, err = s.storeStats(ctx); err != nil {
		s.renderError(w, r, err)
		return
	}
	sum, err := s.ledgerSummary(ctx)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	p.Figures = sum.recent[:min(len(sum.recent), 12)]
	p.Flagged = sum.flagged[:min(len(sum.flagged), 8)]
	stories, err := s.store.Stories(ctx, dossier.StoryFilter{Limit: 10})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	for i := range stories {
		p.Stories = append(p.Stories, export.FromStory(&stories[i]))
	}
	docs, _, err := s.store.Documents(ctx, dossier.DocumentFilter{Limit: 10})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	for i := range docs {
		p.Documents = append(p.Documents, export.FromStoredDocument(&docs[i]))
	}
	s.render(w, r, http.StatusOK, "overview", page{Title: "Overview", Nav: "overview", Data: p})
}
