// Command peers times dossier's pipeline side by side with jdkato/prose v2
// (tokens, POS tags and named entities, model loaded once) on the same
// texts, in one process, alternating runs, and prints the medians and their
// ratio. It is its own module so that prose never becomes a dependency of
// dossier itself.
//
//	cd bench/peers && go run . -in /tmp/polnear-train.jsonl -runs 5
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/extract"
	"github.com/jdkato/prose/v2"
)

func main() {
	in := flag.String("in", "", "JSONL of documents with a \"text\" field")
	runs := flag.Int("runs", 5, "runs of each system")
	limit := flag.Int("docs", 200, "use at most this many documents")
	flag.Parse()
	runtime.GOMAXPROCS(1) // per-core figures
	texts, words := read(*in, *limit)
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	// prose loads its model per document unless told not to; reuse is the
	// fair comparison (DESIGN §8: "prose v2 (model reused)").
	model := warmProse()
	var ours, theirs []float64
	for r := 0; r < *runs; r++ {
		t0 := time.Now()
		for _, t := range texts {
			if _, err := x.Extract(dossier.Document{Text: t}); err != nil {
				log.Fatal(err)
			}
		}
		ours = append(ours, time.Since(t0).Seconds())
		t0 = time.Now()
		for _, t := range texts {
			if _, err := prose.NewDocument(t, prose.UsingModel(model)); err != nil {
				log.Fatal(err)
			}
		}
		theirs = append(theirs, time.Since(t0).Seconds())
	}
	mo, mt := median(ours), median(theirs)
	fmt.Printf("%d documents, %d words, %d runs each, one core\n", len(texts), words, *runs)
	fmt.Printf("dossier (full pipeline: tokens, POS, chunks, entities, times, quantities, attribution, claims): median %.2f s, %.0f words/s\n", mo, float64(words)/mo)
	fmt.Printf("prose v2 (tokens, POS, entities; model reused):                                     median %.2f s, %.0f words/s\n", mt, float64(words)/mt)
	fmt.Printf("ratio: dossier is %.1fx prose\n", mt/mo)
}

func warmProse() *prose.Model {
	doc, err := prose.NewDocument("Warm up.")
	if err != nil {
		log.Fatal(err)
	}
	return doc.Model
}

func read(path string, limit int) ([]string, int) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var texts []string
	words := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() && len(texts) < limit {
		var d struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			log.Fatal(err)
		}
		texts = append(texts, d.Text)
		words += len(strings.Fields(d.Text))
	}
	return texts, words
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
