package main

import (
	"context"
	"flag"
	"os"
	"strings"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/sqlite"
)

// defaultDB is where the ledger lives unless --db or $DOSSIER_DB says
// otherwise.
const defaultDB = "dossier.db"

// dbFlag adds --db to fs.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("DOSSIER_DB")
	if def == "" {
		def = defaultDB
	}
	return fs.String("db", def, "ledger database: a SQLite file `path` (default ./dossier.db or $DOSSIER_DB)")
}

// createStore opens the ledger named by --db, creating it if needed.
func createStore(ctx context.Context, db string) (dossier.Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return nil, dossier.Errorf(dossier.EINVALID, "--db %s: this build has no PostgreSQL store yet; use a SQLite file path", db)
	}
	return sqlite.Open(ctx, db)
}

// openStore opens an existing ledger: a query on a path that holds none is
// almost always a typo or a missing ingest, not a wish for an empty answer.
func openStore(ctx context.Context, db string) (dossier.Store, error) {
	if !strings.Contains(db, "://") {
		if _, err := os.Stat(db); err != nil {
			return nil, dossier.Errorf(dossier.ENOTFOUND, "no ledger at %s: run 'dossier ingest --db %s FILES…' or 'dossier demo' first", db, db)
		}
	}
	return createStore(ctx, db)
}
