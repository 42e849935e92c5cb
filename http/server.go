// Package http serves the ledger: a JSON API under /api and a web UI
// rendered on the server with html/template (DESIGN §6). Everything it
// needs, templates, styles, scripts and the vendored chart library, is
// embedded, so the browser makes no request beyond this server.
package http

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/dossierhq/dossier"
)

// DefaultMaxBodyBytes bounds a request body (POST /api/documents).
const DefaultMaxBodyBytes = 32 << 20

// IngestFunc stores the documents read from r, a body in format ("text",
// "html", "jsonl", "feed" or "warc") named name, and says what it did. The
// command wires it to packages ingest and reconcile; the server checks the
// request, bounds the body and maps errors.
type IngestFunc func(ctx context.Context, r io.Reader, name, format string) (*IngestSummary, error)

// Options configure a Server. The zero value serves read-only, without a
// token.
type Options struct {
	// Token, when set, is required as "Authorization: Bearer TOKEN" by every
	// write endpoint.
	Token string
	// Ingest handles POST /api/documents; nil answers it with ECONFLICT
	// ("this server does not ingest").
	Ingest IngestFunc
	// MaxBodyBytes bounds request bodies; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// Logger receives one line per failed request; nil discards.
	Logger *slog.Logger
	// CacheTTL is how long ledger summaries (overview, contradictions,
	// store counts) are reused; 0 means DefaultCacheTTL, negative never
	// reuses them.
	CacheTTL time.Duration
}

// Server is the HTTP API and web UI over one Store.
type Server struct {
	store   dossier.Store
	opts    Options
	mux     *http.ServeMux
	routes  []route
	metrics *metrics
	pages   *pages
	handler http.Handler

	stats   memo[dossier.Stats]
	summary memo[*ledgerSummary]

	http *http.Server
	ln   net.Listener
	done chan error
}

// route is one ServeMux pattern and its handler.
type route struct {
	pattern string
	handle  http.HandlerFunc
}

// NewServer returns a server over store. It fails only when the embedded
// templates do not parse.
func NewServer(store dossier.Store, opts Options) (*Server, error) {
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.CacheTTL == 0 {
		opts.CacheTTL = DefaultCacheTTL
	}
	s := &Server{store: store, opts: opts, mux: http.NewServeMux(), metrics: newMetrics()}
	s.stats.ttl, s.summary.ttl = opts.CacheTTL, opts.CacheTTL
	var err error
	if s.pages, err = newPages(); err != nil {
		return nil, err
	}
	s.routes = s.routeTable()
	for _, r := range s.routes {
		s.mux.Handle(r.pattern, s.metrics.instrument(r.pattern, r.handle))
	}
	// Anything unrouted: a JSON 404 under /api, an HTML one elsewhere.
	s.mux.Handle("/", s.metrics.instrument("other", s.notFound))
	s.handler = securityHeaders(s.mux)
	return s, nil
}

// routeTable lists every route the server answers; the OpenAPI test checks
// it against /api/openapi.json.
func (s *Server) routeTable() []route {
	return []route{
		{"GET /api/documents", s.apiDocuments},
		{"GET /api/documents/{id}", s.apiDocument},
		{"POST /api/documents", s.apiIngest},
		{"GET /api/claims", s.apiClaims},
		{"GET /api/figures", s.apiFigures},
		{"GET /api/figures/{id}", s.apiFigure},
		{"GET /api/entities", s.apiEntities},
		{"GET /api/entities/{id}", s.apiEntity},
		{"GET /api/stories", s.apiStories},
		{"GET /api/stories/{id}", s.apiStory},
		{"GET /api/search", s.apiSearch},
		{"GET /api/openapi.json", s.apiOpenAPI},
		{"GET /healthz", s.healthz},
		{"GET /metrics", s.serveMetrics},

		{"GET /{$}", s.pageOverview},
		{"GET /documents", s.pageDocuments},
		{"GET /documents/{id}", s.pageDocument},
		{"GET /claims", s.pageClaims},
		{"GET /figures/{id}", s.pageFigure},
		{"GET /entities/{id}", s.pageEntity},
		{"GET /stories/{id}", s.pageStory},
		{"GET /contradictions", s.pageContradictions},
		{"GET /assets/", s.serveAssets},
	}
}

// Routes returns the ServeMux patterns the server answers.
func (s *Server) Routes() []string {
	out := make([]string, len(s.routes))
	for i, r := range s.routes {
		out[i] = r.pattern
	}
	return out
}

// Handler returns the server's handler, for tests and for embedding.
func (s *Server) Handler() http.Handler { return s.handler }

// Open listens on addr ("127.0.0.1:8080"; port 0 picks a free port) and
// serves in the background until Close.
func (s *Server) Open(addr string) error {
	if s.ln != nil {
		return dossier.Errorf(dossier.ECONFLICT, "server already open on %s", s.ln.Addr())
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	s.ln = ln
	s.http = &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       60 * time.Second, // an ingest body may be large
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.opts.Logger.Handler(), slog.LevelWarn),
	}
	s.done = make(chan error, 1)
	go func() { s.done <- s.http.Serve(ln) }()
	return nil
}

// Addr returns the address the server listens on ("127.0.0.1:43127"), or ""
// before Open.
func (s *Server) Addr() string {
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// URL returns the server's base URL, "http://ADDR".
func (s *Server) URL() string { return "http://" + s.Addr() }

// Close stops accepting requests and waits up to ten seconds for those in
// flight. It does not close the store.
func (s *Server) Close() error {
	if s.http == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := s.http.Shutdown(ctx)
	if serr := <-s.done; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	s.http, s.ln = nil, nil
	return err
}

// contentSecurityPolicy allows this server's own scripts, styles and images
// only: no inline script, no other origin, no framing.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}
