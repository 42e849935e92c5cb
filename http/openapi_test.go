package http

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"
)

type openAPI struct {
	Paths      map[string]map[string]operation `json:"paths"`
	Components struct {
		Schemas map[string]*schema `json:"schemas"`
	} `json:"components"`
}

type operation struct {
	Parameters []struct {
		Name, In string
		Required bool
		Schema   *schema
	} `json:"parameters"`
	Responses map[string]struct {
		Content map[string]struct {
			Schema *schema `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

type schema struct {
	Ref                  string             `json:"$ref"`
	Type                 any                `json:"type"` // a name or a list of names
	Properties           map[string]*schema `json:"properties"`
	Required             []string           `json:"required"`
	Items                *schema            `json:"items"`
	AnyOf                []*schema          `json:"anyOf"`
	Enum                 []any              `json:"enum"`
	Format               string             `json:"format"`
	AdditionalProperties *bool              `json:"additionalProperties"`
}

func loadOpenAPI(t *testing.T) *openAPI {
	t.Helper()
	s, _, _ := newTestServer(t, Options{})
	res, body := do(t, s.Handler(), "GET", "/api/openapi.json", nil)
	if res.StatusCode != 200 {
		t.Fatalf("GET /api/openapi.json = %d", res.StatusCode)
	}
	var doc openAPI
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return &doc
}

// documentedPath turns a ServeMux pattern into its OpenAPI path:
// "GET /{$}" → "/", "GET /assets/" → "/assets/{path}".
func documentedPath(pattern string) (method, path string) {
	method, path, _ = strings.Cut(pattern, " ")
	path = strings.TrimSuffix(path, "{$}")
	if strings.HasSuffix(path, "/") && path != "/" {
		path += "{path}"
	}
	return strings.ToLower(method), path
}

// TestOpenAPIMatchesRoutes checks every route is documented and every
// documented operation is routed.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	doc := loadOpenAPI(t)
	s, _, _ := newTestServer(t, Options{})
	routed := map[string]bool{}
	for _, p := range s.Routes() {
		method, path := documentedPath(p)
		routed[method+" "+path] = true
		if _, ok := doc.Paths[path][method]; !ok {
			t.Errorf("route %q is not in openapi.json (as %s %s)", p, method, path)
		}
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			if !routed[method+" "+path] {
				t.Errorf("openapi.json documents %s %s, which no route serves", method, path)
			}
		}
	}
}

// TestOpenAPIParameters checks the query parameters each GET API route
// reads are the ones documented: a documented one is accepted, and the list
// a route gives for an unknown one is the documented list.
func TestOpenAPIParameters(t *testing.T) {
	doc := loadOpenAPI(t)
	s, _, fx := newTestServer(t, Options{})
	ids := map[string]string{"/api/documents/{id}": "harbor-0304", "/api/figures/{id}": fx.deaths,
		"/api/entities/{id}": fx.entity, "/api/stories/{id}": fx.storyID}
	for path, ops := range doc.Paths {
		op, ok := ops["get"]
		if !ok || !strings.HasPrefix(path, "/api/") || path == "/api/openapi.json" {
			continue
		}
		target := path
		if id, ok := ids[path]; ok {
			target = strings.Replace(path, "{id}", url.PathEscape(id), 1)
		}
		var documented []string
		q := url.Values{}
		for _, p := range op.Parameters {
			if p.In != "query" {
				continue
			}
			documented = append(documented, p.Name)
			q.Set(p.Name, sampleValue(p.Schema))
		}
		q.Del("after") // a cursor must come from the server
		res, body := do(t, s.Handler(), "GET", target+"?"+q.Encode(), nil)
		if res.StatusCode != 200 {
			t.Errorf("GET %s?%s (every documented parameter) = %d %s", target, q.Encode(), res.StatusCode, body)
		}
		res, body = do(t, s.Handler(), "GET", target+"?zz-unknown=1", nil)
		var e apiError
		json.Unmarshal(body, &e)
		_, list, _ := strings.Cut(e.Error.Message, "(known: ")
		list = strings.TrimSuffix(list, ")")
		var accepted []string
		if list != "" {
			accepted = strings.Split(list, ", ")
		}
		sort.Strings(accepted)
		sort.Strings(documented)
		if res.StatusCode != 400 || !slices.Equal(accepted, documented) {
			t.Errorf("GET %s reads parameters %v, openapi.json documents %v", path, accepted, documented)
		}
	}
}

func sampleValue(s *schema) string {
	if s == nil {
		return "x"
	}
	if len(s.Enum) > 0 {
		return fmt.Sprint(s.Enum[0])
	}
	switch s.Type {
	case "integer":
		return "5"
	case "boolean":
		return "true"
	}
	if s.Format == "date" {
		return "2025-03-05"
	}
	return "x"
}

// TestOpenAPIResponses checks live responses of every GET API route against
// their documented schema: every field documented, every required field
// present, every type right.
func TestOpenAPIResponses(t *testing.T) {
	doc := loadOpenAPI(t)
	s, _, fx := newTestServer(t, Options{})
	for _, target := range []string{
		"/api/documents", "/api/documents/island-0306", "/api/claims?limit=500", "/api/figures", "/api/figures/" + fx.deaths,
		"/api/entities", "/api/entities/" + fx.entity, "/api/stories", "/api/stories/" + fx.storyID,
		"/api/search?q=typhoon", "/healthz", "/api/claims?kind=wrong", "/api/figures/none",
	} {
		res, body := do(t, s.Handler(), "GET", target, nil)
		u, _ := url.Parse(target)
		path := u.Path
		if _, ok := doc.Paths[path]; !ok {
			path = path[:strings.LastIndex(path, "/")] + "/{id}"
		}
		resp, ok := doc.Paths[path]["get"].Responses[fmt.Sprint(res.StatusCode)]
		if !ok {
			t.Errorf("GET %s = %d, not a documented status of %s", target, res.StatusCode, path)
			continue
		}
		sch := resp.Content["application/json"].Schema
		var v any
		if err := json.Unmarshal(body, &v); err != nil || sch == nil {
			t.Errorf("GET %s: %v, schema %v", target, err, sch)
			continue
		}
		for _, problem := range doc.check(sch, v, "$") {
			t.Errorf("GET %s: %s", target, problem)
		}
	}
}

// TestOpenAPIIngestResponse checks the body of a successful POST
// /api/documents against its schema.
func TestOpenAPIIngestResponse(t *testing.T) {
	doc := loadOpenAPI(t)
	ingest := func(ctx context.Context, r io.Reader, name, format string) (*IngestSummary, error) {
		return &IngestSummary{Records: 2, Stored: 1, Skipped: []IngestSkip{{Origin: name + ":2", Code: "invalid", Message: "empty text"}}}, nil
	}
	s, _, _ := newTestServer(t, Options{Ingest: ingest})
	res, body := do(t, s.Handler(), "POST", "/api/documents", strings.NewReader("{}\n{}\n"), "Content-Type", "application/jsonl")
	var v any
	if err := json.Unmarshal(body, &v); err != nil || res.StatusCode != 200 {
		t.Fatalf("POST /api/documents = %d %s", res.StatusCode, body)
	}
	sch := doc.Paths["/api/documents"]["post"].Responses["200"].Content["application/json"].Schema
	for _, problem := range doc.check(sch, v, "$") {
		t.Errorf("POST /api/documents: %s", problem)
	}
}

// check validates v against s and returns the problems found.
func (d *openAPI) check(s *schema, v any, at string) []string {
	if s.Ref != "" {
		return d.check(d.Components.Schemas[strings.TrimPrefix(s.Ref, "#/components/schemas/")], v, at)
	}
	if len(s.AnyOf) > 0 {
		var all []string
		for _, alt := range s.AnyOf {
			p := d.check(alt, v, at)
			if len(p) == 0 {
				return nil
			}
			all = append(all, p...)
		}
		return []string{fmt.Sprintf("%s matches no alternative: %v", at, all)}
	}
	var types []string
	switch tt := s.Type.(type) {
	case string:
		types = []string{tt}
	case []any:
		for _, x := range tt {
			types = append(types, fmt.Sprint(x))
		}
	}
	got := jsonType(v)
	if len(types) > 0 && !slices.Contains(types, got) && !(got == "integer" && slices.Contains(types, "number")) {
		return []string{fmt.Sprintf("%s is %s, documented as %v", at, got, types)}
	}
	if len(s.Enum) > 0 && !slices.Contains(s.Enum, v) {
		return []string{fmt.Sprintf("%s = %v, not in the documented enum %v", at, v, s.Enum)}
	}
	var out []string
	switch x := v.(type) {
	case map[string]any:
		if s.AdditionalProperties != nil && *s.AdditionalProperties {
			return nil
		}
		for k, fv := range x {
			ps, ok := s.Properties[k]
			if !ok {
				out = append(out, fmt.Sprintf("%s.%s is not documented", at, k))
				continue
			}
			out = append(out, d.check(ps, fv, at+"."+k)...)
		}
		for _, r := range s.Required {
			if _, ok := x[r]; !ok {
				out = append(out, fmt.Sprintf("%s.%s is required but missing", at, r))
			}
		}
	case []any:
		if s.Items != nil {
			for i, e := range x {
				out = append(out, d.check(s.Items, e, fmt.Sprintf("%s[%d]", at, i))...)
			}
		}
	}
	return out
}

func jsonType(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64:
		if x == float64(int64(x)) {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "unknown"
}
