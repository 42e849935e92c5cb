package sqlite

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/extract"
	"github.com/dossierhq/dossier/internal/sharedtest"
)

// The scale test fills a store with synthetic documents and times the
// queries the CLI and the API run. It is skipped unless asked for:
//
//	DOSSIER_STORE_SCALE=100000 go test ./sqlite -run TestScale -v -timeout 30m
//
// DOSSIER_STORE_SCALE_DB=path keeps the database between runs (it is
// filled only when empty).

var (
	measures  = []dossier.Measure{dossier.Deaths, dossier.Injured, dossier.Casualties, dossier.Missing, dossier.Captured, dossier.Arrested, dossier.Kidnapped, dossier.Displaced, dossier.Deployed, dossier.Cases, dossier.Affected, dossier.Other}
	verbs     = map[dossier.Measure]string{dossier.Deaths: "killed", dossier.Injured: "wounded", dossier.Casualties: "hurt or killed", dossier.Missing: "missing", dossier.Captured: "captured", dossier.Arrested: "arrested", dossier.Kidnapped: "abducted", dossier.Displaced: "displaced", dossier.Deployed: "deployed", dossier.Cases: "infected", dossier.Affected: "affected", dossier.Other: "counted"}
	syllables = []string{"ka", "lo", "mir", "den", "sa", "tor", "vel", "un", "ri", "bas", "om", "tek", "al", "por", "zu", "ne", "fi", "gra", "hol", "qui"}
	roles     = []string{"ministry", "governor", "police", "army", "health officials", "mayor", "red cross", "ombudsman", "spokesman", "aid agency", "monitors", "hospital", "prosecutor", "council", "rescuers", "envoy", "coast guard", "union", "diplomats", "militia"}
	groups    = []string{"troops", "civilians", "soldiers", "children", "residents", "workers", "migrants", "patients", "protesters", "fighters"}
)

// synth generates documents deterministically from a seed.
type synth struct {
	r                      *rand.Rand
	words, places, nations []string
	wordZipf, sourceZipf   *rand.Zipf
}

func newSynth(seed uint64) *synth {
	r := rand.New(rand.NewPCG(seed, 7))
	word := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(syllables[r.IntN(len(syllables))])
		}
		return b.String()
	}
	s := &synth{r: r}
	for i := 0; i < 20000; i++ {
		s.words = append(s.words, word(1+r.IntN(3)))
	}
	for i := 0; i < 150; i++ {
		p := word(2 + r.IntN(2))
		s.places = append(s.places, strings.ToUpper(p[:1])+p[1:])
	}
	for i := 0; i < 20; i++ {
		n := word(2)
		s.nations = append(s.nations, strings.ToUpper(n[:1])+n[1:]+"ian")
	}
	s.wordZipf = rand.NewZipf(r, 1.1, 1, uint64(len(s.words)-1))
	s.sourceZipf = rand.NewZipf(r, 1.2, 1, uint64(len(s.places)*len(roles)-1))
	return s
}

func (s *synth) source() string {
	i := int(s.sourceZipf.Uint64())
	return "the " + s.places[i%len(s.places)] + " " + roles[i/len(s.places)]
}

// docBuilder appends text and records spans.
type docBuilder struct {
	text              strings.Builder
	tokens, sentences []dossier.Span
	entities          []dossier.Entity
	sentenceStart     int
}

func (b *docBuilder) add(s string) dossier.Span {
	start := b.text.Len()
	for i, w := range strings.Fields(s) {
		if i > 0 || b.text.Len() > b.sentenceStart {
			b.text.WriteByte(' ')
		}
		if i == 0 {
			start = b.text.Len()
		}
		t := b.text.Len()
		b.text.WriteString(w)
		b.tokens = append(b.tokens, dossier.Span{Start: t, End: b.text.Len()})
	}
	return dossier.Span{Start: start, End: b.text.Len()}
}

func (b *docBuilder) entity(s string, typ dossier.EntityType) (dossier.Span, string) {
	sp := b.add(s)
	id := "e" + strconv.Itoa(len(b.entities)+1)
	b.entities = append(b.entities, dossier.Entity{ID: id, Span: sp, Type: typ, Canonical: s})
	return sp, id
}

func (b *docBuilder) endSentence() dossier.Span {
	b.text.WriteByte('.')
	sp := dossier.Span{Start: b.sentenceStart, End: b.text.Len()}
	b.sentences = append(b.sentences, sp)
	b.text.WriteByte(' ')
	b.sentenceStart = b.text.Len()
	return sp
}

// document generates document n: filler sentences, five count claims and
// three statements.
func (s *synth) document(n int) *dossier.StoredDocument {
	r := s.r
	b := &docBuilder{}
	published := time.Date(2023, 1, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(3*365*24)) * time.Hour)
	var claims []dossier.Claim
	filler := func() {
		for i := 0; i < 14; i++ {
			b.add(s.words[s.wordZipf.Uint64()])
		}
		b.endSentence()
	}
	for k := 0; k < 8; k++ {
		filler()
		src := s.source()
		srcSpan, srcEnt := b.entity(src, dossier.Org)
		cue := b.add("said")
		id := "c" + strconv.Itoa(len(claims)+1)
		if k%3 == 2 {
			content := b.add("that " + s.words[s.wordZipf.Uint64()] + " " + s.words[s.wordZipf.Uint64()] + " would " + s.words[r.IntN(len(s.words))])
			ev := b.endSentence()
			claims = append(claims, dossier.Claim{ID: id, Kind: dossier.StatementClaim, Certainty: dossier.Reported, Cue: cue,
				Sources: []dossier.Source{{Role: dossier.Speaker, Mention: dossier.Mention{Span: srcSpan, Entity: srcEnt}}},
				Content: content, Evidence: ev, Hedges: []string{}})
			continue
		}
		m := measures[min(int(r.ExpFloat64()*2.5), len(measures)-1)]
		value := float64(1 + r.IntN(5000))
		num := b.add(strconv.Itoa(int(value)))
		counted := b.add(s.nations[r.IntN(len(s.nations))] + " " + groups[r.IntN(len(groups))])
		b.add("were " + verbs[m] + " in")
		place, placeEnt := b.entity(s.places[r.IntN(len(s.places))], dossier.GPE)
		when := published.AddDate(0, 0, -r.IntN(4))
		whenSpan := b.add("on " + when.Weekday().String())
		ev := b.endSentence()
		certainty := dossier.Reported
		if r.IntN(4) == 0 {
			certainty = dossier.Hedged
		}
		claims = append(claims, dossier.Claim{ID: id, Kind: dossier.CountClaim, Measure: m, Low: value, High: value,
			Bound: dossier.Exact, Number: num, Counted: counted, Cue: cue, Certainty: certainty,
			Sources:  []dossier.Source{{Role: dossier.Speaker, Mention: dossier.Mention{Span: srcSpan, Entity: srcEnt}}},
			When:     &dossier.ClaimTime{Value: when.Format(time.DateOnly), Span: whenSpan},
			Where:    &dossier.ClaimPlace{Span: place, Entity: placeEnt},
			Evidence: ev, Hedges: []string{}})
	}
	filler()
	text := strings.TrimSuffix(b.text.String(), " ")
	sig := make([]uint32, 64)
	for i := range sig {
		sig[i] = r.Uint32()
	}
	bands := make([]uint64, 16)
	for i := range bands {
		bands[i] = r.Uint64()
	}
	return &dossier.StoredDocument{
		Analysis: dossier.Analysis{
			Document: dossier.Document{ID: fmt.Sprintf("doc-%06d", n), Outlet: "Outlet " + strconv.Itoa(r.IntN(40)),
				Title: s.words[s.wordZipf.Uint64()] + " " + s.words[s.wordZipf.Uint64()], Published: published, Text: text},
			Sentences: b.sentences, Tokens: b.tokens, Entities: b.entities, Claims: claims,
		},
		Meta: dossier.DocumentMeta{Format: "jsonl", Origin: "synthetic", Keywords: []string{s.words[r.IntN(100)]}, Signature: sig, Bands: bands},
	}
}

func TestScale(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("DOSSIER_STORE_SCALE"))
	if n <= 0 {
		t.Skip("set DOSSIER_STORE_SCALE=100000 to fill a store and time its queries")
	}
	ctx := context.Background()
	path := os.Getenv("DOSSIER_STORE_SCALE_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "scale.db")
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// A kept database is not filled again, but its ledger is rebuilt
	// (from the same generator) so that ReplaceLedger is measured too.
	fillScale(t, s, n, st.Documents == 0)
	st, _ = s.Stats(ctx)
	t.Logf("store: %+v", st)
	timeQueries(t, s)
}

func fillScale(t *testing.T, s *Store, n int, insert bool) {
	ctx := context.Background()
	gen := newSynth(1)
	start := time.Now()
	const batch = 2000
	var l dossier.Ledger
	figures := map[string]*dossier.Figure{}
	entities := map[string]int{}
	for i := 0; i < n; i += batch {
		if !insert {
			for j := i; j < min(n, i+batch); j++ {
				addToLedger(&l, figures, entities, gen.document(j))
			}
			continue
		}
		tx, err := s.write.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		var rows batchRows
		for j := i; j < min(n, i+batch); j++ {
			d := gen.document(j)
			p, err := encodeDocument(d)
			if err != nil {
				t.Fatal(err)
			}
			if _, _, err := s.insertDocument(ctx, tx, p, &rows); err != nil {
				t.Fatal(err)
			}
			addToLedger(&l, figures, entities, d)
		}
		if err := s.insertBatchRows(ctx, tx, &rows); err != nil {
			t.Fatal(err)
		}
		if err := indexPending(ctx, tx); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	if insert {
		t.Logf("filled %d documents in %v", n, time.Since(start).Round(time.Millisecond))
	}
	keys := make([]string, 0, len(figures))
	for k := range figures {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		f := figures[k]
		f.ID = "f" + strconv.Itoa(i+1)
		sort.SliceStable(f.Points, func(a, b int) bool { return f.Points[a].When < f.Points[b].When })
		f.Latest = f.Points[len(f.Points)-1].FigureValue
		if i%7 == 0 {
			f.Flags = []dossier.Flag{{Kind: dossier.Disagreement, Reason: "synthetic", Points: []int{0, 1}}}
		}
		l.Figures = append(l.Figures, *f)
	}
	start = time.Now()
	if err := s.ReplaceLedger(ctx, &l); err != nil {
		t.Fatal(err)
	}
	t.Logf("ReplaceLedger: %d entities, %d links, %d figures in %v", len(l.Entities), len(l.Links), len(l.Figures), time.Since(start).Round(time.Millisecond))
	start = time.Now()
	if err := s.ReplaceLedger(ctx, &l); err != nil {
		t.Fatal(err)
	}
	t.Logf("ReplaceLedger again (nothing moves): %v", time.Since(start).Round(time.Millisecond))
}

// addToLedger files d's entities and count claims the way reconcile
// would: one entity per name, one figure per measure and counted group.
func addToLedger(l *dossier.Ledger, figures map[string]*dossier.Figure, entities map[string]int, d *dossier.StoredDocument) {
	text := d.Document.Text
	links := map[string]string{}
	for _, e := range d.Entities {
		name := e.Span.Text(text)
		i, ok := entities[name]
		if !ok {
			i = len(l.Entities)
			entities[name] = i
			l.Entities = append(l.Entities, dossier.LedgerEntity{ID: "ent" + strconv.Itoa(i), Name: name, Type: e.Type})
		}
		l.Entities[i].Mentions++
		l.Links = append(l.Links, dossier.EntityLink{Document: d.Document.ID, Local: e.ID, Entity: l.Entities[i].ID})
		links[e.ID] = l.Entities[i].ID
	}
	for _, c := range d.Claims {
		if c.Kind != dossier.CountClaim {
			continue
		}
		counted := c.Counted.Text(text)
		key := string(c.Measure) + "|" + counted
		f := figures[key]
		if f == nil {
			f = &dossier.Figure{Measure: c.Measure, Counted: counted}
			figures[key] = f
		}
		src := c.Sources[0]
		f.Points = append(f.Points, dossier.FigurePoint{
			FigureValue: dossier.FigureValue{When: c.When.Value, Low: c.Low, High: c.High, Bound: c.Bound},
			Sources:     []dossier.SourceText{{Role: src.Role, Text: src.Span.Text(text), Name: src.Span.Text(text), Entity: links[src.Entity]}},
			Certainty:   c.Certainty, Document: d.Document.ID, Claim: c.ID,
		})
	}
}

// timeQueries runs each query several times and logs the median.
func timeQueries(t *testing.T, s *Store) {
	ctx := context.Background()
	page1, next, err := s.Claims(ctx, dossier.ClaimFilter{Measure: dossier.Deaths})
	if err != nil || next == "" {
		t.Fatalf("Claims(deaths) = %d, %q, %v", len(page1), next, err)
	}
	figs, err := s.Figures(ctx, dossier.FigureFilter{Limit: 1})
	if err != nil || len(figs) == 0 {
		t.Fatalf("Figures() = %v", err)
	}
	var common, rare, commonEntity, rareEntity string
	if err := s.read.QueryRowContext(ctx, `SELECT name, id FROM entities WHERE type = 'ORG' ORDER BY mentions DESC LIMIT 1`).Scan(&common, &commonEntity); err != nil {
		t.Fatal(err)
	}
	if err := s.read.QueryRowContext(ctx, `SELECT name, id FROM entities WHERE type = 'ORG' ORDER BY mentions LIMIT 1`).Scan(&rare, &rareEntity); err != nil {
		t.Fatal(err)
	}
	type query struct {
		name string
		run  func() (int, error)
	}
	claims := func(f dossier.ClaimFilter) func() (int, error) {
		return func() (int, error) {
			cs, _, err := s.Claims(ctx, f)
			return len(cs), err
		}
	}
	queries := []query{
		{"claims (no filter)", claims(dossier.ClaimFilter{})},
		{"claims measure=deaths", claims(dossier.ClaimFilter{Measure: dossier.Deaths})},
		{"claims measure=deaths page 2 (cursor)", claims(dossier.ClaimFilter{Measure: dossier.Deaths, After: next})},
		{"claims kind=count certainty=hedged", claims(dossier.ClaimFilter{Kind: dossier.CountClaim, Certainty: dossier.Hedged})},
		{"claims source (common: " + common + ")", claims(dossier.ClaimFilter{Source: common})},
		{"claims source (rare: " + rare + ")", claims(dossier.ClaimFilter{Source: rare})},
		{"claims from..to one month", claims(dossier.ClaimFilter{From: "2024-05-01", To: "2024-05-31"})},
		{"claims measure=deaths one month", claims(dossier.ClaimFilter{Measure: dossier.Deaths, From: "2024-05-01", To: "2024-05-31"})},
		{"claims query (common word)", claims(dossier.ClaimFilter{Query: "said"})},
		{"claims query (rarer word)", claims(dossier.ClaimFilter{Query: "wounded"})},
		{"claims about=troops", claims(dossier.ClaimFilter{About: "troops"})},
		{"claims entity (rare: " + rare + ")", claims(dossier.ClaimFilter{Entity: rareEntity})},
		{"claims entity (common: " + common + ")", claims(dossier.ClaimFilter{Entity: commonEntity})},
		{"claims source substring (\"ministry\")", claims(dossier.ClaimFilter{Source: "ministry"})},
		{"claims figure", claims(dossier.ClaimFilter{Figure: figs[0].ID})},
		{"figures limit 100 (the API's default page)", func() (int, error) {
			fs, err := s.Figures(ctx, dossier.FigureFilter{Limit: 100})
			return len(fs), err
		}},
		{"figures measure=deaths about=troops", func() (int, error) {
			fs, err := s.Figures(ctx, dossier.FigureFilter{Measure: dossier.Deaths, About: "troops"})
			return len(fs), err
		}},
		{"figures flagged", func() (int, error) {
			fs, err := s.Figures(ctx, dossier.FigureFilter{Flagged: true})
			return len(fs), err
		}},
		{"figures (all)", func() (int, error) {
			fs, err := s.Figures(ctx, dossier.FigureFilter{})
			return len(fs), err
		}},
		{"figure by id", func() (int, error) {
			f, err := s.Figure(ctx, figs[0].ID)
			if err != nil {
				return 0, err
			}
			return len(f.Points), nil
		}},
		{"documents page 1", func() (int, error) {
			ds, _, err := s.Documents(ctx, dossier.DocumentFilter{})
			return len(ds), err
		}},
		{"search", func() (int, error) {
			hs, err := s.Search(ctx, dossier.SearchQuery{Text: figs[0].Counted})
			return len(hs), err
		}},
		{"stats", func() (int, error) {
			_, err := s.Stats(ctx)
			return 1, err
		}},
	}
	t.Logf("%-50s %8s %10s %10s", "query", "rows", "median", "max")
	for _, q := range queries {
		var times []time.Duration
		rows := 0
		for i := 0; i < 7; i++ {
			start := time.Now()
			n, err := q.run()
			if err != nil {
				t.Fatalf("%s: %v", q.name, err)
			}
			times = append(times, time.Since(start))
			rows = n
		}
		sort.Slice(times, func(a, b int) bool { return times[a] < times[b] })
		t.Logf("%-50s %8d %10v %10v", q.name, rows, times[len(times)/2].Round(10*time.Microsecond), times[len(times)-1].Round(10*time.Microsecond))
	}
}

// BenchmarkPutDocument stores the dev articles of the count-claim set,
// analysed by the default pipeline, again and again under new text (the
// layers stay valid: the text only grows at its end), one transaction
// each.
func BenchmarkPutDocument(b *testing.B) {
	shared := sharedtest.Dir(b)
	f, err := os.Open(filepath.Join(shared, "data", "claims", "dev-docs.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*dossier.Analysis
	words, claims := 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		a, err := x.Extract(dossier.Document{ID: r.ID, Title: r.Title, Published: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC), Text: r.Text})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, a)
		words += len(a.Tokens)
		claims += len(a.Claims)
	}
	b.Logf("%d articles, %d tokens and %d claims on average", len(docs), words/len(docs), claims/len(docs))
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	// CPU time, beside the wall time: on a shared machine the wall time
	// mostly measures the neighbours.
	r := rand.New(rand.NewPCG(5, 6))
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := docs[i%len(docs)]
		d := &dossier.StoredDocument{Analysis: *a}
		d.Document.ID = fmt.Sprintf("%s-%d", a.Document.ID, i)
		d.Document.Text = a.Document.Text + " " + strconv.Itoa(i)
		// 40 band keys, as ingest's MinHash gives: random, like hashes.
		d.Meta.Bands = make([]uint64, benchBands)
		for j := range d.Meta.Bands {
			d.Meta.Bands[j] = r.Uint64()
		}
		if _, _, err := s.PutDocument(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Microsecond)/float64(b.N), "cpu-µs/op")
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchBands is the number of band keys per benchmark document (ingest
// uses 40); DOSSIER_BENCH_BANDS overrides it.
var benchBands = func() int {
	if n, err := strconv.Atoi(os.Getenv("DOSSIER_BENCH_BANDS")); err == nil {
		return n
	}
	return 40
}()
