-- Distinct source and counted-group texts with the claims that use them, so
-- that a substring filter matching a rare source reads its postings rather
-- than every claim. Filled with the full-text indexes (in batches).
-- The claims' sources column becomes a JSON array of lower-case texts.
CREATE TABLE terms (
	id     INTEGER PRIMARY KEY,
	field  INTEGER NOT NULL,              -- 0: source text or name, 1: counted group
	text   TEXT NOT NULL,                 -- lower-case
	claims INTEGER NOT NULL,              -- how many claims use it
	UNIQUE (field, text)
);

CREATE TABLE claim_terms (
	term INTEGER NOT NULL,
	key  INTEGER NOT NULL,                -- claims.key
	PRIMARY KEY (term, key)
) WITHOUT ROWID;

UPDATE claims SET sources = CASE WHEN sources = '' THEN '[]' ELSE
	'["' || replace(replace(replace(rtrim(sources, char(10)), '\', '\\'), '"', '\"'), char(10), '","') || '"]' END;

-- Index what is already indexed for full text; pending documents follow
-- with their batch.
INSERT INTO terms (field, text, claims)
	SELECT 0, j.value, count(*) FROM claims c, json_each(c.sources) j
	WHERE c.doc NOT IN (SELECT doc FROM fts_pending) GROUP BY j.value;
INSERT INTO terms (field, text, claims)
	SELECT 1, c.counted, count(*) FROM claims c
	WHERE c.counted != '' AND c.doc NOT IN (SELECT doc FROM fts_pending) GROUP BY c.counted;
INSERT OR IGNORE INTO claim_terms (term, key)
	SELECT t.id, c.key FROM claims c, json_each(c.sources) j JOIN terms t ON t.field = 0 AND t.text = j.value
	WHERE c.doc NOT IN (SELECT doc FROM fts_pending);
INSERT OR IGNORE INTO claim_terms (term, key)
	SELECT t.id, c.key FROM claims c JOIN terms t ON t.field = 1 AND t.text = c.counted
	WHERE c.doc NOT IN (SELECT doc FROM fts_pending);
