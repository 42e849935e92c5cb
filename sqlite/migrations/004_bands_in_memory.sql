-- MinHash band keys stay in documents.bands only; the store indexes them in
-- memory (band.go): random keys cost a B-tree page per key on every insert.
DROP TABLE document_bands;
