-- Claims are keyed in listing order: key = day << 45 | doc << 14 |
-- (16383 - index), where day counts days since 1800-01-01 (0 when the claim
-- has no date). The table itself is then the newest-first listing, a date
-- range is a key range, a cursor is one integer, and the full-text index of
-- evidence, keyed the same way, streams matches in listing order.
CREATE TABLE claims_new (
	key            INTEGER PRIMARY KEY,
	doc            INTEGER NOT NULL REFERENCES documents (seq),
	idx            INTEGER NOT NULL,     -- index of the claim in its document
	id             TEXT NOT NULL,
	kind           TEXT NOT NULL,
	measure        TEXT NOT NULL,
	certainty      TEXT NOT NULL,
	low            REAL NOT NULL,
	high           REAL NOT NULL,
	counted        TEXT NOT NULL,        -- lower-case counted text
	sources        TEXT NOT NULL,        -- lower-case source texts and names, one a line
	figure         TEXT NOT NULL DEFAULT '',
	evidence_start INTEGER NOT NULL,
	evidence_end   INTEGER NOT NULL,
	body           BLOB NOT NULL         -- the claim and its span texts (codec.go)
);

INSERT INTO claims_new (key, doc, idx, id, kind, measure, certainty, low, high, counted, sources, figure,
		evidence_start, evidence_end, body)
	SELECT (CASE WHEN day = '' THEN 0 ELSE max(0, CAST(julianday(day) - julianday('1800-01-01') AS INTEGER)) END << 45)
			| (doc << 14) | (16383 - (seq & 1048575)),
		doc, seq & 1048575, id, kind, measure, certainty, low, high, counted, sources, figure,
		evidence_start, evidence_end, body
	FROM claims;

CREATE TABLE claim_locals_new (
	doc   INTEGER NOT NULL,
	local TEXT NOT NULL,
	claim INTEGER NOT NULL,               -- claims.key
	PRIMARY KEY (doc, local, claim)
) WITHOUT ROWID;
INSERT INTO claim_locals_new (doc, local, claim)
	SELECT l.doc, l.local,
		(CASE WHEN c.day = '' THEN 0 ELSE max(0, CAST(julianday(c.day) - julianday('1800-01-01') AS INTEGER)) END << 45)
			| (c.doc << 14) | (16383 - (c.seq & 1048575))
	FROM claim_locals l JOIN claims c ON c.seq = l.claim;

DROP TABLE claim_locals;
ALTER TABLE claim_locals_new RENAME TO claim_locals;
DROP TABLE claims;
ALTER TABLE claims_new RENAME TO claims;

CREATE UNIQUE INDEX claims_doc ON claims (doc, idx);
CREATE INDEX claims_measure ON claims (measure) WHERE measure != '';
CREATE INDEX claims_figure ON claims (figure) WHERE figure != '';

-- Re-key the evidence index; documents still pending are indexed later.
INSERT INTO claims_fts (claims_fts) VALUES ('delete-all');
INSERT INTO claims_fts (rowid, evidence)
	SELECT c.key, CAST(substr(CAST(d.text AS BLOB), c.evidence_start + 1, c.evidence_end - c.evidence_start) AS TEXT)
	FROM claims c JOIN documents d ON d.seq = c.doc
	WHERE c.evidence_end > c.evidence_start AND c.doc NOT IN (SELECT doc FROM fts_pending)
	ORDER BY c.key; -- FTS5 writes a segment whenever a rowid goes down
