package http

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets
var assetFS embed.FS

// pages holds one parsed template set per page, each with the layout.
type pages struct {
	byName map[string]*template.Template
	assets http.Handler
}

var pageNames = []string{"overview", "documents", "document", "claims", "figure", "entity", "story", "contradictions", "error"}

func newPages() (*pages, error) {
	p := &pages{byName: map[string]*template.Template{}}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(templateFuncs).ParseFS(templateFS, "templates/layout.html", "templates/claimtable.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("http: parse template %s: %w", name, err)
		}
		p.byName[name] = t
	}
	sub, err := fs.Sub(assetFS, "assets")
	if err != nil {
		return nil, err
	}
	p.assets = http.StripPrefix("/assets/", http.FileServer(http.FS(sub)))
	return p, nil
}

// page is what the layout needs besides the page's own data.
type page struct {
	Title string
	Nav   string // the active navigation entry
	Query string // the search box's text
	Data  any
}

// render executes page name into a buffer first, so a template error is a
// clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var buf bytes.Buffer
	if err := s.pages.byName[name].Execute(&buf, p); err != nil {
		s.opts.Logger.Error("render page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// renderError shows err as an HTML page with the status of the error table.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, err error) {
	status, code := errorStatus(err)
	msg := dossier.ErrorMessage(err)
	if code == dossier.EINTERNAL {
		s.opts.Logger.Error("page failed", "path", r.URL.Path, "err", err)
		msg = "internal error"
	}
	s.render(w, r, status, "error", page{Title: http.StatusText(status), Data: errorDetail{Code: code, Message: msg}})
}

// notFound answers every unrouted request: JSON under /api, HTML
// elsewhere, and 405 when the path exists for another method.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	err := error(dossier.Errorf(dossier.ENOTFOUND, "no page at %s", r.URL.Path))
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method {
			continue
		}
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "" && pattern != "/" {
			w.Header().Set("Allow", m)
			err = dossier.Errorf(eMethodNotAllowed, "%s %s is not allowed (try %s)", r.Method, r.URL.Path, m)
			break
		}
	}
	if strings.HasPrefix(r.URL.Path, "/api/") || r.Method != http.MethodGet {
		s.writeError(w, r, err)
		return
	}
	s.renderError(w, r, err)
}

func (s *Server) serveAssets(w http.ResponseWriter, r *http.Request) {
	// Embedded files never change while the binary runs.
	w.Header().Set("Cache-Control", "public, max-age=3600")
	s.pages.assets.ServeHTTP(w, r)
}

var templateFuncs = template.FuncMap{
	"number": number,
	"count":  func(n int) string { return number(float64(n)) },
	"value": func(low, high float64, bound string) string {
		return valueLabel(low, high, dossier.Bound(bound))
	},
	"sources":    sourcesLabel,
	"pathEscape": url.PathEscape,
	"date": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.DateOnly)
	},
	"join": strings.Join,
	"deref": func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	},
	"add": func(a, b int) int { return a + b },
}

// sourcesLabel writes a source chain: "South Korean lawmakers, citing NIS".
func sourcesLabel(ss []export.SourceText) string {
	if len(ss) == 0 {
		return "unattributed"
	}
	var b strings.Builder
	for i, s := range ss {
		name := s.Text
		if s.Name != "" {
			name = s.Name
		}
		switch {
		case i == 0:
		case s.Role == string(dossier.Cited):
			b.WriteString(", citing ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(name)
	}
	return b.String()
}
