package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// want describes one expected record; empty fields are not checked, except
// that Err "" means the record must have no error.
type want struct {
	Origin, Format, ID, URL, Outlet, Title, Published string
	TextPrefix, TextSuffix                            string
	NotInText                                         []string
	Err                                               string // substring of the error
}

func readAll(t *testing.T, data []byte, name, format string) []Record {
	t.Helper()
	var recs []Record
	err := Read(context.Background(), bytes.NewReader(data), name, format, func(r Record) error {
		recs = append(recs, r)
		return nil
	})
	if err != nil {
		t.Fatalf("Read(%s) = %v", name, err)
	}
	return recs
}

func checkRecords(t *testing.T, call string, got []Record, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, r := range got {
			t.Logf("  %s err=%v title=%q", r.Origin, r.Err, r.Document.Title)
		}
		t.Fatalf("%s: %d records, want %d", call, len(got), len(wants))
	}
	for i, w := range wants {
		r, d := got[i], got[i].Document
		check := func(field, got, want string) {
			if want != "" && got != want {
				t.Errorf("%s record %d: %s = %q, want %q", call, i+1, field, got, want)
			}
		}
		check("Origin", r.Origin, w.Origin)
		check("Format", r.Format, w.Format)
		check("ID", d.ID, w.ID)
		check("URL", d.URL, w.URL)
		check("Outlet", d.Outlet, w.Outlet)
		check("Title", d.Title, w.Title)
		if w.Published != "" {
			check("Published", d.Published.Format("2006-01-02"), w.Published)
		}
		if w.Err == "" && r.Err != nil {
			t.Errorf("%s record %d (%s): unexpected error %v", call, i+1, r.Origin, r.Err)
		}
		if w.Err != "" && (r.Err == nil || !strings.Contains(r.Err.Error(), w.Err)) {
			t.Errorf("%s record %d (%s): error %v, want one containing %q", call, i+1, r.Origin, r.Err, w.Err)
		}
		if !strings.HasPrefix(d.Text, w.TextPrefix) {
			t.Errorf("%s record %d: text starts %q, want %q", call, i+1, clipString(d.Text, 80), w.TextPrefix)
		}
		if !strings.HasSuffix(d.Text, w.TextSuffix) {
			t.Errorf("%s record %d: text ends …%q, want …%q", call, i+1, d.Text[max(0, len(d.Text)-60):], w.TextSuffix)
		}
		for _, s := range w.NotInText {
			if strings.Contains(d.Text, s) {
				t.Errorf("%s record %d: text contains %q (page clutter)", call, i+1, s)
			}
		}
	}
}

func TestReadFiles(t *testing.T) {
	tests := []struct {
		file string
		want []want
	}{
		{"article.html", []want{{
			Origin: "testdata/input/article.html", Format: "html",
			URL:    "https://courier.example/news/2025/03/dam-breach-lorrin",
			Outlet: "The Valley Courier", Title: "Dam breach floods three villages", Published: "2025-03-04",
			TextPrefix: "An earthen dam above the village of Osk gave way early on Tuesday",
			TextSuffix: "expected to arrive on Wednesday.",
			NotInText:  []string{"Most read", "All rights reserved", "do not read me", "Sport"},
		}}},
		{"time-only.html", []want{{
			Format: "html", Title: "Council approves new bridge", Published: "2024-11-18",
			TextSuffix: "Three councillors voted against the plan.",
		}}},
		{"feed.rss", []want{
			{Origin: "testdata/input/feed.rss#item1", Format: "rss", Outlet: "Harbour Gazette", Title: "Ferry strike enters third day",
				URL: "https://gazette.example/ferry-strike", Published: "2025-02-12",
				TextPrefix: "Ferry crews in Port Aldin stayed ashore", TextSuffix: "would resume on Friday."},
			{Origin: "testdata/input/feed.rss#item2", Title: "Lighthouse to reopen & welcome visitors", Published: "2025-02-11",
				TextPrefix: "The old lighthouse at Cape Merrow", TextSuffix: "the town said."},
			{Origin: "testdata/input/feed.rss#item3", Err: "has no content or description"},
		}},
		{"feed.atom", []want{
			{Origin: "testdata/input/feed.atom#item1", Format: "atom", Outlet: "Northern Ledger", Title: "Snow closes mountain pass",
				URL: "https://ledger.example/snow-pass", Published: "2025-05-01",
				TextPrefix: "Late snow closed the Hollin pass", TextSuffix: "by Saturday."},
			{Origin: "testdata/input/feed.atom#item2", Published: "2025-04-29", TextPrefix: "The city library in Brask"},
		}},
		{"docs.jsonl", []want{
			{Origin: "testdata/input/docs.jsonl:1", Format: "jsonl", ID: "j1", URL: "https://wire.example/1", Outlet: "Example Wire",
				Title: "Grain shipment leaves port", Published: "2025-02-03", TextPrefix: "A ship carrying 30,000 tonnes"},
			{Origin: "testdata/input/docs.jsonl:3", Err: "malformed JSON"},
			{Origin: "testdata/input/docs.jsonl:4", ID: "j3", Published: "2025-02-04", TextPrefix: "Two more ships"},
			{Origin: "testdata/input/docs.jsonl:5", ID: "j4", Err: `published: "next week" is not a date`},
		}},
		{"note.txt", []want{{
			Origin: "testdata/input/note.txt", Format: "text", Title: "Water rationing ends in Dorvan",
			TextPrefix: "Water rationing ends in Dorvan\n\nWater rationing in the town",
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata/input", tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := readAll(t, data, path, "")
			checkRecords(t, fmt.Sprintf("Read(%s)", path), got, tt.want)

			// The same input gzipped reads the same (by extension and by
			// content).
			var z bytes.Buffer
			zw := gzip.NewWriter(&z)
			zw.Write(data)
			zw.Close()
			gz := readAll(t, z.Bytes(), path+".gz", "")
			if len(gz) != len(got) {
				t.Fatalf("Read(%s.gz): %d records, want %d", path, len(gz), len(got))
			}
			for i := range gz {
				if gz[i].Document != got[i].Document {
					t.Errorf("Read(%s.gz) record %d differs from the plain file's", path, i+1)
				}
			}
		})
	}
}

func TestTextFileIsByteExact(t *testing.T) {
	for _, text := range []string{
		"Headline here\r\n\r\nBody  with   spaces\tand\r\nCRLF line ends.\r\n",
		"no headline, just a sentence.\n",
		"\ufeffA text after a byte-order mark\n",
	} {
		recs := readAll(t, []byte(text), "x.txt", "")
		want := strings.TrimPrefix(text, "\ufeff")
		if len(recs) != 1 || recs[0].Document.Text != want {
			t.Errorf("Read(%q) text = %q, want %q", text, recs[0].Document.Text, want)
		}
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Water rationing ends in Dorvan\n\nThe body follows.", "Water rationing ends in Dorvan"},
		{"Will the bridge be built?\n\nBody.", "Will the bridge be built?"},
		{"Short title\nA first paragraph that is clearly longer than the title above it.", "Short title"},
		{"The council met on Monday.\n\nIt voted.", ""},               // a sentence, not a title
		{"lower-case start\n\nbody", ""},                              // not a headline
		{"One line only, no newline", ""},                             // nothing follows
		{"A line\nshort\n", ""},                                       // next line shorter, no blank line
		{strings.Repeat("Long ", 60) + "\n\nbody", ""},                // too long
		{"\n\n  Leading blank lines\n\nBody.", "Leading blank lines"}, // leading space skipped
	}
	for _, tt := range tests {
		if got := headline(tt.text); got != tt.want {
			t.Errorf("headline(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSniff(t *testing.T) {
	tests := []struct{ head, want string }{
		{"WARC/1.1\r\nWARC-Type: warcinfo", FormatWARC},
		{`{"id":"a","text":"b"}`, FormatJSONL},
		{`{"version":"https://jsonfeed.org/version/1.1","items":[]}`, FormatFeed},
		{`<?xml version="1.0"?><rss version="2.0">`, FormatFeed},
		{"<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", FormatFeed},
		{`<rdf:RDF xmlns:rdf="x">`, FormatFeed},
		{"<!DOCTYPE html>\n<html><body>x", FormatHTML},
		{"  <html><body>x", FormatHTML},
		{"<p>a fragment</p>", FormatHTML},
		{"\ufeffPlain words.", FormatText},
		{"Plain words <b> later", FormatText},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.head)); got != tt.want {
			t.Errorf("sniff(%q) = %q, want %q", tt.head, got, tt.want)
		}
	}
}

func TestFormatByExtension(t *testing.T) {
	tests := []struct{ name, want string }{
		{"a.TXT", FormatText}, {"a.htm", FormatHTML}, {"a.rss", FormatFeed}, {"a.atom", FormatFeed},
		{"a.warc", FormatWARC}, {"a.ndjson", FormatJSONL}, {"a.xml", ""}, {"a.json", ""}, {"README", ""},
	}
	for _, tt := range tests {
		if got := formatByExtension(tt.name); got != tt.want {
			t.Errorf("formatByExtension(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestReadStdinSniffs(t *testing.T) {
	data, err := os.ReadFile("testdata/input/feed.atom")
	if err != nil {
		t.Fatal(err)
	}
	recs := readAll(t, data, "-", "")
	checkRecords(t, "Read(stdin atom)", recs, []want{{Origin: "stdin#item1", Format: "atom"}, {Origin: "stdin#item2"}})
}

func TestReadUnknownFormat(t *testing.T) {
	err := Read(context.Background(), strings.NewReader("x"), "x", "pdf", func(Record) error { return nil })
	if err == nil || !strings.Contains(err.Error(), `unknown format "pdf"`) {
		t.Errorf(`Read(format "pdf") = %v, want unknown format`, err)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-01-13", "2025-01-13"},
		{"2025-01-13T23:30:00-05:00", "2025-01-13"}, // the date as written, not in UTC
		{"2025-01-13T02:00:00+09:00", "2025-01-13"},
		{"2025-01-13 08:00:00", "2025-01-13"},
		{"2025-01-13T08:00:00.123Z", "2025-01-13"},
		{"2025-01-13T08:00:00+0100", "2025-01-13"},
		{"Mon, 13 Jan 2025 07:00:00 GMT", "2025-01-13"},
		{"Mon, 13 Jan 2025 07:00:00 +0100", "2025-01-13"},
		{"January 13, 2025", "2025-01-13"},
		{"13 January 2025", "2025-01-13"},
		{"  2025/01/13 ", "2025-01-13"},
		{"next week", ""},
		{"2025-13-40", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("ParseDate(%q) = %v, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got.Format("2006-01-02") != tt.want || got.Hour() != 0 || got.Location().String() != "UTC" {
			t.Errorf("ParseDate(%q) = %v, %v; want %s at midnight UTC", tt.in, got, err, tt.want)
		}
	}
}

func TestParseHTMLCharset(t *testing.T) {
	// A Latin-1 page that declares its charset, and a UTF-8 page whose first
	// kilobyte is ASCII and declares nothing.
	latin1 := []byte("<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Le caf\xe9 de la place a ferm\xe9 ses portes lundi apr\xe8s quarante ans.</p></body></html>")
	doc, err := ParseHTML(latin1, "", "")
	if err != nil || !strings.Contains(doc.Text, "café de la place a fermé") {
		t.Errorf("ParseHTML(latin-1) text = %q, %v; want UTF-8 café … fermé", doc.Text, err)
	}
	utf := []byte("<html><body><p>" + strings.Repeat("plain ascii words ", 80) + "then São Paulo.</p></body></html>")
	doc, err = ParseHTML(utf, "", "")
	if err != nil || !strings.Contains(doc.Text, "São Paulo") {
		t.Errorf("ParseHTML(undeclared UTF-8) text ends %q, %v; want São Paulo", doc.Text[max(0, len(doc.Text)-20):], err)
	}
}

func TestParseHTMLEmpty(t *testing.T) {
	for _, page := range []string{"", "<html><body></body></html>", "<html><head><title>Only a title</title></head></html>"} {
		if _, err := ParseHTML([]byte(page), "", ""); err == nil || !strings.Contains(err.Error(), "no article text") {
			t.Errorf("ParseHTML(%q) error = %v, want no article text", page, err)
		}
	}
}
