// Package sqlite is the embedded Store: one SQLite file in WAL mode, written
// through a single connection and read through a pool, with FTS5 indexes for
// search. The driver is pure Go (modernc.org/sqlite).
//
// The schema is the sum of migrations/*.sql, applied in order at Open and
// recorded in schema_version. The text is stored once; the layers and each
// claim are kept in a compact private encoding (codec.go) beside the
// columns the filters use. What makes the queries fast at 100,000
// documents (BENCHMARKS.md, "Store"):
//
//   - claims are keyed in listing order, newest date first (key.go), so a
//     page is a range of the table and a cursor one integer;
//   - the full-text indexes (document title and text, claim evidence) are
//     filled 256 documents at a time and before any query that needs them
//     (fts_pending), since FTS5 pays a fixed cost per transaction; a
//     document is still stored whole or not at all; the source and
//     counted-group terms are counted as each batch is stored;
//   - MinHash band keys are indexed in memory (band.go).
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dossierhq/dossier"
	sqlitedrv "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a dossier.Store on one SQLite file.
type Store struct {
	write *sql.DB // one connection: SQLite has one writer at a time anyway
	read  *sql.DB // a pool of readers; WAL lets them read while the writer writes
	path  string

	// Prepared on the write connection, reused by every PutDocuments.
	findHash, findID, insertDoc, insertPending, count *sql.Stmt
	insertClaims, insertLocals, addTerms, addPostings *multiInsert

	// Prepared on the read pool: ingest asks them once per document, and
	// preparing a statement costs more than running these.
	readHash, readBands *sql.Stmt

	// pending counts the documents this process stored and has not yet
	// indexed for full-text search (table fts_pending).
	pending atomic.Int64

	bands bandIndex // MinHash band keys, in memory (band.go)
}

// writerCache is the writer's page cache, in SQLite's negative-KiB form.
const writerCache = "-16384"

// ftsBatch is how many documents wait for the full-text indexes before a
// PutDocument indexes them all: FTS5 pays a fixed cost per transaction.
const ftsBatch = 256

var _ dossier.Store = (*Store)(nil)

// Open opens the store at path, creating the file and applying pending
// migrations.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || strings.HasPrefix(path, ":memory:") {
		return nil, dossier.Errorf(dossier.EINVALID, "sqlite: a file path is needed, not %q", path)
	}
	if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
		return nil, dossier.Errorf(dossier.EINVALID, "sqlite: %s: no directory %s to create the ledger in", path, filepath.Dir(path))
	}
	if err := createFile(ctx, path); err != nil {
		return nil, err
	}
	pragmas := url.Values{}
	// A checkpoint every 8000 pages (32 MB of WAL) rather than 1000: pages
	// that every commit touches (index roots, the FTS structure) are then
	// copied back once per checkpoint, not eight times.
	for _, p := range []string{"busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)", "journal_mode(WAL)", "wal_autocheckpoint(8000)", "temp_store(MEMORY)",
		// Reads through a memory map need no system call per page.
		"mmap_size(1073741824)"} {
		pragmas.Add("_pragma", p)
	}
	// A 16 MB page cache for the writer: a batch of full-text indexing
	// touches thousands of pages, and a smaller cache spills them to the
	// WAL in the middle of the transaction.
	write, err := sql.Open("sqlite", path+"?"+pragmas.Encode()+"&_pragma=cache_size("+writerCache+")&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	write.SetMaxOpenConns(1)
	write.SetConnMaxIdleTime(0)
	s := &Store{write: write, path: path}
	if err := s.migrate(ctx); err != nil {
		write.Close()
		return nil, err
	}
	pragmas.Add("_pragma", "query_only(1)")
	pragmas.Add("_pragma", "cache_size(-32768)")
	read, err := sql.Open("sqlite", path+"?"+pragmas.Encode())
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	read.SetMaxOpenConns(n)
	read.SetMaxIdleConns(n)
	s.read = read
	if err := s.prepare(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// filePageSize is the page size of a new file. Pages of 16 KiB rather than 4
// hold a whole article's text and layers in a few pages, so storing one
// writes fewer WAL frames, each its own system call.
const filePageSize = 16384

// createFile gives a new (absent or empty) file its page size. The page
// size is fixed once the file is in WAL mode, and the driver applies the
// DSN's pragmas in name order (journal_mode before page_size), so the
// first connection sets the size and then the journal mode itself.
func createFile(ctx context.Context, path string) error {
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 || err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	db, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(10000)&_pragma=page_size("+strconv.Itoa(filePageSize)+")")
	if err != nil {
		return fmt.Errorf("sqlite: create %s: %w", path, err)
	}
	defer db.Close()
	// Another process creating the file at the same moment makes SQLite
	// answer BUSY without waiting (as in migrate): wait for it, and once
	// the file has a header, its page size stands.
	for wait := time.Duration(0); ; wait += 20 * time.Millisecond {
		_, err := db.ExecContext(ctx, "PRAGMA journal_mode=WAL")
		if err == nil {
			break
		}
		if !strings.Contains(err.Error(), "SQLITE_BUSY") || wait > 10*time.Second {
			return fmt.Errorf("sqlite: create %s: %w", path, err)
		}
		time.Sleep(20 * time.Millisecond)
		if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
			return nil
		}
	}
	return db.Close()
}

// Close closes both pools.
func (s *Store) Close() error {
	var errs []error
	if s.read != nil && s.insertDoc != nil {
		// Leave the file fully indexed.
		errs = append(errs, s.flushPending(context.Background()))
	}
	for _, st := range []*sql.Stmt{s.findHash, s.findID, s.insertDoc, s.insertPending, s.count, s.readHash, s.readBands} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	for _, m := range []*multiInsert{s.insertClaims, s.insertLocals, s.addTerms, s.addPostings} {
		if m != nil {
			errs = append(errs, m.close())
		}
	}
	if s.read != nil {
		errs = append(errs, s.read.Close())
	}
	errs = append(errs, s.write.Close())
	return errors.Join(errs...)
}

func (s *Store) prepare(ctx context.Context) error {
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&s.findHash, `SELECT id FROM documents WHERE hash = ?`},
		{&s.findID, `SELECT hash FROM documents WHERE id = ?`},
		{&s.insertDoc, `INSERT INTO documents (id, hash, text, url, outlet, title, published, pub, day,
			ingested, origin, format, words, claims, duplicate_of, story, keywords, signature, bands, entities, layers)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`},
		// A batch's documents are the ones from its first seq on: the
		// writer holds the lock, and a new seq is above every stored one.
		{&s.insertPending, `INSERT INTO fts_pending (doc) SELECT seq FROM documents WHERE seq >= ? ORDER BY seq`},
		{&s.count, `UPDATE counters SET value = value + CASE name WHEN 'documents' THEN ? WHEN 'duplicates' THEN ?
			WHEN 'claims' THEN ? ELSE ? END WHERE name IN ('documents', 'duplicates', 'claims', 'count_claims')`},
	} {
		st, err := s.write.PrepareContext(ctx, p.sql)
		if err != nil {
			return fmt.Errorf("sqlite: prepare: %w", err)
		}
		*p.st = st
	}
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&s.readHash, `SELECT id FROM documents WHERE hash = ?`},
		{&s.readBands, `SELECT seq, bands FROM documents WHERE seq > ? AND bands IS NOT NULL ORDER BY seq`},
	} {
		st, err := s.read.PrepareContext(ctx, p.sql)
		if err != nil {
			return fmt.Errorf("sqlite: prepare: %w", err)
		}
		*p.st = st
	}
	var err error
	if s.insertClaims, err = newMultiInsert(ctx, s.write, `INSERT INTO claims (key, doc, idx, id, kind, measure,
		certainty, low, high, counted, sources, body, evidence_start, evidence_end)`, "", 14); err != nil {
		return err
	}
	if s.insertLocals, err = newMultiInsert(ctx, s.write, `INSERT OR IGNORE INTO claim_locals (doc, local, claim)`, "", 3); err != nil {
		return err
	}
	if s.addTerms, err = newMultiInsert(ctx, s.write, `INSERT INTO terms (field, text, claims)`,
		` ON CONFLICT (field, text) DO UPDATE SET claims = claims + excluded.claims`, 3); err != nil {
		return err
	}
	if s.addPostings, err = newMultiInsert(ctx, s.write, `INSERT OR IGNORE INTO claim_terms (term, key)
		SELECT t.id, v.column3 FROM (`, `) v JOIN terms t ON t.field = v.column1 AND t.text = v.column2`, 3); err != nil {
		return err
	}
	return nil
}

// multiInsert inserts many rows with few statements: each call through
// database/sql costs more than SQLite's work for a small row. Statements
// of 64, 16, 4 and 1 rows are prepared once; n rows take at most
// n/64 + 3*3 executions.
type multiInsert struct {
	cols  int
	sizes []int
	stmts []*sql.Stmt
}

func newMultiInsert(ctx context.Context, db *sql.DB, head, tail string, cols int) (*multiInsert, error) {
	m := &multiInsert{cols: cols, sizes: []int{64, 16, 4, 1}}
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	for _, n := range m.sizes {
		st, err := db.PrepareContext(ctx, head+" VALUES "+strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")+tail)
		if err != nil {
			m.close()
			return nil, fmt.Errorf("sqlite: prepare: %w", err)
		}
		m.stmts = append(m.stmts, st)
	}
	return m, nil
}

// exec inserts the rows whose values args holds, row after row.
func (m *multiInsert) exec(ctx context.Context, tx *sql.Tx, args []any) error {
	for i, n := range m.sizes {
		for len(args) >= n*m.cols {
			if _, err := tx.StmtContext(ctx, m.stmts[i]).ExecContext(ctx, args[:n*m.cols]...); err != nil {
				return err
			}
			args = args[n*m.cols:]
		}
	}
	return nil
}

func (m *multiInsert) close() error {
	var errs []error
	for _, st := range m.stmts {
		errs = append(errs, st.Close())
	}
	return errors.Join(errs...)
}

// migrate applies the embedded migrations not yet recorded in
// schema_version, in file-name order, each in its own transaction.
func (s *Store) migrate(ctx context.Context) error {
	// The first statement opens the connection, whose pragmas switch a new
	// file to WAL; SQLite answers BUSY without waiting when another process
	// is doing the same, so retry for as long as the busy timeout would.
	for wait := time.Duration(0); ; wait += 20 * time.Millisecond {
		_, err := s.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`)
		if err == nil {
			break
		}
		if !strings.Contains(err.Error(), "SQLITE_BUSY") || wait > 10*time.Second {
			return fmt.Errorf("sqlite: open %s: %w", s.path, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	// One immediate transaction reads the version and applies what is
	// missing, so two processes opening a new file at once (ingest and
	// serve, say) cannot both apply the same migration.
	conn, err := s.write.Conn(ctx)
	if err != nil {
		return fmt.Errorf("sqlite: open %s: %w", s.path, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		return fmt.Errorf("sqlite: open %s: %w", s.path, err)
	}
	committed := false
	defer func() {
		if !committed {
			conn.ExecContext(context.WithoutCancel(ctx), `ROLLBACK`)
		}
	}()
	var current int
	if err := conn.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&current); err != nil {
		return fmt.Errorf("sqlite: schema version: %w", err)
	}
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, _ := strings.Cut(base, "_")
		version, err := strconv.Atoi(num)
		if err != nil {
			return fmt.Errorf("sqlite: migration %s: name must start with a number", base)
		}
		if version <= current {
			continue
		}
		body, err := fs.ReadFile(migrations, name)
		if err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, string(body)); err != nil {
			return fmt.Errorf("sqlite: migration %s: %w", base, err)
		}
		if _, err := conn.ExecContext(ctx, `INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)`,
			version, base, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return fmt.Errorf("sqlite: migration %s: %w", base, err)
		}
	}
	if _, err := conn.ExecContext(ctx, `COMMIT`); err != nil {
		return fmt.Errorf("sqlite: migrations: %w", err)
	}
	committed = true
	return nil
}

// readTx starts a read transaction: every query in it sees one snapshot,
// so a read never mixes an old ledger with a new one.
func (s *Store) readTx(ctx context.Context) (*sql.Tx, error) {
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal("begin read", err)
	}
	return tx, nil
}

// internal wraps a database error; context errors pass through unchanged
// so callers can tell a cancelled request.
func internal(what string, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var se *sqlitedrv.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY {
		return fmt.Errorf("sqlite: %s: database is busy: %w", what, err)
	}
	return fmt.Errorf("sqlite: %s: %w", what, err)
}
