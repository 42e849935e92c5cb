package ingest_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/extract"
	"github.com/dossierhq/dossier/ingest"
	"github.com/dossierhq/dossier/internal/sharedtest"
	"github.com/dossierhq/dossier/sqlite"
)

// cpuTime is the CPU time (user + system) the process has used so far: on
// a machine shared with other work, docs per CPU-second is the figure that
// holds still, where wall-clock speed follows the load.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds docs and words per CPU-second since start.
func reportCPU(b *testing.B, start time.Duration, docs, words int) {
	cpu := (cpuTime() - start).Seconds()
	b.ReportMetric(float64(docs*b.N)/cpu, "docs/cpu-s")
	if words > 0 {
		b.ReportMetric(float64(words*b.N)/cpu, "words/cpu-s")
	}
}

// wikinews reads the Wikinews 2019–2020 articles of ../shared (295 real
// news articles with dates) as rows of url, date, title, text.
func wikinews(b *testing.B) [][]string {
	dir := filepath.Join(sharedtest.Dir(b), "data", "raw", "wikinews-2019-2020")
	var rows [][]string
	for _, name := range []string{"wikinews_2019.csv", "wikinews_2020.csv"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			b.Fatal(err)
		}
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		rows = append(rows, recs[1:]...)
	}
	return rows
}

// wikinewsJSONL renders the articles as one JSONL input.
func wikinewsJSONL(b *testing.B) (data []byte, docs, words int) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i, r := range wikinews(b) {
		enc.Encode(map[string]string{"id": fmt.Sprintf("wn%d", i), "url": r[0], "published": r[1], "title": r[2], "text": r[3], "outlet": "Wikinews"})
		docs++
		words += len(strings.Fields(r[3]))
	}
	return buf.Bytes(), docs, words
}

// BenchmarkReadHashSignature measures ingest's own share of the work per
// document: reading JSONL, the content hash, the MinHash signature and its
// band keys (no NLP, no store).
func BenchmarkReadHashSignature(b *testing.B) {
	data, docs, words := wikinewsJSONL(b)
	b.SetBytes(int64(len(data)))
	start := cpuTime()
	for b.Loop() {
		err := ingest.Read(context.Background(), bytes.NewReader(data), "wn.jsonl", "", func(r ingest.Record) error {
			sum := sha256.Sum256([]byte(r.Document.Text))
			_ = sum
			ingest.BandKeys(ingest.Signature(r.Document.Text))
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(docs*b.N)/b.Elapsed().Seconds(), "docs/s")
	reportCPU(b, start, docs, words)
}

// BenchmarkParseHTML measures main-text and metadata extraction from
// article pages (the Wikinews texts wrapped in a page with navigation,
// meta tags and JSON-LD).
func BenchmarkParseHTML(b *testing.B) {
	var pages [][]byte
	for _, r := range wikinews(b) {
		var p strings.Builder
		fmt.Fprintf(&p, `<!DOCTYPE html><html><head><title>%s | Wikinews</title><meta property="og:site_name" content="Wikinews">`+
			`<meta property="article:published_time" content="%sT10:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","headline":%q}</script>`+
			`</head><body><nav><ul><li><a href="/">Main page</a></li><li><a href="/r">Recent</a></li></ul></nav><article><h1>%s</h1>`,
			html.EscapeString(r[2]), r[1], r[2], html.EscapeString(r[2]))
		for _, para := range strings.Split(r[3], "\n\n") {
			if para = strings.TrimSpace(para); para != "" {
				fmt.Fprintf(&p, "<p>%s</p>\n", html.EscapeString(para))
			}
		}
		p.WriteString(`</article><footer><p>Content is available under a free licence.</p></footer></body></html>`)
		pages = append(pages, []byte(p.String()))
	}
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.SetBytes(int64(size))
	start := cpuTime()
	for b.Loop() {
		for _, p := range pages {
			if _, err := ingest.ParseHTML(p, "", ""); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "docs/s")
	reportCPU(b, start, len(pages), 0)
}

// BenchmarkIngestSQLite runs the whole ingest of the Wikinews JSONL into a
// fresh SQLite file per iteration: reading, hashing, the full extraction
// pipeline, signatures, keywords, near-duplicate lookup and one
// transaction per document. Run with -cpu 1 for articles per second per
// core.
func BenchmarkIngestSQLite(b *testing.B) {
	data, docs, words := wikinewsJSONL(b)
	ctx := context.Background()
	dir := b.TempDir()
	i := 0
	start := cpuTime()
	for b.Loop() {
		i++
		st, err := sqlite.Open(ctx, filepath.Join(dir, fmt.Sprintf("bench%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		sum, err := ingest.New(st, ingest.Options{}).Ingest(ctx, bytes.NewReader(data), "wn.jsonl", "")
		st.Close()
		if err != nil {
			b.Fatal(err)
		}
		if sum.Stored+len(sum.Skipped) != docs {
			b.Fatalf("stored %d, skipped %d of %d: %v", sum.Stored, len(sum.Skipped), docs, sum.Skipped)
		}
	}
	b.ReportMetric(float64(docs*b.N)/b.Elapsed().Seconds(), "docs/s")
	reportCPU(b, start, docs, words)
}

// BenchmarkKeywords measures keyword selection on the analysed Wikinews
// articles (the analysis itself is done once, before timing).
func BenchmarkKeywords(b *testing.B) {
	rows := wikinews(b)[:100]
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	var as []*dossier.Analysis
	for _, r := range rows {
		a, err := x.Extract(dossier.Document{Text: r[3]})
		if err != nil {
			b.Fatal(err)
		}
		as = append(as, a)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range as {
			ingest.Keywords(a)
		}
	}
}

// BenchmarkStoreSQLite measures the store's share of ingest alone: the
// Wikinews articles, analysed once before timing, stored in groups of 16
// into a fresh SQLite file per iteration, full-text indexes included.
func BenchmarkStoreSQLite(b *testing.B) {
	data, docs, words := wikinewsJSONL(b)
	ctx := context.Background()
	dir := b.TempDir()
	src, err := sqlite.Open(ctx, filepath.Join(dir, "src.db"))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := ingest.New(src, ingest.Options{}).Ingest(ctx, bytes.NewReader(data), "wn.jsonl", ""); err != nil {
		b.Fatal(err)
	}
	var ids []string
	if err := src.EachDocument(ctx, func(d *dossier.StoredDocument) error {
		ids = append(ids, d.Document.ID)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	var stored []*dossier.StoredDocument
	for _, id := range ids {
		d, err := src.Document(ctx, id)
		if err != nil {
			b.Fatal(err)
		}
		stored = append(stored, d)
	}
	src.Close()
	i := 0
	start := cpuTime()
	for b.Loop() {
		i++
		st, err := sqlite.Open(ctx, filepath.Join(dir, fmt.Sprintf("bench%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		for j := 0; j < len(stored); j += 16 {
			if _, err := st.PutDocuments(ctx, stored[j:min(j+16, len(stored))]); err != nil {
				b.Fatal(err)
			}
		}
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(docs*b.N)/b.Elapsed().Seconds(), "docs/s")
	reportCPU(b, start, docs, words)
}
