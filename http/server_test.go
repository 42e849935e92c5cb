package http

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// newTestServer serves a memStore filled with the test articles.
func newTestServer(t *testing.T, opts Options) (*Server, *memStore, *fixture) {
	t.Helper()
	st := &memStore{}
	fx := fillStore(t, st)
	s, err := NewServer(st, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s, st, fx
}

// do runs one request against h and returns the status and body.
func do(t *testing.T, h http.Handler, method, target string, body io.Reader, header ...string) (*http.Response, []byte) {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

// getJSON runs GET target, checks the status, and decodes the body into v.
func getJSON(t *testing.T, h http.Handler, target string, wantStatus int, v any) {
	t.Helper()
	res, body := do(t, h, "GET", target, nil)
	if res.StatusCode != wantStatus {
		t.Fatalf("GET %s = %d %s, want %d", target, res.StatusCode, body, wantStatus)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q, want application/json", target, ct)
	}
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %v in %s", target, err, body)
		}
	}
}

type apiError struct {
	Error struct{ Code, Message string }
}

func TestAPIErrors(t *testing.T) {
	s, _, _ := newTestServer(t, Options{})
	for _, tc := range []struct {
		method, target string
		status         int
		code, message  string
	}{
		{"GET", "/api/documents/no-such-doc", 404, "not_found", "no-such-doc"},
		{"GET", "/api/figures/no-such-figure", 404, "not_found", "no-such-figure"},
		{"GET", "/api/entities/nobody", 404, "not_found", "nobody"},
		{"GET", "/api/stories/nothing", 404, "not_found", "nothing"},
		{"GET", "/api/claims?kind=rumour", 400, "invalid", "kind"},
		{"GET", "/api/claims?measure=deaths&measure=injured", 400, "invalid", "measure"},
		{"GET", "/api/claims?limit=0", 400, "invalid", "limit"},
		{"GET", "/api/claims?limit=100000", 400, "invalid", "limit"},
		{"GET", "/api/claims?from=2025-13-01", 400, "invalid", "from"},
		{"GET", "/api/claims?mesure=deaths", 400, "invalid", "mesure"},
		{"GET", "/api/claims?after=not-a-cursor", 400, "invalid", "cursor"},
		{"GET", "/api/figures?flagged=maybe", 400, "invalid", "flagged"},
		{"GET", "/api/entities?type=PEOPLE", 400, "invalid", "type"},
		{"GET", "/api/search", 400, "invalid", "q"},
		{"GET", "/api/nothing-here", 404, "not_found", "/api/nothing-here"},
		{"DELETE", "/api/claims", 405, "method_not_allowed", "DELETE"},
		{"POST", "/api/documents", 501, "not_implemented", "ingest"},
	} {
		res, body := do(t, s.Handler(), tc.method, tc.target, strings.NewReader("x"), "Content-Type", "text/plain")
		var e apiError
		if err := json.Unmarshal(body, &e); err != nil {
			t.Errorf("%s %s: body %q is not a JSON error: %v", tc.method, tc.target, body, err)
			continue
		}
		if res.StatusCode != tc.status || e.Error.Code != tc.code || !strings.Contains(e.Error.Message, tc.message) {
			t.Errorf("%s %s = %d %s %q, want %d %s mentioning %q", tc.method, tc.target, res.StatusCode, e.Error.Code,
				e.Error.Message, tc.status, tc.code, tc.message)
		}
	}
}

// TestErrorTable checks every code of the table maps to its status and an
// unknown error is a 500 that hides its text.
func TestErrorTable(t *testing.T) {
	for code, status := range statusOf {
		if got, gotCode := errorStatus(dossier.Errorf(code, "x")); got != status || gotCode != code {
			t.Errorf("errorStatus(%s) = %d %s, want %d %s", code, got, gotCode, status, code)
		}
	}
	s, _, _ := newTestServer(t, Options{})
	rec := httptest.NewRecorder()
	s.writeError(rec, httptest.NewRequest("GET", "/", nil), io.ErrUnexpectedEOF)
	if rec.Code != 500 || strings.Contains(rec.Body.String(), "unexpected EOF") {
		t.Errorf("writeError(io.ErrUnexpectedEOF) = %d %s, want 500 without the error text", rec.Code, rec.Body)
	}
}

func TestClaimFiltersReachTheStore(t *testing.T) {
	s, st, _ := newTestServer(t, Options{})
	getJSON(t, s.Handler(), "/api/claims?kind=count&measure=deaths&certainty=reported&entity=e1&source=council&about=people"+
		"&document=d1&story=s1&figure=f1&from=2025-03-01&to=2025-03-31&q=toll&limit=7", 200, nil)
	want := dossier.ClaimFilter{Kind: "count", Measure: "deaths", Certainty: "reported", Entity: "e1", Source: "council",
		About: "people", Document: "d1", Story: "s1", Figure: "f1", From: "2025-03-01", To: "2025-03-31", Query: "toll", Limit: 7}
	if st.lastClaims != want {
		t.Errorf("GET /api/claims?… gave the store %+v, want %+v", st.lastClaims, want)
	}
}

func TestClaimsPagination(t *testing.T) {
	s, _, _ := newTestServer(t, Options{})
	var all claimList
	getJSON(t, s.Handler(), "/api/claims?limit=500", 200, &all)
	if len(all.Claims) < 5 || all.Next != "" {
		t.Fatalf("GET /api/claims?limit=500 = %d claims, next %q; want all (≥5) and no next", len(all.Claims), all.Next)
	}
	var paged []string
	target := "/api/claims?limit=2"
	for pages := 0; target != ""; pages++ {
		if pages > len(all.Claims) {
			t.Fatal("pagination does not end")
		}
		var p claimList
		getJSON(t, s.Handler(), target, 200, &p)
		if len(p.Claims) > 2 {
			t.Fatalf("GET %s = %d claims, want ≤ 2", target, len(p.Claims))
		}
		for _, c := range p.Claims {
			paged = append(paged, c.Document+"/"+c.ID)
		}
		target = ""
		if p.Next != "" {
			target = "/api/claims?limit=2&after=" + p.Next
		}
	}
	var want []string
	for _, c := range all.Claims {
		want = append(want, c.Document+"/"+c.ID)
	}
	if !slices.Equal(paged, want) {
		t.Errorf("claims page by page = %v, want %v", paged, want)
	}

	var deaths claimList
	getJSON(t, s.Handler(), "/api/claims?measure=deaths", 200, &deaths)
	if len(deaths.Claims) == 0 {
		t.Fatal("GET /api/claims?measure=deaths = no claims")
	}
	for _, c := range deaths.Claims {
		if c.Measure != "deaths" || c.Kind != "count" || c.Value == nil {
			t.Errorf("GET /api/claims?measure=deaths gave %+v", c)
		}
	}
}

func TestDocumentsAPI(t *testing.T) {
	s, _, fx := newTestServer(t, Options{})
	var list documentList
	getJSON(t, s.Handler(), "/api/documents?limit=2", 200, &list)
	if got := []string{list.Documents[0].ID, list.Documents[1].ID}; !slices.Equal(got, []string{"wire-0307", "island-0306"}) || list.Next == "" {
		t.Errorf("GET /api/documents?limit=2 = %v next %q, want newest first and a next cursor", got, list.Next)
	}
	var rest documentList
	getJSON(t, s.Handler(), "/api/documents?limit=2&after="+list.Next, 200, &rest)
	if len(rest.Documents) != 1 || rest.Documents[0].ID != "harbor-0304" || rest.Next != "" {
		t.Errorf("second page = %+v, want harbor-0304 and the end", rest)
	}

	// The document with curly quotes: offsets are code points into text.
	var doc struct {
		ID       string
		Text     string
		Entities []struct {
			Start, End int
			Text, Type string
		}
		Quotes []struct {
			Start, End int
			Text       string
		}
		Claims []json.RawMessage
		Meta   struct{ Hash, Story string }
	}
	getJSON(t, s.Handler(), "/api/documents/island-0306", 200, &doc)
	an := fx.docs["island-0306"]
	if doc.Text != an.Document.Text || len(doc.Entities) != len(an.Entities) || len(doc.Claims) != len(an.Claims) {
		t.Fatalf("GET /api/documents/island-0306: text, %d entities, %d claims; want the stored text, %d, %d",
			len(doc.Entities), len(doc.Claims), len(an.Entities), len(an.Claims))
	}
	runes := []rune(doc.Text)
	for _, e := range doc.Entities {
		if got := string(runes[e.Start:e.End]); got != e.Text {
			t.Errorf("entity [%d,%d) = %q in the text, want %q", e.Start, e.End, got, e.Text)
		}
	}
	if len(doc.Quotes) == 0 {
		t.Fatal("no quote in island-0306")
	}
	for _, q := range doc.Quotes {
		if got := string(runes[q.Start:q.End]); got != q.Text || !strings.Contains(got, "“") {
			t.Errorf("quote [%d,%d) = %q in the text, want %q with its curly quotes", q.Start, q.End, got, q.Text)
		}
	}
	if doc.Meta.Hash == "" || doc.Meta.Story != fx.storyID {
		t.Errorf("meta = %+v, want a hash and story %s", doc.Meta, fx.storyID)
	}
}

func TestLedgerAPI(t *testing.T) {
	s, _, fx := newTestServer(t, Options{})
	h := s.Handler()

	var figs struct{ Figures []struct{ ID string } }
	getJSON(t, h, "/api/figures?flagged=true", 200, &figs)
	for _, f := range figs.Figures {
		if f.ID != fx.deaths {
			t.Errorf("GET /api/figures?flagged=true lists %s, want only the falling toll %s", f.ID, fx.deaths)
		}
	}
	var fig struct {
		ID     string
		Points []struct {
			When     string
			Low      float64
			Document string
			Sources  []struct{ Role, Text string }
		}
		Flags []struct {
			Kind   string
			Points []int
		}
	}
	getJSON(t, h, "/api/figures/"+fx.deaths, 200, &fig)
	want := fx.ledger.Figures[slices.IndexFunc(fx.ledger.Figures, func(f dossier.Figure) bool { return f.ID == fx.deaths })]
	if len(fig.Points) != len(want.Points) || len(fig.Flags) != len(want.Flags) {
		t.Fatalf("GET /api/figures/%s = %d points %d flags, want %d %d", fx.deaths, len(fig.Points), len(fig.Flags), len(want.Points), len(want.Flags))
	}
	for i, p := range fig.Points {
		if p.Low != want.Points[i].Low || p.Document != want.Points[i].Document || p.When != want.Points[i].When {
			t.Errorf("point %d = %+v, want %+v", i, p, want.Points[i])
		}
	}

	var ent entityJSON
	getJSON(t, h, "/api/entities/"+fx.entity, 200, &ent)
	if ent.Entity.ID != fx.entity || fx.speaks && len(ent.Said) == 0 {
		t.Errorf("GET /api/entities/%s = %s with %d said, want claims said by it", fx.entity, ent.Entity.ID, len(ent.Said))
	}
	for _, c := range ent.Said {
		if !slices.ContainsFunc(c.Sources, func(s export.SourceText) bool {
			return s.Entity != nil && *s.Entity == fx.entity
		}) {
			t.Errorf("said claim %s/%s has no source %s: %+v", c.Document, c.ID, fx.entity, c.Sources)
		}
	}

	var ents entityList
	getJSON(t, h, "/api/entities?type=PERSON", 200, &ents)
	for _, e := range ents.Entities {
		if e.Type != "PERSON" {
			t.Errorf("GET /api/entities?type=PERSON lists %s of type %s", e.ID, e.Type)
		}
	}

	var story storyJSON
	getJSON(t, h, "/api/stories/"+fx.storyID, 200, &story)
	if len(story.Documents) != 3 || story.Story.ID != fx.storyID {
		t.Errorf("GET /api/stories/%s = %s with %d documents, want 3", fx.storyID, story.Story.ID, len(story.Documents))
	}
	var stories storyList
	getJSON(t, h, "/api/stories", 200, &stories)
	if len(stories.Stories) != 1 {
		t.Errorf("GET /api/stories = %d stories, want 1", len(stories.Stories))
	}

	var hits searchResult
	getJSON(t, h, "/api/search?q=Leyte", 200, &hits)
	if len(hits.Hits) != 2 {
		t.Errorf("GET /api/search?q=Leyte = %d hits, want 2", len(hits.Hits))
	}
}

func TestIngestAuth(t *testing.T) {
	var got struct{ body, name, format string }
	ingest := func(ctx context.Context, r io.Reader, name, format string) (*IngestSummary, error) {
		b, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		got.body, got.name, got.format = string(b), name, format
		if len(b) == 0 {
			return nil, dossier.Errorf(dossier.EINVALID, "empty body")
		}
		return &IngestSummary{Records: 1, Stored: 1, Skipped: []IngestSkip{}}, nil
	}
	s, _, _ := newTestServer(t, Options{Token: "s3cret", Ingest: ingest, MaxBodyBytes: 1000})
	h := s.Handler()
	for _, tc := range []struct {
		name   string
		header []string
		body   string
		status int
		format string
	}{
		{"no token", []string{"Content-Type", "text/plain"}, "Some text.", 401, ""},
		{"wrong token", []string{"Content-Type", "text/plain", "Authorization", "Bearer guess"}, "Some text.", 401, ""},
		{"basic auth", []string{"Content-Type", "text/plain", "Authorization", "Basic czNjcmV0"}, "Some text.", 401, ""},
		{"text", []string{"Content-Type", "text/plain; charset=utf-8", "Authorization", "Bearer s3cret"}, "Some text.", 200, "text"},
		{"html", []string{"Content-Type", "text/html", "Authorization", "Bearer s3cret"}, "<p>Hi</p>", 200, "html"},
		{"jsonl", []string{"Content-Type", "application/x-ndjson", "Authorization", "Bearer s3cret"}, `{"text":"a"}`, 200, "jsonl"},
		{"pdf", []string{"Content-Type", "application/pdf", "Authorization", "Bearer s3cret"}, "%PDF", 415, ""},
		{"empty", []string{"Content-Type", "text/plain", "Authorization", "Bearer s3cret"}, "", 400, "text"},
		{"too large", []string{"Content-Type", "text/plain", "Authorization", "Bearer s3cret"}, strings.Repeat("a", 1001), 413, ""},
	} {
		got.format = ""
		res, body := do(t, h, "POST", "/api/documents?name=upload.txt", strings.NewReader(tc.body), tc.header...)
		if res.StatusCode != tc.status || got.format != tc.format {
			t.Errorf("%s: POST /api/documents = %d %s (ingest saw format %q), want %d (%q)", tc.name, res.StatusCode, body, got.format, tc.status, tc.format)
		}
		if tc.status == 401 && res.Header.Get("WWW-Authenticate") == "" {
			t.Errorf("%s: 401 without WWW-Authenticate", tc.name)
		}
		if tc.status == 200 && (got.body != tc.body || got.name != "upload.txt") {
			t.Errorf("%s: ingest got %q named %q, want %q named upload.txt", tc.name, got.body, got.name, tc.body)
		}
	}
}

func TestSecurityHeadersAndMetrics(t *testing.T) {
	s, _, fx := newTestServer(t, Options{})
	h := s.Handler()
	for _, target := range []string{"/", "/api/claims", "/documents/harbor-0304", "/figures/" + fx.deaths, "/assets/app.css", "/nowhere"} {
		res, _ := do(t, h, "GET", target, nil)
		for _, hdr := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} {
			if res.Header.Get(hdr) == "" {
				t.Errorf("GET %s: no %s header", target, hdr)
			}
		}
		if csp := res.Header.Get("Content-Security-Policy"); strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q is not strict", target, csp)
		}
	}
	res, body := do(t, h, "GET", "/healthz", nil)
	if res.StatusCode != 200 || !strings.Contains(string(body), `"ok"`) {
		t.Errorf("GET /healthz = %d %s", res.StatusCode, body)
	}
	do(t, h, "GET", "/api/claims?kind=nonsense", nil)
	res, body = do(t, h, "GET", "/metrics", nil)
	m := string(body)
	for _, want := range []string{
		`dossier_http_requests_total{route="GET /api/claims",code="200"} 1`,
		`dossier_http_requests_total{route="GET /api/claims",code="400"} 1`,
		`dossier_http_requests_total{route="other",code="404"} 1`,
		`dossier_http_request_duration_seconds_count{route="GET /healthz"} 1`,
		`dossier_http_request_duration_seconds_bucket{route="GET /api/claims",le="+Inf"} 2`,
		`dossier_store_items{kind="documents"} 3`,
		"# TYPE dossier_http_request_duration_seconds histogram",
	} {
		if !strings.Contains(m, want) {
			t.Errorf("GET /metrics lacks %q:\n%s", want, m)
		}
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("GET /metrics Content-Type = %q", ct)
	}
}

func TestOpenAndClose(t *testing.T) {
	s, _, _ := newTestServer(t, Options{})
	if err := s.Open("127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(s.Addr(), "127.0.0.1:") || strings.HasSuffix(s.Addr(), ":0") {
		t.Fatalf("Addr() = %q, want 127.0.0.1 and a real port", s.Addr())
	}
	base := s.URL()
	res, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("GET %s/healthz = %d", s.URL(), res.StatusCode)
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close() = %v", err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("the server still answers after Close")
	}
}
