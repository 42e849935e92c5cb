package sqlite

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/dossierhq/dossier"
)

// claimRow is one claim ready to insert.
type claimRow struct {
	id, day, kind, measure, certainty, counted, sources string
	names                                               []string // lower-case source texts and names
	low, high                                           float64
	evidence                                            dossier.Span
	locals                                              []string
	body                                                []byte
}

// encodedDocument is a document checked and encoded, ready to insert.
type encodedDocument struct {
	d                              *dossier.StoredDocument
	hash, published, day, ingested string
	pub                            int64
	words                          int
	layers, entities               []byte
	claims                         []claimRow
}

// encodeDocument checks and encodes d; it needs no database, so it runs
// before the write lock is taken.
func encodeDocument(d *dossier.StoredDocument) (*encodedDocument, error) {
	doc := &d.Document
	sum := sha256.Sum256([]byte(doc.Text))
	p := &encodedDocument{d: d, hash: hex.EncodeToString(sum[:]), pub: time.Time{}.Unix(), words: d.Meta.Words}
	if d.Meta.Hash != "" && !strings.EqualFold(d.Meta.Hash, p.hash) {
		return nil, dossier.Errorf(dossier.EINVALID, "document %q: hash %s is not the SHA-256 of its text (%s)", doc.ID, d.Meta.Hash, p.hash)
	}
	e := encoder{text: len(doc.Text)}
	e.layers(&d.Analysis)
	ents := encoder{text: len(doc.Text)}
	ents.entities(d.Entities, doc.Text)
	if e.err == nil {
		e.err = ents.err
	}
	if e.err != nil {
		return nil, fmt.Errorf("document %q: %w", doc.ID, e.err)
	}
	p.layers, p.entities = e.b, ents.b
	var err error
	if p.claims, err = claimRows(d); err != nil {
		return nil, fmt.Errorf("document %q: %w", doc.ID, err)
	}
	if !doc.Published.IsZero() {
		p.published = doc.Published.Format(time.RFC3339Nano)
		p.pub = doc.Published.Unix()
		p.day = doc.Published.Format(time.DateOnly)
	}
	ingested := d.Meta.Ingested
	if ingested.IsZero() {
		ingested = time.Now().UTC()
	}
	p.ingested = ingested.Format(time.RFC3339Nano)
	if p.words == 0 {
		p.words = len(d.Tokens)
	}
	return p, nil
}

// PutDocument stores d in one transaction; see dossier.Store.
func (s *Store) PutDocument(ctx context.Context, d *dossier.StoredDocument) (string, bool, error) {
	res, err := s.PutDocuments(ctx, []*dossier.StoredDocument{d})
	if err != nil {
		return "", false, err
	}
	return res[0].ID, res[0].Created, res[0].Err
}

// batchRows collects what a batch's documents add besides their own rows,
// inserted after the last of them with as few statements as the rows allow.
type batchRows struct {
	first                      int64 // the seq of the batch's first document
	docs, dups, claims, counts int
	claimArgs, localArgs       []any
	terms                      map[term][]int64 // the keys of the claims that use each term
}

// term is a source text or name (field 0) or a counted group (field 1),
// lower-case, as the terms table holds them.
type term struct {
	field int
	text  string
}

// PutDocuments stores docs in one transaction; see dossier.BatchStore.
func (s *Store) PutDocuments(ctx context.Context, docs []*dossier.StoredDocument) ([]dossier.PutResult, error) {
	res := make([]dossier.PutResult, len(docs))
	encoded := make([]*encodedDocument, len(docs))
	for i, d := range docs {
		// A document's own error (EINVALID) is known before any write.
		encoded[i], res[i].Err = encodeDocument(d)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal("put documents", err)
	}
	defer tx.Rollback()
	var rows batchRows
	for i, p := range encoded {
		if p == nil {
			continue
		}
		id, ok, err := s.insertDocument(ctx, tx, p, &rows)
		if err != nil {
			if dossier.ErrorCode(err) == dossier.ECONFLICT {
				// Found before its rows were written: the others go on.
				res[i].Err = err
				continue
			}
			return nil, err
		}
		res[i].ID, res[i].Created = id, ok
	}
	if rows.docs == 0 {
		return res, nil // nothing written
	}
	if err := s.insertBatchRows(ctx, tx, &rows); err != nil {
		return nil, err
	}
	flush := s.pending.Load()+int64(rows.docs) >= ftsBatch
	if flush {
		if err := indexPending(ctx, tx); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, internal("put documents", err)
	}
	if flush {
		s.pending.Store(0)
	} else {
		s.pending.Add(int64(rows.docs))
	}
	return res, nil
}

// insertBatchRows inserts the claims, the full-text queue entries and the
// counter updates of a batch's documents.
func (s *Store) insertBatchRows(ctx context.Context, tx *sql.Tx, r *batchRows) error {
	if err := s.insertClaims.exec(ctx, tx, r.claimArgs); err != nil {
		return internal("put claims", err)
	}
	if err := s.insertLocals.exec(ctx, tx, r.localArgs); err != nil {
		return internal("put claims", err)
	}
	if err := s.insertTerms(ctx, tx, r.terms); err != nil {
		return err
	}
	if _, err := tx.StmtContext(ctx, s.insertPending).ExecContext(ctx, r.first); err != nil {
		return internal("put documents", err)
	}
	if _, err := tx.StmtContext(ctx, s.count).ExecContext(ctx, r.docs, r.dups, r.claims, r.counts); err != nil {
		return internal("put documents", err)
	}
	return nil
}

// insertTerms counts the batch's claims into the terms table and adds
// their postings. Go has the terms at hand, where SQL would parse each
// claim's sources back out of JSON.
func (s *Store) insertTerms(ctx context.Context, tx *sql.Tx, terms map[term][]int64) error {
	if len(terms) == 0 {
		return nil
	}
	keys := slices.SortedFunc(maps.Keys(terms), func(a, b term) int {
		return cmp.Or(cmp.Compare(a.field, b.field), strings.Compare(a.text, b.text))
	})
	var counts, postings []any
	for _, t := range keys {
		counts = append(counts, t.field, t.text, len(terms[t]))
		for _, k := range terms[t] {
			postings = append(postings, t.field, t.text, k)
		}
	}
	if err := s.addTerms.exec(ctx, tx, counts); err != nil {
		return internal("put claims: terms", err)
	}
	if err := s.addPostings.exec(ctx, tx, postings); err != nil {
		return internal("put claims: terms", err)
	}
	return nil
}

// insertDocument inserts p in tx unless its text is already stored, and
// adds its other rows to r. Its ECONFLICT comes before anything is
// written.
func (s *Store) insertDocument(ctx context.Context, tx *sql.Tx, p *encodedDocument, r *batchRows) (string, bool, error) {
	d, doc := p.d, &p.d.Document
	id := doc.ID
	if id == "" {
		// Derive the id from the hash, longer in the unlikely case the
		// short form is taken by another text.
		if known, ok, err := s.knownHash(ctx, tx, p.hash); err != nil || ok {
			return known, false, err
		}
		for n := 12; ; n += 4 {
			id = p.hash[:n]
			taken, err := s.idTaken(ctx, tx, id)
			if err != nil {
				return "", false, err
			}
			if !taken {
				break
			}
		}
	}
	// The insert itself tells whether the text (or the id) is stored: it
	// does nothing on a uniqueness conflict, and only then does the hash
	// need looking up.
	res, err := tx.StmtContext(ctx, s.insertDoc).ExecContext(ctx, id, p.hash, doc.Text, doc.URL, doc.Outlet, doc.Title,
		p.published, p.pub, p.day, p.ingested, d.Meta.Origin, d.Meta.Format, p.words, len(d.Claims),
		d.Meta.DuplicateOf, d.Meta.Story, encodeStrings(d.Meta.Keywords), encodeUint32s(d.Meta.Signature),
		encodeUint64s(d.Meta.Bands), p.entities, p.layers)
	if err != nil {
		return "", false, internal("put document "+id, err)
	}
	switch n, err := res.RowsAffected(); {
	case err != nil:
		return "", false, internal("put document "+id, err)
	case n == 0:
		known, ok, err := s.knownHash(ctx, tx, p.hash)
		switch {
		case err != nil || ok:
			return known, false, err
		}
		return "", false, dossier.Errorf(dossier.ECONFLICT, "document %q: the id is already used by a different text", id)
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return "", false, internal("put document "+id, err)
	}
	if seq > maxDoc {
		return "", false, fmt.Errorf("sqlite: put document %s: the store is full (%d documents)", id, maxDoc)
	}
	if r.docs == 0 {
		r.first = seq
	}
	r.docs++
	if d.Meta.DuplicateOf != "" {
		r.dups++
	}
	r.claims += len(d.Claims)
	for _, c := range d.Claims {
		if c.Kind == dossier.CountClaim {
			r.counts++
		}
	}
	for i := range p.claims {
		c := &p.claims[i]
		day := c.day
		if day == "" {
			day = p.day
		}
		key := claimKey(dayNumber(day), seq, i)
		r.claimArgs = append(r.claimArgs, key, seq, i, c.id, c.kind, c.measure, c.certainty,
			c.low, c.high, c.counted, c.sources, c.body, c.evidence.Start, c.evidence.End)
		for _, l := range c.locals {
			r.localArgs = append(r.localArgs, seq, l, key)
		}
		if r.terms == nil {
			r.terms = map[term][]int64{}
		}
		for _, n := range c.names {
			r.terms[term{0, n}] = append(r.terms[term{0, n}], key)
		}
		if c.counted != "" {
			r.terms[term{1, c.counted}] = append(r.terms[term{1, c.counted}], key)
		}
	}
	return id, true, nil
}

// knownHash returns the id of the stored document with the hash.
func (s *Store) knownHash(ctx context.Context, tx *sql.Tx, hash string) (string, bool, error) {
	var id string
	switch err := tx.StmtContext(ctx, s.findHash).QueryRowContext(ctx, hash).Scan(&id); {
	case err == nil:
		return id, true, nil
	case errors.Is(err, sql.ErrNoRows):
		return "", false, nil
	default:
		return "", false, internal("put document", err)
	}
}

func (s *Store) idTaken(ctx context.Context, tx *sql.Tx, id string) (bool, error) {
	var h string
	switch err := tx.StmtContext(ctx, s.findID).QueryRowContext(ctx, id).Scan(&h); {
	case err == nil:
		return true, nil
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	default:
		return false, internal("put document", err)
	}
}

// claimRows encodes d's claims with the text of their spans and the
// columns the filters use.
func claimRows(d *dossier.StoredDocument) ([]claimRow, error) {
	if len(d.Claims) > maxClaims {
		return nil, dossier.Errorf(dossier.EINVALID, "%d claims, over the limit of %d", len(d.Claims), maxClaims)
	}
	text := d.Document.Text
	entities := make(map[string]*dossier.Entity, len(d.Entities))
	for i := range d.Entities {
		entities[d.Entities[i].ID] = &d.Entities[i]
	}
	rows := make([]claimRow, len(d.Claims))
	seen := make(map[string]bool, len(d.Claims))
	var buf []byte
	var err error
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.ID == "" {
			return nil, dossier.Errorf(dossier.EINVALID, "claim %d has no id", i+1)
		}
		if seen[c.ID] {
			return nil, dossier.Errorf(dossier.EINVALID, "claim id %q is used twice", c.ID)
		}
		seen[c.ID] = true
		t := claimText(c, text, entities)
		e := encoder{b: buf[:0], text: len(text), what: "claim " + c.ID}
		e.claim(c, &t)
		if e.err != nil {
			return nil, e.err
		}
		buf = e.b
		r := &rows[i]
		r.id, r.kind, r.measure, r.certainty = c.ID, string(c.Kind), string(c.Measure), string(c.Certainty)
		r.low, r.high = c.Low, c.High
		r.body = append([]byte(nil), e.b...)
		r.evidence = c.Evidence
		r.counted = strings.ToLower(t.Counted)
		if c.When != nil {
			r.day = startDay(c.When.Value)
		}
		var names []string
		for _, st := range t.Sources {
			for _, n := range []string{strings.ToLower(st.Text), strings.ToLower(st.Name)} {
				if n != "" && !slices.Contains(names, n) {
					names = append(names, n)
				}
			}
		}
		r.names = names
		if r.sources, err = jsonStrings(names); err != nil {
			return nil, err
		}
		r.locals = claimLocals(c, d.Entities)
	}
	return rows, nil
}

// claimText returns the text of c's spans. A source's Name is the
// canonical name of the entity it resolves to, else the text of its
// antecedent, else its own text.
func claimText(c *dossier.Claim, text string, entities map[string]*dossier.Entity) dossier.ClaimText {
	t := dossier.ClaimText{
		Number:   c.Number.Text(text),
		Counted:  c.Counted.Text(text),
		Cue:      c.Cue.Text(text),
		Content:  c.Content.Text(text),
		Evidence: c.Evidence.Text(text),
	}
	if c.When != nil {
		t.When = c.When.Span.Text(text)
	}
	if c.Where != nil {
		t.Where = c.Where.Span.Text(text)
	}
	if len(c.Sources) > 0 {
		t.Sources = make([]dossier.SourceText, len(c.Sources))
		for i, s := range c.Sources {
			st := dossier.SourceText{Role: s.Role, Text: s.Span.Text(text)}
			if e := entities[s.Entity]; e != nil && e.Canonical != "" {
				st.Name = e.Canonical
			} else if !s.Antecedent.IsZero() {
				st.Name = s.Antecedent.Text(text)
			}
			if st.Name == "" {
				st.Name = st.Text
			}
			t.Sources[i] = st
		}
	}
	return t
}

// claimLocals lists the document-local entities c names: its sources, its
// place and the entities inside its counted group.
func claimLocals(c *dossier.Claim, entities []dossier.Entity) []string {
	var out []string
	add := func(id string) {
		if id == "" {
			return
		}
		for _, o := range out {
			if o == id {
				return
			}
		}
		out = append(out, id)
	}
	for _, s := range c.Sources {
		add(s.Entity)
	}
	if c.Where != nil {
		add(c.Where.Entity)
	}
	if c.Counted.Len() > 0 {
		for i := range entities {
			if c.Counted.Contains(entities[i].Span) {
				add(entities[i].ID)
			}
		}
	}
	return out
}

// startDay returns the first day of a TIMEX3 date value as YYYY-MM-DD, or
// "" when the value is not a date.
func startDay(v string) string {
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	if len(v) < 4 || !digits(v[:4]) {
		return ""
	}
	year := v[:4]
	rest := v[4:]
	switch {
	case rest == "":
		return year + "-01-01"
	case len(rest) >= 6 && rest[0] == '-' && digits(rest[1:3]) && rest[3] == '-' && digits(rest[4:6]):
		return year + rest[:6]
	case len(rest) >= 3 && rest[0] == '-' && digits(rest[1:3]):
		return year + rest[:3] + "-01"
	case len(rest) >= 3 && rest[0] == '-' && rest[1] == 'W' && len(rest) >= 4 && digits(rest[2:4]):
		y, _ := time.Parse("2006", year)
		week := int(rest[2]-'0')*10 + int(rest[3]-'0')
		// ISO week 1 holds January 4th; weeks start on Monday.
		jan4 := y.AddDate(0, 0, 3)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		return monday.AddDate(0, 0, 7*(week-1)).Format(time.DateOnly)
	}
	switch strings.TrimPrefix(rest, "-") {
	case "WI":
		return year + "-01-01"
	case "SP":
		return year + "-03-01"
	case "SU":
		return year + "-06-01"
	case "FA":
		return year + "-09-01"
	case "Q1", "H1":
		return year + "-01-01"
	case "Q2":
		return year + "-04-01"
	case "Q3", "H2":
		return year + "-07-01"
	case "Q4":
		return year + "-10-01"
	}
	return ""
}

// DocumentByHash returns the id of the document with hash.
func (s *Store) DocumentByHash(ctx context.Context, hash string) (string, error) {
	var id string
	err := s.readHash.QueryRowContext(ctx, strings.ToLower(hash)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", dossier.Errorf(dossier.ENOTFOUND, "no document with hash %s", hash)
	} else if err != nil {
		return "", internal("document by hash", err)
	}
	return id, nil
}

// listColumns are the columns of a document listing; scanListing reads them.
const listColumns = `d.seq, d.id, d.url, d.outlet, d.title, d.published, d.pub, d.ingested, d.origin, d.format,
	d.words, d.claims, d.duplicate_of, d.story, d.keywords, d.signature`

type rowScanner interface{ Scan(...any) error }

func scanListing(r rowScanner, d *dossier.StoredDocument) (seq, pub int64, err error) {
	var published, ingested string
	var keywords, signature []byte
	if err := r.Scan(&seq, &d.Document.ID, &d.Document.URL, &d.Document.Outlet, &d.Document.Title, &published, &pub,
		&ingested, &d.Meta.Origin, &d.Meta.Format, &d.Meta.Words, &d.Meta.Claims, &d.Meta.DuplicateOf,
		&d.Meta.Story, &keywords, &signature); err != nil {
		return 0, 0, err
	}
	if published != "" {
		if d.Document.Published, err = time.Parse(time.RFC3339Nano, published); err != nil {
			return 0, 0, err
		}
	}
	if ingested != "" {
		if d.Meta.Ingested, err = time.Parse(time.RFC3339Nano, ingested); err != nil {
			return 0, 0, err
		}
	}
	if d.Meta.Keywords, err = decodeStrings(keywords); err != nil {
		return 0, 0, err
	}
	if d.Meta.Signature, err = decodeUint32s(signature); err != nil {
		return 0, 0, err
	}
	return seq, pub, nil
}

// Document returns one document with every layer.
func (s *Store) Document(ctx context.Context, id string) (*dossier.StoredDocument, error) {
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	d := &dossier.StoredDocument{}
	var text string
	var hash string
	var bands, ents, layers []byte
	row := tx.QueryRowContext(ctx, `SELECT `+listColumns+`, d.hash, d.text, d.bands, d.entities, d.layers
		FROM documents d WHERE d.id = ?`, id)
	seq, _, err := scanListing(multiScanner{row, []any{&hash, &text, &bands, &ents, &layers}}, d)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dossier.Errorf(dossier.ENOTFOUND, "no document %q", id)
	} else if err != nil {
		return nil, internal("document "+id, err)
	}
	d.Document.Text = text
	d.Meta.Hash = hash
	if d.Meta.Bands, err = decodeUint64s(bands); err != nil {
		return nil, internal("document "+id, err)
	}
	dec := newDecoder(ents)
	if d.Entities, err = dec.entities(nil); err != nil {
		return nil, internal("document "+id, err)
	}
	dec = newDecoder(layers)
	if err := dec.layers(&d.Analysis); err != nil {
		return nil, internal("document "+id, err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT body FROM claims WHERE doc = ? ORDER BY idx`, seq)
	if err != nil {
		return nil, internal("document "+id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var body []byte
		if err := rows.Scan(&body); err != nil {
			return nil, internal("document "+id, err)
		}
		var c dossier.Claim
		dec := newDecoder(body)
		if err := dec.claim(&c, nil); err != nil {
			return nil, internal("document "+id, err)
		}
		d.Claims = append(d.Claims, c)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("document "+id, err)
	}
	if d.Meta.Copies, err = copiesOf(ctx, tx, id); err != nil {
		return nil, err
	}
	return d, nil
}

// multiScanner scans the listing columns and then extra ones.
type multiScanner struct {
	r     *sql.Row
	extra []any
}

func (m multiScanner) Scan(dest ...any) error { return m.r.Scan(append(dest, m.extra...)...) }

func copiesOf(ctx context.Context, tx *sql.Tx, id string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM documents WHERE duplicate_of = ? AND duplicate_of != '' ORDER BY pub, seq`, id)
	if err != nil {
		return nil, internal("copies of "+id, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, internal("copies of "+id, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("copies of "+id, err)
	}
	return out, nil
}

// copiesMap returns every document's copies, for listings.
func copiesMap(ctx context.Context, q querier, ids []string) (map[string][]string, error) {
	out := map[string][]string{}
	var rows *sql.Rows
	var err error
	if ids == nil {
		rows, err = q.QueryContext(ctx, `SELECT id, duplicate_of FROM documents WHERE duplicate_of != '' ORDER BY pub, seq`)
	} else {
		if len(ids) == 0 {
			return out, nil
		}
		args := make([]any, len(ids))
		for i, id := range ids {
			args[i] = id
		}
		rows, err = q.QueryContext(ctx, `SELECT id, duplicate_of FROM documents WHERE duplicate_of != '' AND duplicate_of IN (`+
			placeholders(len(ids))+`) ORDER BY pub, seq`, args...)
	}
	if err != nil {
		return nil, internal("copies", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, of string
		if err := rows.Scan(&id, &of); err != nil {
			return nil, internal("copies", err)
		}
		out[of] = append(out[of], id)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("copies", err)
	}
	return out, nil
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// Documents lists documents newest published first.
func (s *Store) Documents(ctx context.Context, f dossier.DocumentFilter) ([]dossier.StoredDocument, string, error) {
	var where []string
	var args []any
	if f.Outlet != "" {
		where = append(where, "d.outlet = ?")
		args = append(args, f.Outlet)
	}
	if f.Story != "" {
		where = append(where, "d.story = ? AND d.story != ''")
		args = append(args, f.Story)
	}
	if f.From != "" {
		if err := checkDay("from", f.From); err != nil {
			return nil, "", err
		}
		where = append(where, "d.day >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		if err := checkDay("to", f.To); err != nil {
			return nil, "", err
		}
		where = append(where, "d.day <= ? AND d.day != ''")
		args = append(args, f.To)
	}
	if f.After != "" {
		pub, seq, err := decodeDocCursor(f.After)
		if err != nil {
			return nil, "", err
		}
		where = append(where, "(d.pub, d.seq) < (?, ?)")
		args = append(args, pub, seq)
	}
	limit := pageSize(f.Limit)
	q := `SELECT ` + listColumns + ` FROM documents d`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	q += ` ORDER BY d.pub DESC, d.seq DESC LIMIT ?`
	args = append(args, limit+1)
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, "", err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, "", internal("documents", err)
	}
	defer rows.Close()
	var out []dossier.StoredDocument
	var next string
	var lastPub, lastSeq int64
	for rows.Next() {
		if len(out) == limit {
			next = encodeDocCursor(lastPub, lastSeq)
			break
		}
		var d dossier.StoredDocument
		seq, pub, err := scanListing(rows, &d)
		if err != nil {
			return nil, "", internal("documents", err)
		}
		out = append(out, d)
		lastPub, lastSeq = pub, seq
	}
	if err := rows.Err(); err != nil {
		return nil, "", internal("documents", err)
	}
	rows.Close()
	ids := make([]string, len(out))
	for i := range out {
		ids[i] = out[i].Document.ID
	}
	copies, err := copiesMap(ctx, tx, ids)
	if err != nil {
		return nil, "", err
	}
	for i := range out {
		out[i].Meta.Copies = copies[out[i].Document.ID]
	}
	return out, next, nil
}

// EachDocument calls fn for every document's listing, oldest published
// first.
func (s *Store) EachDocument(ctx context.Context, fn func(*dossier.StoredDocument) error) error {
	tx, err := s.readTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	copies, err := copiesMap(ctx, tx, nil)
	if err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+listColumns+` FROM documents d ORDER BY d.pub, d.seq`)
	if err != nil {
		return internal("documents", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d dossier.StoredDocument
		if _, _, err := scanListing(rows, &d); err != nil {
			return internal("documents", err)
		}
		d.Meta.Copies = copies[d.Document.ID]
		if err := fn(&d); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return internal("documents", err)
	}
	return nil
}

// EachMention calls fn for every entity mention, document by document in
// the order they were stored.
func (s *Store) EachMention(ctx context.Context, fn func(*dossier.EntityMention) error) error {
	tx, err := s.readTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, published, entities FROM documents ORDER BY seq`)
	if err != nil {
		return internal("mentions", err)
	}
	defer rows.Close()
	var texts []string
	for rows.Next() {
		var id, published string
		var blob []byte
		if err := rows.Scan(&id, &published, &blob); err != nil {
			return internal("mentions", err)
		}
		var pub time.Time
		if published != "" {
			if pub, err = time.Parse(time.RFC3339Nano, published); err != nil {
				return internal("mentions", err)
			}
		}
		texts = texts[:0]
		dec := newDecoder(blob)
		ents, err := dec.entities(&texts)
		if err != nil {
			return internal("mentions of "+id, err)
		}
		for i := range ents {
			m := dossier.EntityMention{Document: id, Published: pub, Entity: ents[i], Text: texts[i]}
			if err := fn(&m); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return internal("mentions", err)
	}
	return nil
}

// jsonStrings encodes ss as a JSON array, for SQLite's json_each; HTML
// characters stay as they are so that substring filters see them.
func jsonStrings(ss []string) (string, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if ss == nil {
		ss = []string{}
	}
	if err := enc.Encode(ss); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}
