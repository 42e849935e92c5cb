package http

import (
	"net/http"
	"time"

	"github.com/dossierhq/dossier"
)

// searchHit is one document matching GET /api/search.
type searchHit struct {
	Document  string  `json:"document"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet,omitempty"`
	Published string  `json:"published,omitempty"`
	Snippet   string  `json:"snippet"` // matches between « and »
	Rank      float64 `json:"rank"`
}

type searchResult struct {
	Hits []searchHit `json:"hits"`
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL)
	q := dossier.SearchQuery{Text: p.str("q"), Limit: p.limit(20, 200)}
	err := p.done()
	if err == nil && q.Text == "" {
		err = dossier.Errorf(dossier.EINVALID, "parameter q is required: the words to search for")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	hits, err := s.store.Search(r.Context(), q)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := searchResult{Hits: make([]searchHit, len(hits))}
	for i, h := range hits {
		out.Hits[i] = searchHit{Document: h.Document, Title: h.Title, Outlet: h.Outlet, Snippet: h.Snippet, Rank: h.Rank}
		if !h.Published.IsZero() {
			out.Hits[i].Published = h.Published.Format(time.DateOnly)
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// healthz answers GET /healthz: the process is up and the store answers a
// cheap query.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if _, _, err := s.store.Documents(r.Context(), dossier.DocumentFilter{Limit: 1}); err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
