package http

import (
	"net/http"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// claimList is the body of GET /api/claims.
type claimList struct {
	Claims []export.LedgerClaim `json:"claims"`
	Next   string               `json:"next"` // cursor of the next page, "" at the end
}

func ledgerClaims(cs []dossier.LedgerClaim) []export.LedgerClaim {
	out := make([]export.LedgerClaim, len(cs))
	for i := range cs {
		out[i] = export.FromLedgerClaim(&cs[i])
	}
	return out
}

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL)
	f := claimFilter(p, 500)
	if err := p.done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	cs, next, err := s.store.Claims(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, claimList{Claims: ledgerClaims(cs), Next: next})
}

// claimsPage is the data of /claims.
type claimsPage struct {
	Filter                       dossier.ClaimFilter
	Kinds, Measures, Certainties []string
	Claims                       []export.LedgerClaim
	NextURL, FirstURL            string
	Error                        string
	Filtered                     bool
}

func (s *Server) pageClaims(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL)
	f := claimFilter(p, 500)
	data := claimsPage{Filter: f, Kinds: claimKinds, Measures: measures, Certainties: certainties}
	if err := p.done(); err != nil {
		data.Error = dossier.ErrorMessage(err)
		s.render(w, r, http.StatusBadRequest, "claims", page{Title: "Claims", Nav: "claims", Query: f.Query, Data: data})
		return
	}
	cs, next, err := s.store.Claims(r.Context(), f)
	if err != nil {
		if dossier.ErrorCode(err) != dossier.EINVALID {
			s.renderError(w, r, err)
			return
		}
		data.Error = dossier.ErrorMessage(err)
	}
	data.Claims = ledgerClaims(cs)
	q := r.URL.Query()
	q.Del("after")
	data.Filtered = len(q) > 0
	data.FirstURL = "/claims?" + q.Encode()
	if next != "" {
		q.Set("after", next)
		data.NextURL = "/claims?" + q.Encode()
	}
	if f.After == "" {
		data.FirstURL = ""
	}
	s.render(w, r, http.StatusOK, "claims", page{Title: "Claims", Nav: "claims", Query: f.Query, Data: data})
}
