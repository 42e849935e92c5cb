package http

import (
	"crypto/subtle"
	"html/template"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// documentList is the body of GET /api/documents.
type documentList struct {
	Documents []export.DocumentInfo `json:"documents"`
	Next      string                `json:"next"` // cursor of the next page, "" at the end
}

// documentJSON is the body of GET /api/documents/{id}: the document
// contract of DESIGN §4 (code-point offsets, from package export), the text
// those offsets point into, and what the ledger records about it.
type documentJSON struct {
	*export.Document
	Text string              `json:"text"`
	Meta export.DocumentInfo `json:"meta"`
}

func documentFilter(p *params) dossier.DocumentFilter {
	return dossier.DocumentFilter{
		Outlet: p.str("outlet"),
		Story:  p.str("story"),
		From:   p.date("from"),
		To:     p.date("to"),
		After:  p.str("after"),
		Limit:  p.limit(50, 500),
	}
}

func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL)
	f := documentFilter(p)
	if err := p.done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	docs, next, err := s.store.Documents(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := documentList{Documents: make([]export.DocumentInfo, len(docs)), Next: next}
	for i := range docs {
		out.Documents[i] = export.FromStoredDocument(&docs[i])
	}
	writeJSON(w, http.StatusOK, out)
}

func toDocumentJSON(d *dossier.StoredDocument) documentJSON {
	return documentJSON{Document: export.FromAnalysis(&d.Analysis), Text: d.Analysis.Document.Text, Meta: export.FromStoredDocument(d)}
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	if err := newParams(r.URL).done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	d, err := s.store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, toDocumentJSON(d))
}

// ingestFormats maps request media types to ingest formats.
var ingestFormats = map[string]string{
	"text/plain":              "text",
	"text/markdown":           "text",
	"text/html":               "html",
	"application/xhtml+xml":   "html",
	"application/jsonl":       "jsonl",
	"application/x-ndjson":    "jsonl",
	"application/jsonlines":   "jsonl",
	"application/x-jsonlines": "jsonl",
	"application/rss+xml":     "feed",
	"application/atom+xml":    "feed",
	"application/feed+json":   "feed",
	"application/warc":        "warc",
}

// IngestSummary is the body of a successful POST /api/documents.
type IngestSummary struct {
	Records    int          `json:"records"`    // records read: stored + unchanged + skipped
	Stored     int          `json:"stored"`     // new documents
	Unchanged  int          `json:"unchanged"`  // already in the ledger (same text)
	Duplicates int          `json:"duplicates"` // stored documents linked as copies of earlier ones
	Claims     int          `json:"claims"`     // claims of the stored documents
	Skipped    []IngestSkip `json:"skipped"`
	Reconciled bool         `json:"reconciled"` // entities, figures and stories were rebuilt
	ElapsedMS  int64        `json:"elapsed_ms"`
}

// IngestSkip is a record that was not stored, and why.
type IngestSkip struct {
	Origin  string `json:"origin"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// apiIngest answers POST /api/documents: the body is one text or HTML
// article, or JSONL records, by Content-Type.
func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	if err := s.authorize(r); err != nil {
		s.writeError(w, r, err)
		return
	}
	p := newParams(r.URL)
	name := p.str("name")
	if err := p.done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	if s.opts.Ingest == nil {
		s.writeError(w, r, dossier.Errorf(eNotImplemented, "this server does not ingest"))
		return
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	format, ok := ingestFormats[mt]
	if err != nil || !ok {
		s.writeError(w, r, dossier.Errorf(eUnsupportedMedia, "Content-Type %q: want text/plain, text/html, application/jsonl, application/rss+xml, application/atom+xml or application/warc", r.Header.Get("Content-Type")))
		return
	}
	if name == "" {
		name = "POST /api/documents"
	}
	body := http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
	summary, err := s.opts.Ingest(r.Context(), body, name, format)
	s.stats.reset()
	s.summary.reset()
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, summary)
}

// authorize checks the bearer token of a write request, when one is
// configured.
func (s *Server) authorize(r *http.Request) error {
	if s.opts.Token == "" {
		return nil
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.opts.Token)) != 1 {
		return dossier.Errorf(dossier.EUNAUTHORIZED, "this endpoint needs the header Authorization: Bearer TOKEN (the server's --token)")
	}
	return nil
}

// documentPage is the data of /documents/{id}.
type documentPage struct {
	Doc    export.DocumentInfo
	Text   template.HTML
	Claims []documentClaim
	Layers []layerCount
}

// documentClaim is a claim in the list beside the text, with the
// code-point spans its button highlights ("start-end", space-separated).
type documentClaim struct {
	export.Claim
	SourceLabel                           string
	EvidenceSpan, NumberSpan, CountedSpan string
	CueSpan, SourceSpans, ContentSpan     string
}

// layerCount is one entry of the layer legend.
type layerCount struct {
	Class, Name string
	Count       int
}

func spanAttr(sp *export.Span) string {
	if sp == nil || sp.End <= sp.Start {
		return ""
	}
	return strconv.Itoa(sp.Start) + "-" + strconv.Itoa(sp.End)
}

func (s *Server) pageDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	j := export.FromAnalysis(&d.Analysis)
	p := documentPage{
		Doc:  export.FromStoredDocument(d),
		Text: highlight(d.Analysis.Document.Text, documentMarks(&d.Analysis)),
		Layers: []layerCount{
			{"ent", "entities", len(j.Entities)}, {"tmx", "times", len(j.Times)},
			{"qty", "quantities", len(j.Quantities)}, {"quote", "quotes", len(j.Quotes)},
			{"attr", "attributions", len(j.Attributions)},
		},
	}
	for _, c := range j.Claims {
		dc := documentClaim{Claim: c, EvidenceSpan: spanAttr(&c.Evidence), NumberSpan: spanAttr(c.Number),
			CountedSpan: spanAttr(c.Counted), CueSpan: spanAttr(c.Cue), ContentSpan: spanAttr(c.Content)}
		var names, spans []string
		for _, src := range c.Sources {
			name := src.Text
			if src.Resolved != "" {
				name = src.Resolved
			}
			if src.Role == string(dossier.Cited) {
				name = "citing " + name
			}
			names = append(names, name)
			if sp := spanAttr(&src.Span); sp != "" {
				spans = append(spans, sp)
			}
		}
		dc.SourceLabel = strings.Join(names, ", ")
		if dc.SourceLabel == "" {
			dc.SourceLabel = "unattributed"
		}
		dc.SourceSpans = strings.Join(spans, " ")
		p.Claims = append(p.Claims, dc)
	}
	title := p.Doc.Title
	if title == "" {
		title = p.Doc.ID
	}
	s.render(w, r, http.StatusOK, "document", page{Title: title, Data: p})
}

// documentsPage is the data of /documents.
type documentsPage struct {
	Filter            dossier.DocumentFilter
	Documents         []export.DocumentInfo
	NextURL, FirstURL string
	Error             string
}

func (s *Server) pageDocuments(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL)
	f := documentFilter(p)
	data := documentsPage{Filter: f}
	status := http.StatusOK
	err := p.done()
	var docs []dossier.StoredDocument
	var next string
	if err == nil {
		docs, next, err = s.store.Documents(r.Context(), f)
	}
	if err != nil {
		if dossier.ErrorCode(err) != dossier.EINVALID {
			s.renderError(w, r, err)
			return
		}
		data.Error, status = dossier.ErrorMessage(err), http.StatusBadRequest
	}
	for i := range docs {
		data.Documents = append(data.Documents, export.FromStoredDocument(&docs[i]))
	}
	q := r.URL.Query()
	q.Del("after")
	if f.After != "" {
		data.FirstURL = "/documents?" + q.Encode()
	}
	if next != "" {
		q.Set("after", next)
		data.NextURL = "/documents?" + q.Encode()
	}
	s.render(w, r, status, "documents", page{Title: "Documents", Nav: "documents", Data: data})
}
