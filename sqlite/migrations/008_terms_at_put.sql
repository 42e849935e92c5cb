-- Source and counted-group terms are now counted when a document is
-- stored, no longer when it joins the full-text indexes: count those of
-- the documents still waiting for the indexes.
INSERT INTO terms (field, text, claims)
	SELECT 0, j.value, count(*) FROM fts_pending p CROSS JOIN claims c ON c.doc = p.doc CROSS JOIN json_each(c.sources) j
	WHERE true GROUP BY j.value
	ON CONFLICT (field, text) DO UPDATE SET claims = claims + excluded.claims;
INSERT INTO terms (field, text, claims)
	SELECT 1, c.counted, count(*) FROM fts_pending p CROSS JOIN claims c ON c.doc = p.doc
	WHERE c.counted != '' GROUP BY c.counted
	ON CONFLICT (field, text) DO UPDATE SET claims = claims + excluded.claims;
INSERT OR IGNORE INTO claim_terms (term, key)
	SELECT t.id, c.key FROM fts_pending p CROSS JOIN claims c ON c.doc = p.doc CROSS JOIN json_each(c.sources) j
	CROSS JOIN terms t ON t.field = 0 AND t.text = j.value;
INSERT OR IGNORE INTO claim_terms (term, key)
	SELECT t.id, c.key FROM fts_pending p CROSS JOIN claims c ON c.doc = p.doc
	CROSS JOIN terms t ON t.field = 1 AND t.text = c.counted;
