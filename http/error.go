package http

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/dossierhq/dossier"
)

// Codes of errors that only HTTP has, beside the domain codes of the root
// package.
const (
	eTooLarge         = "too_large"
	eMethodNotAllowed = "method_not_allowed"
	eUnsupportedMedia = "unsupported_media_type"
	eNotImplemented   = "not_implemented"
)

// statusOf is the one table from error codes to HTTP status.
var statusOf = map[string]int{
	dossier.EINVALID:      http.StatusBadRequest,
	dossier.ENOTFOUND:     http.StatusNotFound,
	dossier.ECONFLICT:     http.StatusConflict,
	dossier.EUNAUTHORIZED: http.StatusUnauthorized,
	dossier.EINTERNAL:     http.StatusInternalServerError,
	eTooLarge:             http.StatusRequestEntityTooLarge,
	eMethodNotAllowed:     http.StatusMethodNotAllowed,
	eUnsupportedMedia:     http.StatusUnsupportedMediaType,
	eNotImplemented:       http.StatusNotImplemented,
}

// errorStatus returns the HTTP status and code for err. A body over the
// limit is too_large whatever wraps it.
func errorStatus(err error) (int, string) {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return http.StatusRequestEntityTooLarge, eTooLarge
	}
	code := dossier.ErrorCode(err)
	if st, ok := statusOf[code]; ok {
		return st, code
	}
	return http.StatusInternalServerError, dossier.EINTERNAL
}

// errorBody is the JSON form of every API error.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// writeError answers with err as {"error":{"code","message"}}. Internal
// errors are logged in full and shown to the client as "internal error".
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status, code := errorStatus(err)
	msg := dossier.ErrorMessage(err)
	switch {
	case code == eTooLarge:
		msg = "request body is too large"
	case code == dossier.EINTERNAL:
		s.opts.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = "internal error"
	}
	if code == dossier.EUNAUTHORIZED {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dossier"`)
	}
	writeJSON(w, status, errorBody{errorDetail{Code: code, Message: msg}})
}

// writeJSON answers with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":{"code":"internal","message":"internal error"}}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}
