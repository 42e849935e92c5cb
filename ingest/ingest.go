package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/extract"
)

// Options configure an Ingester. The zero value is usable.
type Options struct {
	// Workers is the number of documents analysed in parallel; 0 means
	// GOMAXPROCS.
	Workers int
	// Format forces one input format (one of Formats) for every input; ""
	// detects each input's format.
	Format string
	// Published is the publication date of documents that state none.
	Published time.Time
	// Outlet is the outlet of documents that name none.
	Outlet string
	// MaxBytes is the largest text analysed; 0 means
	// extract.DefaultMaxBytes.
	MaxBytes int
	// Threshold is the estimated Jaccard similarity at or above which a
	// document is linked as a copy; 0 means DuplicateThreshold.
	Threshold float64
	// Progress, when set, is called after each record (stored, unchanged or
	// skipped), from one goroutine at a time.
	Progress func(Progress)
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
	// NewExtractor makes one extractor per worker; nil means extract.New.
	NewExtractor func() (*extract.Extractor, error)
}

// Progress is reported after each record.
type Progress struct {
	Files, FilesTotal int   // inputs opened so far, and in all (Run only)
	Bytes, BytesTotal int64 // input bytes read; BytesTotal is 0 when unknown (stdin)
	Records           int   // records handled: stored, unchanged or skipped
	Stored            int
	Unchanged         int
	Duplicates        int
	Skipped           int
	Origin            string // the record just handled
	Elapsed           time.Duration
}

// Summary is the outcome of a Run or an Ingest.
type Summary struct {
	Records    int   // records read: Stored + Unchanged + len(Skipped)
	Stored     int   // documents stored
	Unchanged  int   // documents already in the store (same content hash)
	Duplicates int   // stored documents linked as near-duplicates of earlier ones
	Claims     int   // claims of the stored documents
	Words      int   // tokens of the stored documents
	Bytes      int64 // input bytes read
	Skipped    []Skip
	Elapsed    time.Duration
}

// PerSecond is the number of records handled per second.
func (s Summary) PerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Records) / s.Elapsed.Seconds()
}

// Skip is a record, or a whole input, that was not stored, and why.
type Skip struct {
	Origin string // as Record.Origin, or the input path
	Err    error  // carries a dossier error code
}

// String reads "origin: reason".
func (s Skip) String() string { return s.Origin + ": " + dossier.ErrorMessage(s.Err) }

// Ingester reads inputs, analyses each document with the extraction
// pipeline and stores it with its near-duplicate link and keywords.
//
// An Ingester may serve several Run and Ingest calls at once (an HTTP
// server's uploads, say); it keeps its extractors between calls.
type Ingester struct {
	store dossier.Store
	opt   Options

	mu   sync.Mutex
	free []*extract.Extractor // idle extractors, reused across runs
}

// extractor takes an idle extractor or makes one.
func (g *Ingester) extractor() (*extract.Extractor, error) {
	g.mu.Lock()
	if n := len(g.free); n > 0 {
		x := g.free[n-1]
		g.free = g.free[:n-1]
		g.mu.Unlock()
		return x, nil
	}
	g.mu.Unlock()
	x, err := g.opt.NewExtractor()
	if err != nil {
		return nil, err
	}
	x.MaxBytes = g.opt.MaxBytes
	return x, nil
}

func (g *Ingester) release(x *extract.Extractor) {
	g.mu.Lock()
	g.free = append(g.free, x)
	g.mu.Unlock()
}

// New returns an Ingester writing to store.
func New(store dossier.Store, opt Options) *Ingester {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = extract.DefaultMaxBytes
	}
	if opt.Threshold <= 0 {
		opt.Threshold = DuplicateThreshold
	}
	if opt.Stdin == nil {
		opt.Stdin = os.Stdin
	}
	if opt.NewExtractor == nil {
		opt.NewExtractor = func() (*extract.Extractor, error) { return extract.New() }
	}
	return &Ingester{store: store, opt: opt}
}

// Run ingests inputs: files, folders (recursively, skipping hidden files
// and folders), glob patterns, and "-" for standard input. Documents are
// stored in input order, several to a transaction when the store is a
// dossier.BatchStore (up to 16, none waiting over 50 ms for its commit), so
// an interrupted run keeps everything stored before its last batch, and
// running it again stores only what is missing, each text once.
//
// Records and inputs that cannot be read or analysed are listed in
// Summary.Skipped and the run goes on. Run's error is for what stops the
// whole run: a cancelled ctx, or a store that fails for reasons other than
// the document (ENOTFOUND/EINVALID/ECONFLICT on one document are skips).
// The Summary is valid either way.
func (g *Ingester) Run(ctx context.Context, inputs []string) (Summary, error) {
	if err := g.checkFormat(g.opt.Format); err != nil {
		return Summary{}, err
	}
	srcs, skips := expandInputs(inputs)
	var total int64
	known := true
	for _, s := range srcs {
		if s.path == "-" {
			known = false
		}
		total += s.size
	}
	if !known {
		total = 0
	}
	return g.run(ctx, len(srcs), total, skips, func(ctx context.Context, st *runState, emit emitFunc) error {
		for _, s := range srcs {
			if err := ctx.Err(); err != nil {
				return err
			}
			st.files.Add(1)
			if err := g.readSource(ctx, s, st, emit); err != nil {
				if ctx.Err() != nil || errors.Is(err, errStopped) {
					return err
				}
				if err := emit(pending{Record: Record{Origin: s.path, Err: err}}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// Ingest ingests one input stream (an HTTP request body, say); name is its
// origin in the ledger and format is as in Read.
func (g *Ingester) Ingest(ctx context.Context, r io.Reader, name, format string) (Summary, error) {
	if format == "" {
		format = g.opt.Format
	}
	if err := g.checkFormat(format); err != nil {
		return Summary{}, err
	}
	return g.run(ctx, 1, 0, nil, func(ctx context.Context, st *runState, emit emitFunc) error {
		st.files.Add(1)
		err := readInput(ctx, &countingReader{r: r, n: &st.bytes}, name, format, emit)
		if err != nil && ctx.Err() == nil && !errors.Is(err, errStopped) {
			if name == "" || name == "-" {
				name = "stdin"
			}
			return emit(pending{Record: Record{Origin: name, Err: err}})
		}
		return err
	})
}

func (g *Ingester) checkFormat(f string) error {
	if f != "" && !validFormat(f) {
		return dossier.Errorf(dossier.EINVALID, "unknown format %q (want one of %s)", f, strings.Join(Formats, ", "))
	}
	return nil
}

func (g *Ingester) readSource(ctx context.Context, s source, st *runState, emit emitFunc) error {
	var r io.Reader
	name := s.path
	if s.path == "-" {
		r = g.opt.Stdin
	} else {
		f, err := os.Open(s.path)
		if err != nil {
			return dossier.Errorf(dossier.EINVALID, "cannot open: %v", unwrapPathError(err))
		}
		defer f.Close()
		r = f
	}
	return readInput(ctx, &countingReader{r: r, n: &st.bytes}, name, g.opt.Format, emit)
}

// errStopped is returned to readers when the run stops (the writer failed).
var errStopped = errors.New("ingest stopped")

// runState is shared by the reader, the workers and the writer of a run.
type runState struct {
	files atomic.Int64
	bytes atomic.Int64
}

// job is one record on its way from the reader through a worker to the
// writer.
type job struct {
	seq int
	rec pending

	hash      string
	unchanged bool
	doc       *dossier.StoredDocument
	err       error // why the record is skipped
	fatal     error // why the run must stop
}

// run wires one reader goroutine, Workers analysing goroutines and the
// calling goroutine as the single writer. The writer stores documents in
// input order, which makes duplicate links deterministic: a document is
// compared with everything stored before it.
func (g *Ingester) run(ctx context.Context, files int, totalBytes int64, skips []Skip, produce func(context.Context, *runState, emitFunc) error) (Summary, error) {
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	st := &runState{}
	sum := Summary{Skipped: skips}
	sum.Records = len(skips)

	workers := g.opt.Workers
	window := workers * 8 // records in flight between reader and writer
	tokens := make(chan struct{}, window)
	jobs := make(chan *job, window)
	results := make(chan *job, window)

	var produceErr error
	go func() {
		defer close(jobs)
		seq := 0
		produceErr = produce(ctx, st, func(p pending) error {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return errStopped
			}
			jobs <- &job{seq: seq, rec: p}
			seq++
			return nil
		})
	}()

	var wg sync.WaitGroup
	var extractorErr error
	var errOnce sync.Once
	for range workers {
		wg.Go(func() {
			var x *extract.Extractor
			var err error
			for j := range jobs {
				if x == nil && err == nil {
					// Made on the first job, so a run of one document
					// does not build an extractor per worker.
					if x, err = g.extractor(); err != nil {
						errOnce.Do(func() { extractorErr = err })
					}
				}
				if err != nil {
					j.fatal = fmt.Errorf("ingest: extractor: %w", err)
				} else {
					g.analyse(ctx, x, j)
				}
				results <- j
			}
			if x != nil {
				g.release(x)
			}
		})
	}
	go func() { wg.Wait(); close(results) }()

	w := g.newWriter(st, &sum, files, totalBytes, start)
	var fatal error
	waiting := map[int]*job{}
	next := 0
	in := (<-chan *job)(results) // nil once closed
	for in != nil {
		var j *job
		select {
		case r, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			j = r
		case <-w.due():
			if fatal == nil {
				if err := w.flush(ctx); err != nil {
					fatal = err
					cancel()
				}
			}
			continue
		}
		waiting[j.seq] = j
		for {
			j, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next++
			<-tokens
			if fatal != nil {
				continue // drain after a failure
			}
			if err := w.add(ctx, j); err != nil {
				fatal = err
				cancel()
			}
		}
	}
	if fatal == nil {
		// What was analysed before an interruption is stored too.
		if err := w.flush(context.WithoutCancel(ctx)); err != nil {
			fatal = err
		}
	}
	w.stop()
	sum.Bytes = st.bytes.Load()
	sum.Elapsed = time.Since(start)
	switch {
	case fatal != nil:
		return sum, fatal
	case extractorErr != nil:
		return sum, fmt.Errorf("ingest: extractor: %w", extractorErr)
	case ctx.Err() != nil:
		return sum, ctx.Err()
	case produceErr != nil && !errors.Is(produceErr, errStopped):
		return sum, produceErr
	}
	return sum, nil
}

// analyse runs in a worker: parse, hash, look the hash up, extract,
// signature and keywords.
func (g *Ingester) analyse(ctx context.Context, x *extract.Extractor, j *job) {
	rec := j.rec.resolve()
	if rec.Err != nil {
		j.err = rec.Err
		return
	}
	if ctx.Err() != nil {
		return
	}
	doc := rec.Document
	if doc.Published.IsZero() {
		doc.Published = g.opt.Published
	}
	if doc.Outlet == "" {
		doc.Outlet = g.opt.Outlet
	}
	if err := x.Check(doc.Text); err != nil {
		j.err = err
		return
	}
	sum := sha256.Sum256([]byte(doc.Text))
	j.hash = hex.EncodeToString(sum[:])
	if _, err := g.store.DocumentByHash(ctx, j.hash); err == nil {
		j.unchanged = true
		return
	} else if dossier.ErrorCode(err) != dossier.ENOTFOUND {
		j.fatal = fmt.Errorf("ingest: %s: look up hash: %w", rec.Origin, err)
		return
	}
	if doc.ID == "" {
		// Derived from the content, so a rerun assigns the same id.
		doc.ID = j.hash[:16]
	}
	a, err := x.Extract(doc)
	if err != nil {
		j.err = err
		return
	}
	sig := Signature(doc.Text)
	j.doc = &dossier.StoredDocument{
		Analysis: *a,
		Meta: dossier.DocumentMeta{
			Hash:      j.hash,
			Words:     len(a.Tokens),
			Claims:    len(a.Claims),
			Origin:    rec.Origin,
			Format:    rec.Format,
			Keywords:  Keywords(a),
			Signature: sig,
			Bands:     BandKeys(sig),
		},
	}
}

// Group commit: the writer stores up to batchDocs documents in one
// transaction, and none waits longer than batchWait for its commit.
const (
	batchDocs = 16
	batchWait = 50 * time.Millisecond
)

// writer is the run's single writer. It keeps the records of the batch not
// yet committed, in input order, and accounts for each one (Summary,
// Progress) once its batch is committed.
type writer struct {
	g          *Ingester
	st         *runState
	sum        *Summary
	files      int
	totalBytes int64
	start      time.Time

	batch      dossier.BatchStore // nil: one PutDocument per document
	max        int
	jobs       []*job              // records waiting, in input order
	docs       int                 // how many of jobs are documents to store
	bands      map[uint64]struct{} // the band keys of those documents
	timer      *time.Timer
	timerArmed bool
}

func (g *Ingester) newWriter(st *runState, sum *Summary, files int, totalBytes int64, start time.Time) *writer {
	w := &writer{g: g, st: st, sum: sum, files: files, totalBytes: totalBytes, start: start, max: 1, bands: map[uint64]struct{}{}}
	if b, ok := g.store.(dossier.BatchStore); ok {
		w.batch, w.max = b, batchDocs
	}
	return w
}

// due fires when the oldest document of the batch has waited batchWait.
func (w *writer) due() <-chan time.Time {
	if !w.timerArmed {
		return nil
	}
	return w.timer.C
}

func (w *writer) stop() {
	if w.timer != nil {
		w.timer.Stop()
	}
}

// add takes the next record in input order. A document is linked to the
// earliest similar stored document and joins the batch; its error stops
// the run.
func (w *writer) add(ctx context.Context, j *job) error {
	if err := ctx.Err(); err != nil {
		if ferr := w.flush(context.WithoutCancel(ctx)); ferr != nil {
			return ferr
		}
		return err
	}
	if j.fatal != nil {
		// Records before it are stored, as they would be one at a time.
		if err := w.flush(ctx); err != nil {
			return err
		}
		w.sum.Records++
		return j.fatal
	}
	if j.doc == nil {
		if j.err == nil && !j.unchanged {
			return ctx.Err() // analysis was cut short by cancellation
		}
		w.jobs = append(w.jobs, j)
		if w.docs == 0 {
			return w.flush(ctx) // nothing to commit: report it now
		}
		return nil
	}
	d := j.doc
	if len(d.Meta.Bands) > 0 {
		// A document is compared with everything stored before it: when
		// it may resemble one of the batch, which the store does not
		// show yet, the batch is committed first.
		for _, b := range d.Meta.Bands {
			if _, ok := w.bands[b]; ok {
				if err := w.flush(ctx); err != nil {
					return err
				}
				break
			}
		}
		similar, err := w.g.store.SimilarDocuments(ctx, d.Meta.Bands)
		if err != nil {
			w.sum.Records++
			return fmt.Errorf("ingest: %s: similar documents: %w", j.rec.Origin, err)
		}
		d.Meta.DuplicateOf = original(d.Meta.Signature, similar, w.g.opt.Threshold)
		for _, b := range d.Meta.Bands {
			w.bands[b] = struct{}{}
		}
	}
	d.Meta.Ingested = time.Now().UTC()
	w.jobs = append(w.jobs, j)
	w.docs++
	if w.docs >= w.max {
		return w.flush(ctx)
	}
	if w.docs == 1 {
		if w.timer == nil {
			w.timer = time.NewTimer(batchWait)
		} else {
			w.timer.Reset(batchWait)
		}
		w.timerArmed = true
	}
	return nil
}

// flush stores the batch's documents and accounts for its records. Its
// error stops the run; nothing of the batch is then stored.
func (w *writer) flush(ctx context.Context) error {
	if w.timerArmed {
		w.timer.Stop()
		w.timerArmed = false
	}
	if len(w.jobs) == 0 {
		return nil
	}
	jobs := w.jobs
	w.jobs, w.docs = w.jobs[:0], 0
	clear(w.bands)
	var docs []*dossier.StoredDocument
	for _, j := range jobs {
		if j.doc != nil {
			docs = append(docs, j.doc)
		}
	}
	var results []dossier.PutResult
	switch {
	case len(docs) == 0:
	case w.batch != nil:
		var err error
		if results, err = w.batch.PutDocuments(ctx, docs); err != nil {
			w.sum.Records++
			return fmt.Errorf("ingest: %s: store: %w", jobs[0].rec.Origin, err)
		}
	default:
		results = make([]dossier.PutResult, len(docs))
		for i, d := range docs {
			r := &results[i]
			r.ID, r.Created, r.Err = w.g.store.PutDocument(ctx, d)
			if r.Err != nil && !documentError(r.Err) {
				w.sum.Records++
				return fmt.Errorf("ingest: %s: store: %w", d.Meta.Origin, r.Err)
			}
		}
	}
	k := 0
	for _, j := range jobs {
		var r dossier.PutResult
		if j.doc != nil {
			r = results[k]
			k++
		}
		if err := w.account(j, r); err != nil {
			return err
		}
		if w.g.opt.Progress != nil {
			s := w.sum
			w.g.opt.Progress(Progress{
				Files: int(w.st.files.Load()), FilesTotal: w.files,
				Bytes: w.st.bytes.Load(), BytesTotal: w.totalBytes,
				Records: s.Records, Stored: s.Stored, Unchanged: s.Unchanged,
				Duplicates: s.Duplicates, Skipped: len(s.Skipped),
				Origin: j.rec.Origin, Elapsed: time.Since(w.start),
			})
		}
	}
	return nil
}

// documentError reports whether err is the document's own fault (a skip),
// not the store's.
func documentError(err error) bool {
	switch dossier.ErrorCode(err) {
	case dossier.EINVALID, dossier.ECONFLICT:
		return true
	}
	return false
}

// account adds one record of a committed batch to the summary: a skip, an
// unchanged text, or a stored document (r).
func (w *writer) account(j *job, r dossier.PutResult) error {
	sum := w.sum
	sum.Records++
	switch {
	case j.err != nil:
		sum.Skipped = append(sum.Skipped, Skip{Origin: j.rec.Origin, Err: j.err})
		return nil
	case j.unchanged:
		sum.Unchanged++
		return nil
	}
	if r.Err != nil {
		if documentError(r.Err) {
			sum.Skipped = append(sum.Skipped, Skip{Origin: j.rec.Origin, Err: r.Err})
			return nil
		}
		return fmt.Errorf("ingest: %s: store: %w", j.rec.Origin, r.Err)
	}
	if !r.Created {
		sum.Unchanged++ // the same text came earlier in this run
		return nil
	}
	d := j.doc
	sum.Stored++
	sum.Claims += d.Meta.Claims
	sum.Words += d.Meta.Words
	if d.Meta.DuplicateOf != "" {
		sum.Duplicates++
	}
	return nil
}

// original picks, among stored documents similar to sig at or above
// threshold, the one to link to: the earliest published (undated ones
// last), then the earliest stored, then the smallest id. A match that is
// itself a copy stands for the document it copies, so links never chain.
func original(sig []uint32, similar []dossier.StoredDocument, threshold float64) string {
	var best *dossier.StoredDocument
	for i := range similar {
		c := &similar[i]
		if Similarity(sig, c.Meta.Signature) < threshold {
			continue
		}
		if best == nil || earlier(c, best) {
			best = c
		}
	}
	switch {
	case best == nil:
		return ""
	case best.Meta.DuplicateOf != "":
		return best.Meta.DuplicateOf
	}
	return best.Document.ID
}

func earlier(a, b *dossier.StoredDocument) bool {
	pa, pb := a.Document.Published, b.Document.Published
	if pa.IsZero() != pb.IsZero() {
		return !pa.IsZero()
	}
	if !pa.Equal(pb) {
		return pa.Before(pb)
	}
	if !a.Meta.Ingested.Equal(b.Meta.Ingested) {
		return a.Meta.Ingested.Before(b.Meta.Ingested)
	}
	return a.Document.ID < b.Document.ID
}

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
