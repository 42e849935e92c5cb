package main

import (
	"context"
	"fmt"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/demo"
	"github.com/dossierhq/dossier/export"
	"github.com/dossierhq/dossier/ingest"
)

// defaultDemoDB keeps the demo apart from a real ledger in ./dossier.db.
const defaultDemoDB = "dossier-demo.db"

func runDemo(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "demo", "[--db PATH] [--serve [--addr HOST:PORT]]")
	db := fs.String("db", defaultDemoDB, "SQLite file to ingest the demo corpus into")
	serve := fs.Bool("serve", false, "then serve the web UI and API on the demo ledger")
	addr := fs.String("addr", defaultAddr, "with --serve: listen on `host:port`")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		fs.Usage()
		return errUsage
	}
	s, err := createStore(ctx, *db)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "dossier demo: ingesting the embedded corpus (14 articles about North Korean troops in Russia) into %s\n", *db)
	sum, runErr := ingestFS(ctx, ingest.New(s, ingest.Options{}), demo.Story(), "demo")
	if err := finishIngest(ctx, env, s, sum, runErr, true, false); err != nil {
		s.Close()
		return err
	}
	figs, err := s.Figures(ctx, dossier.FigureFilter{})
	if err != nil {
		s.Close()
		return err
	}
	out := make([]export.Figure, 0, len(figs))
	for i := range figs {
		out = append(out, export.FromFigure(&figs[i]))
	}
	fmt.Fprintln(env.Stdout)
	if err := figuresTable(env.Stdout, out, false); err != nil {
		s.Close()
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "\nNext: dossier figures --db %s --about \"North Korean troops\"   ·   dossier claims --db %s --measure deaths   ·   dossier serve --db %s\n", *db, *db, *db)
	if !*serve {
		return nil
	}
	return runServe(ctx, env, []string{"--db", *db, "--addr", *addr})
}
