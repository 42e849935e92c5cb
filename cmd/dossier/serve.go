package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"sync"

	"github.com/dossierhq/dossier"
	dhttp "github.com/dossierhq/dossier/http"
	"github.com/dossierhq/dossier/ingest"
	"github.com/dossierhq/dossier/reconcile"
)

// defaultAddr keeps the server on this machine unless the user says
// otherwise.
const defaultAddr = "127.0.0.1:8080"

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "serve", "[--db PATH] [--addr HOST:PORT] [--token TOKEN]")
	db := dbFlag(fs)
	addr := fs.String("addr", defaultAddr, "listen on `host:port`; beyond loopback only with a --token")
	token := fs.String("token", os.Getenv("DOSSIER_TOKEN"), "bearer `token` required by write endpoints (default $DOSSIER_TOKEN)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		fs.Usage()
		return errUsage
	}
	if err := checkExposure(*addr, *token); err != nil {
		return err
	}
	store, err := createStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	logger := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	srv, err := dhttp.NewServer(store, dhttp.Options{Token: *token, Ingest: ingestInto(store), Logger: logger})
	if err != nil {
		return err
	}
	if err := srv.Open(*addr); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "dossier serve: %s (ledger %s); Ctrl-C stops\n", srv.URL(), *db)
	<-ctx.Done()
	return srv.Close()
}

// checkExposure refuses to listen beyond loopback without a token: anyone
// who can reach the port could write to the ledger.
func checkExposure(addr, token string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return dossier.Errorf(dossier.EINVALID, "--addr %q: want host:port, e.g. %s", addr, defaultAddr)
	}
	if token != "" || host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return dossier.Errorf(dossier.EINVALID, "--addr %s reaches beyond this machine: set --token (or $DOSSIER_TOKEN) so that only you can write", addr)
}

// ingestInto returns the POST /api/documents handler: ingest the body, then
// rebuild the ledger when anything new was stored. One request at a time:
// reconciliation replaces the whole ledger.
func ingestInto(store dossier.Store) dhttp.IngestFunc {
	var mu sync.Mutex
	g := ingest.New(store, ingest.Options{})
	return func(ctx context.Context, r io.Reader, name, format string) (*dhttp.IngestSummary, error) {
		mu.Lock()
		defer mu.Unlock()
		sum, err := g.Ingest(ctx, r, name, format)
		if err != nil {
			return nil, err
		}
		out := &dhttp.IngestSummary{Records: sum.Records, Stored: sum.Stored, Unchanged: sum.Unchanged,
			Duplicates: sum.Duplicates, Claims: sum.Claims, Skipped: []dhttp.IngestSkip{}, ElapsedMS: sum.Elapsed.Milliseconds()}
		for _, s := range sum.Skipped {
			out.Skipped = append(out.Skipped, dhttp.IngestSkip{Origin: s.Origin, Code: dossier.ErrorCode(s.Err), Message: dossier.ErrorMessage(s.Err)})
		}
		if sum.Stored > 0 {
			if _, err := reconcile.Run(ctx, store, reconcile.Options{}); err != nil {
				return nil, fmt.Errorf("stored %d documents, then: %w", sum.Stored, err)
			}
			out.Reconciled = true
		}
		return out, nil
	}
}
