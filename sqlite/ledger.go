package sqlite

import (
	"bufio"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dossierhq/dossier"
)

// ReplaceLedger swaps in l in one transaction; see dossier.Store.
//
// The ledger of 100,000 documents has millions of rows (entity links, the
// figure of every count claim), so it goes in through multi-row inserts
// into temporary tables and set-wise SQL, and only the claims and
// documents whose figure or story changed are rewritten.
func (s *Store) ReplaceLedger(ctx context.Context, l *dossier.Ledger) error {
	if err := checkLedger(l); err != nil {
		return err
	}
	// A rebuild reads and rewrites much of the file: a bigger cache for
	// its transaction, back to the usual after.
	if _, err := s.write.ExecContext(ctx, `PRAGMA cache_size = -262144`); err != nil {
		return internal("replace ledger", err)
	}
	defer s.write.ExecContext(context.Background(), `PRAGMA cache_size = `+writerCache)
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return internal("replace ledger", err)
	}
	defer tx.Rollback()
	docs, err := documentSeqs(ctx, tx)
	if err != nil {
		return err
	}
	// A rebuild that finds what the last one found (re-running reconcile
	// after an ingest of known texts) leaves the millions of link and
	// figure-assignment rows alone: digests of both are kept in the ledger
	// table.
	linksDigest, pointsDigest := ledgerDigests(l)
	oldLinks, oldPoints, err := storedDigests(ctx, tx)
	if err != nil {
		return err
	}
	sameLinks, samePoints := linksDigest == oldLinks, pointsDigest == oldPoints
	if !sameLinks {
		if _, err := tx.ExecContext(ctx, `DELETE FROM entity_links`); err != nil {
			return internal("replace ledger", err)
		}
	}
	for _, q := range []string{`DELETE FROM entities`, `DELETE FROM figures`,
		`DELETE FROM figure_entities`, `DELETE FROM stories`,
		`CREATE TEMP TABLE IF NOT EXISTS ledger_points (doc INTEGER, id TEXT, figure TEXT, copy INTEGER, orig INTEGER)`,
		`CREATE TEMP TABLE IF NOT EXISTS ledger_claims (key INTEGER PRIMARY KEY, figure TEXT)`,
		`CREATE TEMP TABLE IF NOT EXISTS ledger_docs (doc INTEGER PRIMARY KEY, story TEXT)`,
		`DELETE FROM temp.ledger_points`, `DELETE FROM temp.ledger_claims`, `DELETE FROM temp.ledger_docs`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return internal("replace ledger", err)
		}
	}
	if err := putEntities(ctx, tx, l, docs, !sameLinks); err != nil {
		return err
	}
	if err := putFigures(ctx, tx, l, docs, !samePoints); err != nil {
		return err
	}
	if err := putStories(ctx, tx, l, docs); err != nil {
		return err
	}
	built := l.Built
	if built.IsZero() {
		built = time.Now().UTC()
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO ledger (key, value) VALUES ('built', ?), ('links', ?), ('points', ?)`,
		built.Format(time.RFC3339Nano), linksDigest, pointsDigest); err != nil {
		return internal("replace ledger", err)
	}
	if err := tx.Commit(); err != nil {
		return internal("replace ledger", err)
	}
	return nil
}

// ledgerDigests returns digests of l's entity links and of its figures'
// points (which claims belong to which figure).
func ledgerDigests(l *dossier.Ledger) (links, points string) {
	h := sha256.New()
	w := bufio.NewWriter(h)
	for _, k := range l.Links {
		w.WriteString(k.Document + "\x00" + k.Local + "\x00" + k.Entity + "\n")
	}
	w.Flush()
	links = hex.EncodeToString(h.Sum(nil))
	h.Reset()
	w.Reset(h)
	for i := range l.Figures {
		f := &l.Figures[i]
		w.WriteString("\x01" + f.ID + "\n")
		for _, p := range f.Points {
			w.WriteString(p.Document + "\x00" + p.Claim + "\x00" + strings.Join(p.Copies, "\x00") + "\n")
		}
	}
	w.Flush()
	return links, hex.EncodeToString(h.Sum(nil))
}

func storedDigests(ctx context.Context, tx *sql.Tx) (links, points string, err error) {
	rows, err := tx.QueryContext(ctx, `SELECT key, value FROM ledger WHERE key IN ('links', 'points')`)
	if err != nil {
		return "", "", internal("replace ledger", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return "", "", internal("replace ledger", err)
		}
		if k == "links" {
			links = v
		} else {
			points = v
		}
	}
	if err := rows.Err(); err != nil {
		return "", "", internal("replace ledger", err)
	}
	return links, points, nil
}

// checkLedger reports duplicate ids before anything is written.
func checkLedger(l *dossier.Ledger) error {
	seen := map[string]bool{}
	for _, e := range l.Entities {
		if e.ID == "" || seen[e.ID] {
			return dossier.Errorf(dossier.EINVALID, "ledger: entity id %q is empty or used twice", e.ID)
		}
		seen[e.ID] = true
	}
	clear(seen)
	for _, f := range l.Figures {
		if f.ID == "" || seen[f.ID] {
			return dossier.Errorf(dossier.EINVALID, "ledger: figure id %q is empty or used twice", f.ID)
		}
		seen[f.ID] = true
	}
	clear(seen)
	for _, st := range l.Stories {
		if st.ID == "" || seen[st.ID] {
			return dossier.Errorf(dossier.EINVALID, "ledger: story id %q is empty or used twice", st.ID)
		}
		seen[st.ID] = true
	}
	return nil
}

func documentSeqs(ctx context.Context, tx *sql.Tx) (map[string]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, seq FROM documents`)
	if err != nil {
		return nil, internal("replace ledger", err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var id string
		var seq int64
		if err := rows.Scan(&id, &seq); err != nil {
			return nil, internal("replace ledger", err)
		}
		out[id] = seq
	}
	if err := rows.Err(); err != nil {
		return nil, internal("replace ledger", err)
	}
	return out, nil
}

// bulkInsert inserts rows of cols values each, 64 rows a statement.
func bulkInsert(ctx context.Context, tx *sql.Tx, head string, cols int, args []any) error {
	if len(args) == 0 {
		return nil
	}
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	for _, n := range []int{64, 1} {
		if len(args) < n*cols {
			continue
		}
		st, err := tx.PrepareContext(ctx, head+" VALUES "+strings.TrimSuffix(strings.Repeat(row+", ", n), ", "))
		if err != nil {
			return err
		}
		for len(args) >= n*cols {
			if _, err := st.ExecContext(ctx, args[:n*cols]...); err != nil {
				st.Close()
				return err
			}
			args = args[n*cols:]
		}
		st.Close()
	}
	return nil
}

func putEntities(ctx context.Context, tx *sql.Tx, l *dossier.Ledger, docs map[string]int64, links bool) error {
	args := make([]any, 0, 8*len(l.Entities))
	for i, e := range l.Entities {
		search := strings.ToLower(e.Name + "\n" + strings.Join(e.Aliases, "\n"))
		args = append(args, e.ID, i, e.Name, string(e.Type), encodeStrings(e.Aliases), e.Documents, e.Mentions, search)
	}
	if err := bulkInsert(ctx, tx, `INSERT INTO entities (id, pos, name, type, aliases, documents, mentions, search)`, 8, args); err != nil {
		return internal("replace ledger: entities", err)
	}
	if !links {
		return nil
	}
	args = make([]any, 0, 3*len(l.Links))
	for _, k := range l.Links {
		seq, ok := docs[k.Document]
		if !ok {
			return dossier.Errorf(dossier.EINVALID, "ledger: entity link to unknown document %q", k.Document)
		}
		args = append(args, seq, k.Local, k.Entity)
	}
	if err := bulkInsert(ctx, tx, `INSERT OR REPLACE INTO entity_links (doc, local, entity)`, 3, args); err != nil {
		return internal("replace ledger: entity links", err)
	}
	return nil
}

func putFigures(ctx context.Context, tx *sql.Tx, l *dossier.Ledger, docs map[string]int64, assign bool) error {
	var figs, ents, points []any
	for i := range l.Figures {
		f := &l.Figures[i]
		e := encoder{}
		e.figure(f)
		figs = append(figs, f.ID, i, string(f.Measure), strings.ToLower(f.Counted), len(f.Flags), e.b)
		seen := map[string]bool{}
		for j, p := range f.Points {
			for _, src := range p.Sources {
				if src.Entity != "" && !seen[src.Entity] {
					seen[src.Entity] = true
					ents = append(ents, src.Entity, f.ID)
				}
			}
			doc, ok := docs[p.Document]
			if !ok {
				return dossier.Errorf(dossier.EINVALID, "ledger: figure %s: point in unknown document %q", f.ID, p.Document)
			}
			orig := int64(i)<<32 | int64(j)
			points = append(points, doc, p.Claim, f.ID, 0, orig)
			for _, c := range p.Copies {
				cdoc, ok := docs[c]
				if !ok {
					return dossier.Errorf(dossier.EINVALID, "ledger: figure %s: copy in unknown document %q", f.ID, c)
				}
				points = append(points, cdoc, p.Claim, f.ID, 1, orig)
			}
		}
	}
	if err := bulkInsert(ctx, tx, `INSERT INTO figures (id, pos, measure, counted, flags, body)`, 6, figs); err != nil {
		return internal("replace ledger: figures", err)
	}
	if err := bulkInsert(ctx, tx, `INSERT OR IGNORE INTO figure_entities (entity, figure)`, 2, ents); err != nil {
		return internal("replace ledger: figures", err)
	}
	if !assign {
		return nil
	}
	if err := bulkInsert(ctx, tx, `INSERT INTO temp.ledger_points (doc, id, figure, copy, orig)`, 5, points); err != nil {
		return internal("replace ledger: figures", err)
	}
	// Every point names a stored claim.
	var doc int64
	var id, fig string
	err := tx.QueryRowContext(ctx, `SELECT p.doc, p.id, p.figure FROM temp.ledger_points p WHERE p.copy = 0
		AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.doc = p.doc AND c.id = p.id) LIMIT 1`).Scan(&doc, &id, &fig)
	if err == nil {
		return dossier.Errorf(dossier.EINVALID, "ledger: figure %s: no claim %q in document %q", fig, id, docID(docs, doc))
	} else if !errors.Is(err, sql.ErrNoRows) {
		return internal("replace ledger: figures", err)
	}
	for _, q := range []string{
		`INSERT OR IGNORE INTO temp.ledger_claims (key, figure)
			SELECT c.key, p.figure FROM temp.ledger_points p JOIN claims c ON c.doc = p.doc AND c.id = p.id WHERE p.copy = 0`,
		// In a copy, the repeated claim is the one with the same id and
		// value, else the first with the same measure and value; a
		// rewritten copy may have none.
		`INSERT OR IGNORE INTO temp.ledger_claims (key, figure)
			SELECT k, figure FROM (SELECT (SELECT c.key FROM claims c WHERE c.doc = p.doc AND c.kind = 'count'
					AND c.measure = o.measure AND c.low = o.low AND c.high = o.high ORDER BY c.id = p.id DESC, c.idx LIMIT 1) AS k,
				p.figure AS figure
			FROM temp.ledger_points p JOIN temp.ledger_points q ON q.orig = p.orig AND q.copy = 0
			JOIN claims o ON o.doc = q.doc AND o.id = q.id WHERE p.copy = 1) WHERE k IS NOT NULL`,
		// Rewrite only what changes.
		`UPDATE claims SET figure = '' WHERE figure != '' AND key NOT IN (SELECT key FROM temp.ledger_claims)`,
		`UPDATE claims SET figure = w.figure FROM temp.ledger_claims w WHERE claims.key = w.key AND claims.figure != w.figure`,
		`DELETE FROM temp.ledger_points`, `DELETE FROM temp.ledger_claims`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return internal("replace ledger: figures", err)
		}
	}
	return nil
}

func docID(docs map[string]int64, seq int64) string {
	for id, s := range docs {
		if s == seq {
			return id
		}
	}
	return ""
}

func putStories(ctx context.Context, tx *sql.Tx, l *dossier.Ledger, docs map[string]int64) error {
	var stories, members []any
	for i := range l.Stories {
		st := &l.Stories[i]
		search := strings.ToLower(st.Title + "\n" + strings.Join(st.Keywords, "\n"))
		stories = append(stories, st.ID, i, st.Title, encodeStrings(st.Keywords), formatTime(st.Start),
			formatTime(st.End), encodeStrings(st.Documents), st.Claims, search)
		for _, d := range st.Documents {
			seq, ok := docs[d]
			if !ok {
				return dossier.Errorf(dossier.EINVALID, "ledger: story %s: unknown document %q", st.ID, d)
			}
			members = append(members, seq, st.ID)
		}
	}
	if err := bulkInsert(ctx, tx, `INSERT INTO stories (id, pos, title, keywords, start, end, documents, claims, search)`, 9, stories); err != nil {
		return internal("replace ledger: stories", err)
	}
	if err := bulkInsert(ctx, tx, `INSERT OR REPLACE INTO temp.ledger_docs (doc, story)`, 2, members); err != nil {
		return internal("replace ledger: stories", err)
	}
	for _, q := range []string{
		`UPDATE documents SET story = '' WHERE story != '' AND seq NOT IN (SELECT doc FROM temp.ledger_docs)`,
		`UPDATE documents SET story = w.story FROM temp.ledger_docs w WHERE documents.seq = w.doc AND documents.story != w.story`,
		`DELETE FROM temp.ledger_docs`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return internal("replace ledger: stories", err)
		}
	}
	return nil
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339Nano, s)
}

// Figures lists figures in the order reconciliation gave them.
func (s *Store) Figures(ctx context.Context, f dossier.FigureFilter) ([]dossier.Figure, error) {
	var where []string
	var args []any
	if f.Measure != "" {
		where = append(where, "measure = ?")
		args = append(args, string(f.Measure))
	}
	if f.About != "" {
		where = append(where, "instr(counted, ?) > 0")
		args = append(args, strings.ToLower(f.About))
	}
	if f.Entity != "" {
		where = append(where, "id IN (SELECT figure FROM figure_entities WHERE entity = ?)")
		args = append(args, f.Entity)
	}
	if f.Flagged {
		where = append(where, "flags > 0")
	}
	q := `SELECT body FROM figures`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	q += ` ORDER BY pos`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	return collect(ctx, s.read, "figures", q, args, scanFigure)
}

func scanFigure(r rowScanner, fig *dossier.Figure) error {
	var body []byte
	if err := r.Scan(&body); err != nil {
		return err
	}
	d := newDecoder(body)
	return d.figure(fig)
}

// Figure returns one figure.
func (s *Store) Figure(ctx context.Context, id string) (*dossier.Figure, error) {
	var fig dossier.Figure
	err := scanFigure(s.read.QueryRowContext(ctx, `SELECT body FROM figures WHERE id = ?`, id), &fig)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dossier.Errorf(dossier.ENOTFOUND, "no figure %q", id)
	} else if err != nil {
		return nil, internal("figure "+id, err)
	}
	return &fig, nil
}

const entityColumns = `id, name, type, aliases, documents, mentions`

func scanEntity(r rowScanner, e *dossier.LedgerEntity) error {
	var typ string
	var aliases []byte
	if err := r.Scan(&e.ID, &e.Name, &typ, &aliases, &e.Documents, &e.Mentions); err != nil {
		return err
	}
	e.Type = dossier.EntityType(typ)
	var err error
	e.Aliases, err = decodeStrings(aliases)
	return err
}

// Entities lists ledger entities in the order reconciliation gave them.
func (s *Store) Entities(ctx context.Context, f dossier.EntityFilter) ([]dossier.LedgerEntity, error) {
	var where []string
	var args []any
	if f.Type != "" {
		where = append(where, "type = ?")
		args = append(args, string(f.Type))
	}
	if f.Query != "" {
		where = append(where, "instr(search, ?) > 0")
		args = append(args, strings.ToLower(f.Query))
	}
	q := `SELECT ` + entityColumns + ` FROM entities`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	q += ` ORDER BY pos`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	return collect(ctx, s.read, "entities", q, args, scanEntity)
}

// Entity returns one ledger entity.
func (s *Store) Entity(ctx context.Context, id string) (*dossier.LedgerEntity, error) {
	var e dossier.LedgerEntity
	err := scanEntity(s.read.QueryRowContext(ctx, `SELECT `+entityColumns+` FROM entities WHERE id = ?`, id), &e)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dossier.Errorf(dossier.ENOTFOUND, "no entity %q", id)
	} else if err != nil {
		return nil, internal("entity "+id, err)
	}
	return &e, nil
}

const storyColumns = `id, title, keywords, start, end, documents, claims`

func scanStory(r rowScanner, st *dossier.Story) error {
	var keywords, docs []byte
	var start, end string
	if err := r.Scan(&st.ID, &st.Title, &keywords, &start, &end, &docs, &st.Claims); err != nil {
		return err
	}
	var err error
	if st.Keywords, err = decodeStrings(keywords); err != nil {
		return err
	}
	if st.Documents, err = decodeStrings(docs); err != nil {
		return err
	}
	if st.Start, err = parseTime(start); err != nil {
		return err
	}
	st.End, err = parseTime(end)
	return err
}

// Stories lists stories in the order reconciliation gave them.
func (s *Store) Stories(ctx context.Context, f dossier.StoryFilter) ([]dossier.Story, error) {
	q := `SELECT ` + storyColumns + ` FROM stories`
	var args []any
	if f.Query != "" {
		q += ` WHERE instr(search, ?) > 0`
		args = append(args, strings.ToLower(f.Query))
	}
	q += ` ORDER BY pos`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	return collect(ctx, s.read, "stories", q, args, scanStory)
}

// collect runs a query and scans every row into a T; what names the
// listing in errors.
func collect[T any](ctx context.Context, db *sql.DB, what, q string, args []any, scan func(rowScanner, *T) error) ([]T, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, internal(what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := scan(rows, &v); err != nil {
			return nil, internal(what, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, internal(what, err)
	}
	return out, nil
}

// Story returns one story.
func (s *Store) Story(ctx context.Context, id string) (*dossier.Story, error) {
	var st dossier.Story
	err := scanStory(s.read.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories WHERE id = ?`, id), &st)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dossier.Errorf(dossier.ENOTFOUND, "no story %q", id)
	} else if err != nil {
		return nil, internal("story "+id, err)
	}
	return &st, nil
}

// Stats counts what the store holds, from one snapshot.
func (s *Store) Stats(ctx context.Context) (dossier.Stats, error) {
	var st dossier.Stats
	tx, err := s.readTx(ctx)
	if err != nil {
		return st, err
	}
	defer tx.Rollback()
	err = tx.QueryRowContext(ctx, `SELECT
		(SELECT value FROM counters WHERE name = 'documents'),
		(SELECT value FROM counters WHERE name = 'duplicates'),
		(SELECT value FROM counters WHERE name = 'claims'),
		(SELECT value FROM counters WHERE name = 'count_claims'),
		(SELECT count(*) FROM entities),
		(SELECT count(*) FROM figures),
		(SELECT coalesce(sum(flags), 0) FROM figures),
		(SELECT count(*) FROM stories)`).Scan(&st.Documents, &st.Duplicates, &st.Claims, &st.CountClaims,
		&st.Entities, &st.Figures, &st.Flags, &st.Stories)
	if err != nil {
		return st, internal("stats", err)
	}
	return st, nil
}

// figure encodes a figure whole.
func (e *encoder) figure(f *dossier.Figure) {
	e.b = append(e.b, codecVersion)
	e.str(f.ID)
	e.str(string(f.Measure))
	e.str(f.Counted)
	e.str(f.Scope)
	e.figureValue(f.Latest)
	e.float(f.Estimate.Low)
	e.float(f.Estimate.Best)
	e.float(f.Estimate.High)
	e.length(len(f.Points), f.Points == nil)
	for i := range f.Points {
		p := &f.Points[i]
		e.figureValue(p.FigureValue)
		e.length(len(p.Sources), p.Sources == nil)
		for _, s := range p.Sources {
			e.str(string(s.Role))
			e.str(s.Text)
			e.str(s.Name)
			e.str(s.Entity)
		}
		e.str(string(p.Certainty))
		e.str(p.Document)
		e.str(p.Claim)
		e.strs(p.Copies)
	}
	e.length(len(f.Flags), f.Flags == nil)
	for _, fl := range f.Flags {
		e.str(string(fl.Kind))
		e.str(fl.Reason)
		e.length(len(fl.Points), fl.Points == nil)
		for _, p := range fl.Points {
			e.int(p)
		}
	}
}

func (e *encoder) figureValue(v dossier.FigureValue) {
	e.str(v.When)
	e.float(v.Low)
	e.float(v.High)
	e.str(string(v.Bound))
}

func (d *decoder) figure(f *dossier.Figure) error {
	if len(d.b) == 0 || d.b[0] != codecVersion {
		return fmt.Errorf("sqlite: unknown figure encoding")
	}
	d.b = d.b[1:]
	f.ID = d.str()
	f.Measure = dossier.Measure(d.enum())
	f.Counted = d.str()
	f.Scope = d.str()
	f.Latest = d.figureValue()
	f.Estimate.Low = d.float()
	f.Estimate.Best = d.float()
	f.Estimate.High = d.float()
	if n, ok := d.length(); ok {
		f.Points = make([]dossier.FigurePoint, n)
		// The points' sources share one backing array, cut with full
		// slice expressions so that appending to one copies it.
		var pool []dossier.SourceText
		for i := range f.Points {
			p := &f.Points[i]
			p.FigureValue = d.figureValue()
			if m, ok := d.length(); ok {
				if len(pool)+m > cap(pool) {
					pool = make([]dossier.SourceText, 0, max(m, 2*(n-i)))
				}
				k := len(pool)
				for range m {
					pool = append(pool, dossier.SourceText{Role: dossier.SourceRole(d.enum()), Text: d.str(), Name: d.str(), Entity: d.str()})
				}
				p.Sources = pool[k:len(pool):len(pool)]
			}
			p.Certainty = dossier.Certainty(d.enum())
			p.Document = d.str()
			p.Claim = d.str()
			p.Copies = d.strs()
		}
	}
	if n, ok := d.length(); ok {
		f.Flags = make([]dossier.Flag, n)
		for i := range f.Flags {
			fl := &f.Flags[i]
			fl.Kind = dossier.FlagKind(d.enum())
			fl.Reason = d.str()
			if n, ok := d.length(); ok {
				fl.Points = make([]int, n)
				for j := range fl.Points {
					fl.Points[j] = d.int()
				}
			}
		}
	}
	return d.err
}

func (d *decoder) figureValue() dossier.FigureValue {
	return dossier.FigureValue{When: d.str(), Low: d.float(), High: d.float(), Bound: dossier.Bound(d.enum())}
}
