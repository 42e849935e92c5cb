package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"github.com/dossierhq/dossier"
)

// maxPayloadBytes bounds one HTML payload in a WARC record; bigger pages are
// reported and skipped.
const maxPayloadBytes = 16 << 20

// maxWARCFailures is how many unreadable records in a row end a file.
const maxWARCFailures = 10

// readWARC reads the HTML pages of a WARC file: response records with HTTP
// status 200 and an HTML content type (and resource records of HTML). Other
// records (requests, metadata, redirects, images) are not documents and are
// passed over. A record that cannot be read is reported with its offset
// and skipped; the reader then looks for the next record.
func readWARC(ctx context.Context, r io.Reader, name string, emit emitFunc) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(maxPayloadBytes+1<<20),
	)
	if err != nil {
		return dossier.Errorf(dossier.EINVALID, "not a readable WARC file: %v", oneLine(err))
	}
	defer wr.Close()
	failures := 0
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			return nil
		}
		if err != nil {
			rec.Close()
			// gowarc scans for the next record after a broken one; a run of
			// failures means there is nothing left to find.
			failures++
			if failures > maxWARCFailures {
				return dossier.Errorf(dossier.EINVALID, "%d unreadable WARC records in a row from offset %d; the rest of the file is skipped", failures, rec.Offset)
			}
			perr := emit(pending{Record: Record{
				Origin: fmt.Sprintf("%s#record%d", name, n),
				Format: FormatWARC,
				Err:    dossier.Errorf(dossier.EINVALID, "WARC record %d at offset %d: %s", n, rec.Offset, warcError(err)),
			}})
			if perr != nil {
				return perr
			}
			continue
		}
		failures = 0
		p, ok := warcPage(rec, name, n)
		rec.Close()
		if !ok {
			continue
		}
		if err := emit(p); err != nil {
			return err
		}
	}
}

// warcPage returns the HTML page in a record, or false when the record holds
// no page. The payload is read here (the reader is sequential); parsing is
// left to a worker.
func warcPage(rec gowarc.Record, name string, n int) (pending, bool) {
	wr := rec.WarcRecord
	if wr == nil {
		return pending{}, false
	}
	h := wr.WarcHeader()
	id := h.GetId(gowarc.WarcRecordID)
	if id == "" {
		id = fmt.Sprintf("record%d", n)
	}
	target := strings.TrimSpace(h.GetId(gowarc.WarcTargetURI))
	p := pending{Record: Record{Origin: name + "#" + id, Format: FormatWARC}}
	fail := func(format string, args ...any) (pending, bool) {
		p.Err = dossier.Errorf(dossier.EINVALID, "WARC record %d at offset %d (%s): %s", n, rec.Offset, target, fmt.Sprintf(format, args...))
		return p, true
	}

	var contentType string
	var payload io.Reader
	switch wr.Type() {
	case gowarc.Response:
		b, ok := wr.Block().(gowarc.HttpResponseBlock)
		if !ok {
			return pending{}, false // e.g. a DNS or FTP response
		}
		if b.HttpStatusCode() != 200 {
			return pending{}, false
		}
		if hh := b.HttpHeader(); hh != nil {
			contentType = hh.Get("Content-Type")
		}
		if !isHTMLType(contentType) {
			return pending{}, false
		}
		r, err := b.PayloadBytes()
		if err != nil {
			return fail("unreadable payload: %s", oneLine(err))
		}
		payload = r
	case gowarc.Resource:
		contentType = h.Get(gowarc.ContentType)
		if !isHTMLType(contentType) {
			return pending{}, false
		}
		// A resource record's block is the document itself.
		r, err := wr.Block().RawBytes()
		if err != nil {
			return fail("unreadable payload: %s", oneLine(err))
		}
		payload = r
	default:
		return pending{}, false
	}

	data, err := readAllLimit(payload, maxPayloadBytes)
	if err != nil {
		if dossier.ErrorCode(err) == dossier.EINVALID {
			return fail("HTML payload is over the %s limit", size(maxPayloadBytes))
		}
		return fail("truncated payload: %s", oneLine(err))
	}
	if cl, err := wr.ContentLength(); err == nil && cl > 0 && wr.Block().Size() > 0 && wr.Block().Size() < cl {
		return fail("truncated record: %d of %d bytes", wr.Block().Size(), cl)
	}
	if bytes.Contains(data, []byte("\nWARC-Type:")) || bytes.Contains(data, []byte("\nWARC-Record-ID:")) {
		// The record is shorter than its Content-Length says, so its block
		// ran into the next record's header.
		return fail("truncated record (its block runs into the next record)")
	}
	var date string
	if t, err := wr.Date(); err == nil {
		date = t.Format("2006-01-02")
	}
	p.parse = func() (dossier.Document, error) {
		doc, err := ParseHTML(data, contentType, target)
		if err != nil {
			return doc, dossier.Errorf(dossier.EINVALID, "WARC record %d (%s): %s", n, target, dossier.ErrorMessage(err))
		}
		if doc.URL == "" {
			doc.URL = target
		}
		if doc.Published.IsZero() && date != "" {
			// A news crawl fetches pages within hours of publication: the
			// capture date stands in for a page that states none.
			doc.Published, _ = ParseDate(date)
		}
		return doc, nil
	}
	return p, true
}

func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

func warcError(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "truncated record (the file ends inside it)"
	}
	return oneLine(err)
}
