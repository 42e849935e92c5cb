package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
	"unicode"

	"github.com/dossierhq/dossier"
	sqlitedrv "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ftsQuery rewrites a user's query into FTS5 syntax that cannot fail to
// parse: every word becomes a quoted string, "phrases" stay phrases, a
// trailing * stays a prefix, and OR, AND, NOT stay operators between terms.
// Everything else (parentheses, column filters, stray quotes) is dropped.
func ftsQuery(q string) (string, error) {
	var terms []string // quoted terms and operators, in order
	op := ""           // a pending operator
	add := func(term string) {
		if op != "" && len(terms) > 0 {
			terms = append(terms, op)
		}
		op = ""
		terms = append(terms, term)
	}
	quote := func(words string) string {
		return `"` + strings.ReplaceAll(words, `"`, `""`) + `"`
	}
	for i := 0; i < len(q); {
		r := rune(q[i])
		switch {
		case r == '"':
			end := strings.IndexByte(q[i+1:], '"')
			var phrase string
			if end < 0 {
				phrase, i = q[i+1:], len(q)
			} else {
				phrase, i = q[i+1:i+1+end], i+2+end
			}
			if hasWord(phrase) {
				add(quote(phrase))
			}
		case unicode.IsSpace(r) || r == '(' || r == ')':
			i++
		default:
			j := i
			for j < len(q) && q[j] != '"' && q[j] != '(' && q[j] != ')' && !unicode.IsSpace(rune(q[j])) {
				j++
			}
			word := q[i:j]
			i = j
			switch word {
			case "OR", "AND", "NOT":
				if len(terms) > 0 {
					op = word
				}
				continue
			}
			prefix := strings.HasSuffix(word, "*")
			word = strings.TrimRight(word, "*")
			if !hasWord(word) {
				continue
			}
			if prefix {
				add(quote(word) + "*")
			} else {
				add(quote(word))
			}
		}
	}
	if len(terms) == 0 {
		return "", dossier.Errorf(dossier.EINVALID, "search %q has no words to look for", q)
	}
	return strings.Join(terms, " "), nil
}

// hasWord reports whether s holds a letter or digit, which the tokenizer
// would index.
func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// searchWindow is how many of the newest matches a search ranks: a word in
// most of 100,000 documents took 240 ms to rank whole, 2,000 take 8 ms.
const searchWindow = 2000

// Search runs a full-text query over titles and text, best match first
// among the newest searchWindow matches.
func (s *Store) Search(ctx context.Context, q dossier.SearchQuery) ([]dossier.SearchHit, error) {
	match, err := ftsQuery(q.Text)
	if err != nil {
		return nil, err
	}
	if err := s.flushPending(ctx); err != nil {
		return nil, err
	}
	// Ranking costs every match a bm25 score (about 4 µs each), so a
	// search ranks the newest searchWindow matches (stored order), then
	// makes snippets for the page alone.
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	ids, err := tx.QueryContext(ctx, `SELECT rowid, r FROM (SELECT rowid, bm25(documents_fts, 2.0, 1.0) AS r
		FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY r LIMIT ?`,
		match, searchWindow, pageSize(q.Limit))
	if err != nil {
		return nil, searchError(q.Text, err)
	}
	var seqs []int64
	var ranks []float64
	for ids.Next() {
		var seq int64
		var rank float64
		if err := ids.Scan(&seq, &rank); err != nil {
			ids.Close()
			return nil, internal("search", err)
		}
		seqs = append(seqs, seq)
		ranks = append(ranks, rank)
	}
	ids.Close()
	if err := ids.Err(); err != nil {
		return nil, searchError(q.Text, err)
	}
	// No bm25 here: each call would count the matches of every phrase
	// again for its weights.
	hit, err := tx.PrepareContext(ctx, `SELECT d.id, d.title, d.outlet, d.published,
			snippet(documents_fts, -1, '«', '»', '…', 16)
		FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
		WHERE documents_fts MATCH ? AND documents_fts.rowid = ?`)
	if err != nil {
		return nil, internal("search", err)
	}
	defer hit.Close()
	var out []dossier.SearchHit
	for i, seq := range seqs {
		h := dossier.SearchHit{Rank: ranks[i]}
		var published string
		if err := hit.QueryRowContext(ctx, match, seq).Scan(&h.Document, &h.Title, &h.Outlet, &published, &h.Snippet); err != nil {
			return nil, searchError(q.Text, err)
		}
		if published != "" {
			if h.Published, err = time.Parse(time.RFC3339Nano, published); err != nil {
				return nil, internal("search", err)
			}
		}
		out = append(out, h)
	}
	return out, nil
}

// searchError turns an FTS5 syntax error that slipped through ftsQuery into
// EINVALID rather than an internal error.
func searchError(q string, err error) error {
	if msg := err.Error(); strings.Contains(msg, "fts5") || strings.Contains(msg, "syntax error") {
		return dossier.Errorf(dossier.EINVALID, "search %q: %s", q, msg)
	}
	return internal("search", err)
}

// indexPending adds the pending documents' title and text, and their
// claims' evidence, to the full-text indexes. CROSS JOIN fixes the join
// order: the few pending documents first, whatever the planner guesses.
func indexPending(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		`INSERT INTO documents_fts (rowid, title, text)
			SELECT d.seq, d.title, d.text FROM fts_pending p CROSS JOIN documents d ON d.seq = p.doc ORDER BY d.seq`,
		// Offsets are bytes: cut the text as a blob.
		`INSERT INTO claims_fts (rowid, evidence)
			SELECT c.key, CAST(substr(CAST(d.text AS BLOB), c.evidence_start + 1, c.evidence_end - c.evidence_start) AS TEXT)
			FROM fts_pending p CROSS JOIN documents d ON d.seq = p.doc
			CROSS JOIN claims c ON c.doc = p.doc
			WHERE c.evidence_end > c.evidence_start
			ORDER BY c.key`, // FTS5 writes a segment whenever a rowid goes down
		`DELETE FROM fts_pending`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return internal("full-text index", err)
		}
	}
	return nil
}

// flushPending indexes the documents still waiting, so that a full-text
// query sees every stored document. Another process may have stored them,
// so the table, not the counter, decides.
func (s *Store) flushPending(ctx context.Context) error {
	var any int
	if err := s.read.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM fts_pending)`).Scan(&any); err != nil {
		return internal("full-text index", err)
	}
	if any == 0 {
		return nil
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return busyOK(internal("full-text index", err))
	}
	defer tx.Rollback()
	if err := indexPending(ctx, tx); err != nil {
		return busyOK(err)
	}
	if err := tx.Commit(); err != nil {
		return busyOK(internal("full-text index", err))
	}
	s.pending.Store(0)
	return nil
}

// busyOK drops a "database is busy" error: when another process holds the
// write lock for longer than the busy timeout, a search answers from the
// documents indexed so far rather than failing.
func busyOK(err error) error {
	var se *sqlitedrv.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY {
		return nil
	}
	return err
}
