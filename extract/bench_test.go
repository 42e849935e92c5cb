package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
	"github.com/dossierhq/dossier/internal/sharedtest"
)

// BenchmarkPipeline runs the whole pipeline over the dev articles of the
// count-claim set and reports words per second on one core.
func BenchmarkPipeline(b *testing.B) {
	docs := benchDocs(b)
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			a, err := x.Extract(d)
			if err != nil {
				b.Fatal(err)
			}
			_ = export.FromAnalysis(a)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

func benchDocs(b testing.TB) []dossier.Document {
	shared := sharedtest.Dir(b)
	f, err := os.Open(filepath.Join(shared, "data", "claims", "dev-docs.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var docs []dossier.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, dossier.Document{ID: r.ID, Text: r.Text})
	}
	return docs
}
