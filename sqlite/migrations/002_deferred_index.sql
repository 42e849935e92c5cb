-- Documents whose text and claim evidence are not yet in the full-text
-- indexes. FTS5 pays a fixed cost per transaction (a new segment, merges),
-- so documents are indexed in batches: when enough are pending, and before
-- any full-text query.
CREATE TABLE fts_pending (
	doc INTEGER PRIMARY KEY
);

-- Kind and certainty split the claims into a few large groups: a scan of
-- the date index in order finds a page of them quickly, and every index
-- costs each insert. Statement claims have no measure.
DROP INDEX claims_kind;
DROP INDEX claims_certainty;
DROP INDEX claims_measure;
CREATE INDEX claims_measure ON claims (measure, day, ord) WHERE measure != '';

-- The evidence span, so that batches index it in SQL.
ALTER TABLE claims ADD COLUMN evidence_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN evidence_end INTEGER NOT NULL DEFAULT 0;
