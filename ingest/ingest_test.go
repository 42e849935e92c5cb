package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
)

// fakeStore keeps documents in memory with the semantics of
// dossier.Store that ingest relies on. Methods ingest does not call panic
// through the nil embedded interface.
type fakeStore struct {
	dossier.Store
	mu      sync.Mutex
	order   []string
	byID    map[string]*dossier.StoredDocument
	byHash  map[string]string
	byBand  map[uint64][]string
	failPut func(*dossier.StoredDocument) error // injected failure
}

func newFakeStore() *fakeStore {
	return &fakeStore{byID: map[string]*dossier.StoredDocument{}, byHash: map[string]string{}, byBand: map[uint64][]string{}}
}

func (s *fakeStore) PutDocument(ctx context.Context, d *dossier.StoredDocument) (string, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failPut != nil {
		if err := s.failPut(d); err != nil {
			return "", false, err
		}
	}
	if id, ok := s.byHash[d.Meta.Hash]; ok {
		return id, false, nil
	}
	id := d.Document.ID
	if _, ok := s.byID[id]; ok {
		return "", false, dossier.Errorf(dossier.ECONFLICT, "document id %q is already used by another text", id)
	}
	cp := *d
	s.byID[id] = &cp
	s.byHash[d.Meta.Hash] = id
	s.order = append(s.order, id)
	for _, b := range d.Meta.Bands {
		s.byBand[b] = append(s.byBand[b], id)
	}
	return id, true, nil
}

func (s *fakeStore) DocumentByHash(ctx context.Context, hash string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if id, ok := s.byHash[hash]; ok {
		return id, nil
	}
	return "", dossier.Errorf(dossier.ENOTFOUND, "no document with hash %s", hash)
}

func (s *fakeStore) SimilarDocuments(ctx context.Context, bands []uint64) ([]dossier.StoredDocument, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	seen := map[string]bool{}
	var out []dossier.StoredDocument
	for _, b := range bands {
		for _, id := range s.byBand[b] {
			if !seen[id] {
				seen[id] = true
				d := *s.byID[id]
				d.Analysis = dossier.Analysis{Document: d.Document}
				d.Document.Text = ""
				out = append(out, d)
			}
		}
	}
	return out, nil
}

func (s *fakeStore) docs() []*dossier.StoredDocument {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*dossier.StoredDocument, len(s.order))
	for i, id := range s.order {
		out[i] = s.byID[id]
	}
	return out
}

func skipOrigins(skips []Skip) []string {
	var out []string
	for _, s := range skips {
		out = append(out, s.String())
	}
	sort.Strings(out)
	return out
}

func TestIngestFolderIdempotent(t *testing.T) {
	st := newFakeStore()
	var progress []Progress
	g := New(st, Options{Workers: 2, Progress: func(p Progress) { progress = append(progress, p) }})
	sum, err := g.Run(context.Background(), []string{"testdata/input"})
	if err != nil {
		t.Fatalf("Run(testdata) = %v", err)
	}
	// 12 records: 2 HTML pages, 3 + 2 feed items, 4 JSONL lines, 1 text.
	wantSkipped := []string{
		`testdata/input/docs.jsonl:3: malformed JSON: unexpected end of JSON input`,
		`testdata/input/docs.jsonl:5: published: "next week" is not a date (want YYYY-MM-DD)`,
		`testdata/input/feed.rss#item3: feed item "Empty item" has no content or description`,
	}
	if got := skipOrigins(sum.Skipped); strings.Join(got, "\n") != strings.Join(wantSkipped, "\n") {
		t.Errorf("Run(testdata) skipped:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantSkipped, "\n"))
	}
	if sum.Records != 12 || sum.Stored != 9 || sum.Unchanged != 0 || sum.Duplicates != 0 {
		t.Errorf("Run(testdata) = %d records, %d stored, %d unchanged, %d duplicates; want 12, 9, 0, 0",
			sum.Records, sum.Stored, sum.Unchanged, sum.Duplicates)
	}
	if sum.Claims == 0 || sum.Words == 0 || sum.Bytes == 0 {
		t.Errorf("Run(testdata) = %d claims, %d words, %d bytes; want all > 0", sum.Claims, sum.Words, sum.Bytes)
	}
	if len(progress) != 12 || progress[11].Records != 12 || progress[11].FilesTotal != 6 || progress[11].Bytes != progress[11].BytesTotal {
		t.Errorf("Progress called %d times, last %+v; want 12 calls ending at 12 records, 6 files, all bytes", len(progress), progress[len(progress)-1])
	}

	// Stored in input order (files in lexical order), with their metadata.
	docs := st.docs()
	var origins []string
	for _, d := range docs {
		origins = append(origins, d.Meta.Origin)
	}
	wantOrigins := "testdata/input/article.html testdata/input/docs.jsonl:1 testdata/input/docs.jsonl:4 testdata/input/feed.atom#item1 testdata/input/feed.atom#item2 " +
		"testdata/input/feed.rss#item1 testdata/input/feed.rss#item2 testdata/input/note.txt testdata/input/time-only.html"
	if got := strings.Join(origins, " "); got != wantOrigins {
		t.Errorf("stored origins = %s\nwant %s", got, wantOrigins)
	}
	for _, d := range docs {
		m := d.Meta
		if len(m.Hash) != 64 || len(m.Signature) != SignatureSize || len(m.Bands) != Bands || m.Words != len(d.Tokens) ||
			m.Claims != len(d.Claims) || m.Format == "" || m.Ingested.IsZero() || d.Document.ID == "" || len(m.Keywords) == 0 {
			t.Errorf("stored %s: incomplete meta: id %q hash %q, %d sig, %d bands, %d words, format %q, keywords %v",
				m.Origin, d.Document.ID, m.Hash, len(m.Signature), len(m.Bands), m.Words, m.Format, m.Keywords)
		}
	}
	if d := docs[0]; d.Document.Title != "Dam breach floods three villages" || d.Document.Published.Format("2006-01-02") != "2025-03-04" {
		t.Errorf("stored article.html: title %q published %v", d.Document.Title, d.Document.Published)
	}
	if d := docs[1]; d.Document.ID != "j1" {
		t.Errorf("stored docs.jsonl:1 id = %q, want j1 (the record's id)", d.Document.ID)
	}

	// The second run stores nothing new.
	sum2, err := g.Run(context.Background(), []string{"testdata/input"})
	if err != nil {
		t.Fatalf("second Run(testdata) = %v", err)
	}
	if sum2.Stored != 0 || sum2.Unchanged != 9 || len(sum2.Skipped) != 3 || len(st.docs()) != 9 {
		t.Errorf("second Run(testdata) = %d stored, %d unchanged, %d skipped, store holds %d; want 0, 9, 3, 9",
			sum2.Stored, sum2.Unchanged, len(sum2.Skipped), len(st.docs()))
	}
}

// writeFiles writes name → content under a new temporary folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestIngestLinksWireCopies(t *testing.T) {
	copies := wireCopies()
	dir := writeFiles(t, map[string]string{
		"1-wire.txt":            wireText(wireParagraphs),
		"2-new-lead.txt":        copies["new first paragraph"],
		"3-local.txt":           sameStory["local paper"],
		"4-trimmed.txt":         copies["trimmed ending"],
		"5-national.txt":        sameStory["national daily"],
		"6-edited.txt":          copies["all of these + edits"],
		"sub/7-same-again.txt":  wireText(wireParagraphs), // same hash: unchanged
		".hidden/8-ignored.txt": "A hidden folder is not read.",
		".9-hidden.txt":         "A hidden file is not read.",
	})
	st := newFakeStore()
	sum, err := New(st, Options{Workers: 3}).Run(context.Background(), []string{dir})
	if err != nil {
		t.Fatalf("Run = %v", err)
	}
	if sum.Records != 7 || sum.Stored != 6 || sum.Unchanged != 1 || sum.Duplicates != 3 || len(sum.Skipped) != 0 {
		t.Errorf("Run = %d records, %d stored, %d unchanged, %d duplicates, skipped %v; want 7, 6, 1, 3, none",
			sum.Records, sum.Stored, sum.Unchanged, sum.Duplicates, sum.Skipped)
	}
	links := map[string]string{}
	ids := map[string]string{}
	for _, d := range st.docs() {
		name := filepath.Base(d.Meta.Origin)
		ids[name] = d.Document.ID
		links[name] = d.Meta.DuplicateOf
	}
	for name, want := range map[string]string{
		"1-wire.txt": "", "2-new-lead.txt": ids["1-wire.txt"], "3-local.txt": "", "4-trimmed.txt": ids["1-wire.txt"],
		"5-national.txt": "", "6-edited.txt": ids["1-wire.txt"],
	} {
		if links[name] != want {
			t.Errorf("%s: DuplicateOf = %q, want %q", name, links[name], want)
		}
	}
}

func TestOriginalPicksEarliest(t *testing.T) {
	sig := Signature(wireText(wireParagraphs))
	day := func(s string) time.Time { t, _ := ParseDate(s); return t }
	doc := func(id, published, dupOf string, sig []uint32) dossier.StoredDocument {
		d := dossier.StoredDocument{}
		d.Document.ID, d.Document.Published, d.Meta.DuplicateOf, d.Meta.Signature = id, day(published), dupOf, sig
		return d
	}
	other := Signature(sameStory["local paper"])
	tests := []struct {
		name    string
		similar []dossier.StoredDocument
		want    string
	}{
		{"none", nil, ""},
		{"below threshold", []dossier.StoredDocument{doc("a", "2025-03-01", "", other)}, ""},
		{"earliest published", []dossier.StoredDocument{doc("b", "2025-03-06", "", sig), doc("a", "2025-03-05", "", sig)}, "a"},
		{"undated last", []dossier.StoredDocument{doc("a", "", "", sig), doc("b", "2025-03-06", "", sig)}, "b"},
		{"copy stands for its original", []dossier.StoredDocument{doc("c", "2025-03-01", "z", sig)}, "z"},
		{"tie by id", []dossier.StoredDocument{doc("b", "2025-03-05", "", sig), doc("a", "2025-03-05", "", sig)}, "a"},
	}
	for _, tt := range tests {
		if got := original(sig, tt.similar, DuplicateThreshold); got != tt.want {
			t.Errorf("original(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestIngestSkipsBadRecordsAndKeepsTheRest(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":        "The council met on Monday and approved the budget, the mayor said.",
		"b-binary.txt": "\x00\x01\x02binary",
		"c-bad.txt":    "Invalid \xff UTF-8 in the middle of a sentence.",
		"d-empty.txt":  "  \n",
		"e.jsonl":      `{"id":"x1","text":"First record of the file, about the harbour."}` + "\n" + `{"id":"x1","text":"Another text under the same id."}` + "\n",
		"f.html":       "<html><body></body></html>",
		"g.txt":        "The last file is stored too, after all the bad ones.",
	})
	st := newFakeStore()
	sum, err := New(st, Options{Workers: 2}).Run(context.Background(), []string{dir, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "*.none")})
	if err != nil {
		t.Fatalf("Run = %v", err)
	}
	rel := func(s string) string { return strings.ReplaceAll(s, dir+string(filepath.Separator), "") }
	var got []string
	for _, s := range skipOrigins(sum.Skipped) {
		got = append(got, rel(s))
	}
	want := []string{
		"*.none: no files match",
		"b-binary.txt: binary data (NUL byte at offset 0), not text",
		"c-bad.txt: invalid UTF-8 at byte 8",
		"d-empty.txt: empty text",
		`e.jsonl:2: document id "x1" is already used by another text`,
		"f.html: no article text in the HTML page",
		"missing.txt: cannot open: no such file or directory",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Run skipped:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if sum.Stored != 3 || len(st.docs()) != 3 {
		t.Errorf("Run stored %d (store holds %d), want 3", sum.Stored, len(st.docs()))
	}
}

func TestIngestStoreFailureStopsRun(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"1.txt": "The first text is stored before the disk fills up.",
		"2.txt": "The second text meets a failing store.",
		"3.txt": "The third text is never stored.",
	})
	st := newFakeStore()
	st.failPut = func(d *dossier.StoredDocument) error {
		if strings.HasSuffix(d.Meta.Origin, "2.txt") {
			return errors.New("disk I/O error")
		}
		return nil
	}
	sum, err := New(st, Options{Workers: 2}).Run(context.Background(), []string{dir})
	if err == nil || !strings.Contains(err.Error(), "2.txt: store: disk I/O error") {
		t.Errorf("Run = %v, want the store's error naming 2.txt", err)
	}
	if sum.Stored != 1 || len(st.docs()) != 1 || !strings.HasSuffix(st.docs()[0].Meta.Origin, "1.txt") {
		t.Errorf("Run stored %d, want only 1.txt", sum.Stored)
	}
}

func TestIngestReader(t *testing.T) {
	data, err := os.ReadFile("testdata/input/feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	st := newFakeStore()
	g := New(st, Options{Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), Outlet: "Default Outlet"})
	sum, err := g.Ingest(context.Background(), strings.NewReader(string(data)), "upload", "")
	if err != nil {
		t.Fatalf("Ingest(feed) = %v", err)
	}
	if sum.Stored != 2 || len(sum.Skipped) != 1 || sum.Skipped[0].Origin != "upload#item3" {
		t.Errorf("Ingest(feed) = %d stored, skipped %v; want 2 stored, upload#item3 skipped", sum.Stored, sum.Skipped)
	}
	// Defaults fill only what the input leaves empty.
	sum, err = g.Ingest(context.Background(), strings.NewReader("A text with no date, from a form."), "form", FormatText)
	if err != nil || sum.Stored != 1 {
		t.Fatalf("Ingest(text) = %+v, %v", sum, err)
	}
	docs := st.docs()
	last := docs[len(docs)-1].Document
	if last.Outlet != "Default Outlet" || last.Published.Format("2006-01-02") != "2025-01-01" {
		t.Errorf("Ingest(text) outlet %q published %v; want the defaults", last.Outlet, last.Published)
	}
	if docs[0].Document.Outlet != "Harbour Gazette" || docs[0].Document.Published.Format("2006-01-02") != "2025-02-12" {
		t.Errorf("Ingest(feed) item 1 outlet %q published %v; want the feed's own", docs[0].Document.Outlet, docs[0].Document.Published)
	}
}

func TestIngestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	st := newFakeStore()
	n := 0
	g := New(st, Options{Workers: 2, Progress: func(p Progress) {
		n++
		if n == 2 {
			cancel()
		}
	}})
	_, err := g.Run(ctx, []string{"testdata/input"})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run after cancel = %v, want context.Canceled", err)
	}
	if got := len(st.docs()); got < 1 || got > 3 {
		t.Errorf("store holds %d documents after cancelling at the second, want 1 to 3", got)
	}
}

func TestIngestUnknownFormat(t *testing.T) {
	g := New(newFakeStore(), Options{Format: "pdf"})
	if _, err := g.Run(context.Background(), []string{"testdata/input"}); dossier.ErrorCode(err) != dossier.EINVALID {
		t.Errorf(`Run with Format "pdf" = %v, want EINVALID`, err)
	}
	if _, err := New(newFakeStore(), Options{}).Ingest(context.Background(), strings.NewReader("x"), "x", "doc"); dossier.ErrorCode(err) != dossier.EINVALID {
		t.Errorf(`Ingest(format "doc") = %v, want EINVALID`, err)
	}
}

func TestIngestStdin(t *testing.T) {
	in := `{"id":"s1","published":"2025-02-03","text":"A record read from standard input, about the harbour."}` + "\n"
	st := newFakeStore()
	sum, err := New(st, Options{Stdin: strings.NewReader(in)}).Run(context.Background(), []string{"-"})
	if err != nil || sum.Stored != 1 {
		t.Fatalf(`Run("-") = %+v, %v; want 1 stored`, sum, err)
	}
	if d := st.docs()[0]; d.Meta.Origin != "stdin:1" || d.Meta.Format != "jsonl" || d.Document.ID != "s1" {
		t.Errorf(`Run("-") stored origin %q format %q id %q; want stdin:1, jsonl, s1`, d.Meta.Origin, d.Meta.Format, d.Document.ID)
	}
}
