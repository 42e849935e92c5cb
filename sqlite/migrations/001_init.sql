-- The ledger: documents with their layers and claims, and what
-- reconciliation derives across them (entities, figures, stories).

CREATE TABLE documents (
	seq          INTEGER PRIMARY KEY,   -- internal key: claims and the search index refer to it
	id           TEXT NOT NULL UNIQUE,
	hash         TEXT NOT NULL UNIQUE,  -- hex SHA-256 of text
	text         TEXT NOT NULL,         -- byte-exact, never rewritten
	url          TEXT NOT NULL,
	outlet       TEXT NOT NULL,
	title        TEXT NOT NULL,
	published    TEXT NOT NULL,         -- RFC 3339 with its offset, '' when unknown
	pub          INTEGER NOT NULL,      -- unix seconds of published, for ordering
	day          TEXT NOT NULL,         -- YYYY-MM-DD of published, '' when unknown
	ingested     TEXT NOT NULL,
	origin       TEXT NOT NULL,
	format       TEXT NOT NULL,
	words        INTEGER NOT NULL,
	claims       INTEGER NOT NULL,
	duplicate_of TEXT NOT NULL,
	story        TEXT NOT NULL DEFAULT '',
	keywords     BLOB,
	signature    BLOB,
	bands        BLOB,
	entities     BLOB NOT NULL,         -- entity layer with each mention's text
	layers       BLOB NOT NULL          -- the other layers (codec.go)
);
CREATE INDEX documents_pub ON documents (pub);
CREATE INDEX documents_outlet ON documents (outlet, pub);
CREATE INDEX documents_story ON documents (story, pub) WHERE story != '';
CREATE INDEX documents_duplicate ON documents (duplicate_of) WHERE duplicate_of != '';

-- MinHash LSH band keys, for near-duplicate candidates.
CREATE TABLE document_bands (
	band INTEGER NOT NULL,
	doc  INTEGER NOT NULL REFERENCES documents (seq),
	PRIMARY KEY (band, doc)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5 (
	title, text,
	content = 'documents', content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);

-- Claims: seq is doc<<20 | index in the document, so a document's claims
-- are a rowid range in text order; ord is doc<<20 | (2^20-1 - index), so
-- that listings run newest document first and each document's claims in
-- text order.
CREATE TABLE claims (
	seq       INTEGER PRIMARY KEY,
	doc       INTEGER NOT NULL REFERENCES documents (seq),
	id        TEXT NOT NULL,
	ord       INTEGER NOT NULL,
	day       TEXT NOT NULL,            -- YYYY-MM-DD: start of when, else the publication date
	kind      TEXT NOT NULL,
	measure   TEXT NOT NULL,
	certainty TEXT NOT NULL,
	low       REAL NOT NULL,
	high      REAL NOT NULL,
	counted   TEXT NOT NULL,            -- lower-case counted text
	sources   TEXT NOT NULL,            -- lower-case source texts and names, one a line
	figure    TEXT NOT NULL DEFAULT '',
	body      BLOB NOT NULL             -- the claim and its span texts (codec.go)
);
CREATE INDEX claims_day ON claims (day, ord);
CREATE INDEX claims_measure ON claims (measure, day, ord);
CREATE INDEX claims_kind ON claims (kind, day, ord);
CREATE INDEX claims_certainty ON claims (certainty, day, ord);
CREATE INDEX claims_figure ON claims (figure, day, ord) WHERE figure != '';

-- The full-text index of claim evidence (contentless: only rowids come back).
CREATE VIRTUAL TABLE claims_fts USING fts5 (
	evidence,
	content = '',
	tokenize = 'unicode61 remove_diacritics 2'
);

-- The document-local entities a claim names: sources, place, counted group.
CREATE TABLE claim_locals (
	doc   INTEGER NOT NULL,
	local TEXT NOT NULL,
	claim INTEGER NOT NULL,
	PRIMARY KEY (doc, local, claim)
) WITHOUT ROWID;

-- What reconciliation derives, replaced as a whole.
CREATE TABLE entities (
	id        TEXT PRIMARY KEY,
	pos       INTEGER NOT NULL,
	name      TEXT NOT NULL,
	type      TEXT NOT NULL,
	aliases   BLOB,
	documents INTEGER NOT NULL,
	mentions  INTEGER NOT NULL,
	search    TEXT NOT NULL             -- lower-case name and aliases, one a line
);

CREATE TABLE entity_links (
	doc    INTEGER NOT NULL,
	local  TEXT NOT NULL,
	entity TEXT NOT NULL,
	PRIMARY KEY (doc, local)
) WITHOUT ROWID;
CREATE INDEX entity_links_entity ON entity_links (entity);

CREATE TABLE figures (
	id      TEXT PRIMARY KEY,
	pos     INTEGER NOT NULL,
	measure TEXT NOT NULL,
	counted TEXT NOT NULL,              -- lower-case
	flags   INTEGER NOT NULL,
	body    BLOB NOT NULL
);
CREATE INDEX figures_measure ON figures (measure, pos);

CREATE TABLE figure_entities (
	entity TEXT NOT NULL,
	figure TEXT NOT NULL,
	PRIMARY KEY (entity, figure)
) WITHOUT ROWID;

CREATE TABLE stories (
	id        TEXT PRIMARY KEY,
	pos       INTEGER NOT NULL,
	title     TEXT NOT NULL,
	keywords  BLOB,
	start     TEXT NOT NULL,
	end       TEXT NOT NULL,
	documents BLOB,
	claims    INTEGER NOT NULL,
	search    TEXT NOT NULL
);

CREATE TABLE ledger (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
