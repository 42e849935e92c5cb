package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"path"
	"runtime"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/ingest"
	"github.com/dossierhq/dossier/reconcile"
)

func runIngest(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "ingest", "[flags] PATH|GLOB|- …   (text, HTML, RSS/Atom, WARC[.gz], JSONL; folders recursively)")
	db := dbFlag(fs)
	var (
		workers   = fs.Int("workers", runtime.GOMAXPROCS(0), "documents analysed in parallel")
		format    = fs.String("format", "", "force one input format for every input: text, html, feed, warc or jsonl (default: detect)")
		published = fs.String("published", "", "publication `date` (YYYY-MM-DD) of documents that state none")
		outlet    = fs.String("outlet", "", "outlet of documents that name none")
		noRecon   = fs.Bool("no-reconcile", false, "store documents only; skip rebuilding entities, figures and stories")
		quiet     = fs.Bool("quiet", false, "no progress bar and no list of skipped records")
		cpuprof   = fs.String("cpuprofile", "", "write a CPU profile to `file` (for speed work)")
	)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return errUsage
	}
	if *cpuprof != "" {
		stop, err := startCPUProfile(*cpuprof)
		if err != nil {
			return err
		}
		defer stop()
	}
	opt := ingest.Options{Workers: *workers, Format: *format, Outlet: *outlet, Stdin: env.Stdin}
	if *published != "" {
		if opt.Published, err = ingest.ParseDate(*published); err != nil {
			return dossier.Errorf(dossier.EINVALID, "--published: %v", err)
		}
	}
	s, err := createStore(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	bar := newProgressBar(env.Stderr)
	if *quiet {
		bar.on = false
	}
	opt.Progress = func(p ingest.Progress) { bar.update(p.Records, 0, progressNote(p)) }
	sum, runErr := ingest.New(s, opt).Run(ctx, pos)
	bar.done()
	return finishIngest(ctx, env, s, sum, runErr, !*noRecon, *quiet)
}

func progressNote(p ingest.Progress) string {
	note := fmt.Sprintf("%d stored, %d unchanged, %d skipped", p.Stored, p.Unchanged, p.Skipped)
	if p.BytesTotal > 0 {
		note = fmt.Sprintf("%3.0f%% of input  %s", 100*float64(p.Bytes)/float64(p.BytesTotal), note)
	}
	return note
}

// finishIngest prints the summary, lists skipped records on stderr and
// rebuilds the ledger when anything new was stored. It runs even when the
// ingest stopped early, so what was stored is reconciled.
func finishIngest(ctx context.Context, env *Env, s dossier.Store, sum ingest.Summary, runErr error, recon, quiet bool) error {
	if !quiet {
		for _, sk := range sum.Skipped {
			fmt.Fprintf(env.Stderr, "skipped %s\n", sk)
		}
	}
	fmt.Fprintf(env.Stdout, "ingested %d records in %s (%.0f/s): %d stored (%d near-duplicates linked), %d unchanged, %d skipped; %d claims, %d words\n",
		sum.Records, sum.Elapsed.Round(time.Millisecond), sum.PerSecond(), sum.Stored, sum.Duplicates, sum.Unchanged,
		len(sum.Skipped), sum.Claims, sum.Words)
	if recon && (sum.Stored > 0 || runErr == nil) {
		start := time.Now()
		l, err := reconcile.Run(ctx, s, reconcile.Options{})
		if err != nil {
			if runErr == nil {
				runErr = fmt.Errorf("reconcile: %w", err)
			}
		} else {
			flags := 0
			for _, f := range l.Figures {
				flags += len(f.Flags)
			}
			fmt.Fprintf(env.Stdout, "ledger: %d entities, %d figures (%d flags), %d stories in %s\n",
				len(l.Entities), len(l.Figures), flags, len(l.Stories), time.Since(start).Round(time.Millisecond))
		}
	}
	if runErr != nil {
		return runErr
	}
	if len(sum.Skipped) > 0 {
		return dossier.Errorf(dossier.EINVALID, "%d records skipped", len(sum.Skipped))
	}
	return nil
}

// ingestFS ingests every file of fsys (the embedded demo corpus), in name
// order, each under the origin prefix/name.
func ingestFS(ctx context.Context, g *ingest.Ingester, fsys fs.FS, prefix string) (ingest.Summary, error) {
	var total ingest.Summary
	start := time.Now()
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) == ".md" {
			return err
		}
		f, err := fsys.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		sum, err := g.Ingest(ctx, f.(io.Reader), path.Join(prefix, p), "")
		total.Records += sum.Records
		total.Stored += sum.Stored
		total.Unchanged += sum.Unchanged
		total.Duplicates += sum.Duplicates
		total.Claims += sum.Claims
		total.Words += sum.Words
		total.Bytes += sum.Bytes
		total.Skipped = append(total.Skipped, sum.Skipped...)
		return err
	})
	total.Elapsed = time.Since(start)
	return total, err
}
