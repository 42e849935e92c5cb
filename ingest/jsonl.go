package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/extract"
)

// maxLineBytes bounds one JSONL line: the extractor's text limit with room
// for JSON escapes and the other fields.
const maxLineBytes = 2*extract.DefaultMaxBytes + 4096

// jsonlRecord is one line of a JSONL input, the fields of
// `dossier extract --jsonl`.
type jsonlRecord struct {
	ID        string  `json:"id"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
	Outlet    string  `json:"outlet"`
	Text      *string `json:"text"`
}

// readJSONL reads one document per line. A bad line becomes a record with
// Err (origin "name:LINE"); blank lines are ignored.
func readJSONL(ctx context.Context, r io.Reader, name string, emit emitFunc) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	var line []byte
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		line, err = ReadLine(br, line[:0], maxLineBytes)
		if err != nil && err != io.EOF && err != ErrLongLine {
			return fmt.Errorf("line %d: %w", n, err)
		}
		origin := fmt.Sprintf("%s:%d", name, n)
		switch {
		case err == ErrLongLine:
			rec := Record{Origin: origin, Format: FormatJSONL,
				Err: dossier.Errorf(dossier.EINVALID, "line longer than %s", size(maxLineBytes))}
			if e := emit(pending{Record: rec}); e != nil {
				return e
			}
		case len(bytes.TrimSpace(line)) > 0:
			doc, rerr := ParseJSONLine(line)
			rec := Record{Document: doc, Origin: origin, Format: FormatJSONL, Err: rerr}
			if e := emit(pending{Record: rec}); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// ParseJSONLine reads one JSONL record (see Read) into a document. Its
// errors are EINVALID and name the problem; the document holds what was
// read (its id, at least) even then.
func ParseJSONLine(line []byte) (dossier.Document, error) {
	if !utf8.Valid(line) {
		// encoding/json would silently turn bad bytes into U+FFFD.
		return dossier.Document{}, dossier.Errorf(dossier.EINVALID, "invalid UTF-8 at byte %d of the line", invalidAt(line))
	}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return dossier.Document{}, dossier.Errorf(dossier.EINVALID, "malformed JSON: %v", err)
	}
	doc := dossier.Document{ID: rec.ID, URL: rec.URL, Title: rec.Title, Outlet: rec.Outlet}
	if rec.Text == nil {
		return doc, dossier.Errorf(dossier.EINVALID, `no "text" field`)
	}
	doc.Text = *rec.Text
	if rec.Published != nil && *rec.Published != "" {
		t, err := ParseDate(*rec.Published)
		if err != nil {
			return doc, dossier.Errorf(dossier.EINVALID, "published: %v", err)
		}
		doc.Published = t
	}
	return doc, nil
}

// ErrLongLine reports a line longer than ReadLine's limit.
var ErrLongLine = fmt.Errorf("line too long")

// ReadLine reads one line into buf, without its line ending. A line longer
// than max is consumed and reported as ErrLongLine, so a reader of JSONL can
// name it and go on with the next line; memory stays bounded by max.
func ReadLine(r *bufio.Reader, buf []byte, max int) ([]byte, error) {
	long := false
	for {
		frag, err := r.ReadSlice('\n')
		if !long {
			buf = append(buf, frag...)
			if len(buf) > max {
				long, buf = true, buf[:0]
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if long {
			return buf[:0], ErrLongLine
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

func invalidAt(b []byte) int {
	off := 0
	for off < len(b) {
		r, n := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	return off
}
