package ingest

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// The fuzz targets check that no input makes a reader panic or return a
// document with text that is empty or not UTF-8 without an error.

func checkFuzzRecords(t *testing.T, format string, data []byte) int {
	n := 0
	err := Read(context.Background(), bytes.NewReader(data), "fuzz", format, func(r Record) error {
		n++
		if r.Origin == "" {
			t.Errorf("record %d has no origin", n)
		}
		if r.Err == nil && strings.TrimSpace(r.Document.Text) == "" && format != FormatText && format != FormatJSONL {
			t.Errorf("record %d (%s): empty text without an error", n, r.Origin)
		}
		if r.Err == nil && format == FormatHTML && !utf8.ValidString(r.Document.Text) {
			t.Errorf("record %d (%s): HTML text is not UTF-8", n, r.Origin)
		}
		return nil
	})
	if err != nil && !strings.Contains(err.Error(), "gzip") {
		t.Errorf("Read(%s) = %v", format, err)
	}
	return n
}

func FuzzParseHTML(f *testing.F) {
	f.Add([]byte(`<html><head><meta property="article:published_time" content="2025-01-02"><script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script></head><body><p>Text.</p></body></html>`))
	f.Add([]byte(`<time datetime="2024-1">x</time><p>a<b>b</p>`))
	f.Add([]byte("<meta charset=koi8-r><p>\xc1\xc2</p>"))
	f.Add([]byte(`<script type="application/ld+json">[{"@graph":[{"@type":["Article"],"publisher":[{"name":1}]}]}]</script>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFuzzRecords(t, FormatHTML, data)
	})
}

func FuzzReadFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><title>T</title><item><title>I</title><description>&lt;p&gt;D&lt;/p&gt;</description><pubDate>Mon, 13 Jan 2025 07:00:00 GMT</pubDate></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">&lt;b&gt;x</content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"content_html":"<p>x</p>"}]}`))
	f.Add([]byte(`<rss><channel><item>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFuzzRecords(t, FormatFeed, data)
	})
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x","published":"2025-01-02"}` + "\n" + `{"id":` + "\n\n" + `{"text":"\ud800"}`))
	f.Add([]byte("{\"text\":\"a\xff\"}\r\n{}"))
	f.Add([]byte(`[1,2]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := checkFuzzRecords(t, FormatJSONL, data)
		// One record per non-blank line, or one "no records" report.
		lines := 0
		for _, l := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(bytes.TrimRight(l, "\r"))) > 0 {
				lines++
			}
		}
		if isGzip(data) {
			return
		}
		if want := max(lines, 1); n != want {
			t.Errorf("Read(jsonl) gave %d records for %d non-blank lines", n, lines)
		}
	})
}

func FuzzReadWARC(f *testing.F) {
	f.Add(testWARC())
	f.Add([]byte(warcRecord("response", "urn:uuid:1", "https://x.example/", "application/http; msgtype=response",
		httpResponse("200 OK", "text/html", "<p>Short page.</p>"))))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999\r\n\r\nabc"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFuzzRecords(t, FormatWARC, data)
	})
}
