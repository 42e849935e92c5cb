package http

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/demo"
	"github.com/dossierhq/dossier/export"
	"github.com/dossierhq/dossier/ingest"
	"github.com/dossierhq/dossier/reconcile"
	"github.com/dossierhq/dossier/sqlite"
)

// go test ./http -run Browser -screenshots ../docs saves PNGs of the main
// pages for the README.
var screenshotDir = flag.String("screenshots", "", "save screenshots of the main pages into `dir`")

// demoServer serves a fresh SQLite ledger holding the demo corpus and the
// test articles, ingested and reconciled as `dossier demo` would.
func demoServer(t *testing.T) (*Server, dossier.Store) {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	g := ingest.New(store, ingest.Options{})
	story := demo.Story()
	err = fs.WalkDir(story, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, err := story.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sum, err := g.Ingest(ctx, f, path, "")
		for _, s := range sum.Skipped {
			t.Logf("demo %s", s)
		}
		return err
	})
	if err != nil {
		t.Fatalf("ingest the demo corpus: %v", err)
	}
	var jsonl strings.Builder
	for _, a := range testArticles {
		b, _ := json.Marshal(map[string]string{"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published, "text": a.text})
		jsonl.Write(b)
		jsonl.WriteByte('\n')
	}
	if _, err := g.Ingest(ctx, strings.NewReader(jsonl.String()), "test-articles.jsonl", "jsonl"); err != nil {
		t.Fatalf("ingest the test articles: %v", err)
	}
	if _, err := reconcile.Run(ctx, store, reconcile.Options{}); err != nil {
		t.Fatalf("reconcile: %v", err)
	}
	s, err := NewServer(store, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Open("127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, store
}

// browser starts headless Chromium. Without it the test skips, except
// under CI=true, where it fails: CI installs it.
func browser(t *testing.T) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no chromium on PATH: test.sh installs Debian's chromium package")
		}
		t.Skip("no chromium on PATH (apt-get install chromium); skipping the browser tests")
	}
	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(1280, 900),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 150*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	return ctx
}

// watchErrors records uncaught JavaScript exceptions of the page.
func watchErrors(t *testing.T, ctx context.Context) func() []string {
	var mu sync.Mutex
	var errs []string
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok {
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			mu.Lock()
			errs = append(errs, msg)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(errs)
	}
}

// eval runs a JavaScript expression and returns its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// steps runs browser steps and fails the test on error.
func steps(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// loaded waits until the page's URL contains part and it has loaded. It
// asks again while a navigation replaces the page under the question.
func loaded(part string) chromedp.Action[chromedp.Void] {
	expr := fmt.Sprintf(`location.href.includes(%q) && document.readyState === "complete"`, part)
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		deadline := time.Now().Add(20 * time.Second)
		for {
			ok, err := chromedp.Evaluate[bool](expr)(ctx, tg)
			if err == nil && ok {
				return nil
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("page %s did not load: %v", part, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	})
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests in -short mode")
	}
	ctx := browser(t)
	s, store := demoServer(t)
	base := s.URL()
	jsErrors := watchErrors(t, ctx)

	// The figure with the most sources, to see several series.
	figs, err := store.Figures(context.Background(), dossier.FigureFilter{})
	if err != nil || len(figs) == 0 {
		t.Fatalf("Figures() = %d figures, %v; the demo corpus should give some", len(figs), err)
	}
	var fig export.Figure
	var names map[string]string
	for i := range figs {
		f := export.FromFigure(&figs[i])
		n := s.entityNames(context.Background(), &figs[i])
		if len(figureChart(f, n).Series) > len(figureChart(fig, names).Series) {
			fig, names = f, n
		}
	}

	t.Run("figure chart", func(t *testing.T) {
		steps(t, ctx, chromedp.Navigate(base+"/figures/"+fig.ID),
			chromedp.WaitVisible(chromedp.CSS(`#chart[data-rendered="true"] canvas`)))
		labels := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#chart .u-legend .u-series th")).slice(1).map(e => e.textContent.trim())`)
		canvasWidth := eval[int](t, ctx, `document.querySelector("#chart canvas").width`)
		flags := eval[int](t, ctx, `document.querySelectorAll("#flag-list li").length`)
		var want []string
		for _, s := range figureChart(fig, names).Series {
			want = append(want, s.Label)
		}
		if len(want) < 2 {
			t.Errorf("figure %s has %d sources; the demo corpus should give a figure with several", fig.ID, len(want))
		}
		if !slices.Equal(labels, want) {
			t.Errorf("figure %s: chart legend = %q, want one series per source %q", fig.ID, labels, want)
		}
		if canvasWidth < 200 {
			t.Errorf("figure %s: chart canvas %d px wide", fig.ID, canvasWidth)
		}
		if flags != len(fig.Flags) {
			t.Errorf("figure %s: %d flags listed, want %d", fig.ID, flags, len(fig.Flags))
		}
	})

	// The seed story's article (the wire story of the Meridian Post), and a
	// test article with curly quotes, where code points differ from bytes.
	for _, id := range []string{seedDocument(t, store), "island-0306"} {
		t.Run("document highlights "+id, func(t *testing.T) { documentHighlights(t, ctx, store, base, id) })
	}

	t.Run("claims filters", func(t *testing.T) {
		steps(t, ctx, chromedp.Navigate(base+"/claims?limit=500"), chromedp.WaitVisible(chromedp.CSS(`#claims-table`)))
		all := eval[int](t, ctx, `document.querySelectorAll("#claims-table tbody tr").length`)
		steps(t, ctx,
			chromedp.SetValue(chromedp.CSS(`#f-measure`), "deaths"),
			chromedp.Click(chromedp.CSS(`#claim-filters button[type="submit"]`), chromedp.NodeVisible),
			loaded("measure=deaths"),
		)
		deaths := eval[int](t, ctx, `document.querySelectorAll("#claims-table tbody tr").length`)
		measures := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#claims-table tbody tr")).map(r => r.dataset.measure)`)
		cs, _, err := store.Claims(context.Background(), dossier.ClaimFilter{Measure: dossier.Deaths, Limit: 500})
		if err != nil {
			t.Fatal(err)
		}
		if deaths != len(cs) || deaths == 0 || deaths >= all {
			t.Errorf("claims table: %d rows, %d after choosing deaths; want %d (the store's deaths claims), fewer than all", all, deaths, len(cs))
		}
		for _, m := range measures {
			if m != "deaths" {
				t.Errorf("row of measure %q after filtering on deaths", m)
			}
		}
		steps(t, ctx,
			chromedp.Navigate(base+"/claims"),
			chromedp.WaitVisible(chromedp.CSS(`#f-q`)),
			chromedp.SendKeys(chromedp.CSS(`#f-q`), "Leyte"),
			chromedp.KeyEvent("\r"),
			loaded("q=Leyte"),
		)
		rows := eval[int](t, ctx, `document.querySelectorAll("#claims-table tbody tr").length`)
		leyte := eval[int](t, ctx, `Array.from(document.querySelectorAll("#claims-table tbody tr")).filter(r => r.textContent.includes("Leyte")).length`)
		if rows == 0 || leyte != rows {
			t.Errorf("searching claims for Leyte: %d rows, %d mentioning it; want ≥ 1, all", rows, leyte)
		}
	})

	t.Run("narrow screen and keyboard", func(t *testing.T) {
		for _, path := range []string{"/", "/documents", "/documents/island-0306", "/claims", "/figures/" + fig.ID, "/contradictions"} {
			steps(t, ctx, chromedp.EmulateViewport(360, 740), chromedp.Navigate(base+path), loaded(path), chromedp.Sleep(100*time.Millisecond))
			if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 360 {
				t.Errorf("%s at 360 px: the page is %d px wide (scrolls sideways)", path, w)
			}
			steps(t, ctx, chromedp.KeyEvent("\t"))
			if focused := eval[string](t, ctx, `document.activeElement.className + ":" + document.activeElement.tagName`); focused != "skip:A" {
				t.Errorf("%s: the first Tab focuses %q, want the skip link", path, focused)
			}
		}
		steps(t, ctx, chromedp.EmulateViewport(1280, 900))
	})

	if *screenshotDir != "" {
		shots := []struct{ name, path, wait string }{
			{"overview", "/", "main"},
			{"document", "/documents/" + seedDocument(t, store), "#text"},
			{"figure", "/figures/" + fig.ID, `#chart[data-rendered="true"] canvas`},
			{"claims", "/claims?kind=count", "#claims-table"},
			{"contradictions", "/contradictions", "main"},
		}
		for _, sh := range shots {
			steps(t, ctx, chromedp.EmulateViewport(1200, 820), chromedp.Navigate(base+sh.path),
				chromedp.WaitVisible(chromedp.CSS(sh.wait)), chromedp.Sleep(200*time.Millisecond))
			png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatalf("screenshot %s: %v", sh.name, err)
			}
			if err := os.WriteFile(filepath.Join(*screenshotDir, sh.name+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if errs := jsErrors(); len(errs) > 0 {
		t.Errorf("JavaScript errors: %q", errs)
	}
}

// documentHighlights opens a document and checks its entity marks against
// the document's layers, then clicks its first claim.
func documentHighlights(t *testing.T, ctx context.Context, store dossier.Store, base, id string) {
	d, err := store.Document(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	want := export.FromAnalysis(&d.Analysis)
	steps(t, ctx, chromedp.Navigate(base+"/documents/"+id), chromedp.WaitVisible(chromedp.CSS(`#text`)))
	type markJSON struct {
		Start, End  int
		Text, Label string
	}
	marks := eval[[]markJSON](t, ctx, `Array.from(document.querySelectorAll("#text mark.ent")).map(m => {
		const c = m.cloneNode(true); c.querySelectorAll(".lbl").forEach(l => l.remove());
		return {Start: +m.dataset.start, End: +m.dataset.end, Text: c.textContent, Label: m.querySelector(".lbl").textContent};
	})`)
	if len(marks) != len(want.Entities) {
		t.Fatalf("document %s: %d entity marks, want %d", id, len(marks), len(want.Entities))
	}
	for i, e := range want.Entities {
		if w := (markJSON{e.Start, e.End, e.Text, e.Type}); marks[i] != w {
			t.Errorf("entity mark %d = %+v, want %+v", i, marks[i], w)
		}
	}
	if len(want.Claims) == 0 {
		t.Fatalf("document %s has no claims to click", id)
	}
	steps(t, ctx, chromedp.Click(chromedp.CSS(`.claim-btn`), chromedp.NodeVisible))
	pressed := eval[string](t, ctx, `document.querySelector(".claim-btn").getAttribute("aria-pressed")`)
	evidence := eval[int](t, ctx, `document.querySelectorAll("#text .hl-evidence").length`)
	marked := eval[int](t, ctx, `document.querySelectorAll("#text [class*='hl-']").length`)
	if pressed != "true" || evidence == 0 {
		t.Errorf("after clicking the first claim: aria-pressed %q, %d evidence elements marked; want true and ≥ 1", pressed, evidence)
	}
	steps(t, ctx, chromedp.Click(chromedp.CSS(`.claim-btn`), chromedp.NodeVisible))
	if after := eval[int](t, ctx, `document.querySelectorAll("#text [class*='hl-']").length`); after != 0 || marked == 0 {
		t.Errorf("clicking the claim again left %d marked elements (had %d), want 0", after, marked)
	}

	// A count claim marks its number: the quantity at the claim's offsets.
	const countBtn = `.claim-btn:not([data-number=""])`
	if eval[int](t, ctx, `document.querySelectorAll('`+countBtn+`').length`) == 0 {
		return
	}
	steps(t, ctx, chromedp.Click(chromedp.CSS(countBtn), chromedp.NodeVisible))
	number := eval[string](t, ctx, `document.querySelector('`+countBtn+`').dataset.number`)
	marked2 := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#text .hl-number")).map(e => e.dataset.start + "-" + e.dataset.end)`)
	if !slices.Contains(marked2, number) {
		t.Errorf("clicking a count claim with its number at %s marks %v as its number", number, marked2)
	}
	steps(t, ctx, chromedp.Click(chromedp.CSS(countBtn), chromedp.NodeVisible))
}

// seedDocument picks the demo article of the seed story (the Meridian Post
// wire story), else the document with the most claims.
func seedDocument(t *testing.T, store dossier.Store) string {
	docs, _, err := store.Documents(context.Background(), dossier.DocumentFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	best, most := "", -1
	for _, d := range docs {
		if strings.Contains(d.Meta.Origin, "meridian-post") {
			return d.Document.ID
		}
		if d.Meta.Claims > most {
			best, most = d.Document.ID, d.Meta.Claims
		}
	}
	return best
}
