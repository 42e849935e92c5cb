package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
)

// warcRecord frames one WARC/1.1 record around block.
func warcRecord(typ, id, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <%s>\r\nWARC-Date: 2025-06-10T08:00:00Z\r\n"+
		"WARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, id, uri, contentType, len(block), block)
}

func httpResponse(status, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

const warcPage1 = `<html><head><title>Tram line opens | Metro Daily</title>
<meta property="og:site_name" content="Metro Daily">
<meta name="dc.date" content="2025-06-09">
</head><body><article>
<p>The city's first tram line in fifty years opened on Monday, carrying about 9,000 passengers on its first day, the transport office said.</p>
<p>The line runs eleven kilometres from the station to the university.</p>
</article></body></html>`

const warcPage2 = `<html><head><title>Market hall reopens</title></head><body>
<p>The market hall on Vell Square reopened on Saturday after a fire last winter, with 40 of its 52 stalls back in business.</p>
</body></html>`

// testWARC is a small crawl: an info record, a request, an HTML page, a
// redirect, an image, a second page without a date, and a last record cut
// off in the middle of its block.
func testWARC() []byte {
	resp := "application/http; msgtype=response"
	truncated := warcRecord("response", "urn:uuid:0006", "https://metro.example/cut", resp,
		httpResponse("200 OK", "text/html", "<html><body><p>This page was cut off by a full disk while the crawler wrote it down.</p></body></html>"))
	truncated = truncated[:len(truncated)-50]
	return []byte(warcRecord("warcinfo", "urn:uuid:0000", "", "application/warc-fields", "software: handmade\r\n") +
		warcRecord("request", "urn:uuid:0001", "https://metro.example/tram", "application/http; msgtype=request",
			"GET /tram HTTP/1.1\r\nHost: metro.example\r\n\r\n") +
		warcRecord("response", "urn:uuid:0002", "https://metro.example/tram", resp,
			httpResponse("200 OK", "text/html; charset=utf-8", warcPage1)) +
		warcRecord("response", "urn:uuid:0003", "https://metro.example/old", resp,
			httpResponse("301 Moved Permanently", "text/html", "<a href=/tram>moved</a>")) +
		warcRecord("response", "urn:uuid:0004", "https://metro.example/logo.png", resp,
			httpResponse("200 OK", "image/png", "\x89PNG\r\n\x1a\n....")) +
		warcRecord("response", "urn:uuid:0005", "https://metro.example/market", resp,
			httpResponse("200 OK", "text/html", warcPage2)) +
		truncated)
}

func TestReadWARC(t *testing.T) {
	wants := []want{
		{Origin: "crawl.warc#urn:uuid:0002", Format: "warc", URL: "https://metro.example/tram", Outlet: "Metro Daily",
			Title: "Tram line opens | Metro Daily", Published: "2025-06-09",
			TextPrefix: "The city's first tram line in fifty years", TextSuffix: "to the university."},
		// No date in the page: the capture date stands in.
		{Origin: "crawl.warc#urn:uuid:0005", URL: "https://metro.example/market", Outlet: "metro.example",
			Title: "Market hall reopens", Published: "2025-06-10", TextPrefix: "The market hall on Vell Square"},
		{Origin: "crawl.warc#urn:uuid:0006", Err: "WARC record 7 at offset"},
	}
	data := testWARC()
	recs := readAll(t, data, "crawl.warc", "")
	checkRecords(t, "Read(crawl.warc)", recs, wants)
	if len(recs) == 3 && !strings.Contains(recs[2].Err.Error(), "truncated record") {
		t.Errorf("Read(crawl.warc) record 3 error = %v, want truncated record", recs[2].Err)
	}

	// A .warc.gz written as one gzip member per record, as crawlers do.
	var z bytes.Buffer
	for len(data) > 0 {
		end := bytes.Index(data[1:], []byte("WARC/1.1\r\nWARC-Type")) + 1
		if end == 0 {
			end = len(data)
		}
		zw := gzip.NewWriter(&z)
		zw.Write(data[:end])
		zw.Close()
		data = data[end:]
	}
	for i := range wants {
		wants[i].Origin = strings.Replace(wants[i].Origin, "crawl.warc", "crawl.warc.gz", 1)
	}
	recs = readAll(t, z.Bytes(), "crawl.warc.gz", "")
	checkRecords(t, "Read(crawl.warc.gz)", recs, wants)
}

func TestReadWARCRecordRunsIntoNext(t *testing.T) {
	// The middle record says it is longer than it is: its block swallows
	// the next record's header. It must be reported, not read as a page.
	resp := "application/http; msgtype=response"
	a := warcRecord("response", "urn:uuid:a", "https://x.example/a", resp, httpResponse("200 OK", "text/html", warcPage2))
	b := warcRecord("response", "urn:uuid:b", "https://x.example/b", resp, httpResponse("200 OK", "text/html", warcPage1))
	c := warcRecord("response", "urn:uuid:c", "https://x.example/c", resp, httpResponse("200 OK", "text/html", warcPage2))
	cut := strings.Index(b, "<article>")
	recs := readAll(t, []byte(a+b[:cut]+c), "bad.warc", "")
	if len(recs) < 2 {
		t.Fatalf("Read(bad.warc): %d records, want at least 2", len(recs))
	}
	checkRecords(t, "Read(bad.warc)", recs[:2], []want{
		{Origin: "bad.warc#urn:uuid:a", TextPrefix: "The market hall"},
		{Origin: "bad.warc#urn:uuid:b", Err: "truncated record"},
	})
	for _, r := range recs[2:] {
		if r.Err == nil {
			t.Errorf("Read(bad.warc) %s: read as a page after a broken record; want an error", r.Origin)
		}
	}
}

func TestReadWARCNotWARC(t *testing.T) {
	recs := readAll(t, []byte("WARC/1.1\r\nthis is not a header\r\n\r\n"), "junk.warc", "")
	checkRecords(t, "Read(junk.warc)", recs, []want{{Origin: "junk.warc", Err: "no HTML pages in the WARC file"}})
}

func TestReadWARCResourceRecord(t *testing.T) {
	rec := warcRecord("resource", "urn:uuid:r1", "https://metro.example/market", "text/html; charset=utf-8", warcPage2)
	checkRecords(t, "Read(resource.warc)", readAll(t, []byte(rec), "resource.warc", ""), []want{
		{Origin: "resource.warc#urn:uuid:r1", URL: "https://metro.example/market", TextPrefix: "The market hall on Vell Square"},
	})
}
