package http

import (
	"context"
	"net/http"
	"slices"
	"strings"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// figureList is the body of GET /api/figures.
type figureList struct {
	Figures []export.Figure `json:"figures"`
}

func figureFilter(p *params) dossier.FigureFilter {
	return dossier.FigureFilter{
		Measure: dossier.Measure(p.oneOf("measure", measures)),
		About:   p.str("about"),
		Entity:  p.str("entity"),
		Flagged: p.boolean("flagged"),
		Limit:   p.limit(20, 200),
	}
}

func (s *Server) apiFigures(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL)
	f := figureFilter(p)
	if err := p.done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	figs, err := s.store.Figures(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := figureList{Figures: make([]export.Figure, len(figs))}
	for i := range figs {
		out.Figures[i] = export.FromFigure(&figs[i])
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiFigure(w http.ResponseWriter, r *http.Request) {
	if err := newParams(r.URL).done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	f, err := s.store.Figure(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, export.FromFigure(f))
}

// figurePage is the data of /figures/{id}.
type figurePage struct {
	Figure export.Figure
	Chart  chartData
	Points []figureRow
}

// figureRow is one point in the table under the chart.
type figureRow struct {
	export.FigurePoint
	Number  int   // 1-based, as flags cite them
	Flagged []int // numbers of the flags naming the point
}

func (s *Server) pageFigure(w http.ResponseWriter, r *http.Request) {
	f, err := s.store.Figure(r.Context(), r.PathValue("id"))
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	j := export.FromFigure(f)
	names := s.entityNames(r.Context(), f)
	p := figurePage{Figure: j, Chart: figureChart(j, names)}
	for i, pt := range j.Points {
		row := figureRow{FigurePoint: pt, Number: i + 1}
		for fi, fl := range j.Flags {
			if slices.Contains(fl.Points, i) {
				row.Flagged = append(row.Flagged, fi+1)
			}
		}
		p.Points = append(p.Points, row)
	}
	s.render(w, r, http.StatusOK, "figure", page{Title: figureTitle(j), Data: p})
}

// entityNames looks up the names of the ledger entities among f's sources.
// A lookup that fails leaves that source as written.
func (s *Server) entityNames(ctx context.Context, f *dossier.Figure) map[string]string {
	names := map[string]string{}
	for _, p := range f.Points {
		for _, src := range p.Sources {
			if _, done := names[src.Entity]; src.Entity == "" || done {
				continue
			}
			names[src.Entity] = ""
			if e, err := s.store.Entity(ctx, src.Entity); err == nil {
				names[src.Entity] = e.Name
			}
		}
	}
	return names
}

func figureTitle(f export.Figure) string {
	t := f.Measure + " · " + f.Counted
	if f.Scope != "" {
		t += " · " + f.Scope
	}
	return t
}

// sortNewest orders figures by their latest date, newest first.
func sortNewest(figs []figureCard) {
	slices.SortStableFunc(figs, func(a, b figureCard) int {
		return strings.Compare(b.Latest.When, a.Latest.When)
	})
}

// contradictionsPage is the data of /contradictions.
type contradictionsPage struct {
	Figures []figureCard
}

func (s *Server) pageContradictions(w http.ResponseWriter, r *http.Request) {
	sum, err := s.ledgerSummary(r.Context())
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "contradictions", page{Title: "Contradictions", Nav: "contradictions", Data: contradictionsPage{sum.flagged}})
}
