package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/dossierhq/dossier"
)

const claimColumns = `c.seq, c.doc, c.day, c.ord, c.figure, c.body,
	d.id, d.published, d.outlet, d.title, d.duplicate_of, d.story`

// claimWhere turns f into SQL conditions on claims c. ok is false when the
// filter can match nothing (an unknown document).
func claimWhere(ctx context.Context, tx *sql.Tx, f *dossier.ClaimFilter) (where []string, args []any, ok bool, err error) {
	if f.Kind != "" {
		where = append(where, "c.kind = ?")
		args = append(args, string(f.Kind))
	}
	if f.Measure != "" {
		where = append(where, "c.measure = ? AND c.measure != ''")
		args = append(args, string(f.Measure))
	}
	if f.Certainty != "" {
		where = append(where, "c.certainty = ?")
		args = append(args, string(f.Certainty))
	}
	if f.Document != "" {
		var seq int64
		err := tx.QueryRowContext(ctx, `SELECT seq FROM documents WHERE id = ?`, f.Document).Scan(&seq)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil, false, nil
		} else if err != nil {
			return nil, nil, false, internal("claims", err)
		}
		where = append(where, "c.seq BETWEEN ? AND ?")
		args = append(args, seq<<20, seq<<20|(maxClaims-1))
	}
	if f.Story != "" {
		where = append(where, "c.doc IN (SELECT seq FROM documents WHERE story = ? AND story != '')")
		args = append(args, f.Story)
	}
	if f.Figure != "" {
		where = append(where, "c.figure = ? AND c.figure != ''")
		args = append(args, f.Figure)
	}
	if f.From != "" {
		if err := checkDay("from", f.From); err != nil {
			return nil, nil, false, err
		}
		where = append(where, "c.day >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		if err := checkDay("to", f.To); err != nil {
			return nil, nil, false, err
		}
		where = append(where, "c.day <= ? AND c.day != ''")
		args = append(args, f.To)
	}
	if f.Source != "" {
		where = append(where, "instr(c.sources, ?) > 0")
		args = append(args, strings.ToLower(f.Source))
	}
	if f.About != "" {
		where = append(where, "instr(c.counted, ?) > 0")
		args = append(args, strings.ToLower(f.About))
	}
	if f.Entity != "" {
		where = append(where, `c.seq IN (SELECT l.claim FROM entity_links e JOIN claim_locals l ON l.doc = e.doc AND l.local = e.local
			WHERE e.entity = ?)`)
		args = append(args, f.Entity)
	}
	if f.Query != "" {
		q, err := ftsQuery(f.Query)
		if err != nil {
			return nil, nil, false, err
		}
		where = append(where, "c.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
		args = append(args, q)
	}
	return where, args, true, nil
}

// Claims lists claims matching f, newest first (by the claim's date, then
// the newest document, then text order), and the next page's cursor.
func (s *Store) Claims(ctx context.Context, f dossier.ClaimFilter) ([]dossier.LedgerClaim, string, error) {
	if f.Query != "" {
		if err := s.flushPending(ctx); err != nil {
			return nil, "", err
		}
	}
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, "", err
	}
	defer tx.Rollback()
	where, args, ok, err := claimWhere(ctx, tx, &f)
	if err != nil || !ok {
		return nil, "", err
	}
	if f.After != "" {
		day, ord, err := decodeClaimCursor(f.After)
		if err != nil {
			return nil, "", err
		}
		where = append(where, "(c.day, c.ord) < (?, ?)")
		args = append(args, day, ord)
	}
	limit := pageSize(f.Limit)
	q := `SELECT ` + claimColumns + ` FROM claims c JOIN documents d ON d.seq = c.doc`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	q += ` ORDER BY c.day DESC, c.ord DESC LIMIT ?`
	args = append(args, limit+1)
	var out []dossier.LedgerClaim
	var next, lastDay string
	var lastOrd int64
	r := newClaimReader(tx)
	err = r.each(ctx, q, args, func(c *dossier.LedgerClaim, day string, ord int64) error {
		if len(out) == limit {
			next = encodeClaimCursor(lastDay, lastOrd)
			return errStop
		}
		out = append(out, *c)
		lastDay, lastOrd = day, ord
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	return out, next, nil
}

// EachClaim calls fn for every claim matching f in document order.
func (s *Store) EachClaim(ctx context.Context, f dossier.ClaimFilter, fn func(*dossier.LedgerClaim) error) error {
	if f.Query != "" {
		if err := s.flushPending(ctx); err != nil {
			return err
		}
	}
	tx, err := s.readTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	where, args, ok, err := claimWhere(ctx, tx, &f)
	if err != nil || !ok {
		return err
	}
	q := `SELECT ` + claimColumns + ` FROM claims c JOIN documents d ON d.seq = c.doc`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	q += ` ORDER BY c.seq`
	r := newClaimReader(tx)
	return r.each(ctx, q, args, func(c *dossier.LedgerClaim, _ string, _ int64) error { return fn(c) })
}

var errStop = errors.New("stop")

// claimReader decodes claim rows and resolves their sources to ledger
// entities through the entity links of each document.
type claimReader struct {
	tx    *sql.Tx
	links map[int64]map[string]string
	none  bool // no entity links at all: the ledger is not built
}

func newClaimReader(tx *sql.Tx) *claimReader {
	return &claimReader{tx: tx, links: map[int64]map[string]string{}}
}

func (r *claimReader) each(ctx context.Context, q string, args []any, fn func(c *dossier.LedgerClaim, day string, ord int64) error) error {
	var any int
	if err := r.tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM entity_links)`).Scan(&any); err != nil {
		return internal("claims", err)
	}
	r.none = any == 0
	rows, err := r.tx.QueryContext(ctx, q, args...)
	if err != nil {
		return internal("claims", err)
	}
	// Rows are read into a batch before links are looked up: one open
	// statement at a time keeps the read connection simple.
	type raw struct {
		seq, doc, ord                                           int64
		day, figure, id, published, outlet, title, dupOf, story string
		body                                                    []byte
	}
	var batch []raw
	flush := func() error {
		for i := range batch {
			w := &batch[i]
			var c dossier.LedgerClaim
			dec := decoder{b: w.body}
			if err := dec.claim(&c.Claim, &c.Text); err != nil {
				return internal("claims", err)
			}
			c.Document, c.Outlet, c.Title, c.Copy, c.Story, c.Figure = w.id, w.outlet, w.title, w.dupOf != "", w.story, w.figure
			if w.published != "" {
				if c.Published, err = time.Parse(time.RFC3339Nano, w.published); err != nil {
					return internal("claims", err)
				}
			}
			if err := r.resolve(ctx, w.doc, &c); err != nil {
				return err
			}
			if err := fn(&c, w.day, w.ord); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return nil
	}
	stopped := false
	for rows.Next() {
		var w raw
		if err := rows.Scan(&w.seq, &w.doc, &w.day, &w.ord, &w.figure, &w.body, &w.id, &w.published, &w.outlet,
			&w.title, &w.dupOf, &w.story); err != nil {
			rows.Close()
			return internal("claims", err)
		}
		batch = append(batch, w)
		if len(batch) == 256 {
			// Stream: fn may be slow; the rows stay open, links are
			// looked up on the same snapshot.
			if err := flush(); err != nil {
				rows.Close()
				if errors.Is(err, errStop) {
					stopped = true
					break
				}
				return err
			}
		}
	}
	if err := rows.Err(); err != nil && !stopped {
		rows.Close()
		return internal("claims", err)
	}
	rows.Close()
	if !stopped {
		if err := flush(); err != nil && !errors.Is(err, errStop) {
			return err
		}
	}
	return nil
}

func (r *claimReader) resolve(ctx context.Context, doc int64, c *dossier.LedgerClaim) error {
	if r.none || len(c.Sources) == 0 {
		return nil
	}
	links, ok := r.links[doc]
	if !ok {
		rows, err := r.tx.QueryContext(ctx, `SELECT local, entity FROM entity_links WHERE doc = ?`, doc)
		if err != nil {
			return internal("claims", err)
		}
		links = map[string]string{}
		for rows.Next() {
			var l, e string
			if err := rows.Scan(&l, &e); err != nil {
				rows.Close()
				return internal("claims", err)
			}
			links[l] = e
		}
		rows.Close()
		if len(r.links) > 4096 {
			clear(r.links)
		}
		r.links[doc] = links
	}
	for i := range c.Sources {
		if i < len(c.Text.Sources) && c.Sources[i].Entity != "" {
			c.Text.Sources[i].Entity = links[c.Sources[i].Entity]
		}
	}
	return nil
}
