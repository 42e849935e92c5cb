package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/dossierhq/dossier"
)

// Input formats. Record.Format is one of these, except that feed items are
// "rss", "atom" or "json" (the feed's own kind).
const (
	FormatText  = "text"
	FormatHTML  = "html"
	FormatFeed  = "feed"
	FormatWARC  = "warc"
	FormatJSONL = "jsonl"
)

// Formats lists the formats Read accepts ("" detects).
var Formats = []string{FormatText, FormatHTML, FormatFeed, FormatWARC, FormatJSONL}

// Record is one document read from an input, or why it could not be read.
type Record struct {
	Document dossier.Document
	// Origin names where the record came from, for the ledger and for error
	// reports: the file path for a text or HTML file, "path#item3" for a
	// feed item, "path:12" for a JSONL line, "path#<WARC-Record-ID>" for a
	// WARC record.
	Origin string
	Format string
	// Err says why the record could not be read (it names no origin: the
	// caller prints Origin beside it). Document is then incomplete.
	Err error
}

// pending is a record whose parsing is left to an ingest worker: HTML pages
// from files and WARC records are read by one goroutine and parsed by many.
type pending struct {
	Record
	parse func() (dossier.Document, error)
}

// resolve runs the deferred parse, if any, and returns the finished record.
func (p *pending) resolve() Record {
	if p.parse != nil && p.Err == nil {
		p.Document, p.Err = safeParse(p.parse)
		p.parse = nil
	}
	return p.Record
}

// safeParse runs a parse, turning a panic in a third-party parser into this
// record's error so that the rest of the batch goes on.
func safeParse(parse func() (dossier.Document, error)) (doc dossier.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = dossier.Errorf(dossier.EINTERNAL, "the parser failed on this input: %v", r)
		}
	}()
	return parse()
}

type emitFunc func(pending) error

// Read reads the records of one input. name is used in origins and error
// messages ("-" or "" reads as "stdin"); format is one of Formats, or "" to
// detect it from name's extension and then from the content. A gzip
// stream is decompressed transparently.
//
// fn is called for each record in input order, including records that
// could not be read (Record.Err set); an error from fn stops Read and is
// returned. Read's own error means the input as a whole could not be read
// (for instance an unreadable gzip header); records already passed to fn
// stand.
func Read(ctx context.Context, r io.Reader, name, format string, fn func(Record) error) error {
	return readInput(ctx, r, name, format, func(p pending) error { return fn(p.resolve()) })
}

// readInput detects the format of r and runs its reader. A panic in a
// third-party parser ends this input with an error, not the process.
func readInput(ctx context.Context, r io.Reader, name, format string, emit emitFunc) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = dossier.Errorf(dossier.EINTERNAL, "the %s reader failed on this input: %v", format, p)
		}
	}()
	if name == "" || name == "-" {
		name = "stdin"
	}
	if format != "" && !validFormat(format) {
		return dossier.Errorf(dossier.EINVALID, "unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(sniffLen)
	base := name
	if isGzip(head) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return dossier.Errorf(dossier.EINVALID, "not a readable gzip stream: %v", err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
		head, _ = br.Peek(sniffLen)
		base = strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".GZ")
	}
	if format == "" {
		format = formatByExtension(base)
	}
	if format == "" {
		format = sniff(head)
	}
	n := 0
	counted := func(p pending) error { n++; return emit(p) }
	switch format {
	case FormatText:
		err = readText(ctx, br, name, counted)
	case FormatHTML:
		err = readHTMLFile(ctx, br, name, counted)
	case FormatFeed:
		err = readFeed(ctx, br, name, counted)
	case FormatWARC:
		err = readWARC(ctx, br, name, counted)
	case FormatJSONL:
		err = readJSONL(ctx, br, name, counted)
	default:
		err = dossier.Errorf(dossier.EINTERNAL, "no reader for format %q", format)
	}
	if err == nil && n == 0 {
		// An input with nothing in it is worth a line in the report: a
		// feed without items, a crawl without HTML pages, an empty file.
		what := map[string]string{FormatFeed: "no items in the feed", FormatWARC: "no HTML pages in the WARC file",
			FormatJSONL: "no records in the JSONL file"}[format]
		return emit(pending{Record: Record{Origin: name, Format: format, Err: dossier.Errorf(dossier.EINVALID, "%s", what)}})
	}
	return err
}

func validFormat(f string) bool {
	for _, v := range Formats {
		if f == v {
			return true
		}
	}
	return false
}

const sniffLen = 4096

func isGzip(head []byte) bool { return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b }

// formatByExtension maps a file name to a format, or "" when the extension
// does not settle it (.xml, .json, no extension).
func formatByExtension(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md":
		return FormatText
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".rss", ".atom":
		return FormatFeed
	case ".warc":
		return FormatWARC
	case ".jsonl", ".ndjson":
		return FormatJSONL
	}
	return ""
}

// sniff guesses the format from the first bytes of the content.
func sniff(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("WARC/")):
		return FormatWARC
	case bytes.HasPrefix(head, []byte("{")):
		if bytes.Contains(head, []byte("jsonfeed.org/version")) {
			return FormatFeed
		}
		return FormatJSONL
	case bytes.HasPrefix(head, []byte("<")):
		switch firstElement(head) {
		case "rss", "feed", "rdf:rdf":
			return FormatFeed
		case "":
			if bytes.Contains(bytes.ToLower(head), []byte("<!doctype html")) {
				return FormatHTML
			}
			return FormatText
		}
		return FormatHTML
	}
	return FormatText
}

// firstElement returns the lower-case name of the first element in an XML
// or HTML head, skipping declarations, processing instructions and comments;
// "" when there is none, or "html" for an HTML doctype.
func firstElement(head []byte) string {
	for len(head) > 0 {
		head = bytes.TrimLeft(head, " \t\r\n")
		switch {
		case bytes.HasPrefix(head, []byte("<!--")):
			i := bytes.Index(head, []byte("-->"))
			if i < 0 {
				return ""
			}
			head = head[i+3:]
		case bytes.HasPrefix(head, []byte("<?")), bytes.HasPrefix(head, []byte("<!")):
			if len(head) >= 9 && bytes.EqualFold(head[2:9], []byte("doctype")) {
				if bytes.Contains(bytes.ToLower(head[:min(len(head), 20)]), []byte("html")) {
					return "html"
				}
			}
			i := bytes.IndexByte(head, '>')
			if i < 0 {
				return ""
			}
			head = head[i+1:]
		case bytes.HasPrefix(head, []byte("<")):
			end := 1
			for end < len(head) && !isSpace(head[end]) && head[end] != '>' && head[end] != '/' {
				end++
			}
			return strings.ToLower(string(head[1:end]))
		default:
			return ""
		}
	}
	return ""
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// readAllLimit reads r to the end, or fails when it holds more than max bytes.
func readAllLimit(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, dossier.Errorf(dossier.EINVALID, "input is over the %s limit", size(max))
	}
	return data, nil
}

func size(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}
