package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/dossierhq/dossier"
)

const claimColumns = `c.key, c.doc, c.figure, c.body,
	d.id, d.published, d.outlet, d.title, d.duplicate_of, d.story`

// claimQuery is a claims query under construction. The claims table is
// keyed in listing order (key.go), so most filters keep that order; a
// full-text query instead drives from the evidence index, which is keyed
// the same way and streams matches newest first, so a page of a common
// word needs no sort of all its matches.
type claimQuery struct {
	fts   bool // drive from claims_fts f
	where []string
	args  []any
}

func (q *claimQuery) add(cond string, args ...any) {
	q.where = append(q.where, cond)
	q.args = append(q.args, args...)
}

// keyColumn is the column the key conditions and the order apply to.
func (q *claimQuery) keyColumn() string {
	if q.fts {
		return "f.rowid"
	}
	return "c.key"
}

func (q *claimQuery) sql(order string) string {
	from := `claims c JOIN documents d ON d.seq = c.doc`
	if q.fts {
		from = `claims_fts f CROSS JOIN claims c ON c.key = f.rowid JOIN documents d ON d.seq = c.doc`
	}
	s := `SELECT ` + claimColumns + ` FROM ` + from
	if len(q.where) > 0 {
		s += ` WHERE ` + strings.Join(q.where, " AND ")
	}
	return s + ` ORDER BY ` + order
}

// termPostingsMax is the number of claims up to which a substring filter
// on sources or counted groups reads the postings of the matching terms;
// above it, matches are dense enough that scanning the claims in listing
// order fills a page sooner (a page of 50 at a density of 10,000 in
// 1,000,000 claims needs about 5,000 rows).
var termPostingsMax = 10000

// addTerm narrows q to the claims with a term of field containing sub, by
// the terms' postings when they are few. ok is false when no term matches.
func (q *claimQuery) addTerm(ctx context.Context, tx *sql.Tx, field int, sub string) (ok bool, err error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, claims FROM terms WHERE field = ? AND instr(text, ?) > 0`, field, sub)
	if err != nil {
		return false, internal("claims", err)
	}
	defer rows.Close()
	var ids []any
	total := 0
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return false, internal("claims", err)
		}
		ids = append(ids, id)
		total += n
	}
	if err := rows.Err(); err != nil {
		return false, internal("claims", err)
	}
	if len(ids) == 0 {
		return false, nil
	}
	if total <= termPostingsMax {
		q.add("c.key IN (SELECT key FROM claim_terms WHERE term IN ("+placeholders(len(ids))+"))", ids...)
	}
	return true, nil
}

// claimQueryOf turns f into a query. ok is false when the filter can match
// nothing (an unknown document).
func claimQueryOf(ctx context.Context, tx *sql.Tx, f *dossier.ClaimFilter) (q *claimQuery, ok bool, err error) {
	q = &claimQuery{}
	if f.Query != "" {
		match, err := ftsQuery(f.Query)
		if err != nil {
			return nil, false, err
		}
		q.fts = true
		q.add("f.claims_fts MATCH ?", match)
	}
	if f.Kind != "" {
		q.add("c.kind = ?", string(f.Kind))
	}
	if f.Measure != "" {
		q.add("c.measure = ? AND c.measure != ''", string(f.Measure))
	}
	if f.Certainty != "" {
		q.add("c.certainty = ?", string(f.Certainty))
	}
	if f.Document != "" {
		var seq int64
		err := tx.QueryRowContext(ctx, `SELECT seq FROM documents WHERE id = ?`, f.Document).Scan(&seq)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, false, nil
		} else if err != nil {
			return nil, false, internal("claims", err)
		}
		q.add("c.doc = ?", seq)
	}
	if f.Story != "" {
		q.add("c.doc IN (SELECT seq FROM documents WHERE story = ? AND story != '')", f.Story)
	}
	if f.Figure != "" {
		q.add("c.figure = ? AND c.figure != ''", f.Figure)
	}
	if f.From != "" || f.To != "" {
		for _, b := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
			if b.v != "" {
				if err := checkDay(b.name, b.v); err != nil {
					return nil, false, err
				}
			}
		}
		lo, hi := dayKeys(f.From, f.To)
		q.add(q.keyColumn()+" BETWEEN ? AND ?", lo, hi)
	}
	for _, t := range []struct {
		field  int
		value  string
		column string
	}{{0, f.Source, "c.sources"}, {1, f.About, "c.counted"}} {
		if t.value == "" {
			continue
		}
		sub := strings.ToLower(t.value)
		if ok, err := q.addTerm(ctx, tx, t.field, sub); err != nil || !ok {
			return nil, false, err
		}
		q.add("instr("+t.column+", ?) > 0", sub)
	}
	if f.Entity != "" {
		// As for terms: the postings of a rare entity, a scan in listing
		// order for a common one.
		var links int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM entity_links WHERE entity = ? LIMIT ?)`,
			f.Entity, max(termPostingsMax, 0)+1).Scan(&links); err != nil {
			return nil, false, internal("claims", err)
		}
		if links == 0 {
			return nil, false, nil
		}
		if links <= termPostingsMax {
			q.add(`c.key IN (SELECT l.claim FROM entity_links e JOIN claim_locals l ON l.doc = e.doc AND l.local = e.local
				WHERE e.entity = ?)`, f.Entity)
		} else {
			q.add(`EXISTS (SELECT 1 FROM claim_locals l JOIN entity_links e ON e.doc = l.doc AND e.local = l.local
				WHERE l.doc = c.doc AND l.claim = c.key AND e.entity = ?)`, f.Entity)
		}
	}
	return q, true, nil
}

// Claims lists claims matching f, newest first (by the claim's date, then
// the newest document, then text order), and the next page's cursor.
func (s *Store) Claims(ctx context.Context, f dossier.ClaimFilter) ([]dossier.LedgerClaim, string, error) {
	if f.Query != "" || f.Source != "" || f.About != "" {
		if err := s.flushPending(ctx); err != nil {
			return nil, "", err
		}
	}
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, "", err
	}
	defer tx.Rollback()
	q, ok, err := claimQueryOf(ctx, tx, &f)
	if err != nil || !ok {
		return nil, "", err
	}
	if f.After != "" {
		key, err := decodeClaimCursor(f.After)
		if err != nil {
			return nil, "", err
		}
		q.add(q.keyColumn()+" < ?", key)
	}
	limit := pageSize(f.Limit)
	q.args = append(q.args, limit+1)
	var out []dossier.LedgerClaim
	var next string
	var lastKey int64
	r := newClaimReader(tx)
	err = r.each(ctx, q.sql(q.keyColumn()+" DESC LIMIT ?"), q.args, func(c *dossier.LedgerClaim, key int64) error {
		if len(out) == limit {
			next = encodeClaimCursor(lastKey)
			return errStop
		}
		out = append(out, *c)
		lastKey = key
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	return out, next, nil
}

// EachClaim calls fn for every claim matching f in document order.
func (s *Store) EachClaim(ctx context.Context, f dossier.ClaimFilter, fn func(*dossier.LedgerClaim) error) error {
	if f.Query != "" || f.Source != "" || f.About != "" {
		if err := s.flushPending(ctx); err != nil {
			return err
		}
	}
	tx, err := s.readTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	q, ok, err := claimQueryOf(ctx, tx, &f)
	if err != nil || !ok {
		return err
	}
	r := newClaimReader(tx)
	return r.each(ctx, q.sql("c.doc, c.idx"), q.args, func(c *dossier.LedgerClaim, _ int64) error { return fn(c) })
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

func (r *claimReader) each(ctx context.Context, q string, args []any, fn func(c *dossier.LedgerClaim, key int64) error) error {
	var any int
	if err := r.tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM entity_links)`).Scan(&any); err != nil {
		return internal("claims", err)
	}
	r.none = any == 0
	rows, err := r.tx.QueryContext(ctx, q, args...)
	if err != nil {
		return internal("claims", err)
	}
	// Rows are decoded in batches of 256, looking up entity links on the
	// same transaction while the claims query stays open.
	type raw struct {
		key, doc                                           int64
		figure, id, published, outlet, title, dupOf, story string
		body                                               []byte
	}
	var batch []raw
	flush := func() error {
		for i := range batch {
			w := &batch[i]
			var c dossier.LedgerClaim
			dec := newDecoder(w.body)
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
			if err := fn(&c, w.key); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return nil
	}
	stopped := false
	for rows.Next() {
		var w raw
		if err := rows.Scan(&w.key, &w.doc, &w.figure, &w.body, &w.id, &w.published, &w.outlet,
			&w.title, &w.dupOf, &w.story); err != nil {
			rows.Close()
			return internal("claims", err)
		}
		batch = append(batch, w)
		if len(batch) == 256 {
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
