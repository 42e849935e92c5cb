package http

import "net/http"

// apiOpenAPI serves the OpenAPI 3.1 description of every route
// (assets/openapi.json; a test checks it against the route table and the
// response shapes).
func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	b, err := assetFS.ReadFile("assets/openapi.json")
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(b)
}
