package http

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/demo"
	"github.com/dossierhq/dossier/ingest"
	"github.com/dossierhq/dossier/reconcile"
	"github.com/dossierhq/dossier/sqlite"
)

// The load test serves an existing ledger on loopback and sends it a fixed
// rate of API requests (open loop: a slow answer does not slow the
// sender), then times each page of the UI. It is skipped unless asked for:
//
//	DOSSIER_LOAD_DB=/tmp/ledger.db DOSSIER_LOAD_RATE=200 DOSSIER_LOAD_SECONDS=30 \
//	    go test ./http -run TestLoad -v -timeout 20m
//
// With DOSSIER_LOAD_DEMO=1 it first ingests the demo corpus into the
// ledger (once: ingest skips known texts) and reconciles it when anything
// was new (unless DOSSIER_LOAD_RECONCILE=0, which keeps the ledger as it
// is: reconciling 100,000 documents takes minutes).
//
// It sends at most RATE×SECONDS requests and stops by itself.

func envString(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

func TestLoad(t *testing.T) {
	path := os.Getenv("DOSSIER_LOAD_DB")
	if path == "" {
		t.Skip("set DOSSIER_LOAD_DB=path/to/ledger.db to load-test the server")
	}
	rate, seconds := envInt("DOSSIER_LOAD_RATE", 200), envInt("DOSSIER_LOAD_SECONDS", 30)
	ctx := context.Background()
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if os.Getenv("DOSSIER_LOAD_DEMO") == "1" {
		addDemo(t, store)
	}
	s, err := NewServer(store, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Open("127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, _ := store.Stats(ctx)
	t.Logf("ledger %s: %+v", path, st)

	targets := loadTargets(t, store)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}, Timeout: 30 * time.Second}
	get := func(target string) (time.Duration, int, error) {
		start := time.Now()
		res, err := client.Get(s.URL() + target)
		if err != nil {
			return time.Since(start), 0, err
		}
		_, err = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		return time.Since(start), res.StatusCode, err
	}
	// One at a time first: each route's own cost, without queueing. This
	// also warms the store's caches.
	solo := map[string][]time.Duration{}
	for _, tg := range targets[:min(len(targets), 400)] {
		d, _, _ := get(tg.path)
		solo[tg.route] = append(solo[tg.route], d)
	}

	type sample struct {
		route string
		d     time.Duration
		ok    bool
	}
	total := rate * seconds
	results := make(chan sample, total)
	var wg sync.WaitGroup
	interval := time.Second / time.Duration(rate)
	start := time.Now()
	for i := 0; i < total; i++ {
		if wait := time.Until(start.Add(time.Duration(i) * interval)); wait > 0 {
			time.Sleep(wait)
		}
		tg := targets[i%len(targets)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, code, err := get(tg.path)
			results <- sample{tg.route, d, err == nil && code == 200}
		}()
	}
	wg.Wait()
	sent := time.Since(start)
	close(results)
	byRoute := map[string][]time.Duration{}
	var all []time.Duration
	failed := 0
	for r := range results {
		if !r.ok {
			failed++
		}
		byRoute[r.route] = append(byRoute[r.route], r.d)
		all = append(all, r.d)
	}
	var report strings.Builder
	fmt.Fprintf(&report, "%d requests in %v (%.0f/s), %d failed\n\n", total, sent.Round(time.Millisecond), float64(total)/sent.Seconds(), failed)
	fmt.Fprintf(&report, "| route | requests | p50 ms | p90 ms | p99 ms | max ms | alone: median ms |\n|---|---|---|---|---|---|---|\n")
	routes := make([]string, 0, len(byRoute))
	for r := range byRoute {
		routes = append(routes, r)
	}
	slices.Sort(routes)
	for _, r := range append(routes, "all") {
		ds := byRoute[r]
		if r == "all" {
			ds = all
		}
		slices.Sort(ds)
		alone := slices.Sorted(slices.Values(solo[r]))
		if r == "all" {
			for _, v := range solo {
				alone = append(alone, v...)
			}
			slices.Sort(alone)
		}
		fmt.Fprintf(&report, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |\n", r, len(ds), ms(pct(ds, 50)), ms(pct(ds, 90)), ms(pct(ds, 99)), ms(ds[len(ds)-1]), ms(pct(alone, 50)))
	}

	// Pages, one at a time: the time to the last byte on loopback is the
	// server's time to render.
	fmt.Fprintf(&report, "\n| page | renders | median ms | max ms |\n|---|---|---|---|\n")
	for _, p := range pageTargets(targets) {
		var ds []time.Duration
		for range 20 {
			d, code, err := get(p.path)
			if err != nil || code != 200 {
				t.Errorf("GET %s = %d %v", p.path, code, err)
			}
			ds = append(ds, d)
		}
		slices.Sort(ds)
		fmt.Fprintf(&report, "| %s | %d | %.1f | %.1f |\n", p.route, len(ds), ms(pct(ds, 50)), ms(ds[len(ds)-1]))
	}
	t.Logf("\n%s", report.String())
	if failed > 0 {
		t.Errorf("%d of %d requests failed", failed, total)
	}
}

// addDemo ingests the demo corpus and reconciles the ledger if it was new.
func addDemo(t *testing.T, store dossier.Store) {
	ctx := context.Background()
	g := ingest.New(store, ingest.Options{})
	story := demo.Story()
	stored := 0
	start := time.Now()
	err := fs.WalkDir(story, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, err := story.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sum, err := g.Ingest(ctx, f, path, "")
		stored += sum.Stored
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("demo corpus: %d documents stored in %v", stored, time.Since(start).Round(time.Millisecond))
	if stored > 0 && os.Getenv("DOSSIER_LOAD_RECONCILE") != "0" {
		start = time.Now()
		l, err := reconcile.Run(ctx, store, reconcile.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("reconcile: %d entities, %d figures, %d stories in %v", len(l.Entities), len(l.Figures), len(l.Stories), time.Since(start).Round(time.Millisecond))
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// pct returns the p-th percentile of sorted durations (nearest rank).
func pct(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (p*len(sorted)+99)/100 - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

type loadTarget struct{ route, path string }

// loadTargets builds the request mix from what the ledger holds, drawn
// with a fixed seed so runs compare: claim lists with and without filters
// (measures, months, words, a second page), and many different documents,
// figures and entities, so that no cache of the store's serves them all.
func loadTargets(t *testing.T, store dossier.Store) []loadTarget {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(1, 2))
	var docs []dossier.StoredDocument
	for after := ""; len(docs) < 2000; {
		page, next, err := store.Documents(ctx, dossier.DocumentFilter{Limit: 500, After: after})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, page...)
		if after = next; next == "" {
			break
		}
	}
	figs, err := store.Figures(ctx, dossier.FigureFilter{Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	ents, err := store.Entities(ctx, dossier.EntityFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	stories, err := store.Stories(ctx, dossier.StoryFilter{Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	_, next, err := store.Claims(ctx, dossier.ClaimFilter{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 || len(figs) == 0 || len(ents) == 0 {
		t.Fatalf("the ledger holds %d documents, %d figures, %d entities; the load test needs some of each", len(docs), len(figs), len(ents))
	}
	var out []loadTarget
	add := func(route, path string) { out = append(out, loadTarget{route, path}) }
	measures := []string{"deaths", "injured", "casualties", "displaced", "deployed", "arrested"}
	words := []string{"killed", "wounded", "officials", "troops", "said"}
	search := envString("DOSSIER_LOAD_SEARCH", "Kursk")
	// One round of the mix: 30 requests.
	for range 40 {
		add("GET /api/claims", "/api/claims")
		if next != "" {
			add("GET /api/claims (page 2)", "/api/claims?after="+url.QueryEscape(next))
		}
		for range 3 {
			add("GET /api/claims?measure", "/api/claims?kind=count&measure="+measures[r.IntN(len(measures))])
		}
		month := fmt.Sprintf("2025-%02d", 1+r.IntN(12))
		add("GET /api/claims?from&to", "/api/claims?from="+month+"-01&to="+month+"-28")
		add("GET /api/claims?q", "/api/claims?q="+words[r.IntN(len(words))])
		add("GET /api/documents", "/api/documents")
		add("GET /api/figures", "/api/figures")
		// An analyst's kind of query: a place, in few documents. A word in a
		// tenth of the documents costs the store's full-text ranking far more
		// (BENCHMARKS.md gives both).
		add("GET /api/search", "/api/search?q="+url.QueryEscape(search))
		add("GET /api/stories", "/api/stories")
		add("GET /healthz", "/healthz")
		for range 6 {
			add("GET /api/documents/{id}", "/api/documents/"+url.PathEscape(docs[r.IntN(len(docs))].Document.ID))
		}
		for range 6 {
			add("GET /api/figures/{id}", "/api/figures/"+url.PathEscape(figs[r.IntN(len(figs))].ID))
		}
		for range 4 {
			add("GET /api/entities/{id}", "/api/entities/"+url.PathEscape(ents[r.IntN(len(ents))].ID))
		}
		if len(stories) > 0 {
			add("GET /api/stories/{id}", "/api/stories/"+url.PathEscape(stories[r.IntN(len(stories))].ID))
		}
	}
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// pageTargets lists one of each UI page, on the same ids as the API mix.
func pageTargets(api []loadTarget) []loadTarget {
	out := []loadTarget{{"/", "/"}, {"/claims", "/claims"}, {"/claims?measure=deaths", "/claims?measure=deaths"}, {"/contradictions", "/contradictions"}}
	seen := map[string]bool{}
	for _, tg := range api {
		for _, kind := range []string{"documents", "figures", "entities", "stories"} {
			if p, ok := strings.CutPrefix(tg.path, "/api/"+kind+"/"); ok && !seen[kind] {
				seen[kind] = true
				out = append(out, loadTarget{"/" + kind + "/{id}", "/" + kind + "/" + p})
			}
		}
	}
	return out
}
