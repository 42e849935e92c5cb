package http

import (
	"bufio"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dossierhq/dossier"
)

// durationBuckets are the upper bounds, in seconds, of the request duration
// histogram: fine below the 50 ms API target, coarse above.
var durationBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10}

// metrics counts requests by route and status and times them by route, for
// GET /metrics in the Prometheus text format.
type metrics struct {
	mu     sync.Mutex
	counts map[routeCode]uint64
	timing map[string]*histogram
}

type routeCode struct {
	route string
	code  int
}

type histogram struct {
	buckets []uint64 // cumulative counts are computed when written
	sum     float64
	count   uint64
}

func newMetrics() *metrics {
	return &metrics{counts: map[routeCode]uint64{}, timing: map[string]*histogram{}}
}

func (m *metrics) observe(route string, code int, d time.Duration) {
	sec := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.counts[routeCode{route, code}]++
	h := m.timing[route]
	if h == nil {
		h = &histogram{buckets: make([]uint64, len(durationBuckets))}
		m.timing[route] = h
	}
	for i, le := range durationBuckets {
		if sec <= le {
			h.buckets[i]++
			break
		}
	}
	h.sum += sec
	h.count++
}

// statusRecorder remembers the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// instrument wraps h to count and time its requests under route, and to turn
// a panic into a 500 rather than a dropped connection.
func (m *metrics) instrument(route string, h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				if rec.status == 0 {
					writeJSON(rec, http.StatusInternalServerError, errorBody{errorDetail{Code: dossier.EINTERNAL, Message: "internal error"}})
				}
			}
			if rec.status == 0 {
				rec.status = http.StatusOK
			}
			m.observe(route, rec.status, time.Since(start))
		}()
		h(rec, r)
	})
}

// write prints the metrics in the Prometheus text exposition format.
func (m *metrics) write(w *bufio.Writer) {
	m.mu.Lock()
	keys := make([]routeCode, 0, len(m.counts))
	for k := range m.counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b routeCode) int {
		if c := strings.Compare(a.route, b.route); c != 0 {
			return c
		}
		return a.code - b.code
	})
	fmt.Fprintln(w, "# HELP dossier_http_requests_total HTTP requests by route and status code.")
	fmt.Fprintln(w, "# TYPE dossier_http_requests_total counter")
	for _, k := range keys {
		fmt.Fprintf(w, "dossier_http_requests_total{route=%s,code=\"%d\"} %d\n", label(k.route), k.code, m.counts[k])
	}
	routes := make([]string, 0, len(m.timing))
	for r := range m.timing {
		routes = append(routes, r)
	}
	slices.Sort(routes)
	fmt.Fprintln(w, "# HELP dossier_http_request_duration_seconds Time to answer an HTTP request, by route.")
	fmt.Fprintln(w, "# TYPE dossier_http_request_duration_seconds histogram")
	for _, r := range routes {
		h := m.timing[r]
		cum := uint64(0)
		for i, le := range durationBuckets {
			cum += h.buckets[i]
			fmt.Fprintf(w, "dossier_http_request_duration_seconds_bucket{route=%s,le=\"%s\"} %d\n", label(r), strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		fmt.Fprintf(w, "dossier_http_request_duration_seconds_bucket{route=%s,le=\"+Inf\"} %d\n", label(r), h.count)
		fmt.Fprintf(w, "dossier_http_request_duration_seconds_sum{route=%s} %g\n", label(r), h.sum)
		fmt.Fprintf(w, "dossier_http_request_duration_seconds_count{route=%s} %d\n", label(r), h.count)
	}
	m.mu.Unlock()
}

// label quotes a Prometheus label value.
func label(v string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(v) + `"`
}

// serveMetrics answers GET /metrics: request metrics, then what the store
// holds.
func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	s.metrics.write(bw)
	st, err := s.storeStats(r.Context())
	up := 1
	if err != nil {
		up = 0
		s.opts.Logger.Error("metrics: store stats", "err", err)
	}
	fmt.Fprintln(bw, "# HELP dossier_store_up Whether the store answered the stats query.")
	fmt.Fprintln(bw, "# TYPE dossier_store_up gauge")
	fmt.Fprintf(bw, "dossier_store_up %d\n", up)
	if err != nil {
		return
	}
	fmt.Fprintln(bw, "# HELP dossier_store_items What the ledger holds, by kind.")
	fmt.Fprintln(bw, "# TYPE dossier_store_items gauge")
	for _, kv := range []struct {
		kind string
		n    int
	}{
		{"documents", st.Documents}, {"duplicates", st.Duplicates}, {"claims", st.Claims},
		{"count_claims", st.CountClaims}, {"entities", st.Entities}, {"figures", st.Figures},
		{"flags", st.Flags}, {"stories", st.Stories},
	} {
		fmt.Fprintf(bw, "dossier_store_items{kind=%q} %d\n", kv.kind, kv.n)
	}
}
