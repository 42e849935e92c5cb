package ingest

import (
	"context"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierhq/dossier"
)

// maxFileBytes bounds what one text or HTML file may hold. Longer inputs are
// dumps, not articles; the extractor's own limit applies to the text after.
const maxFileBytes = 32 << 20

// readText reads a plain-text file as one document. The text is the file's
// content byte for byte (after a UTF-8 byte-order mark, which is encoding,
// not text); the title is its first line when that line reads like a
// headline.
func readText(ctx context.Context, r io.Reader, name string, emit emitFunc) error {
	data, err := readAllLimit(r, maxFileBytes)
	if err != nil {
		return emit(pending{Record: Record{Origin: name, Format: FormatText, Err: err}})
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	doc := dossier.Document{Text: text, Title: headline(text)}
	return emit(pending{Record: Record{Document: doc, Origin: name, Format: FormatText}})
}

// headline returns the first line of text when it looks like a title: short,
// followed by a blank line or by a longer paragraph, and not ending like a
// sentence; else "".
func headline(text string) string {
	text = strings.TrimLeft(text, " \t\r\n")
	nl := strings.IndexByte(text, '\n')
	if nl < 0 {
		return ""
	}
	line := strings.TrimSpace(text[:nl])
	rest := text[nl+1:]
	n := utf8.RuneCountInString(line)
	if n < 3 || n > 200 || !utf8.ValidString(line) {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '\'' {
		return ""
	}
	switch line[len(line)-1] {
	case '.', ',', ';', ':':
		// A headline may end in "?" or "!" or a quote, rarely in a full stop.
		return ""
	}
	next := strings.TrimLeft(rest, " \t\r")
	if !strings.HasPrefix(next, "\n") {
		// No blank line: the next line must be a longer paragraph.
		end := strings.IndexByte(next, '\n')
		if end < 0 {
			end = len(next)
		}
		if utf8.RuneCountInString(next[:end]) <= n {
			return ""
		}
	}
	return line
}
