package dossier

import (
	"context"
	"time"
)

// BatchStore is a Store that can store several documents in one
// transaction, which costs less than one transaction each (ingest uses it
// when its store has it).
type BatchStore interface {
	Store
	// PutDocuments stores docs as PutDocument would one after the other,
	// in one transaction: a later document sees the earlier ones (same
	// hash: not created; same id, other text: ECONFLICT). results[i] is
	// docs[i]'s outcome; a document's own EINVALID or ECONFLICT is in
	// results[i].Err and does not stop the others. When err is not nil,
	// nothing was stored.
	PutDocuments(ctx context.Context, docs []*StoredDocument) (results []PutResult, err error)
}

// PutResult is the outcome of one document of PutDocuments, as PutDocument
// returns it.
type PutResult struct {
	ID      string
	Created bool
	Err     error
}

// Store keeps the ledger: documents with their layers and claims, and what
// reconciliation derives across documents (entities, figures, stories).
// Implementations: package sqlite (the embedded default) and, later,
// package postgres; the same test-suite (package storetest) runs on each.
//
// Errors carry the codes of error.go: ENOTFOUND for a missing id, EINVALID
// for a bad filter or cursor.
type Store interface {
	// PutDocument stores an analysed document, its layers and its claims in
	// one transaction. It is idempotent by content hash (Meta.Hash): when a
	// document with that hash is already stored, it stores nothing and
	// returns that document's id with created false. An ID already used by
	// a different text is ECONFLICT.
	PutDocument(ctx context.Context, d *StoredDocument) (id string, created bool, err error)
	// DocumentByHash returns the id of the document with the content hash,
	// or ENOTFOUND; ingest uses it to skip analysis of known texts.
	DocumentByHash(ctx context.Context, hash string) (string, error)
	// Document returns one document with every layer.
	Document(ctx context.Context, id string) (*StoredDocument, error)
	// Documents lists documents without their text and layers, newest
	// published first, and the cursor of the next page ("" at the end).
	Documents(ctx context.Context, f DocumentFilter) ([]StoredDocument, string, error)
	// SimilarDocuments returns the documents sharing at least one MinHash
	// band key with bands, with their signatures, for near-duplicate tests.
	SimilarDocuments(ctx context.Context, bands []uint64) ([]StoredDocument, error)

	// Claims lists claims matching f and the cursor of the next page,
	// newest first: by the claim's date (when, else published), then the
	// latest stored document, then the order of the claims in the text.
	Claims(ctx context.Context, f ClaimFilter) ([]LedgerClaim, string, error)
	// EachClaim calls fn for every claim matching f (Limit and After are
	// ignored), in document order; reconcile reads count claims this way.
	EachClaim(ctx context.Context, f ClaimFilter, fn func(*LedgerClaim) error) error
	// EachDocument calls fn for every document's listing (no text, no
	// layers), oldest published first.
	EachDocument(ctx context.Context, fn func(*StoredDocument) error) error
	// EachMention calls fn for every named-entity mention of every
	// document; reconcile groups them into ledger entities.
	EachMention(ctx context.Context, fn func(*EntityMention) error) error
	// Search runs a full-text query over document titles and text.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)

	// ReplaceLedger swaps in what reconciliation derived, in one
	// transaction: readers see the old ledger or the new, never a mix.
	ReplaceLedger(ctx context.Context, l *Ledger) error
	Figures(ctx context.Context, f FigureFilter) ([]Figure, error)
	Figure(ctx context.Context, id string) (*Figure, error)
	Entities(ctx context.Context, f EntityFilter) ([]LedgerEntity, error)
	Entity(ctx context.Context, id string) (*LedgerEntity, error)
	Stories(ctx context.Context, f StoryFilter) ([]Story, error)
	Story(ctx context.Context, id string) (*Story, error)
	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)

	Close() error
}

// StoredDocument is a document as the ledger keeps it: the analysis (text
// and layers, byte offsets) and what ingest and reconcile recorded about it.
// Listings leave Analysis.Document.Text and the layers empty.
type StoredDocument struct {
	Analysis
	Meta DocumentMeta
}

// DocumentMeta is what the ledger records about a document besides its text.
type DocumentMeta struct {
	Hash        string    // hex SHA-256 of the text: the idempotency key
	Words       int       // token count
	Claims      int       // number of claims
	Ingested    time.Time // when it was stored
	Origin      string    // where it came from: file path, URL, feed item
	Format      string    // text, html, rss, warc, jsonl
	DuplicateOf string    // the earlier document this one copies (wire copy), or ""
	Copies      []string  // later documents that copy this one (filled on read)
	Story       string    // story id, once reconciled
	Keywords    []string  // salient terms, for story clustering
	Signature   []uint32  // MinHash signature over word shingles
	Bands       []uint64  // LSH band keys of Signature
}

// DocumentFilter selects documents. Zero fields do not filter.
type DocumentFilter struct {
	Outlet   string
	Story    string
	From, To string // YYYY-MM-DD bounds on the publication date, inclusive
	After    string // cursor from the previous page
	Limit    int    // 0 means a default page size
}

// EntityMention is one named-entity mention in a stored document.
type EntityMention struct {
	Document  string
	Published time.Time
	Entity    Entity // document-local id, span, type, canonical name
	Text      string // the mention as written
}

// SearchQuery is a full-text query.
type SearchQuery struct {
	Text  string // FTS syntax: words, "phrases", OR, prefix*
	Limit int
}

// SearchHit is one document matching a search, with a highlighted snippet.
type SearchHit struct {
	Document  string
	Title     string
	Outlet    string
	Published time.Time
	Snippet   string // text around the match, matches between « and »
	Rank      float64
}

// Stats counts what a store holds.
type Stats struct {
	Documents, Duplicates, Claims, CountClaims, Entities, Figures, Flags, Stories int
}
